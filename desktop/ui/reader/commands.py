"""What the reader can do with the words at hand: facts about a name, its glossary entry,
the passage with its citation, and the text's context menu that offers them.

Signals:
    facts_requested(str): show the facts about this entity.
    entry_requested(str): open this glossary entry.
    lookup_requested(str): find these words in the glossary (no entry is named exactly).
    note_requested(): take a note on the selection (or the paragraph at the cursor).
    related_requested(str): show the passages closest in meaning to this paragraph.
    message(str): a line for the status bar.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence

from desktop.core.citation import Reference, in_text, reference
from desktop.core.glossary.lookup import entity_named
from desktop.core.locator import Paragraphs, paragraph_of
from desktop.core.store import ReportStore
from desktop.ui.i18n import translate
from desktop.ui.reader.link_list import install_link_list

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu, QTextBrowser


class ReaderCommands(QObject):
    """Commands on the reader's selection (see the module docstring for the signals)."""

    facts_requested = Signal(str)
    entry_requested = Signal(str)
    lookup_requested = Signal(str)
    note_requested = Signal()
    related_requested = Signal(str)
    message = Signal(str)

    @property
    def atlas(self):
        return self.store.atlas  # read on first use: not before the first paint

    def __init__(self, reader: QTextBrowser, store: ReportStore) -> None:
        super().__init__(reader)
        self.reader = reader
        self.store = store
        reader.selectionChanged.connect(self._offer_facts)
        reader.customContextMenuRequested.connect(self.context_menu)
        # One action for the Edit and Notes menus and the context menu (one shortcut).
        self.citation_action = QAction(translate("ReaderCommands", "Copy with &Citation"), reader)
        self.citation_action.setObjectName("copy-citation")
        self.citation_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.citation_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.citation_action.triggered.connect(self.copy_with_citation)
        self.links_action = install_link_list(reader)  # the text's links, one by one, for screen readers

    def selected_entity(self) -> str:
        """The entity the selected words name exactly (a term, alias or name), or ""."""
        return entity_named(self.store, self.reader.textCursor().selectedText())

    def _offer_facts(self) -> None:
        entity_id = self.selected_entity()
        entity = self.atlas.entity(entity_id) if entity_id else None
        if entity is not None:
            count = len(self.atlas.facts_for(entity_id))
            self.message.emit(
                (
                    translate("ReaderCommands", "{name}: {count} fact. Ctrl+I shows it.")
                    if count == 1
                    else translate("ReaderCommands", "{name}: {count} facts. Ctrl+I shows them.")
                ).format(name=entity.name, count=count)
            )

    def facts_for_selection(self) -> None:
        entity_id = self.selected_entity()
        if not entity_id:
            self.message.emit(
                translate(
                    "ReaderCommands", "Select a name in the text first (a country, place, person or term)."
                )
            )
            return
        self.facts_requested.emit(entity_id)

    def context_menu(self, position) -> None:
        menu = self.build_context_menu(position)
        menu.exec(self.reader.viewport().mapToGlobal(position))
        menu.deleteLater()

    def build_context_menu(self, position) -> QMenu:
        """Copy and Select All, then what can be done with the words: a note, a citation, facts,
        the glossary (facts and glossary named after the selection when it names an entry)."""
        menu = self.reader.createStandardContextMenu(position)
        menu.addSeparator()
        menu.addAction(
            translate("ReaderCommands", "Take a &Note") + "\tCtrl+N", self.note_requested.emit
        ).setObjectName("menu-note")
        menu.addAction(self.citation_action)
        selected = " ".join(self.reader.textCursor().selectedText().split())
        entity_id = self.selected_entity()
        entity = self.atlas.entity(entity_id) if entity_id else None
        facts = menu.addAction(
            (
                translate("ReaderCommands", "Show &Facts About “{name}”").format(name=entity.name)
                if entity
                else translate("ReaderCommands", "Show &Facts")
            )
            + "\tCtrl+I",
            self.facts_for_selection,
        )
        facts.setObjectName("menu-facts")
        facts.setEnabled(entity is not None)
        label = f"“{selected[:30]}…”" if len(selected) > 30 else f"“{selected}”"
        lookup = menu.addAction(
            translate("ReaderCommands", "Look Up {text} in the &Glossary").format(text=label)
            if selected
            else translate("ReaderCommands", "Look Up in the &Glossary"),
            self.look_up,
        )
        lookup.setObjectName("menu-glossary")
        lookup.setEnabled(bool(selected))
        self._add_related(menu, self.paragraph_at(position))
        return menu

    def _add_related(self, menu: QMenu, paragraph_id: str) -> None:
        from desktop.core.search.meaning import available

        related = menu.addAction(
            translate("ReaderCommands", "&Related Passages"),
            lambda: self.related_requested.emit(paragraph_id),
        )
        related.setObjectName("menu-related")
        related.setEnabled(bool(paragraph_id) and available())

    def paragraph_at(self, position) -> str:
        """The id of the paragraph (not a heading) under ``position`` in the viewport, or ""."""
        block = self.reader.cursorForPosition(position).block()
        start, end = block.position(), block.position() + block.length()
        for paragraph in self.store.paragraphs(self.reader.section_at(start)):
            at = self.reader.anchor_position(paragraph.id)
            if at is not None and start <= at < end:
                return paragraph.id if paragraph.kind != "heading" else ""
        return ""

    def look_up(self) -> None:
        """The selection's glossary entry, or the glossary filtered by the selected words."""
        entity_id = self.selected_entity()
        if entity_id and self.store.glossary_entry(entity_id):
            self.entry_requested.emit(entity_id)
        else:
            self.lookup_requested.emit(" ".join(self.reader.textCursor().selectedText().split()))

    def citation(self) -> tuple[str, Reference] | None:
        """The selected passage (or the paragraph at the cursor) in quotation marks, and a Chicago
        citation of its section; None with nothing to cite."""
        target = self.reader.selection_selector() or self.reader.paragraph_selector()
        if target is None:
            return None
        section_id, selector = target
        section = self.store.section(section_id)
        quote = f"“{selector.exact}”"
        place = self.paragraphs.place(section_id, paragraph_of(self.paragraphs.body(section_id), selector))
        if place is not None:  # the locator a reader follows back: section and paragraph number
            quote += " " + in_text(self.store.meta, "chicago", place.section_title, place.paragraph)
        return quote, reference(self.store.meta, "chicago", section.title if section else None)

    @cached_property
    def paragraphs(self) -> Paragraphs:
        return Paragraphs(self.store)

    def citation_text(self) -> str:
        found = self.citation()
        return f"{found[0]}\n\n{found[1].text}" if found else ""

    def copy_with_citation(self) -> None:
        found = self.citation()
        if found is None:
            self.message.emit(
                translate("ReaderCommands", "Select a passage first (or put the cursor in a paragraph).")
            )
            return
        put_on_clipboard(*found)
        self.message.emit(translate("ReaderCommands", "Copied the passage with its citation."))


def put_on_clipboard(quote: str, citation: Reference) -> None:
    """The quote, a blank line and the citation on the clipboard, as rich text (the title in
    italics) and as plain text.

    Qt's own copy makes the clipboard's data: a QMimeData made in Python and handed to the
    clipboard crashes the interpreter as it exits (PySide 6.11 on the offscreen platform).
    """
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QTextEdit

    scratch = QTextEdit()
    scratch.setPlainText(quote + "\n\n")
    cursor = scratch.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertHtml(citation.html)
    scratch.selectAll()
    scratch.copy()
    scratch.deleteLater()
