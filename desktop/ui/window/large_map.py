"""The large map: the map fills the window with the facts beside it, toggled by one action.

A 430 x 280 dock is too small to read an atlas in. The large map hides the reading pane and
the other docks, puts the map and the facts side by side, and gives the window back as it
was (the same docks, sizes and tabs) when toggled again.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow

from desktop.ui.i18n import translate

SHORTCUT = "Ctrl+Shift+M"


class LargeMap(QObject):
    """Owns the checkable "Large Map" action; the window adds it to a menu and the map's toolbar."""

    def __init__(self, window: QMainWindow, map_dock: QDockWidget, facts_dock: QDockWidget) -> None:
        super().__init__(window)
        self.window, self.map_dock, self.facts_dock = window, map_dock, facts_dock
        self._saved: QByteArray | None = None
        self.action = QAction(translate("LargeMap", "&Large Map"), window)
        self.action.setObjectName("large-map")
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.setToolTip(
            translate("LargeMap", "The map across the window, with the facts beside it ({keys})").format(
                keys=SHORTCUT
            )
        )
        self.action.toggled.connect(self._set_large)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # Back to the usual layout before the window closes, so that is the layout it saves.
        if watched is self.window and event.type() == QEvent.Type.Close and self.active:
            self.action.setChecked(False)
        return False

    @property
    def active(self) -> bool:
        return self._saved is not None

    def toggle(self) -> None:
        self.action.toggle()

    def _set_large(self, large: bool) -> None:
        if large == self.active:
            return
        window = self.window
        if large:
            self._saved = window.saveState()
            window.centralWidget().hide()
            for dock in window.findChildren(QDockWidget):
                if dock not in (self.map_dock, self.facts_dock):
                    dock.hide()
            for dock, area in (
                (self.map_dock, Qt.DockWidgetArea.LeftDockWidgetArea),
                (self.facts_dock, Qt.DockWidgetArea.RightDockWidgetArea),
            ):
                dock.setFloating(False)
                window.addDockWidget(area, dock)  # moves it: the map on the left, the facts beside
                dock.show()
            width = window.width()
            window.resizeDocks(
                [self.map_dock, self.facts_dock],
                [int(width * 0.7), int(width * 0.3)],
                Qt.Orientation.Horizontal,
            )
            self.map_dock.raise_()
            self.map_dock.widget().setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            saved, self._saved = self._saved, None
            window.centralWidget().show()
            window.restoreState(saved)
