"""The main window: the report in the centre, panels in docks, all wiring in one place."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QVBoxLayout, QWidget

from desktop import paths
from desktop.core.citation import cite
from desktop.core.store import ReportStore
from desktop.ui import theme
from desktop.ui.contents import ContentsPanel
from desktop.ui.map_panel import MapPanel
from desktop.ui.reader import ReaderView
from desktop.ui.settings import THEMES, Preferences, WindowState

BACKUP_EVERY_SAVES = 25  # "a stretch of editing"

if TYPE_CHECKING:  # built on first use, imported then
    from PySide6.QtGui import QCloseEvent

    from desktop.core.notes import NotesStore
    from desktop.ui.banner import Banner
    from desktop.ui.facts_panel import FactsPanel
    from desktop.ui.glossary_panel import GlossaryPanel
    from desktop.ui.notes_panel import NotesPanel
    from desktop.ui.search_panel import SearchPanel


class MainWindow(QMainWindow):
    """Contents and search docks on the left, the reader in the centre."""

    def __init__(
        self,
        store: ReportStore,
        preferences: Preferences,
        state: WindowState,
        notes: NotesStore | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.preferences = preferences
        self.state = state
        self.persist_state = True
        self.setObjectName("main-window")
        self.setWindowTitle(f"{store.meta.get('title', 'Dossier')} — Dossier")
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks)

        theme_name = theme.resolve(preferences.theme)
        self._set_palette(theme_name)  # before any child exists: none needs a palette-change pass
        self.reader = ReaderView(
            store,
            theme_name=theme_name,
            zoom=preferences.zoom,
            mark_terms=preferences.mark_terms,
            parent=self,
        )
        self._banner: Banner | None = None  # made when there is something to say
        central = QWidget(self)
        self._column = QVBoxLayout(central)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(0)
        self._column.addWidget(self.reader, 1)
        self.setCentralWidget(central)
        self._saves_since_backup = 0
        self.contents = ContentsPanel(store.sections, self)
        self.notes_store = notes
        # Panels not on screen at start are built the first time they are shown or used.
        self._search: SearchPanel | None = None
        self._facts: FactsPanel | None = None
        self._notes: NotesPanel | None = None
        self._orphans: set[str] = set()
        self.contents_dock = self._dock(
            "Contents", "contents-dock", self.contents, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.search_dock = self._dock(
            "Search", "search-dock", QWidget(), Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self._glossary: GlossaryPanel | None = None
        self.glossary_dock = self._dock(
            "Glossary", "glossary-dock", QWidget(), Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.atlas = store.atlas
        self.map_panel = MapPanel(self.atlas, theme_name, self)
        self.map = self.map_panel.view
        self.map_dock = self._dock("Map", "map-dock", self.map_panel, Qt.DockWidgetArea.RightDockWidgetArea)
        self.facts_dock = self._dock("Facts", "facts-dock", QWidget(), Qt.DockWidgetArea.RightDockWidgetArea)
        self.splitDockWidget(self.map_dock, self.glossary_dock, Qt.Orientation.Vertical)
        self.tabifyDockWidget(self.glossary_dock, self.facts_dock)
        self.facts_dock.raise_()  # its opening text says how to use the map, facts and glossary
        self.tabifyDockWidget(self.contents_dock, self.search_dock)
        self.notes_dock = self._dock("Notes", "notes-dock", QWidget(), Qt.DockWidgetArea.LeftDockWidgetArea)
        self.tabifyDockWidget(self.search_dock, self.notes_dock)
        if notes is None:
            self.notes_dock.hide()
        for dock, panel in (
            (self.search_dock, "search"),
            (self.facts_dock, "facts"),
            (self.notes_dock, "notes"),
            (self.glossary_dock, "glossary"),
        ):
            dock.visibilityChanged.connect(lambda visible, name=panel: visible and getattr(self, name))
        self.contents_dock.raise_()
        self.resizeDocks([self.contents_dock, self.glossary_dock], [270, 430], Qt.Orientation.Horizontal)
        self.resizeDocks([self.map_dock, self.glossary_dock], [330, 420], Qt.Orientation.Vertical)
        self._build_menus()
        self._connect_signals()
        self._apply_theme()
        self.statusBar().setAccessibleName("Status")
        self.contents.set_current_section(self.reader.current_section() or store.sections[0].id)
        self.refresh_notes()

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setAccessibleName(title)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _action(self, menu, text: str, slot, shortcuts=(), name: str = "") -> QAction:
        action = QAction(text, self)
        if name:
            action.setObjectName(name)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self._action(file_menu, "&Quit", self.close, [QKeySequence.StandardKey.Quit], "quit")

        go = bar.addMenu("&Go")
        self._action(
            go, "&Search the Report…", self.focus_search, [QKeySequence.StandardKey.Find], "focus-search"
        )
        self._action(go, "&Contents", self.focus_contents, ["Ctrl+1"], "focus-contents")
        self._action(go, "&Reading Pane", self.focus_reader, ["Ctrl+2"], "focus-reader")
        self._action(go, "&Glossary", self.focus_glossary, ["Ctrl+G"], "focus-glossary")
        self._action(go, "&Map", self.focus_map, ["Ctrl+M"], "focus-map")
        self._action(
            go, "Facts About the &Selection", self.facts_for_selection, ["Ctrl+I"], "facts-for-selection"
        )
        go.addSeparator()
        self._action(go, "&Back", self.reader.go_back, [QKeySequence.StandardKey.Back], "back")
        self._action(
            go, "&Next Hit", lambda: self.reader.find_next(), [QKeySequence.StandardKey.FindNext], "next-hit"
        )
        self._action(
            go,
            "&Previous Hit",
            lambda: self.reader.find_next(backwards=True),
            [QKeySequence.StandardKey.FindPrevious],
            "previous-hit",
        )
        go.addSeparator()
        self._action(go, "Next Section", lambda: self._step_section(1), ["Ctrl+PgDown"], "next-section")
        self._action(
            go, "Previous Section", lambda: self._step_section(-1), ["Ctrl+PgUp"], "previous-section"
        )

        notes_menu = bar.addMenu("&Notes")
        self._action(
            notes_menu,
            "&Note on the Selection or Paragraph",
            self.add_passage_note,
            ["Ctrl+N"],
            "note-passage",
        )
        self._action(
            notes_menu, "Note on the &Section", self.add_section_note, ["Ctrl+Shift+N"], "note-section"
        )
        self._action(
            notes_menu, "&Copy with Citation", self.copy_with_citation, ["Ctrl+Shift+C"], "copy-citation"
        )
        notes_menu.addSeparator()
        self._action(notes_menu, "&Find in Notes", self.focus_notes, ["Ctrl+3"], "focus-notes")
        self._action(notes_menu, "&Export Notes…", self.export_notes, [], "export-notes")
        self._action(notes_menu, "&Import Notes…", self.import_notes, [], "import-notes")
        notes_menu.addSeparator()
        self._action(notes_menu, "&Back Up Notes Now", self.backup_notes, [], "backup-notes")
        self._action(
            notes_menu, "&Restore the Newest Backup", self.restore_newest_backup, [], "restore-backup"
        )

        view = bar.addMenu("&View")
        self._action(view, "Zoom &In", self.preferences.zoom_in, ["Ctrl+=", "Ctrl++"], "zoom-in")
        self._action(view, "Zoom &Out", self.preferences.zoom_out, ["Ctrl+-"], "zoom-out")
        self._action(view, "&Actual Size", self._reset_zoom, ["Ctrl+0"], "zoom-reset")
        view.addSeparator()
        theme_menu = view.addMenu("&Theme")
        group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for mode in THEMES:
            action = QAction({"system": "Follow &System", "light": "&Light", "dark": "&Dark"}[mode], self)
            action.setCheckable(True)
            action.setChecked(self.preferences.theme == mode)
            action.setObjectName(f"theme-{mode}")
            action.triggered.connect(lambda _=False, m=mode: setattr(self.preferences, "theme", m))
            group.addAction(action)
            theme_menu.addAction(action)
            self.theme_actions[mode] = action
        self.mark_terms_action = QAction("&Mark Glossary Terms", self)
        self.mark_terms_action.setObjectName("mark-terms")
        self.mark_terms_action.setCheckable(True)
        self.mark_terms_action.setChecked(self.preferences.mark_terms)
        self.mark_terms_action.toggled.connect(lambda on: setattr(self.preferences, "mark_terms", on))
        view.addAction(self.mark_terms_action)
        view.addSeparator()
        docks = [self.contents_dock, self.search_dock, self.glossary_dock, self.map_dock, self.facts_dock]
        if self.notes_store is not None:
            docks.append(self.notes_dock)
        for dock in docks:
            view.addAction(dock.toggleViewAction())

        help_menu = bar.addMenu("&Help")
        self._action(
            help_menu, "&About Dossier", self.show_about, [QKeySequence.StandardKey.HelpContents], "about"
        )

    def _connect_signals(self) -> None:
        self.contents.section_activated.connect(self.reader.show_section)
        self.reader.section_changed.connect(self.contents.set_current_section)
        self.reader.message.connect(self._show_message)
        self.reader.term_activated.connect(self.show_glossary_entry)
        self.reader.section_changed.connect(self._outline_section_countries)
        self.reader.selectionChanged.connect(self._offer_facts_for_selection)
        self.reader.customContextMenuRequested.connect(self._reader_context_menu)
        self.map.country_selected.connect(self.show_country_facts)
        self.map.place_selected.connect(self.show_facts)
        self.map.hovered.connect(self._show_message)
        self.map_panel.message.connect(self._show_message)
        self.reader.note_clicked.connect(self.open_note)
        self.preferences.changed.connect(self._on_preference_changed)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._apply_theme)

    # The panels built on first use are wired here, beside the rest, when they are built.
    @property
    def search(self) -> SearchPanel:
        if self._search is None:
            from desktop.core.notes import note_hits
            from desktop.ui.search_panel import SearchPanel

            titles = {s.id: s.title for s in self.store.sections}

            def notes_search(query: str) -> list:
                return note_hits(self.notes_store, query, titles) if self.notes_store is not None else []

            panel = self._search = SearchPanel(self.store.searcher, notes_search, self)
            self.search_dock.setWidget(panel)
            panel.result_activated.connect(self.reader.show_passage)
            panel.terms_changed.connect(self.reader.set_search_terms)
            panel.escape_pressed.connect(self.focus_reader)
            panel.entry_activated.connect(self.show_glossary_entry)
            panel.note_activated.connect(self.show_note)
        return self._search

    @property
    def glossary(self) -> GlossaryPanel:
        if self._glossary is None:
            from desktop.ui.glossary_panel import GlossaryPanel

            panel = self._glossary = GlossaryPanel(self.store, self)
            self.glossary_dock.setWidget(panel)
            panel.mention_requested.connect(self.reader.show_mention)
            panel.quote_requested.connect(self.reader.show_quote)
            panel.message.connect(self._show_message)
            panel.entry_shown.connect(self._facts_follow_glossary)
        return self._glossary

    @property
    def facts(self) -> FactsPanel:
        if self._facts is None:
            from desktop.ui.facts_panel import FactsPanel

            panel = self._facts = FactsPanel(self.atlas, self)
            self.facts_dock.setWidget(panel)
            panel.passage_requested.connect(self.reader.show_quote)
            panel.entry_requested.connect(self.show_glossary_entry)
            panel.country_requested.connect(self.show_on_map)
        return self._facts

    @property
    def notes(self) -> NotesPanel | None:
        if self._notes is None and self.notes_store is not None:
            from desktop.ui.notes_panel import NotesPanel

            panel = self._notes = NotesPanel(self.store, self.notes_store, self)
            panel.orphans = set(self._orphans)
            panel.refresh()
            self.notes_dock.setWidget(panel)
            panel.note_activated.connect(self.show_note)
            panel.notes_changed.connect(self.refresh_notes)
            panel.notes_changed.connect(self._count_save)
            panel.note_saved.connect(self._count_save)
            panel.message.connect(self._show_message)
        return self._notes

    # -- actions -----------------------------------------------------------------------
    def _show_message(self, text: str) -> None:
        if text:
            self.statusBar().showMessage(text, 6000)
        else:
            self.statusBar().clearMessage()

    def focus_search(self) -> None:
        self.search_dock.show()
        self.search_dock.raise_()
        self.search.focus_query()

    def focus_contents(self) -> None:
        self.contents_dock.show()
        self.contents_dock.raise_()
        self.contents.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_glossary(self) -> None:
        self.glossary_dock.show()
        self.glossary_dock.raise_()
        self.glossary.focus_filter()

    def show_glossary_entry(self, entry_id: str) -> None:
        self.glossary_dock.show()
        self.glossary_dock.raise_()
        self.glossary.show_entry(entry_id)

    def focus_map(self) -> None:
        self.map_dock.show()
        self.map_dock.raise_()
        self.map.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_facts(self, entity_id: str) -> bool:
        if not self.facts.show_entity(entity_id):
            return False
        self.facts_dock.show()
        self.facts_dock.raise_()
        iso3 = self.atlas.country_of_entity.get(entity_id) or (
            entity_id if entity_id in self.atlas.country_by_code else ""
        )
        if iso3:
            self.map.select_country(iso3)
        return True

    def show_country_facts(self, iso3: str) -> None:
        country = self.atlas.country_by_code.get(iso3)
        if country is not None:
            self.show_facts(country.entity_id)

    def show_on_map(self, iso3: str) -> None:
        self.map_dock.show()
        self.map_dock.raise_()
        self.map.select_country(iso3)

    def _facts_follow_glossary(self, entry_id: str) -> None:
        # The facts panel follows the glossary quietly, without stealing the glossary's tab.
        if self.atlas.facts_for(entry_id) or entry_id in self.atlas.country_of_entity:
            self.facts.show_entity(entry_id)

    def _outline_section_countries(self, section_id: str) -> None:
        self.map.set_mentioned(self.atlas.entities_in_section(section_id))

    def selected_entity(self) -> str:
        """The entity the selected words name exactly (a term, alias or name), or ""."""
        text = " ".join(self.reader.textCursor().selectedText().split()).strip(" .,;:()\"'’")
        if not text or len(text) > 80:
            return ""
        found = self.store.find_glossary(text, 1)
        if found and found[0][1] >= 98:  # the term or an alias itself, not a guess
            return found[0][0].id
        code = text.upper()
        return self.atlas.country_by_code[code].entity_id if code in self.atlas.country_by_code else ""

    def _offer_facts_for_selection(self) -> None:
        entity_id = self.selected_entity()
        if entity_id:
            entity = self.atlas.entity(entity_id)
            count = len(self.atlas.facts_for(entity_id))
            if entity is not None:
                self._show_message(
                    f"{entity.name}: {count} fact{'s' if count != 1 else ''}. Ctrl+I shows them."
                )

    def facts_for_selection(self) -> None:
        entity_id = self.selected_entity()
        if not entity_id:
            self._show_message("Select a name in the text first (a country, place, person or term).")
            return
        self.show_facts(entity_id)

    def _reader_context_menu(self, position) -> None:
        menu = self.reader.createStandardContextMenu(position)
        entity_id = self.selected_entity()
        if entity_id:
            entity = self.atlas.entity(entity_id)
            menu.addSeparator()
            menu.addAction(f"Facts About “{entity.name if entity else entity_id}”", self.facts_for_selection)
            if self.store.glossary_entry(entity_id):
                menu.addAction("Open in the Glossary", lambda: self.show_glossary_entry(entity_id))
        menu.exec(self.reader.viewport().mapToGlobal(position))
        menu.deleteLater()

    # -- notes ---------------------------------------------------------------------------------------
    def refresh_notes(self) -> None:
        """Re-anchor every note in the text, mark sections that have notes, flag orphans."""
        if self.notes_store is None:
            return
        notes = self.notes_store.notes()
        self._orphans = self.reader.place_notes(notes)
        counts: dict[str, int] = {}
        for note in notes:
            counts[note.section_id] = counts.get(note.section_id, 0) + 1
        self.contents.set_note_counts(counts)
        if self._notes is not None and self._orphans != self._notes.orphans:
            self._notes.orphans = set(self._orphans)
            self._notes.refresh()

    # -- keeping notes safe -----------------------------------------------------------------------
    @property
    def banner(self) -> Banner:
        """The bar above the text for what must be known now (made on first use)."""
        if self._banner is None:
            from desktop.ui.banner import Banner

            self._banner = Banner(self)
            self._banner.restore_requested.connect(self.restore_newest_backup)
            self._column.insertWidget(0, self._banner)
        return self._banner

    def show_banner(self, text: str, offer_backup: bool = False) -> None:
        self.banner.show_message(text, offer_backup)

    def schedule_backup(self, delay_ms: int = 1500) -> None:
        """A backup soon after start, when the notes changed since the newest one."""
        QTimer.singleShot(delay_ms, lambda: self.backup_notes(only_if_changed=True))

    def _count_save(self) -> None:
        self._saves_since_backup += 1
        if self._saves_since_backup >= BACKUP_EVERY_SAVES:
            self.backup_notes()

    def backup_notes(self, only_if_changed: bool = False) -> bool:
        from desktop.core.notes import NotesError
        from desktop.core.safety import list_backups, make_backup

        if self.notes_store is None:
            return False
        data = self.notes_store.path.parent
        if only_if_changed:
            backups = list_backups(data)
            changed = self.notes_store.path.stat().st_mtime if self.notes_store.path.exists() else 0
            wal = self.notes_store.path.with_name(self.notes_store.path.name + "-wal")
            if wal.exists():
                changed = max(changed, wal.stat().st_mtime)
            if backups and backups[0].path.stat().st_mtime >= changed:
                return False
            if not backups and self.notes_store.count() == 0:
                return False
        try:
            made = make_backup(self.notes_store, data)
        except NotesError as error:
            self._show_message(f"Backup failed: {error}")
            return False
        self._saves_since_backup = 0
        self._show_message(f"Notes backed up ({made.notes} notes).")
        return True

    def restore_newest_backup(self, backup_id: str | None = None) -> bool:
        """Put a backup in place; the notes file it replaces is kept beside it."""
        from desktop.context import open_notes
        from desktop.core.notes import NotesError
        from desktop.core.safety import restore_backup

        data = self.notes_store.path.parent if self.notes_store is not None else paths.data_dir()
        if self._notes is not None:
            self._notes.flush()
        if self.notes_store is not None:
            self.notes_store.close()
        try:
            chosen, moved = restore_backup(data, backup_id)
            self.notes_store = open_notes(data)
        except NotesError as error:
            self.show_banner(f"The backup could not be restored: {error}.")
            return False
        if self._notes is not None:
            self._notes.set_store(self.notes_store)
        self.notes_dock.show()
        self.refresh_notes()
        aside = f" The file it replaced was kept as {moved.name}." if moved else ""
        if self._banner is not None:
            self._banner.hide()
        self._show_message(f"Restored the backup of {chosen.created} ({chosen.notes} notes).{aside}")
        return True

    def add_passage_note(self) -> None:
        """A note on the selected words, or on the paragraph at the cursor when nothing is selected."""
        if self.notes is None:
            self._show_message("Notes are not available: the notes file could not be opened.")
            return
        target = self.reader.selection_selector() or self.reader.paragraph_selector()
        if target is None:
            self.add_section_note()
            return
        section_id, selector = target
        self.notes_dock.show()
        self.notes_dock.raise_()
        self.notes.add(section_id, selector)

    def add_section_note(self) -> None:
        if self.notes is None:
            self._show_message("Notes are not available: the notes file could not be opened.")
            return
        section_id = self.reader.current_section() or self.store.sections[0].id
        self.notes_dock.show()
        self.notes_dock.raise_()
        self.notes.add(section_id)

    def focus_notes(self) -> None:
        if self.notes is not None:
            self.notes_dock.show()
            self.notes_dock.raise_()
            self.notes.focus_filter()

    def open_note(self, note_id: str) -> None:
        if self.notes is not None:
            self.notes_dock.show()
            self.notes_dock.raise_()
            self.notes.open_note(note_id)

    def show_note(self, note_id: str) -> None:
        note = self.notes_store.get(note_id) if self.notes_store is not None else None
        if note is not None:
            self.reader.show_note(note)
            if self.notes is not None and self.notes.current_note() != note_id:
                self.notes_dock.show()
                self.notes_dock.raise_()
                self.notes.open_note(note_id, focus=False)

    def citation_text(self) -> str:
        """The selected passage in quotation marks with a Chicago citation of its section."""
        target = self.reader.selection_selector() or self.reader.paragraph_selector()
        if target is None:
            return ""
        section_id, selector = target
        section = self.store.section(section_id)
        return f"“{selector.exact}”\n\n{cite(self.store.meta, 'chicago', section.title if section else None)}"

    def copy_with_citation(self) -> None:
        text = self.citation_text()
        if not text:
            self._show_message("Select a passage first (or put the cursor in a paragraph).")
            return
        QGuiApplication.clipboard().setText(text)
        self._show_message("Copied the passage with its citation.")

    def export_notes(self) -> None:
        if self.notes_store is None:
            return
        from PySide6.QtWidgets import QFileDialog

        path, chosen = QFileDialog.getSaveFileName(
            self, "Export notes", "dossier-notes.md", "Markdown (*.md);;Web Annotation JSON (*.json)"
        )
        if path:
            self.write_notes_export(path, "json" if "json" in chosen or path.endswith(".json") else "md")

    def write_notes_export(self, path: str, fmt: str) -> bool:
        from desktop.cli import UserError, _write_new_file
        from desktop.core.notes import NotesIndex
        from desktop.core.notes_io import export_json, export_markdown

        notes = self.notes_store.notes() if self.notes_store is not None else []
        if fmt == "json":
            text = json.dumps(export_json(notes, self.store.meta), ensure_ascii=False, indent=2) + "\n"
        else:
            order = {section.id: section.order for section in self.store.sections}
            titles = {section.id: section.title for section in self.store.sections}
            text = export_markdown(NotesIndex(order).group(notes), titles, self.store.meta)
        try:
            _write_new_file(path, text)
        except UserError as error:
            self._show_message(str(error))
            return False
        self._show_message(f"Exported {len(notes)} notes to {path}")
        return True

    def import_notes(self, path: str = "") -> bool:
        if self.notes_store is None:
            return False
        if not path:
            from PySide6.QtWidgets import QFileDialog

            path, _ = QFileDialog.getOpenFileName(self, "Import notes", "", "Web Annotation JSON (*.json)")
            if not path:
                return False
        from pathlib import Path

        from desktop.core.notes import NotesError
        from desktop.core.notes_io import parse_annotations, read_import_file

        try:
            incoming = parse_annotations(read_import_file(Path(path)), {s.id for s in self.store.sections})
            result = self.notes_store.merge(incoming)
        except NotesError as error:
            self._show_message(f"Nothing imported: {error}")
            return False
        if self._notes is not None:
            self._notes.refresh()
        self.refresh_notes()
        self._show_message(f"Imported: {result.summary()}.")
        return True

    def focus_reader(self) -> None:
        self.reader.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _step_section(self, step: int) -> None:
        ids = [s.id for s in self.store.sections]
        current = self.reader.current_section()
        index = ids.index(current) + step if current in ids else 0
        if 0 <= index < len(ids):
            self.reader.show_section(ids[index])

    def _reset_zoom(self) -> None:
        self.preferences.zoom = 100

    def show_about(self) -> None:
        from desktop.ui.about import AboutDialog

        AboutDialog(self.store.meta, str(paths.data_dir()), self).exec()

    def _on_preference_changed(self, key: str) -> None:
        if key == "zoom":
            self.reader.set_zoom(self.preferences.zoom)
            self._show_message(f"Zoom {self.preferences.zoom}%")
        elif key == "mark_terms":
            self.reader.set_mark_terms(self.preferences.mark_terms)
        elif key == "theme":
            self.theme_actions[self.preferences.theme].setChecked(True)
            self._apply_theme()

    def _apply_theme(self, *_args: object) -> None:
        self.set_theme(theme.resolve(self.preferences.theme))

    def set_theme(self, name: str) -> None:
        """Show ``name`` ("light" or "dark") without changing the saved preference."""
        self._set_palette(name)
        self.reader.set_theme(name)
        self.map.set_theme(name)

    def _set_palette(self, name: str) -> None:
        palette = theme.palette(name)
        app = QApplication.instance()
        if isinstance(app, QApplication) and app.palette() != palette:
            app.setPalette(palette)
        if self.palette() != palette:
            self.setPalette(palette)

    # -- state across sessions ---------------------------------------------------------------
    def restore_state(self) -> None:
        geometry = self.state.bytes_value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:  # the first start: most of the screen, centred
            screen = self.screen().availableGeometry() if self.screen() else None
            if screen is not None:
                width, height = min(1440, int(screen.width() * 0.9)), min(940, int(screen.height() * 0.9))
                self.resize(width, height)
                self.move(screen.center().x() - width // 2, screen.center().y() - height // 2)
        layout = self.state.bytes_value("window_state")
        if layout is not None:
            self.restoreState(layout)

    def restore_reading_position(self) -> None:
        """Back to where the reader was: the exact place if the text is unchanged, else the section."""
        same_text = self.state.text_value("content_hash") == self.store.meta.get("content_hash")
        position = self.state.text_value("position")
        section = self.state.text_value("section")
        if same_text and position.isdigit():
            self.reader.scroll_to_position(int(position))
        elif section and self.store.section(section):
            self.reader.go_to_anchor(section, remember=False)

    def save_state(self) -> None:
        self.state.set_value("geometry", self.saveGeometry())
        self.state.set_value("window_state", self.saveState())
        top = self.reader.top_position()
        self.state.set_value("position", str(top or 0))
        self.state.set_value("section", self.reader.current_section())
        self.state.set_value("content_hash", str(self.store.meta.get("content_hash", "")))
        self.state.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self._notes is not None:
            self._notes.flush_or_recover()  # never asks, never loses: unsaved text goes to a recovery file
        if self.persist_state:
            self.save_state()
        super().closeEvent(event)
