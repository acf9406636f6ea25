"""Focus mode (F11): the text alone, full screen, at its measure; F11 or Esc brings back the
layout exactly as it was (docks, their sizes and tabs, the window's size and state)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRect, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

from desktop.ui.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtGui import QShortcut


class FocusMode:
    """Enters and leaves focus mode for one window."""

    def __init__(
        self,
        window: QMainWindow,
        docks: Callable[[], Sequence[QDockWidget]],
        focus_reader: Callable[[], None],
    ) -> None:
        self.window, self.docks, self.focus_reader = window, docks, focus_reader
        self._saved: tuple[QByteArray, QByteArray, Qt.WindowState, QRect] | None = None
        self._escape: QShortcut | None = None  # Esc leaves, only while in focus mode

    @property
    def active(self) -> bool:
        return self._saved is not None

    def toggle(self) -> None:
        self.leave() if self.active else self.enter()

    def enter(self) -> None:
        window = self.window
        if self.active:
            return
        self._saved = (window.saveState(), window.saveGeometry(), window.windowState(), window.geometry())
        for dock in self.docks():
            dock.hide()
        window.menuBar().hide()
        window.statusBar().hide()
        window.showFullScreen()
        self.focus_reader()
        if self._escape is None:
            from PySide6.QtGui import QKeySequence, QShortcut

            self._escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), window, self.leave)
            self._escape.setObjectName("leave-focus-mode")
        self._escape.setEnabled(True)
        window.statusBar().showMessage(
            translate("FocusMode", "Focus mode: F11 or Esc brings the panels back."), 4000
        )

    def leave(self) -> None:
        if self._saved is None:
            return
        window = self.window
        layout, _geometry, state, rect = self._saved
        self._saved = None
        if self._escape is not None:
            self._escape.setEnabled(False)
        window.setWindowState(state & ~Qt.WindowState.WindowFullScreen)
        if not state & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
            window.setGeometry(rect)  # exactly where it was (restoreGeometry would fit it to the screen)
        window.menuBar().show()
        window.statusBar().clearMessage()  # what it said on the way in is over
        window.statusBar().show()
        window.restoreState(layout)

    def saved_layout(self) -> QByteArray | None:
        """The layout to keep across sessions while in focus mode (the one it will restore)."""
        return self._saved[0] if self._saved is not None else None

    def saved_geometry(self) -> QByteArray | None:
        return self._saved[1] if self._saved is not None else None
