"""Table of contents: the report's sections as a tree, each section's note count drawn at the
right of its row (so a count never pushes its title out of line, and eliding never hides it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from desktop.core.store import SectionInfo
from desktop.ui.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

SECTION_ID_ROLE = Qt.ItemDataRole.UserRole
NOTE_COUNT_ROLE = Qt.ItemDataRole.UserRole + 1
READ_ROLE = Qt.ItemDataRole.UserRole + 2  # how much of the section was read, 0..1
READ_STEPS = 4  # the read mark fills by quarters: finer than that no eye tells apart


def read_mark(quarters: int, colour: str, size: int = 12) -> QIcon:
    """A small circle filled by ``quarters`` of ``READ_STEPS``, full with a tick when read."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

    pixmap = QPixmap(size * 2, size * 2)  # drawn at twice the size: smooth on any screen
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    ink = QColor(colour)
    painter.setPen(QPen(ink, 2))
    box = QRectF(3, 3, size * 2 - 6, size * 2 - 6)
    painter.drawEllipse(box)
    if quarters:
        painter.setBrush(ink)
        painter.drawPie(box, 90 * 16, -quarters * 360 * 16 // READ_STEPS)
    painter.end()
    pixmap.setDevicePixelRatio(2)
    return QIcon(pixmap)


def note_badges(parent: QWidget) -> QWidget:
    """A delegate that draws a row's "✎2" at its right edge, the title elided before it (made
    when a section first has notes: its style types cost start-up time a window without notes
    need not pay)."""
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

    class NoteBadges(QStyledItemDelegate):
        """Draws a row's "✎2" at its right edge, the title elided before it."""

        def paint(self, painter, option: QStyleOptionViewItem, index) -> None:
            count = index.data(NOTE_COUNT_ROLE)
            if not count:
                super().paint(painter, option, index)
                return
            badge = f"✎{count}"
            width = option.fontMetrics.horizontalAdvance(badge) + 10
            whole = QStyleOptionViewItem(option)
            self.initStyleOption(whole, index)
            whole.text = ""
            style = option.widget.style() if option.widget else None
            if style is not None:  # the row's background (selection included) under the badge too
                style.drawControl(QStyle.ControlElement.CE_ItemViewItem, whole, painter, option.widget)
            title = QStyleOptionViewItem(option)
            title.rect = option.rect.adjusted(0, 0, -width, 0)
            super().paint(painter, title, index)
            painter.save()
            selected = option.state & QStyle.StateFlag.State_Selected
            role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.BrightText
            painter.setPen(option.palette.color(role))
            painter.drawText(
                option.rect.adjusted(0, 0, -4, 0),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                badge,
            )
            painter.restore()

    return NoteBadges(parent)


class ContentsPanel(QTreeWidget):
    """Sections in reading order; the one being read is selected.

    Signals:
        section_activated(str): the reader chose a section (click, Enter).
    """

    section_activated = Signal(str)

    def __init__(self, sections: list[SectionInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contents")
        self.setAccessibleName(translate("Contents", "Contents"))
        self.setHeaderHidden(True)
        self._badges = None  # the delegate that draws note counts, made when one is needed
        self.setUniformRowHeights(True)
        self.setWordWrap(False)
        # A long title keeps its first and last words in a narrow dock ("Relations Between
        # Russia … Ghani's Administration"), and hovering it shows all of it.
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self._items: dict[str, QTreeWidgetItem] = {}
        self._note_counts: dict[str, int] = {}
        self._read_marks: dict[tuple[int, str], QIcon] = {}
        parents: list[tuple[int, QTreeWidgetItem | None]] = [(0, None)]
        for section in sections:
            while parents[-1][0] >= section.level:
                parents.pop()
            parent_item = parents[-1][1]
            item = QTreeWidgetItem([section.title])
            item.setData(0, SECTION_ID_ROLE, section.id)
            item.setToolTip(0, section.title)
            if parent_item is None:
                self.addTopLevelItem(item)
            else:
                parent_item.addChild(item)
            self._items[section.id] = item
            parents.append((section.level, item))
        self.expandAll()
        self.itemClicked.connect(self._emit_activated)
        self.itemActivated.connect(self._emit_activated)

    def _emit_activated(self, item: QTreeWidgetItem) -> None:
        self.section_activated.emit(item.data(0, SECTION_ID_ROLE))

    def set_note_counts(self, counts: dict[str, int]) -> None:
        """Mark the sections that have notes: "✎2" at the right, the titles staying in line."""
        self._note_counts = dict(counts)
        if self._badges is None and any(counts.values()):
            self._badges = note_badges(self)
            self.setItemDelegate(self._badges)
        for section_id, item in self._items.items():
            item.setData(0, NOTE_COUNT_ROLE, counts.get(section_id, 0))

    def set_read_fractions(self, fractions: dict[str, float]) -> None:
        """Mark how much of each of these sections was read: a circle filled by quarters."""
        from PySide6.QtGui import QPalette

        colour = self.palette().color(QPalette.ColorRole.Link).name()
        for section_id, fraction in fractions.items():
            item = self._items.get(section_id)
            if item is None:
                continue
            quarters = round(fraction * READ_STEPS) if fraction < 1.0 else READ_STEPS
            quarters = max(quarters, 1) if fraction > 0 else 0
            if item.data(0, READ_ROLE) == fraction:
                continue
            item.setData(0, READ_ROLE, fraction)
            key = (quarters, colour)
            if key not in self._read_marks:
                self._read_marks[key] = read_mark(quarters, colour)
            item.setIcon(0, self._read_marks[key])
            state = (
                translate("Contents", "read")
                if fraction >= 1.0
                else translate("Contents", "{percent}% read").format(percent=round(fraction * 100))
                if fraction
                else translate("Contents", "not read")
            )
            item.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, state)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.PaletteChange:  # a theme change: the marks in its colour
            marked = {s: f for s, item in self._items.items() if (f := item.data(0, READ_ROLE)) is not None}
            for item in self._items.values():
                item.setData(0, READ_ROLE, None)
            self.set_read_fractions(marked)

    def read_fraction(self, section_id: str) -> float:
        item = self._items.get(section_id)
        return float(item.data(0, READ_ROLE) or 0.0) if item is not None else 0.0

    def note_count(self, section_id: str) -> int:
        return self._note_counts.get(section_id, 0)

    def item_for(self, section_id: str) -> QTreeWidgetItem | None:
        return self._items.get(section_id)

    def current_section(self) -> str:
        item = self.currentItem()
        return item.data(0, SECTION_ID_ROLE) if item else ""

    def set_current_section(self, section_id: str) -> None:
        """Follow the reader without emitting ``section_activated``."""
        item = self._items.get(section_id)
        if item is None or item is self.currentItem():
            return
        blocked = self.blockSignals(True)
        self.setCurrentItem(item)
        self.scrollToItem(item)
        self.blockSignals(blocked)
