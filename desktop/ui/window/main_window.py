"""The main window: the report in the centre, panels in docks; this module only wires them.

Panels are declared as docks with a factory (``PanelDock``), built on first show; their
signals are connected in the ``_connect_*`` methods below, side by side. Operations on the
notes file live in ``NotesFile``, menus in ``menus.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QVBoxLayout, QWidget

from desktop import paths
from desktop.core.store import ReportStore
from desktop.ui import theme, zoom
from desktop.ui.contents import ContentsPanel
from desktop.ui.map.large import LargeMap
from desktop.ui.map.panel import MapPanel
from desktop.ui.notes.file import NotesFile
from desktop.ui.reader.commands import ReaderCommands
from desktop.ui.reader.note_placer import NotePlacer
from desktop.ui.reader.view import ReaderView
from desktop.ui.settings import Preferences, WindowState
from desktop.ui.window import laptop_layout, session
from desktop.ui.window.focus_mode import FocusMode
from desktop.ui.window.menus import build_menus
from desktop.ui.window.panel_dock import PanelDock, deferred
from desktop.ui.window.panel_focus import FocusRing

if TYPE_CHECKING:  # built on first use, imported then
    from PySide6.QtGui import QAction, QCloseEvent

    from desktop.core.notes.store import NotesStore
    from desktop.ui.facts_panel import FactsPanel
    from desktop.ui.glossary_panel import GlossaryPanel
    from desktop.ui.notes.panel import NotesPanel
    from desktop.ui.search_panel import SearchPanel
    from desktop.ui.window.banner import Banner

LEFT = Qt.DockWidgetArea.LeftDockWidgetArea
RIGHT = Qt.DockWidgetArea.RightDockWidgetArea
NO_NOTES = "Notes are not available: the notes file could not be opened."
MEANING_WARM_UP_MS = 1500  # after the first paint, well before most readers type a question


class MainWindow(QMainWindow):
    """Contents, search and notes docks on the left, the reader in the centre, map, facts and
    glossary on the right."""

    def __init__(
        self,
        store: ReportStore,
        preferences: Preferences,
        state: WindowState,
        notes: NotesStore | None = None,
        parent: QWidget | None = None,
        data_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.atlas = store.atlas
        self.preferences = preferences
        self.state = state
        self.persist_state = True
        self.notes_file = NotesFile(store, notes, data_dir or paths.data_dir(), self)
        self.setObjectName("main-window")
        self.setWindowTitle(f"{store.meta.get('title', 'Dossier')} — Dossier")
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks)

        theme_name = theme.resolve(preferences.theme)
        theme.apply_palette(self, theme_name)  # before any child exists: none needs a palette-change pass
        self.reader = ReaderView(store, theme_name, preferences.zoom, preferences.term_marks, self)
        self.commands = ReaderCommands(self.reader, store)
        self.placer = NotePlacer(self.reader)
        self._banner: Banner | None = None  # made when there is something to say
        central = QWidget(self)
        self._column = QVBoxLayout(central)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(0)
        self._column.addWidget(self.reader, 1)
        self.setCentralWidget(central)
        self._orphans: set[str] = set()

        self.contents = ContentsPanel(store.sections, self)
        self.map_panel = MapPanel(self.atlas, theme_name, self)
        self.map = self.map_panel.view
        self.contents_dock = PanelDock.built_from("Contents", "contents-dock", self.contents, self, LEFT)
        self.search_dock = PanelDock("Search", "search-dock", self._make_search, self, LEFT)
        self.notes_dock = PanelDock("Notes", "notes-dock", self._make_notes, self, LEFT)
        glossary = deferred("desktop.ui.glossary_panel", "GlossaryPanel", store, self)
        self.glossary_dock = PanelDock("Glossary", "glossary-dock", glossary, self, RIGHT)
        self.map_dock = PanelDock.built_from("Map", "map-dock", self.map_panel, self, RIGHT)
        facts = deferred("desktop.ui.facts_panel", "FactsPanel", self.atlas, self)
        self.facts_dock = PanelDock("Facts", "facts-dock", facts, self, RIGHT)
        laptop_layout.arrange(self)
        self.large_map = LargeMap(self, self.map_dock, self.facts_dock)
        self.map_panel.toolbar.addAction(self.large_map.action)
        self.theme_actions: dict[str, QAction] = {}
        self.focus_mode = FocusMode(self)
        build_menus(self)
        self.focus_ring = FocusRing(self)
        zoom.scale_panels(self, preferences.zoom)
        self._connect_signals()
        self._apply_theme()
        self.statusBar().setAccessibleName("Status")
        self.contents.set_current_section(self.reader.current_section() or store.sections[0].id)
        self.refresh_notes()

    def docks(self) -> list[PanelDock]:
        """The docks a reader can show and hide (the notes dock only when there are notes)."""
        docks = [self.contents_dock, self.search_dock, self.glossary_dock, self.map_dock, self.facts_dock]
        return [*docks, self.notes_dock] if self.notes_store is not None else docks

    @property
    def notes_store(self) -> NotesStore | None:
        return self.notes_file.store

    # -- panels built on first show ------------------------------------------------------------
    def _make_search(self) -> SearchPanel:
        from desktop.core.search.finder import search_all
        from desktop.core.search.meaning import related_hits
        from desktop.ui.search_panel import SearchPanel

        # The model loads in the background once the window is up, while the reader types; a
        # query restored before the window is shown is answered by its words alone.
        QTimer.singleShot(MEANING_WARM_UP_MS, self.store.meaning.warm_up)
        return SearchPanel(
            lambda query: search_all(self.store, self.notes_store, query, meaning=self.isVisible()),
            self,
            related=lambda paragraph_id: related_hits(self.store, paragraph_id),
        )

    def _make_notes(self) -> NotesPanel | QWidget:
        from desktop.ui.notes.panel import NotesPanel

        if self.notes_store is None:
            return QWidget(self)
        panel = NotesPanel(self.store, self.notes_store, self)
        panel.orphans = set(self._orphans)
        panel.refresh()
        return panel

    @property
    def search(self) -> SearchPanel:
        return self.search_dock.panel

    @property
    def glossary(self) -> GlossaryPanel:
        return self.glossary_dock.panel

    @property
    def facts(self) -> FactsPanel:
        return self.facts_dock.panel

    @property
    def notes(self) -> NotesPanel | None:
        return self.notes_dock.panel if self.notes_store is not None else None

    # -- wiring -------------------------------------------------------------------------------
    def _connect_signals(self) -> None:
        # The text and the contents follow each other.
        self.contents.section_activated.connect(self.reader.show_section)
        self.reader.section_changed.connect(self.contents.set_current_section)
        self.reader.section_changed.connect(
            lambda s: self.map.set_mentioned(self.atlas.entities_in_section(s))
        )
        # The text opens the glossary, facts and notes.
        self.reader.term_activated.connect(self.show_glossary_entry)
        self.reader.note_clicked.connect(self.open_note)
        self.placer.finished.connect(self._notes_placed)
        self.commands.facts_requested.connect(self.show_facts)
        self.commands.entry_requested.connect(self.show_glossary_entry)
        self.commands.lookup_requested.connect(
            lambda text: self.glossary_dock.activate().filter_box.setText(text)
        )
        self.commands.note_requested.connect(self.add_passage_note)
        self.commands.related_requested.connect(lambda p: self.search_dock.activate().show_related(p))
        # The map opens facts.
        self.map.country_selected.connect(self.show_country_facts)
        self.map.place_selected.connect(self.show_facts)
        # The notes file tells what changed.
        self.notes_file.notes_changed.connect(self._notes_changed_outside)
        self.notes_file.store_replaced.connect(self._notes_store_replaced)
        self.notes_file.problem.connect(self.show_banner)
        # Status lines.
        for source in (
            self.reader.message,
            self.commands.message,
            self.map.hovered,
            self.map_panel.message,
            self.notes_file.message,
        ):
            source.connect(self._show_message)
        # Preferences and the desktop's colour scheme.
        self.preferences.changed.connect(self._on_preference_changed)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._apply_theme)
        # Panels built later are wired when they are built.
        self.search_dock.panel_created.connect(self._connect_search)
        self.glossary_dock.panel_created.connect(self._connect_glossary)
        self.facts_dock.panel_created.connect(self._connect_facts)
        self.notes_dock.panel_created.connect(self._connect_notes)

    def _connect_search(self, panel: SearchPanel) -> None:
        panel.result_activated.connect(self.reader.show_passage)
        panel.terms_changed.connect(self.reader.set_search_terms)
        panel.escape_pressed.connect(self.focus_reader)
        panel.entry_activated.connect(self.show_glossary_entry)
        panel.note_activated.connect(self.show_note)
        panel.set_query(self.state.text_value("search_query"))
        panel.query_changed.connect(lambda q: self.persist_state and self.state.set_value("search_query", q))

    def _connect_glossary(self, panel: GlossaryPanel) -> None:
        panel.mention_requested.connect(self.reader.show_mention)
        panel.quote_requested.connect(self.reader.show_quote)
        panel.message.connect(self._show_message)
        panel.entry_shown.connect(self._facts_follow_glossary)

    def _connect_facts(self, panel: FactsPanel) -> None:
        panel.passage_requested.connect(self.reader.show_quote)
        panel.entry_requested.connect(self.show_glossary_entry)
        panel.country_requested.connect(self.show_on_map)
        panel.message.connect(self._show_message)

    def _connect_notes(self, panel: QWidget) -> None:
        if self.notes_store is None:
            return
        panel.note_activated.connect(self.show_note)
        panel.notes_changed.connect(self.refresh_notes)
        panel.notes_changed.connect(self.notes_file.count_save)
        panel.note_saved.connect(self.notes_file.count_save)
        panel.message.connect(self._show_message)
        panel.store_replaced.connect(self.notes_file.reopen)

    # -- going places -------------------------------------------------------------------------
    def _show_message(self, text: str) -> None:
        if text:
            self.statusBar().showMessage(text, 6000)
        else:
            self.statusBar().clearMessage()

    def focus_search(self) -> None:
        self.search_dock.activate().focus_query()

    def focus_contents(self) -> None:
        self.contents_dock.activate().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_reader(self) -> None:
        self.reader.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_glossary(self) -> None:
        self.glossary_dock.activate().focus_filter()

    def focus_map(self) -> None:
        self.map_dock.activate().view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_facts(self) -> None:
        self.facts_dock.activate().view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_notes(self) -> None:
        if self.notes is not None:
            self.notes_dock.activate().focus_filter()

    def show_glossary_entry(self, entry_id: str) -> None:
        self.glossary_dock.activate().show_entry(entry_id)

    def show_facts(self, entity_id: str) -> bool:
        if not self.facts.show_entity(entity_id):
            return False
        self.facts_dock.activate()
        iso3 = self.atlas.country_of_entity.get(entity_id) or (
            entity_id if entity_id in self.atlas.country_by_code else ""
        )
        if iso3:
            self.map.select_country(iso3)
        return True

    def show_country_facts(self, iso3: str) -> None:
        if iso3 in self.atlas.country_by_code:
            self.show_facts(self.atlas.country_by_code[iso3].entity_id)

    def show_on_map(self, iso3: str) -> None:
        self.map_dock.activate()
        self.map.select_country(iso3)

    def _facts_follow_glossary(self, entry_id: str) -> None:
        # The facts panel follows the glossary quietly, without stealing the glossary's tab.
        if self.atlas.facts_for(entry_id) or entry_id in self.atlas.country_of_entity:
            self.facts.show_entity(entry_id)

    # -- notes --------------------------------------------------------------------------------
    def refresh_notes(self) -> None:
        """Re-anchor every note in the text, mark sections that have notes, flag orphans."""
        if self.notes_store is None:
            return
        counts = self.notes_store.counts_by_section()
        self.contents.set_note_counts(counts)
        self.placer.start(self.notes_store, counts)

    def _notes_placed(self, orphans: set[str]) -> None:
        self._orphans = orphans
        if self.notes_dock.built and self.notes is not None and orphans != self.notes.orphans:
            self.notes.orphans = set(orphans)
            self.notes.refresh()

    def _notes_changed_outside(self) -> None:
        if self.notes_dock.built and self.notes is not None:
            self.notes.refresh()
        self.refresh_notes()

    def _notes_store_replaced(self, store: NotesStore) -> None:
        if self.notes_dock.built and self.notes is not None:
            self.notes.set_store(store)
        self.notes_dock.show()
        self.refresh_notes()
        if self._banner is not None:
            self._banner.hide()

    def restore_newest_backup(self, backup_id: str | None = None) -> bool:
        """Put a backup in place (what is being typed is saved first)."""
        if self.notes_dock.built and self.notes is not None:
            self.notes.flush()
        return self.notes_file.restore(backup_id)

    def add_passage_note(self) -> None:
        """A note on the selected words, or on the paragraph at the cursor when nothing is selected."""
        if self.notes is None:
            self._show_message(NO_NOTES)
            return
        target = self.reader.selection_selector() or self.reader.paragraph_selector()
        if target is None:
            self.add_section_note()
            return
        self.notes_dock.activate().add(*target)

    def add_section_note(self) -> None:
        if self.notes is None:
            self._show_message(NO_NOTES)
            return
        self.notes_dock.activate().add(self.reader.current_section() or self.store.sections[0].id)

    def open_note(self, note_id: str) -> None:
        if self.notes is not None:
            self.notes_dock.activate().open_note(note_id)

    def show_note(self, note_id: str) -> None:
        note = self.notes_store.get(note_id) if self.notes_store is not None else None
        if note is not None:
            self.placer.finish_now()  # the note's place may not be worked out yet
            self.reader.show_note(note)
            if self.notes is not None and self.notes.current_note() != note_id:
                self.notes_dock.activate().open_note(note_id, focus=False)

    # -- what must be known now ------------------------------------------------------------------
    @property
    def banner(self) -> Banner:
        """The bar above the text for what must be known now (made on first use)."""
        if self._banner is None:
            self._banner = deferred("desktop.ui.window.banner", "Banner", self)()
            self._banner.restore_requested.connect(self.restore_newest_backup)
            self._column.insertWidget(0, self._banner)
        return self._banner

    def show_banner(self, text: str, offer_backup: bool = False) -> None:
        self.banner.show_message(text, offer_backup)

    def show_about(self) -> None:
        deferred("desktop.ui.window.about", "show_about", self)()

    def show_shortcuts(self) -> None:
        deferred("desktop.ui.window.shortcuts", "ShortcutsDialog", self)().exec()

    # -- preferences and theme ------------------------------------------------------------------
    def _on_preference_changed(self, key: str) -> None:
        if key == "zoom":
            zoom.apply(self, self.preferences.zoom)
        elif key in ("mark_terms", "mark_every_term"):
            self.reader.set_mark_terms(self.preferences.term_marks)
        elif key == "theme":
            self.theme_actions[self.preferences.theme].setChecked(True)
            self._apply_theme()

    def _apply_theme(self, *_args: object) -> None:
        self.set_theme(theme.resolve(self.preferences.theme))

    def set_theme(self, name: str) -> None:
        """Show ``name`` ("light" or "dark") without changing the saved preference."""
        theme.apply_palette(self, name)
        self.reader.set_theme(name)
        self.map.set_theme(name)

    # -- state across sessions ------------------------------------------------------------------
    def restore_state(self) -> None:
        session.restore_layout(self)

    def restore_reading_position(self) -> None:
        session.restore_reading_position(self)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.notes_dock.built and self.notes is not None:
            kept = self.notes.flush_or_recover()  # closing never loses what was typed
            if kept:
                print(f"dossier: {kept}", file=sys.stderr)
        if self.persist_state:
            session.save(self)
        super().closeEvent(event)
