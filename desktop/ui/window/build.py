"""Building the main window: the one way the app, the tests and the damaged-notes path make it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop.ui.i18n import install_translation
from desktop.ui.settings import Preferences, WindowState
from desktop.ui.window.main_window import MainWindow

if TYPE_CHECKING:
    from desktop.core.notes.safety import Opened
    from desktop.core.store import ReportStore


def settings_folders(data: Path) -> tuple[Path, Path]:
    """Where preferences and window state live (``paths.config_dir``/``state_dir``), with the
    ``settings.ini`` and ``state.ini`` of an earlier Dossier (kept in the data dir) carried over
    on the first start; the old files stay. A folder that cannot be written keeps the old one."""
    from desktop import paths
    from desktop.core.migration import carry_over

    folders = []
    for name, folder in (("settings.ini", paths.config_dir(data)), ("state.ini", paths.state_dir(data))):
        try:
            carry_over(data / name, folder / name)
        except OSError:
            folder = data
        folders.append(folder)
    return folders[0], folders[1]


def build_window(
    store: ReportStore,
    data: Path,
    opened: Opened | None = None,
    recover: bool = True,
    edition: str | None = None,
) -> MainWindow:
    """The window over the report and its notes, with the user data dir ``data``.

    ``edition`` is the report's id in the library (None: the bundled report): it names the
    report's notes folder (``paths.report_data_dir``) and its group of window state.
    ``opened`` is the notes file as ``open_notes_safely`` left it (opened here when not
    given); what went wrong with it, if anything, is shown in the window's banner. With
    ``recover``, text that could not be saved when Dossier last closed is put back.
    """
    from desktop import paths

    notes_folder = paths.report_data_dir(edition, data)
    if opened is None:
        from desktop.core.notes.safety import open_notes_safely

        opened = open_notes_safely(notes_folder)
    config, state = settings_folders(data)
    preferences = Preferences(config)
    install_translation(preferences.language)  # before the first string is made
    window = MainWindow(store, preferences, WindowState(state, edition), opened.store, data_dir=notes_folder)
    if opened.problem:
        window.show_banner(opened.problem, offer_backup=opened.newest_backup is not None)
    if recover:
        window.notes_file.recover_unsaved()
    return window
