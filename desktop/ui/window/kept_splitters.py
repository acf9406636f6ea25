"""Splitters the reader drags inside a panel, found again as they were left on the next start.

Their sizes are window state (``WindowState``), not preferences: where a divider sits says
nothing about what the reader prefers, only about how this screen was arranged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSplitter

    from desktop.ui.settings import WindowState


def keep_splitter(splitter: QSplitter, state: WindowState, key: str) -> None:
    """Give ``splitter`` the sizes saved under ``key`` and save them whenever the reader drags it."""
    saved = state.bytes_value(key)
    if saved is not None:
        splitter.restoreState(saved)  # a damaged value is ignored by Qt, leaving the defaults
    splitter.splitterMoved.connect(lambda *_: state.set_value(key, splitter.saveState()))
