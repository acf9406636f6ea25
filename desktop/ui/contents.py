"""Table of contents: the report's sections as a tree, with each section's note count in a
column of its own (so a count never pushes its title out of line)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from desktop.core.store import SectionInfo

SECTION_ID_ROLE = Qt.ItemDataRole.UserRole


class ContentsPanel(QTreeWidget):
    """Sections in reading order; the one being read is selected.

    Signals:
        section_activated(str): the reader chose a section (click, Enter).
    """

    section_activated = Signal(str)

    def __init__(self, sections: list[SectionInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contents")
        self.setAccessibleName("Contents")
        self.setHeaderHidden(True)
        self.setColumnCount(2)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        header.setSectionResizeMode(1, header.ResizeMode.ResizeToContents)
        self.setUniformRowHeights(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._items: dict[str, QTreeWidgetItem] = {}
        self._note_counts: dict[str, int] = {}
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
        for section_id, item in self._items.items():
            count = counts.get(section_id, 0)
            # Its own column, which eliding a long title never hides.
            item.setText(1, f"✎{count}" if count else "")
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

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
