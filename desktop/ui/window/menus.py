"""The window's menu bar: every action, its shortcut and the window method it calls.

Actions carry object names ("focus-search", "note-passage", ...) so tests and the keyboard
shortcut list (Help ▸ Keyboard Shortcuts, made from these actions) can find them. Every action
is also the window's own, so its shortcut works with the menu bar hidden (focus mode).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from desktop.ui.settings import THEMES
from desktop.ui.window.report_output import ReportOutput

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from desktop.ui.window.main_window import MainWindow

THEME_LABELS = {"system": "Follow &System", "light": "&Light", "dark": "&Dark"}


def _action(
    window: MainWindow,
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


def _on_focused(window: MainWindow, method: str) -> Callable[[], None]:
    """Copy or Select All in the control with the keyboard when it can, else in the text."""

    def run() -> None:
        from PySide6.QtWidgets import QApplication

        focused = QApplication.focusWidget()
        target = focused if focused is not None and hasattr(focused, method) else window.reader
        getattr(target, method)()

    return run


def build_menus(window: MainWindow) -> None:
    """File, Edit, Go, Notes, View and Help, wired to ``window``'s methods."""
    from desktop.ui.window import panel_focus

    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    output = window.report_output = ReportOutput(
        window.store, lambda: window.notes_store, window.reader.current_section, window
    )
    output.message.connect(lambda text: window.statusBar().showMessage(text, 6000))
    for entry in (
        ("&Print…", lambda: output.ask_print(window), [QKeySequence.StandardKey.Print], "print"),
        ("Export P&DF…", lambda: output.ask_export_pdf(window), [], "export-pdf"),
        ("Export &Citation…", lambda: output.ask_export_citation(window), [], "export-citation"),
        None,
        ("&Quit", window.close, [QKeySequence.StandardKey.Quit], "quit"),
    ):
        _action(window, file_menu, *entry) if entry else file_menu.addSeparator()

    edit = bar.addMenu("&Edit")
    _action(window, edit, "&Copy", _on_focused(window, "copy"), [QKeySequence.StandardKey.Copy], "copy")
    edit.addAction(window.commands.citation_action)
    _action(
        window,
        edit,
        "Select &All",
        _on_focused(window, "selectAll"),
        [QKeySequence.StandardKey.SelectAll],
        "select-all",
    )
    edit.addSeparator()

    go = bar.addMenu("&Go")
    reader = window.reader
    find = _action(
        window,
        go,
        "&Search the Report…",
        window.focus_search,
        [QKeySequence.StandardKey.Find],
        "focus-search",
    )
    edit.addAction(find)
    for entry in (
        ("&Contents", window.focus_contents, ["Ctrl+1"], "focus-contents"),
        ("&Reading Pane", window.focus_reader, ["Ctrl+2"], "focus-reader"),
        ("&Glossary", window.focus_glossary, ["Ctrl+G"], "focus-glossary"),
        ("&Map", window.focus_map, ["Ctrl+M"], "focus-map"),
        window.large_map.action,
        ("&Facts", window.focus_facts, ["Ctrl+4"], "focus-facts"),
        ("Next &Panel", lambda: panel_focus.cycle(window, 1), ["F6"], "next-panel"),
        ("Previous Pa&nel", lambda: panel_focus.cycle(window, -1), ["Shift+F6"], "previous-panel"),
        (
            "Facts About the &Selection",
            window.commands.facts_for_selection,
            ["Ctrl+I"],
            "facts-for-selection",
        ),
        None,
        ("&Back", reader.go_back, [QKeySequence.StandardKey.Back], "back"),
        ("For&ward", reader.go_forward, [QKeySequence.StandardKey.Forward], "forward"),
        ("&Next Hit", lambda: reader.find_next(), [QKeySequence.StandardKey.FindNext], "next-hit"),
        (
            "&Previous Hit",
            lambda: reader.find_next(backwards=True),
            [QKeySequence.StandardKey.FindPrevious],
            "previous-hit",
        ),
        None,
        ("Next Section", lambda: reader.step_section(1), ["Ctrl+PgDown"], "next-section"),
        ("Previous Section", lambda: reader.step_section(-1), ["Ctrl+PgUp"], "previous-section"),
    ):
        if isinstance(entry, QAction):
            go.addAction(entry)
        else:
            _action(window, go, *entry) if entry else go.addSeparator()
    go.addAction(window.commands.links_action)  # listed here (and by F1); its key works in the text

    notes_menu = bar.addMenu("&Notes")
    notes_menu.addAction(window.commands.citation_action)
    notes_file = window.notes_file
    for entry in (
        ("&Note on the Selection or Paragraph", window.add_passage_note, ["Ctrl+N"], "note-passage"),
        ("Note on the &Section", window.add_section_note, ["Ctrl+Shift+N"], "note-section"),
        None,
        ("&Find in Notes", window.focus_notes, ["Ctrl+3"], "focus-notes"),
        ("&Export Notes…", lambda: notes_file.ask_export(window), [], "export-notes"),
        ("&Import Notes…", lambda: notes_file.ask_import(window), [], "import-notes"),
        None,
        ("&Back Up Notes Now", notes_file.backup, [], "backup-notes"),
        ("&Restore the Newest Backup", window.restore_newest_backup, [], "restore-backup"),
    ):
        _action(window, notes_menu, *entry) if entry else notes_menu.addSeparator()

    view = bar.addMenu("&View")
    preferences = window.preferences
    _action(window, view, "Zoom &In", preferences.zoom_in, ["Ctrl+=", "Ctrl++"], "zoom-in")
    _action(window, view, "Zoom &Out", preferences.zoom_out, ["Ctrl+-"], "zoom-out")
    _action(window, view, "&Actual Size", lambda: setattr(preferences, "zoom", 100), ["Ctrl+0"], "zoom-reset")
    view.addSeparator()
    theme_menu = view.addMenu("&Theme")
    group = QActionGroup(window)
    for mode in THEMES:
        action = QAction(THEME_LABELS[mode], window)
        action.setCheckable(True)
        action.setChecked(preferences.theme == mode)
        action.setObjectName(f"theme-{mode}")
        action.triggered.connect(lambda _=False, m=mode: setattr(preferences, "theme", m))
        group.addAction(action)
        theme_menu.addAction(action)
        window.theme_actions[mode] = action
    mark_terms = window.mark_terms_action = QAction("&Mark Glossary Terms", window)
    mark_terms.setObjectName("mark-terms")
    mark_terms.setCheckable(True)
    mark_terms.setChecked(preferences.mark_terms)
    mark_terms.toggled.connect(lambda on: setattr(preferences, "mark_terms", on))
    view.addAction(mark_terms)
    every = QAction("Mark &Every Mention, Not Only the First", window)
    every.setObjectName("mark-every-term")
    every.setCheckable(True)
    every.setChecked(preferences.mark_every_term)
    every.toggled.connect(lambda on: setattr(preferences, "mark_every_term", on))
    view.addAction(every)
    caret = _action(window, view, "&Caret Browsing", reader.toggle_caret_browsing, ["F7"], "caret-browsing")
    caret.setCheckable(True)
    _action(window, view, "&Focus Mode", window.focus_mode.toggle, ["F11"], "focus-mode")
    view.addSeparator()
    for dock in window.docks():
        toggle = dock.toggleViewAction()
        # The shortcut that brings the panel forward, shown beside it (a label, not a binding).
        focus = window.findChild(QAction, f"focus-{dock.objectName().removesuffix('-dock')}")
        keys = focus.shortcut().toString(QKeySequence.SequenceFormat.NativeText) if focus else ""
        toggle.setText(f"{dock.windowTitle()}\t{keys}" if keys else dock.windowTitle())
        view.addAction(toggle)

    help_menu = bar.addMenu("&Help")
    for entry in (
        ("&Keyboard Shortcuts", window.show_shortcuts, [QKeySequence.StandardKey.HelpContents], "shortcuts"),
        ("&About Dossier", window.show_about, [], "about"),
        ("About &Qt", _about_qt, [], "about-qt"),
    ):
        _action(window, help_menu, *entry)


def _about_qt() -> None:
    from PySide6.QtWidgets import QApplication

    QApplication.aboutQt()
