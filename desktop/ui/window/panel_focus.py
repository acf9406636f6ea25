"""Which panel has the keyboard: a ring around it, and F6 / Shift+F6 to move between panels.

Panels are the text and every dock on screen (the front tab of a tabbed group), taken left to
right and top to bottom, as F6 cycles panes in browsers and office programs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QWidget

Docks = Callable[[], Sequence[QDockWidget]]  # the docks a reader can show now

RING_WIDTH = 2


def panels(window: QMainWindow, reader: QWidget, docks: Docks) -> list[QWidget]:
    """The text and the docks a reader can see now, left to right, top to bottom."""
    shown: list[QWidget] = [reader]
    shown += [d for d in docks() if d.isVisible() and not d.visibleRegion().isEmpty() and not d.isFloating()]

    def place(widget: QWidget) -> tuple[int, int]:
        corner = widget.mapTo(window, QPoint(0, 0))
        return (corner.x() // 40, corner.y())

    return sorted(shown, key=place)


def panel_of(window: QMainWindow, reader: QWidget, widget: QWidget | None) -> QWidget | None:
    """The panel (the text or a dock) that holds ``widget``."""
    while widget is not None and widget is not window:
        if widget is reader or isinstance(widget, QDockWidget):
            return widget
        widget = widget.parentWidget()
    return None


def focus_panel(panel: QWidget) -> None:
    """Give the keyboard to ``panel``: its last focused control, else its first one."""
    if isinstance(panel, QDockWidget):
        inner = panel.widget()
        remembered = inner.focusWidget() if inner is not None else None
        if remembered is not None and remembered.isVisible():
            remembered.setFocus(Qt.FocusReason.TabFocusReason)
            return
        for child in [inner, *inner.findChildren(QWidget)] if inner is not None else []:
            takes_tab = child.focusPolicy() & Qt.FocusPolicy.TabFocus
            if takes_tab and child.isVisible() and child.isEnabled():
                child.setFocus(Qt.FocusReason.TabFocusReason)
                return
    panel.setFocus(Qt.FocusReason.TabFocusReason)


def cycle(window: QMainWindow, reader: QWidget, docks: Docks, step: int = 1) -> None:
    """F6: the next panel (Shift+F6: the previous one)."""
    shown = panels(window, reader, docks)
    here = panel_of(window, reader, QApplication.focusWidget())
    index = shown.index(here) + step if here in shown else 0
    focus_panel(shown[index % len(shown)])


class FocusRing(QWidget):
    """A ring drawn over the panel that has the keyboard (none when the text is alone)."""

    def __init__(self, window: QMainWindow, reader: QWidget, docks: Docks) -> None:
        super().__init__(window)
        self.window_, self.reader, self.docks = window, reader, docks
        self.setObjectName("focus-ring")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None
        self._moved = False
        self._watched: QWidget | None = None
        self.hide()
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        panel = panel_of(self.window_, self.reader, new)
        # The window's first focus draws no ring: a ring says where the keyboard went.
        self._moved = self._moved or old is not None or self.target is not None
        if panel is not self.target:
            self._watch(None)
            self.target = panel
        self._follow()

    def _watch(self, panel: QWidget | None) -> None:
        """Follow ``panel``'s moves and resizes (only while the ring is drawn: a filter sees every
        event, and the first of each kind costs PySide a new Python type)."""
        if self._watched is panel:
            return
        if self._watched is not None:
            self._watched.removeEventFilter(self)
        self._watched = panel
        if panel is not None:
            panel.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.Show, QEvent.Type.Hide):
            self._follow()
        return False

    def _follow(self) -> None:
        target = self.target
        alone = target is self.reader and not any(d.isVisible() for d in self.docks())
        hidden = target is None or not target.isVisible() or not self.window_.isAncestorOf(target)
        if hidden or alone or not self._moved:
            self._watch(None)
            self.hide()
            return
        self._watch(target)
        corner = target.mapTo(self.window_, QPoint(0, 0))
        self.setGeometry(QRect(corner, target.size()))
        self.show()
        self.raise_()
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        pen = QPen(self.palette().color(QPalette.ColorRole.BrightText))  # the theme's accent
        pen.setWidth(RING_WIDTH)
        painter.setPen(pen)
        painter.drawRect(self.rect().adjusted(1, 1, -1, -1))
        painter.end()
