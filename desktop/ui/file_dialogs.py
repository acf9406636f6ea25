"""Where the save and open dialogs start: the documents folder, then the folder last used.

The process's working folder (where Qt starts by default) means nothing to a reader who
started Dossier from a menu. The last folder is window state (``WindowState``), kept across
starts; it is found through the dialog's window, so a panel asks with only its parent.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop.ui.settings import WindowState

LAST_FOLDER = "last_file_folder"


def _state(parent: QWidget | None) -> WindowState | None:
    from desktop.ui.settings import WindowState

    state = getattr(parent.window(), "state", None) if parent is not None else None
    return state if isinstance(state, WindowState) else None


def documents_folder() -> Path:
    """The desktop's documents folder when it exists, else the home folder."""
    from PySide6.QtCore import QStandardPaths

    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def start_folder(parent: QWidget | None) -> Path:
    """The folder a dialog opened from ``parent`` starts in."""
    state = _state(parent)
    last = state.text_value(LAST_FOLDER) if state is not None else ""
    return Path(last) if last and Path(last).is_dir() else documents_folder()


def remember(parent: QWidget | None, path: str) -> None:
    """Note the folder of ``path`` (one the reader chose) for the next dialog."""
    state = _state(parent)
    if path and state is not None:
        state.set_value(LAST_FOLDER, str(Path(path).parent))
        state.sync()


def ask_save_path(parent: QWidget | None, title: str, name: str, filters: str) -> tuple[str, str]:
    """The file to write (``""`` if cancelled) and the filter chosen, starting in ``start_folder``."""
    from PySide6.QtWidgets import QFileDialog

    path, chosen = QFileDialog.getSaveFileName(parent, title, str(start_folder(parent) / name), filters)
    remember(parent, path)
    return path, chosen


def ask_open_path(parent: QWidget | None, title: str, filters: str) -> str:
    """The file to read (``""`` if cancelled), starting in ``start_folder``."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder(parent)), filters)
    remember(parent, path)
    return path
