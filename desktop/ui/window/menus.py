"""The window's menu bar: every action, its shortcut and what it calls (``MenuNeeds`` lists it).

Actions carry object names ("focus-search", "note-passage", ...) so tests and the keyboard
shortcut list (Help ▸ Keyboard Shortcuts, made from these actions) can find them. Every action
is also the window's own, so its shortcut works with the menu bar hidden (focus mode).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QWidget

from desktop.ui.i18n import translate
from desktop.ui.notes.recent_menu import add_recent_notes
from desktop.ui.settings import THEMES

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QMenu

    from desktop.core.store import ReportStore
    from desktop.ui.notes.file import NotesFile
    from desktop.ui.reader.commands import ReaderCommands
    from desktop.ui.settings import Preferences
    from desktop.ui.window.panels import Panel, PanelManager
    from desktop.ui.window.report_output import ReportOutput

THEME_LABELS = {
    "system": QT_TRANSLATE_NOOP("Menus", "Follow &System"),
    "light": QT_TRANSLATE_NOOP("Menus", "&Light"),
    "dark": QT_TRANSLATE_NOOP("Menus", "&Dark"),
}


class MenuNeeds(NamedTuple):
    """Everything the menus act on, handed over in one piece: the menus cannot be made before
    each of these exists (the large map's and focus mode's actions among them). NamedTuples
    here: ``dataclasses`` (with ``inspect``) is not worth its import time on the start path."""

    store: ReportStore
    reader: QWidget
    commands: ReaderCommands
    notes_file: NotesFile
    preferences: Preferences
    panels: PanelManager
    large_map_action: QAction
    toggle_focus_mode: Callable[[], None]
    focus_reader: Callable[[], None]
    cycle_panels: Callable[[int], None]
    note_passage: Callable[[], None]
    note_section: Callable[[], None]
    show_note: Callable[[str], object]
    restore_backup: Callable[[], object]
    open_report: Callable[[], None]
    add_report: Callable[[], None]
    show_shortcuts: Callable[[], None]
    show_about: Callable[[], None]


class Menus:
    """What the menus made that the window keeps using."""

    def __init__(
        self,
        make_report_output: Callable[[], ReportOutput],
        mark_terms: QAction,
        theme_actions: dict[str, QAction],
    ) -> None:
        self.make_report_output = make_report_output
        self.mark_terms = mark_terms
        self.theme_actions = theme_actions

    @cached_property
    def report_output(self) -> ReportOutput:
        """Print, PDF and citation files, made on first use (nothing the first paint needs)."""
        return self.make_report_output()


def _action(
    window: QMainWindow,
    menu: QMenu,
    text: str,
    slot: Callable[[], object],
    shortcuts: Sequence[str | QKeySequence.StandardKey] = (),
    name: str = "",
) -> QAction:
    action = QAction(text, window)
    if name:
        action.setObjectName(name)
    action.setShortcuts([QKeySequence(s) for s in shortcuts])
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(slot)
    menu.addAction(action)
    window.addAction(action)
    return action


def _panel_entry(window: QMainWindow, menu: QMenu, panels: PanelManager, row: Panel) -> QAction:
    """The menu entry (``focus-<name>``) that brings a row of the panel table forward."""
    bring = lambda _checked=False, name=row.name: panels.focus(name)  # noqa: E731 - the row's own
    keys = [_key(row.shortcut)]
    return _action(window, menu, translate("Panels", row.go), bring, keys, f"focus-{row.name}")


def _key(shortcut: str) -> str | QKeySequence.StandardKey:
    """A panel's shortcut as the panel table writes it: keys ("Ctrl+1") or a standard key's name
    ("StandardKey.Find": the table names none of QKeySequence's enums, which are not the first paint's)."""
    kind, _, name = shortcut.partition(".")
    return getattr(QKeySequence.StandardKey, name) if kind == "StandardKey" and name else shortcut


def _preference_toggle(
    window: QMainWindow, menu: QMenu, text: str, name: str, preferences: Preferences, key: str
) -> QAction:
    """A checkable action that shows and sets the boolean preference ``key``."""
    action = QAction(text, window)
    action.setObjectName(name)
    action.setCheckable(True)
    action.setChecked(getattr(preferences, key))
    action.toggled.connect(lambda on: setattr(preferences, key, on))
    menu.addAction(action)
    return action


def _on_focused(reader: QWidget, method: str) -> Callable[[], None]:
    """Copy or Select All in the control with the keyboard when it can, else in the text."""

    def run() -> None:
        from PySide6.QtWidgets import QApplication

        focused = QApplication.focusWidget()
        target = focused if focused is not None and hasattr(focused, method) else reader
        getattr(target, method)()

    return run


def build_menus(window: QMainWindow, top: dict[str, QMenu], needs: MenuNeeds) -> Menus:
    """File, Edit, Go, Notes, View and Help (``top``, the menu bar's titles from
    ``menu_bar.add_top_menus``) filled and wired to what ``needs`` hands over."""
    file_menu = top["file"]
    notes_file, reader, panels = needs.notes_file, needs.reader, needs.panels

    def make_report_output() -> ReportOutput:
        from desktop.ui.window.report_output import ReportOutput

        output = ReportOutput(needs.store, lambda: notes_file.store, reader.current_section, window)
        output.message.connect(lambda text: window.statusBar().showMessage(text, 6000))
        return output

    for entry in (
        (
            translate("Menus", "&Open Report…"),
            needs.open_report,
            [QKeySequence.StandardKey.Open],
            "open-report",
        ),
        (translate("Menus", "&Add Report Folder…"), needs.add_report, [], "add-report"),
        None,
        (
            translate("Menus", "&Print…"),
            lambda: menus.report_output.ask_print(window),
            [QKeySequence.StandardKey.Print],
            "print",
        ),
        (
            translate("Menus", "Export P&DF…"),
            lambda: menus.report_output.ask_export_pdf(window),
            [],
            "export-pdf",
        ),
        (
            translate("Menus", "Export &Citation…"),
            lambda: menus.report_output.ask_export_citation(window),
            [],
            "export-citation",
        ),
        None,
        (translate("Menus", "&Quit"), window.close, [QKeySequence.StandardKey.Quit], "quit"),
    ):
        _action(window, file_menu, *entry) if entry else file_menu.addSeparator()

    edit = top["edit"]
    _action(
        window,
        edit,
        translate("Menus", "&Copy"),
        _on_focused(reader, "copy"),
        [QKeySequence.StandardKey.Copy],
        "copy",
    )
    edit.addAction(needs.commands.citation_action)
    select_all = [QKeySequence.StandardKey.SelectAll]
    _action(
        window,
        edit,
        translate("Menus", "Select &All"),
        _on_focused(reader, "selectAll"),
        select_all,
        "select-all",
    )
    edit.addSeparator()

    go = top["go"]
    focus_actions: dict[str, QAction] = {}
    _action(window, go, translate("Menus", "&Reading Pane"), needs.focus_reader, ["Ctrl+2"], "focus-reader")
    for row in panels.table:  # a panel's entry, from the panel table
        if row.menu == "go":
            focus = focus_actions[row.name] = _panel_entry(window, go, panels, row)
            if row.name == "search":
                edit.addAction(focus)
            if row.name == "map":
                go.addAction(needs.large_map_action)
    for entry in (
        (translate("Menus", "Next &Panel"), lambda: needs.cycle_panels(1), ["F6"], "next-panel"),
        (
            translate("Menus", "Previous Pa&nel"),
            lambda: needs.cycle_panels(-1),
            ["Shift+F6"],
            "previous-panel",
        ),
        (
            translate("Menus", "Facts About the &Selection"),
            needs.commands.facts_for_selection,
            ["Ctrl+I"],
            "facts-for-selection",
        ),
        None,
        (translate("Menus", "&Back"), reader.go_back, [QKeySequence.StandardKey.Back], "back"),
        (translate("Menus", "For&ward"), reader.go_forward, [QKeySequence.StandardKey.Forward], "forward"),
        (
            translate("Menus", "&Next Hit"),
            lambda: reader.find_next(),
            [QKeySequence.StandardKey.FindNext],
            "next-hit",
        ),
        (
            translate("Menus", "&Previous Hit"),
            lambda: reader.find_next(backwards=True),
            [QKeySequence.StandardKey.FindPrevious],
            "previous-hit",
        ),
        None,
        (translate("Menus", "Next Section"), lambda: reader.step_section(1), ["Ctrl+PgDown"], "next-section"),
        (
            translate("Menus", "Previous Section"),
            lambda: reader.step_section(-1),
            ["Ctrl+PgUp"],
            "previous-section",
        ),
    ):
        _action(window, go, *entry) if entry else go.addSeparator()
    go.addAction(needs.commands.links_action)  # listed here (and by F1); its key works in the text

    notes_menu = top["notes"]
    notes_menu.addAction(needs.commands.citation_action)
    for entry in (
        (
            translate("Menus", "&Note on the Selection or Paragraph"),
            needs.note_passage,
            ["Ctrl+N"],
            "note-passage",
        ),
        (translate("Menus", "Note on the &Section"), needs.note_section, ["Ctrl+Shift+N"], "note-section"),
        None,
    ):
        _action(window, notes_menu, *entry) if entry else notes_menu.addSeparator()
    for row in panels.table:
        if row.menu == "notes":
            focus_actions[row.name] = _panel_entry(window, notes_menu, panels, row)
    for entry in (
        (translate("Menus", "&Export Notes…"), lambda: notes_file.ask_export(window), [], "export-notes"),
        (translate("Menus", "&Import Notes…"), lambda: notes_file.ask_import(window), [], "import-notes"),
        None,
        (translate("Menus", "&Back Up Notes Now"), notes_file.backup, [], "backup-notes"),
        (translate("Menus", "&Restore the Newest Backup"), needs.restore_backup, [], "restore-backup"),
    ):
        _action(window, notes_menu, *entry) if entry else notes_menu.addSeparator()
    notes_menu.addSeparator()
    add_recent_notes(notes_menu, lambda: notes_file.store, needs.store, needs.show_note)

    view = top["view"]
    preferences = needs.preferences
    _action(
        window, view, translate("Menus", "Zoom &In"), preferences.zoom_in, ["Ctrl+=", "Ctrl++"], "zoom-in"
    )
    _action(window, view, translate("Menus", "Zoom &Out"), preferences.zoom_out, ["Ctrl+-"], "zoom-out")
    _action(
        window,
        view,
        translate("Menus", "&Actual Size"),
        lambda: setattr(preferences, "zoom", 100),
        ["Ctrl+0"],
        "zoom-reset",
    )
    view.addSeparator()
    theme_menu = view.addMenu(translate("Menus", "&Theme"))
    group = QActionGroup(window)
    theme_actions: dict[str, QAction] = {}
    for mode in THEMES:
        action = QAction(translate("Menus", THEME_LABELS[mode]), window)
        action.setCheckable(True)
        action.setChecked(preferences.theme == mode)
        action.setObjectName(f"theme-{mode}")
        action.triggered.connect(lambda _=False, m=mode: setattr(preferences, "theme", m))
        group.addAction(action)
        theme_menu.addAction(action)
        theme_actions[mode] = action
    _language_menu(window, view.addMenu(translate("Menus", "&Language")), preferences)
    toggles = {}
    for text, key in (
        (QT_TRANSLATE_NOOP("Menus", "&Mark Glossary Terms"), "mark_terms"),
        (QT_TRANSLATE_NOOP("Menus", "Mark &Every Mention, Not Only the First"), "mark_every_term"),
        (QT_TRANSLATE_NOOP("Menus", "&Paragraph Numbers"), "paragraph_numbers"),  # "para. N", in the margin
    ):
        text = translate("Menus", text)
        toggles[key] = _preference_toggle(window, view, text, key.replace("_", "-"), preferences, key)
    mark_terms = toggles["mark_terms"]
    caret = _action(
        window,
        view,
        translate("Menus", "&Caret Browsing"),
        reader.toggle_caret_browsing,
        ["F7"],
        "caret-browsing",
    )
    caret.setCheckable(True)
    _action(window, view, translate("Menus", "&Focus Mode"), needs.toggle_focus_mode, ["F11"], "focus-mode")
    view.addSeparator()
    for row in panels.table:
        if not panels.available(row):
            continue
        toggle = panels.dock(row.name).toggleViewAction()
        # The shortcut that brings the panel forward, shown beside it (a label, not a binding).
        focus = focus_actions.get(row.name)
        keys = focus.shortcut().toString(QKeySequence.SequenceFormat.NativeText) if focus else ""
        title = translate("Panels", row.title)
        toggle.setText(f"{title}\t{keys}" if keys else title)
        view.addAction(toggle)

    help_menu = top["help"]
    for entry in (
        (
            translate("Menus", "&Keyboard Shortcuts"),
            needs.show_shortcuts,
            [QKeySequence.StandardKey.HelpContents],
            "shortcuts",
        ),
        (translate("Menus", "&About Dossier"), needs.show_about, [], "about"),
        (translate("Menus", "About &Qt"), _about_qt, [], "about-qt"),
    ):
        _action(window, help_menu, *entry)
    menus = Menus(make_report_output, mark_terms, theme_actions)  # the File actions' target
    return menus


def _language_menu(window: QMainWindow, menu: QMenu, preferences: Preferences) -> None:
    """View ▸ Language: the system's language or one of the catalogues, applied on the next start
    (rebuilding every panel's words live would touch every module for a rare choice)."""
    from desktop.ui.i18n import LANGUAGES

    group = QActionGroup(window)
    choices = {"system": translate("Menus", "Follow &System"), **LANGUAGES}  # each in its own language
    for code, label in choices.items():
        action = QAction(label, window)
        action.setCheckable(True)
        action.setChecked(preferences.language == code)
        action.setObjectName(f"language-{code}")
        action.triggered.connect(lambda _=False, code=code: _choose_language(window, preferences, code))
        group.addAction(action)
        menu.addAction(action)


def _choose_language(window: QMainWindow, preferences: Preferences, code: str) -> None:
    if code == preferences.language:
        return
    preferences.language = code
    window.statusBar().showMessage(translate("Menus", "The language changes when Dossier next starts."), 8000)


def _about_qt() -> None:
    from PySide6.QtWidgets import QApplication

    QApplication.aboutQt()
