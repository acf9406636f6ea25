"""The main window: the report in the centre, panels in docks; this module only wires them.

The panels are declared once, in ``panels.PANELS`` (name, side, shortcut, how each is built
and wired); the docks, the Go menu, F6 and the first start's layout are made from that table.
Operations on the notes file live in ``NotesFile``, the menus in ``menus.py``. ``build_window``
at the end is the one way the app, the tests and the damaged-notes path make the window.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QVBoxLayout, QWidget

from desktop import paths
from desktop.core.store import ReportStore
from desktop.ui import theme
from desktop.ui.i18n import install_translation, said, translate
from desktop.ui.notes.file import NotesFile
from desktop.ui.reader.view import ReaderView
from desktop.ui.settings import Preferences, WindowState
from desktop.ui.window import session
from desktop.ui.window.menu_bar import add_top_menus
from desktop.ui.window.panel_dock import PanelDock, deferred
from desktop.ui.window.panels import PanelManager

TYPE_CHECKING = False  # typing's, without importing typing: see desktop/ui/__init__.py
if TYPE_CHECKING:  # annotations, and what is built on first use (imported then)
    from collections.abc import Callable
    from pathlib import Path

    from PySide6.QtGui import QCloseEvent

    from desktop.core.notes.safety import Opened
    from desktop.core.notes.store import NotesStore
    from desktop.ui.window.banner import Banner

SYSTEM_THEME_KEY = "system_theme"  # the desktop's colour scheme when last asked ("light" or "dark")
NO_NOTES = QT_TRANSLATE_NOOP("MainWindow", "Notes are not available: the notes file could not be opened.")


class MainWindow(QMainWindow):
    """Contents, search and notes docks on the left, the reader in the centre, map, facts and
    glossary on the right (as ``panels.PANELS`` places them).

    Signals:
        report_requested(str): the reader chose another report of the library (its id or folder).
    """

    report_requested = Signal(str)
    completed = Signal()

    def __init__(
        self,
        store: ReportStore,
        preferences: Preferences,
        state: WindowState,
        notes: NotesStore | None = None,
        parent: QWidget | None = None,
        data_dir: Path | None = None,
        paint_first: bool = False,
        open_notes: Callable[[], Opened] | None = None,
    ) -> None:
        """With ``paint_first``, only the text and its frame are made now; the rest (``completed``)
        on the event loop's turn after the text is first painted. ``open_notes`` opens the notes
        file there, first (``notes`` is then None until it has): the text is painted without it."""
        super().__init__(parent)
        self.store = store
        self.preferences = preferences
        self.state = state
        self.persist_state = True
        self.notes_file = NotesFile(store, notes, data_dir or paths.data_dir(), self)
        self._open_notes = open_notes
        self.setObjectName("main-window")
        self.setWindowTitle(f"{store.meta.get('title', 'Dossier')} — Dossier")
        # Qt's default dock options (animated, tabbed docks) are the window's: not set again, which
        # would make PySide build their enum before the first paint.

        # Painted first in the desktop's colour scheme as last seen (asking Qt builds its namespace
        # of enums); checked right after, in complete().
        last_seen = state.text_value(SYSTEM_THEME_KEY) if paint_first else ""
        self.theme_name = theme.resolve(preferences.theme, last_seen)
        theme.apply_palette(self, self.theme_name)  # before any child exists: no palette-change pass
        # Painted first: the report from the section the reader left off in (load_whole, in complete()).
        first = session.first_section(state, store) if paint_first else ""
        self.reader = ReaderView(
            store, self.theme_name, preferences.zoom, preferences.term_marks, self, first_section=first
        )
        self._banner: Banner | None = None  # made when there is something to say
        central = QWidget(self)
        self._column = QVBoxLayout(central)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(0)
        self._column.addWidget(self.reader, 1)
        self.setCentralWidget(central)
        self.orphans: set[str] = set()  # notes whose passage is no longer in the text
        self._note_counts: dict[str, int] = {}  # for the contents panel, also when built later
        self.announced_section = ""  # the last section_changed, for panels built after it
        self.reader.section_changed.connect(self._section_announced)
        # The frame the text is painted in: the docks (laid out, empty until built), the menu
        # bar's titles and the status bar, so that nothing moves when the rest arrives.
        self.panels = PanelManager(self, lambda: self.notes_store is not None or self.notes_pending)
        if not paint_first:  # else restore_state places them: by the saved layout, if it has them all
            self._arrange_docks()
        self._top_menus = add_top_menus(self.menuBar())
        self.statusBar().setAccessibleName(translate("MainWindow", "Status"))
        self.is_complete = False
        if paint_first:  # everything else is made on the event loop's turn after the text's first paint
            self.panels.hold_until_first_paint(self.reader.first_painted, self.complete)
        else:
            self.complete()

    def complete(self) -> None:
        """Everything but the text and its frame: the reader's commands and marks, the menus'
        entries, the notes placed in the text, the panels on screen (once; done by then unless
        the window was made with ``paint_first``)."""
        from desktop.ui import accessible_document
        from desktop.ui.reader.commands import ReaderCommands
        from desktop.ui.reader.note_placer import NotePlacer
        from desktop.ui.reader.paragraph_numbers import ParagraphNumbers
        from desktop.ui.reading_progress import ReadingProgress, report_key
        from desktop.ui.window import panel_focus
        from desktop.ui.window.focus_mode import FocusMode
        from desktop.ui.window.large_map import LargeMap
        from desktop.ui.window.menus import MenuNeeds, build_menus
        from desktop.ui.zoom import scale_panels

        if self.is_complete:
            return
        self.is_complete = True
        if self._open_notes is not None:  # before anything that reads the notes
            opener, self._open_notes = self._open_notes, None
            self.take_notes(opener())
        self.reader.load_whole()  # the same words where they are on screen
        accessible_document.install()  # its 24 enum classes: after the paint too
        self._arrange_docks()  # already, unless restore_state was never called
        store, preferences = self.store, self.preferences
        self.commands = ReaderCommands(self.reader, store)
        self.placer = NotePlacer(self.reader)
        self.paragraph_numbers = ParagraphNumbers(self.reader, store, preferences)
        self.large_map = LargeMap(self, self.panels.dock("map"), self.panels.dock("facts"))
        self.panels.dock("map").panel_created.connect(
            lambda panel: panel.toolbar.addAction(self.large_map.action)
        )
        self.panels.dock("contents").panel_created.connect(
            lambda panel: panel.set_note_counts(self._note_counts)
        )
        self.focus_mode = FocusMode(self, self.docks, self.focus_reader)
        self.menus = build_menus(
            self,
            self._top_menus,
            MenuNeeds(
                store=store,
                reader=self.reader,
                commands=self.commands,
                notes_file=self.notes_file,
                preferences=preferences,
                panels=self.panels,
                large_map_action=self.large_map.action,
                toggle_focus_mode=self.focus_mode.toggle,
                focus_reader=self.focus_reader,
                cycle_panels=lambda step: panel_focus.cycle(self, self.reader, self.docks, step),
                note_passage=self.add_passage_note,
                note_section=self.add_section_note,
                show_note=self.show_note,
                restore_backup=self.restore_newest_backup,
                open_report=self.ask_open_report,
                add_report=self.ask_add_report,
                show_shortcuts=self.show_shortcuts,
                show_about=self.show_about,
            ),
        )
        self.focus_ring = panel_focus.FocusRing(self, self.reader, self.docks)
        scale_panels(self.panels.all_docks(), preferences.zoom)
        self._connect_signals()
        self._apply_theme()
        self.reading_progress = ReadingProgress(
            self.reader,
            self.contents,
            self.statusBar(),
            self.state,
            report_key(store.meta),
            lambda: self.persist_state,
        )
        self.refresh_notes()
        if self.panels.holding:  # the text is painted: the panels on screen now
            self.panels.build_eager()
        else:  # the contents now, the map and the other docks shown with the window after their first paint
            self.panels.build_eager(after_first_paint_of=self.reader.first_painted)
        self.completed.emit()

    def docks(self) -> list[PanelDock]:
        """The docks a reader can show and hide (the notes dock only when there are notes)."""
        return self.panels.shown()

    def __getattr__(self, name: str):
        # ``window.<panel>_dock`` for every row of the panel table (tests and scripts use them).
        if name.endswith("_dock") and "panels" in self.__dict__:
            rows = self.__dict__["panels"].rows
            if name.removesuffix("_dock") in rows:
                return self.__dict__["panels"].dock(name.removesuffix("_dock"))
        raise AttributeError(name)

    @property
    def atlas(self):
        """The report's places and facts (read from the store on first use, after the first paint)."""
        return self.store.atlas

    @property
    def notes_store(self) -> NotesStore | None:
        return self.notes_file.store

    @property
    def contents(self):
        return self.panels.panel("contents")

    @property
    def map_panel(self):
        return self.panels.panel("map")

    @property
    def map(self):
        return self.map_panel.view

    @property
    def search(self):
        return self.panels.panel("search")

    @property
    def glossary(self):
        return self.panels.panel("glossary")

    @property
    def facts(self):
        return self.panels.panel("facts")

    @property
    def notes(self):
        return self.panels.panel("notes") if self.notes_store is not None else None

    # -- wiring (each panel's own signals are wired by its row in the panel table) ------------------
    def _connect_signals(self) -> None:
        # The text opens the glossary, facts and notes.
        self.reader.term_activated.connect(self.show_glossary_entry)
        self.reader.note_clicked.connect(self.open_note)
        self.placer.finished.connect(self._notes_placed)
        self.commands.facts_requested.connect(self.show_facts)
        self.commands.entry_requested.connect(self.show_glossary_entry)
        self.commands.lookup_requested.connect(
            lambda text: self.panels.activate("glossary").filter_box.setText(text)
        )
        self.commands.note_requested.connect(self.add_passage_note)
        self.commands.related_requested.connect(lambda p: self.panels.activate("search").show_related(p))
        # The notes file tells what changed.
        self.notes_file.notes_changed.connect(self._notes_changed_outside)
        self.notes_file.store_replaced.connect(self._notes_store_replaced)
        self.notes_file.problem.connect(self.show_banner)
        # Status lines.
        for source in (self.reader.message, self.commands.message, self.notes_file.message):
            source.connect(self.show_message)
        # Preferences and the desktop's colour scheme.
        self.preferences.changed.connect(self._on_preference_changed)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._apply_theme)

    def _section_announced(self, section_id: str) -> None:
        self.announced_section = section_id

    # -- going places -------------------------------------------------------------------------
    def show_message(self, text: str) -> None:
        if text:
            self.statusBar().showMessage(text, 6000)
        else:
            self.statusBar().clearMessage()

    def focus_reader(self) -> None:
        from PySide6.QtCore import Qt

        self.reader.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_search(self) -> None:
        self.panels.focus("search")

    def show_glossary_entry(self, entry_id: str) -> None:
        self.panels.activate("glossary").show_entry(entry_id)

    def show_facts(self, entity_id: str) -> bool:
        if not self.facts.show_entity(entity_id):
            return False
        self.panels.activate("facts")
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
        self.panels.activate("map")
        self.map.select_country(iso3)

    def facts_follow_glossary(self, entry_id: str) -> None:
        # The facts panel follows the glossary quietly, without stealing the glossary's tab.
        if self.atlas.facts_for(entry_id) or entry_id in self.atlas.country_of_entity:
            self.facts.show_entity(entry_id)

    # -- notes --------------------------------------------------------------------------------
    def refresh_notes(self) -> None:
        """Re-anchor every note in the text, mark sections that have notes, flag orphans."""
        if self.notes_store is None:
            return
        counts = self._note_counts = self.notes_store.counts_by_section()
        if self.panels.built("contents"):
            self.contents.set_note_counts(counts)
        self.placer.start(self.notes_store, counts)

    def _notes_placed(self, orphans: set[str]) -> None:
        self.orphans = orphans
        if self.panels.built("notes") and self.notes is not None and orphans != self.notes.orphans:
            self.notes.orphans = set(orphans)
            self.notes.refresh()

    def _notes_changed_outside(self) -> None:
        if self.panels.built("notes") and self.notes is not None:
            self.notes.refresh()
        self.refresh_notes()

    def _notes_store_replaced(self, store: NotesStore) -> None:
        if self.panels.built("notes") and self.notes is not None:
            self.notes.set_store(store)
        self.panels.dock("notes").show()
        self.refresh_notes()
        if self._banner is not None:
            self._banner.hide()

    def restore_newest_backup(self, backup_id: str | None = None) -> bool:
        """Put a backup in place (what is being typed is saved first)."""
        if self.panels.built("notes") and self.notes is not None:
            self.notes.flush()
        return self.notes_file.restore(backup_id)

    def add_passage_note(self) -> None:
        """A note on the selected words, or on the paragraph at the cursor when nothing is selected."""
        if self.notes is None:
            self.show_message(translate("MainWindow", NO_NOTES))
            return
        target = self.reader.selection_selector() or self.reader.paragraph_selector()
        if target is None:
            self.add_section_note()
            return
        self.panels.activate("notes").add(*target)

    def add_section_note(self) -> None:
        if self.notes is None:
            self.show_message(translate("MainWindow", NO_NOTES))
            return
        self.panels.activate("notes").add(self.reader.current_section() or self.store.sections[0].id)

    def open_note(self, note_id: str) -> None:
        if self.notes is not None:
            self.panels.activate("notes").open_note(note_id)

    def show_note(self, note_id: str) -> None:
        note = self.notes_store.get(note_id) if self.notes_store is not None else None
        if note is not None:
            self.placer.finish_now()  # the note's place may not be worked out yet
            self.reader.show_note(note)
            if self.notes is not None and self.notes.current_note() != note_id:
                self.panels.activate("notes").open_note(note_id, focus=False)

    # -- what must be known now ------------------------------------------------------------------
    @property
    def banner(self) -> Banner:
        """The bar above the text for what must be known now (made on first use)."""
        if self._banner is None:
            self._banner = deferred("desktop.ui.window.banner", "Banner", self)()
            self._banner.restore_requested.connect(self.restore_newest_backup)
            self._column.insertWidget(0, self._banner)
        return self._banner

    @property
    def notes_pending(self) -> bool:
        """Whether the notes file is still to be opened (by ``complete``)."""
        return self._open_notes is not None

    def take_notes(self, opened: Opened) -> None:
        """The notes file as ``open_notes_safely`` left it: its store, and what went wrong with it
        (if anything) in the banner. Notes that could not be opened leave the notes dock out of a
        first start's layout (laid out while they were to come), as they always did; a saved
        layout keeps the dock where the reader left it, for the starts when they open again."""
        self.notes_file.store = opened.store
        if opened.store is not None:
            self.notes_file.data = opened.store.path.parent
        elif self.state.bytes_value("window_state") is None:
            self.panels.dock("notes").hide()
        if opened.problem:
            self.show_banner(said(opened.problem), offer_backup=opened.newest_backup is not None)

    def show_banner(self, text: str, offer_backup: bool = False) -> None:
        self.banner.show_message(text, offer_backup)

    def show_about(self) -> None:
        deferred("desktop.ui.window.about", "show_about", self.store, str(self.notes_file.data), self)()

    def show_shortcuts(self) -> None:
        deferred("desktop.ui.window.shortcuts", "ShortcutsDialog", self)().exec()

    # -- preferences and theme ------------------------------------------------------------------
    def _on_preference_changed(self, key: str) -> None:
        if key == "zoom":
            percent = self.preferences.zoom
            self.reader.set_zoom(percent)
            from desktop.ui.zoom import scale_panels

            scale_panels(self.panels.all_docks(), percent)
            self.show_message(translate("MainWindow", "Zoom {percent}%").format(percent=percent))
        elif key in ("mark_terms", "mark_every_term"):
            self.reader.set_mark_terms(self.preferences.term_marks)
        elif key == "theme":
            self.menus.theme_actions[self.preferences.theme].setChecked(True)
            self._apply_theme()

    def _apply_theme(self, *_args: object) -> None:
        self.set_theme(theme.resolve(self.preferences.theme))

    def set_theme(self, name: str) -> None:
        """Show ``name`` ("light" or "dark") without changing the saved preference."""
        self.theme_name = name
        theme.apply_palette(self, name)
        self.reader.set_theme(name)
        if self.panels.built("map"):  # else built in this theme
            self.map.set_theme(name)
        self.panels.set_theme(name)

    # -- state across sessions ------------------------------------------------------------------
    def restore_state(self) -> None:
        if session.restore_layout(self, self.state, self.fit_docks, self._arrange_docks, self.panels.names()):
            self.panels.placed = True  # by the saved layout

    def _arrange_docks(self) -> None:
        """The docks on their sides as the panel table lays them out (once)."""
        if not self.panels.placed:
            from desktop.ui.window import laptop_layout

            laptop_layout.arrange(self, self.panels)

    def fit_docks(self, width: int) -> bool:
        """The first start's layout for a window ``width`` wide; True when the docks went to one side."""
        from desktop.ui.window import laptop_layout

        return laptop_layout.fit_docks(self, self.panels, self.reader.width_for_chars, width)

    def restore_reading_position(self) -> None:
        session.restore_reading_position(self.state, self.store, self.reader)

    # -- the library ----------------------------------------------------------------------------------
    def ask_open_report(self) -> None:
        """File ▸ Open Report…: the library as a list; the chosen report replaces this one."""
        from desktop.ui.window.library_dialog import choose_report

        chosen = choose_report(self)
        if chosen:
            self.report_requested.emit(chosen)

    def ask_add_report(self) -> None:
        """File ▸ Add Report Folder…: a content folder checked, copied into the library and opened."""
        from desktop.ui.window.library_dialog import add_report_folder

        added = add_report_folder(self)
        if added:
            self.report_requested.emit(added)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.panels.built("notes") and self.notes is not None:
            kept = self.notes.flush_or_recover()  # closing never loses what was typed
            if kept:
                print(f"dossier: {kept}", file=sys.stderr)
        if self.persist_state:
            self.reader.load_whole()  # closed at once: the place saved is in the whole report
            if self.preferences.theme == "system":  # the next start's first paint is in it
                self.state.set_value(SYSTEM_THEME_KEY, self.theme_name)
            focus_mode = self.focus_mode if self.is_complete else None
            session.save(self, self.state, self.store, self.reader, focus_mode, self.panels.names())
        super().closeEvent(event)


# -- the one way the app, the tests and the damaged-notes path make the window -------------------


def settings_folders(data: Path) -> tuple[Path, Path]:
    """Where preferences and window state live (``paths.config_dir``/``state_dir``), with the
    ``settings.ini`` and ``state.ini`` of an earlier Dossier (kept in the data dir) carried over
    on the first start; the old files stay. A folder that cannot be written keeps the old one."""
    from desktop import paths
    from desktop.core.migration import carry_over

    folders = []
    for name, folder in (("settings.ini", paths.config_dir(data)), ("state.ini", paths.state_dir(data))):
        try:
            carry_over(data / name, folder / name)
        except OSError:
            folder = data
        folders.append(folder)
    return folders[0], folders[1]


def build_window(
    store: ReportStore,
    data: Path,
    opened: Opened | None = None,
    recover: bool = True,
    edition: str | None = None,
    paint_first: bool = False,
    open_notes: Callable[[], Opened] | None = None,
) -> MainWindow:
    """The window over the report and its notes, with the user data dir ``data``.

    ``edition`` is the report's id in the library (None: the bundled report): it names the
    report's notes folder (``paths.report_data_dir``) and its group of window state.
    ``opened`` is the notes file as ``open_notes_safely`` left it (opened here when not
    given, by ``open_notes`` if given); what went wrong with it, if anything, is shown in the
    window's banner. With ``recover``, text that could not be saved when Dossier last closed is
    put back. With ``paint_first``, the window is completed after its text is first painted (see
    MainWindow), and a notes file not yet opened is opened then: the text does not wait for it.
    """
    from desktop import paths

    notes_folder = paths.report_data_dir(edition, data)
    if opened is None and open_notes is None:

        def open_notes() -> Opened:
            from desktop.core.notes.safety import open_notes_safely

            return open_notes_safely(notes_folder)

    if opened is None and not paint_first:
        opened = open_notes()
    config, state = settings_folders(data)
    preferences = Preferences(config)
    install_translation(preferences.language)  # before the first string is made
    window = MainWindow(
        store,
        preferences,
        WindowState(state, edition),
        opened.store if opened is not None else None,
        data_dir=notes_folder,
        paint_first=paint_first,
        open_notes=open_notes if opened is None else None,
    )
    if opened is not None and opened.problem:
        window.show_banner(said(opened.problem), offer_backup=opened.newest_backup is not None)
    if recover:  # what it puts back is told to the notes panel and the status bar: once they are there
        if window.is_complete:
            window.notes_file.recover_unsaved()
        else:
            window.completed.connect(window.notes_file.recover_unsaved)
    return window
