"""Paragraph numbers in the reader's left margin (View ▸ Paragraph Numbers), the numbers a
citation's "para. N" names (see ``desktop.core.locator`` for how they are counted).

A transparent layer over the reader's viewport draws them, so the reader's own painting is
untouched; it is made only when the numbers are first shown (a start with them off costs
nothing).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop.core.locator import paragraph_number
from desktop.ui import theme

if TYPE_CHECKING:
    from desktop.core.store import ReportStore
    from desktop.ui.settings import Preferences

NUMBER_WIDTH = 34  # px: room for "¶ 99" right-aligned
MARKER_COLUMN = 30  # px left of the text that the notes' markers use


class _Layer(QWidget):
    """Draws the numbers of the paragraphs in view; never takes a click or a key."""

    def __init__(self, numbers: ParagraphNumbers) -> None:
        super().__init__(numbers.reader)
        self.numbers = numbers
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        shown = self.numbers.visible_numbers()
        if not shown:
            return
        painter = QPainter(self)
        font = QFont(self.numbers.reader.font())
        font.setPointSizeF(max(7.0, self.numbers.reader.body_point_size * 0.7))
        painter.setFont(font)
        painter.setPen(QColor(theme.colours(self.numbers.reader.theme_name)["muted"]))
        for number, rect in shown:
            painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, f"¶{number}")
        painter.end()


class ParagraphNumbers(QObject):
    """Shows or hides the paragraph numbers beside ``reader``, as ``preferences`` say."""

    def __init__(self, reader: QTextBrowser, store: ReportStore, preferences: Preferences) -> None:
        super().__init__(reader)
        self.reader = reader
        self.preferences = preferences
        self.store = store
        self._positions: list[tuple[int, int]] | None = None  # (document position, number)
        self._layer: _Layer | None = None
        preferences.changed.connect(self._on_preference)
        if preferences.paragraph_numbers:
            self.set_shown(True)

    @property
    def shown(self) -> bool:
        return self._layer is not None and not self._layer.isHidden()

    def set_shown(self, on: bool) -> None:
        if on and self._layer is None:
            self._layer = _Layer(self)
            self.reader.viewport().installEventFilter(self)  # its resize comes once its size is set
            self.reader.verticalScrollBar().valueChanged.connect(self._layer.update)
            self.reader.document().contentsChanged.connect(self._forget)
        if self._layer is not None:
            self._layer.setVisible(on)
            self._fit()

    def _on_preference(self, key: str) -> None:
        if key == "paragraph_numbers":
            self.set_shown(self.preferences.paragraph_numbers)

    def _forget(self) -> None:
        self._positions = None  # the text was typeset again: positions come from the new one

    def _fit(self) -> None:
        if self._layer is not None and not self._layer.isHidden():
            self._layer.setGeometry(self.reader.viewport().geometry())
            self._layer.raise_()
            self._layer.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize and watched is self.reader.viewport():
            self._fit()
        return False

    def _paragraph_positions(self) -> list[tuple[int, int]]:
        if self._positions is None:
            found = []
            for anchor in (row.id for row in self.store.paragraphs() if row.kind == "para"):
                position = self.reader.anchor_position(anchor)
                located = paragraph_number(anchor)
                if position is not None and located is not None:
                    found.append((position, located[1]))
            self._positions = sorted(found)
        return self._positions

    def visible_numbers(self) -> list[tuple[int, QRect]]:
        """The numbers drawn now, each with its box in viewport coordinates, top to bottom."""
        if not self.shown:
            return []
        document = self.reader.document()
        layout = document.documentLayout()
        offset = self.reader.verticalScrollBar().value()
        height = self.reader.viewport().height()
        left = int(document.rootFrame().frameFormat().leftMargin())
        # Left of the notes' markers when the margin has room; in a narrow window, the margin itself.
        roomy = left - MARKER_COLUMN >= NUMBER_WIDTH
        right_edge, width = (left - MARKER_COLUMN, NUMBER_WIDTH) if roomy else (left - 3, max(8, left - 3))
        shown = []
        for position, number in self._paragraph_positions():
            block = document.findBlock(position)
            top = int(layout.blockBoundingRect(block).top() + block.blockFormat().topMargin()) - offset
            if top > height:
                break
            if top > -20:
                shown.append((number, QRect(right_edge - width, top, width - 1, 20)))
        return shown
