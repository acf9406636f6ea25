"""What the reader can do with the words at hand: facts about a name, its glossary entry,
the passage with its citation, and the text's context menu that offers them.

Signals:
    facts_requested(str): show the facts about this entity.
    entry_requested(str): open this glossary entry.
    message(str): a line for the status bar.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QMimeData, QObject, Signal
from PySide6.QtGui import QGuiApplication

from desktop.core.citation import Reference, reference
from desktop.core.lookup import entity_named
from desktop.core.store import ReportStore
from desktop.ui.reader import ReaderView


class ReaderCommands(QObject):
    """Commands on the reader's selection (see the module docstring for the signals)."""

    facts_requested = Signal(str)
    entry_requested = Signal(str)
    message = Signal(str)

    def __init__(self, reader: ReaderView, store: ReportStore) -> None:
        super().__init__(reader)
        self.reader = reader
        self.store = store
        self.atlas = store.atlas
        reader.selectionChanged.connect(self._offer_facts)
        reader.customContextMenuRequested.connect(self.context_menu)

    def selected_entity(self) -> str:
        """The entity the selected words name exactly (a term, alias or name), or ""."""
        return entity_named(self.store, self.reader.textCursor().selectedText())

    def _offer_facts(self) -> None:
        entity_id = self.selected_entity()
        entity = self.atlas.entity(entity_id) if entity_id else None
        if entity is not None:
            count = len(self.atlas.facts_for(entity_id))
            self.message.emit(f"{entity.name}: {count} fact{'s' if count != 1 else ''}. Ctrl+I shows them.")

    def facts_for_selection(self) -> None:
        entity_id = self.selected_entity()
        if not entity_id:
            self.message.emit("Select a name in the text first (a country, place, person or term).")
            return
        self.facts_requested.emit(entity_id)

    def context_menu(self, position) -> None:
        menu = self.reader.createStandardContextMenu(position)
        entity_id = self.selected_entity()
        if entity_id:
            entity = self.atlas.entity(entity_id)
            menu.addSeparator()
            menu.addAction(f"Facts About “{entity.name if entity else entity_id}”", self.facts_for_selection)
            if self.store.glossary_entry(entity_id):
                menu.addAction("Open in the Glossary", lambda: self.entry_requested.emit(entity_id))
        menu.exec(self.reader.viewport().mapToGlobal(position))
        menu.deleteLater()

    def citation(self) -> Reference | None:
        """The selected passage in quotation marks with a Chicago citation of its section,
        as plain text and as HTML (the title in italics); None with nothing to cite."""
        target = self.reader.selection_selector() or self.reader.paragraph_selector()
        if target is None:
            return None
        section_id, selector = target
        section = self.store.section(section_id)
        ref = reference(self.store.meta, "chicago", section.title if section else None)
        return Reference(
            f"“{selector.exact}”\n\n{ref.text}", f"<p>“{escape(selector.exact)}”</p><p>{ref.html}</p>"
        )

    def citation_text(self) -> str:
        found = self.citation()
        return found.text if found else ""

    def copy_with_citation(self) -> None:
        found = self.citation()
        if found is None:
            self.message.emit("Select a passage first (or put the cursor in a paragraph).")
            return
        data = QMimeData()
        data.setText(found.text)
        data.setHtml(found.html)  # a word processor pastes the title in italics
        QGuiApplication.clipboard().setMimeData(data)
        self.message.emit("Copied the passage with its citation.")
