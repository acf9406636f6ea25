"""The main window: the report in the centre, panels in docks, all wiring in one place."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QWidget

from desktop import paths
from desktop.core.store import ReportStore
from desktop.ui import theme
from desktop.ui.about import AboutDialog
from desktop.ui.contents import ContentsPanel
from desktop.ui.glossary_panel import GlossaryPanel
from desktop.ui.reader import ReaderView
from desktop.ui.search_panel import SearchPanel
from desktop.ui.settings import THEMES, Preferences, WindowState


class MainWindow(QMainWindow):
    """Contents and search docks on the left, the reader in the centre."""

    def __init__(
        self, store: ReportStore, preferences: Preferences, state: WindowState, parent: QWidget | None = None
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
        self.reader = ReaderView(
            store,
            theme_name=theme_name,
            zoom=preferences.zoom,
            mark_terms=preferences.mark_terms,
            parent=self,
        )
        self.setCentralWidget(self.reader)
        self.contents = ContentsPanel(store.sections, self)
        self.search = SearchPanel(store.searcher, self)
        self.contents_dock = self._dock(
            "Contents", "contents-dock", self.contents, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.search_dock = self._dock(
            "Search", "search-dock", self.search, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.glossary = GlossaryPanel(store, self)
        self.glossary_dock = self._dock(
            "Glossary", "glossary-dock", self.glossary, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.tabifyDockWidget(self.contents_dock, self.search_dock)
        self.contents_dock.raise_()
        self.resizeDocks([self.contents_dock, self.glossary_dock], [300, 360], Qt.Orientation.Horizontal)
        self._build_menus()
        self._connect_signals()
        self._apply_theme()
        self.statusBar().setAccessibleName("Status")
        self.contents.set_current_section(self.reader.current_section() or store.sections[0].id)

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
        for dock in (self.contents_dock, self.search_dock, self.glossary_dock):
            view.addAction(dock.toggleViewAction())

        help_menu = bar.addMenu("&Help")
        self._action(
            help_menu, "&About Dossier", self.show_about, [QKeySequence.StandardKey.HelpContents], "about"
        )

    def _connect_signals(self) -> None:
        self.contents.section_activated.connect(self.reader.show_section)
        self.reader.section_changed.connect(self.contents.set_current_section)
        self.reader.message.connect(self._show_message)
        self.search.result_activated.connect(self.reader.show_passage)
        self.search.terms_changed.connect(self.reader.set_search_terms)
        self.search.escape_pressed.connect(self.focus_reader)
        self.search.entry_activated.connect(self.show_glossary_entry)
        self.reader.term_activated.connect(self.show_glossary_entry)
        self.glossary.mention_requested.connect(self.reader.show_mention)
        self.glossary.quote_requested.connect(self.reader.show_quote)
        self.glossary.message.connect(self._show_message)
        self.preferences.changed.connect(self._on_preference_changed)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._apply_theme)

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
        palette = theme.palette(name)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setPalette(palette)
        self.setPalette(palette)
        self.reader.set_theme(name)

    # -- state across sessions ---------------------------------------------------------------
    def restore_state(self) -> None:
        geometry = self.state.bytes_value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
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
        if self.persist_state:
            self.save_state()
        super().closeEvent(event)
