"""Reading with the keyboard: Tab and F6 move between panels without moving the page, no caret
unless asked for, focus mode, Back and Forward, landing on passages, the menus a reader expects."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QDockWidget

from desktop.ui.reader import keys as reader_keys
from desktop.ui.reader import view as reader_view
from desktop.ui.window import panel_focus
from desktop.ui.window.laptop_layout import chars_per_line


def in_a_section(window):
    reader = window.reader
    reader.show_section("soviet-invasion")
    window.focus_reader()
    return reader


def test_tab_from_inside_a_section_leaves_the_text_where_it_was(window, qtbot):
    reader = in_a_section(window)
    before = reader.verticalScrollBar().value()
    assert before > 0
    qtbot.keyClick(reader, Qt.Key.Key_Tab)
    assert reader.verticalScrollBar().value() == before
    assert not reader.hasFocus()  # on to the next control
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert reader.verticalScrollBar().value() == before


def test_the_arrows_scroll_the_text_and_f7_gives_a_caret(window, qtbot):
    reader = in_a_section(window)
    before = reader.verticalScrollBar().value()
    qtbot.keyClick(reader, Qt.Key.Key_Down)
    after = reader.verticalScrollBar().value()
    assert before < after < before + 100  # a line down, not back to a caret at the title page
    assert reader.cursorWidth() == 0  # no blinking caret in a text that is not being edited
    qtbot.keyClick(window, Qt.Key.Key_F7)
    assert reader.caret_browsing and reader.cursorWidth() > 0
    assert window.findChild(type(window.commands.citation_action), "caret-browsing").isChecked()


def test_f6_cycles_the_panels_and_the_focused_one_has_a_ring(window, qtbot):
    reader = in_a_section(window)
    shown = panel_focus.panels(window, window.reader, window.docks)
    assert len(shown) >= 3  # the text, the contents, the map and a right-hand tab
    visited = []
    for _ in shown:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
        visited.append(panel_focus.panel_of(window, window.reader, QApplication.focusWidget()))
        if isinstance(visited[-1], QDockWidget):
            ring = window.focus_ring
            assert ring.isVisible()
            assert ring.geometry() == QRect(
                visited[-1].mapTo(window, visited[-1].rect().topLeft()), visited[-1].size()
            )
    assert set(visited) == set(shown)
    assert visited[-1] is reader  # round again to the text
    qtbot.keyClick(reader, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    before_the_text = shown[shown.index(reader) - 1]
    assert panel_focus.panel_of(window, window.reader, QApplication.focusWidget()) is before_the_text


def test_f11_hides_every_panel_and_brings_the_same_layout_back(window, qtbot):
    window.glossary_dock.activate()  # a layout of the reader's own
    window.resizeDocks([window.contents_dock], [220], Qt.Orientation.Horizontal)
    qtbot.wait(50)
    layout = {d.objectName(): (d.isVisible(), d.geometry()) for d in window.docks()}
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert not any(d.isVisible() for d in window.docks())
    assert not window.menuBar().isVisible()
    assert window.reader.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: window.menuBar().isVisible())
    qtbot.wait(50)
    assert {d.objectName(): (d.isVisible(), d.geometry()) for d in window.docks()} == layout
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.keyClick(window.reader, Qt.Key.Key_Escape)  # Esc leaves it too
    assert window.menuBar().isVisible() and window.contents_dock.isVisible()


def test_a_window_closed_in_focus_mode_opens_with_its_panels(make_window, qtbot):
    first = make_window()
    first.focus_mode.enter()
    first.close()
    second = make_window()
    second.restore_state()
    assert second.contents_dock.isVisible() and second.map_dock.isVisible()


def test_forward_undoes_back(window, qtbot):
    reader = window.reader
    reader.go_to_anchor("conclusions")
    there = reader.verticalScrollBar().value()
    assert reader.go_back()
    assert reader.verticalScrollBar().value() == 0
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert reader.verticalScrollBar().value() == there


def top_line_is_whole(reader) -> bool:
    value = reader.verticalScrollBar().value()
    return abs(reader_keys.line_top(reader, value) - value) < 1


def test_a_passage_lands_a_third_down_whole_lines_and_its_mark_fades(window, qtbot, monkeypatch):
    monkeypatch.setattr(reader_view, "PASSAGE_FADES_MS", 300)
    reader = window.reader
    fact = next(f for f in window.atlas.facts if f.section_id == "withdrawal")
    assert reader.show_quote(fact.paragraph_id, fact.quote)
    y = reader.cursorRect().top()
    height = reader.viewport().height()
    assert height / 4 < y < height / 2
    assert top_line_is_whole(reader)
    assert fact.quote in "".join(reader.highlighted_text())
    mark = next(s for s in reader.extraSelections() if s.cursor.selectedText() == fact.quote)
    selection_colour = reader.palette().color(reader.palette().ColorRole.Highlight)
    assert mark.format.background().color() != selection_colour  # not mistaken for a selection
    qtbot.waitUntil(lambda: reader.passage is None, timeout=3000)
    assert fact.quote not in "".join(reader.highlighted_text())


def test_page_down_never_cuts_the_top_line(window, qtbot):
    reader = in_a_section(window)
    for _ in range(4):
        before = reader.verticalScrollBar().value()
        qtbot.keyClick(reader, Qt.Key.Key_PageDown)
        assert reader.verticalScrollBar().value() > before
        assert top_line_is_whole(reader)
    before = reader.verticalScrollBar().value()
    qtbot.keyClick(reader, Qt.Key.Key_Space, Qt.KeyboardModifier.ShiftModifier)
    assert reader.verticalScrollBar().value() < before and top_line_is_whole(reader)


def select(reader, words: str) -> None:
    cursor = reader.textCursor()
    start = reader.document().toPlainText().index(words)
    cursor.setPosition(start)
    cursor.setPosition(start + len(words), cursor.MoveMode.KeepAnchor)
    reader.setTextCursor(cursor)


def labels(menu) -> dict[str, str]:
    return {a.objectName(): a.text() for a in menu.actions() if a.objectName()}


def test_the_context_menu_offers_a_note_a_citation_facts_and_the_glossary(window, qtbot):
    reader = window.reader
    select(reader, "CSTO")
    menu = window.commands.build_context_menu(reader.cursorRect().center())
    found = labels(menu)
    for name in ("menu-note", "copy-citation", "menu-facts", "menu-glossary"):
        assert name in found
        assert next(a for a in menu.actions() if a.objectName() == name).isEnabled()
    assert "CSTO" in found["menu-glossary"]
    next(a for a in menu.actions() if a.objectName() == "menu-glossary").trigger()
    assert window.glossary.current_entry() == "csto"
    next(a for a in menu.actions() if a.objectName() == "menu-note").trigger()
    note = window.notes_store.get(window.notes.current_note())
    assert note.quote == "CSTO"


def test_looking_up_words_that_are_no_entry_filters_the_glossary(window):
    reader = window.reader
    select(reader, "security")
    window.commands.look_up()
    assert window.glossary.filter_box.text() == "security"
    assert window.glossary_dock.isVisible()


def test_edit_help_and_view_menus(window, qtbot, monkeypatch):
    menus = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions()}
    assert {"File", "Edit", "Go", "Notes", "View", "Help"} <= set(menus)
    edit = [a.objectName() for a in menus["Edit"].actions()]
    assert {"copy", "copy-citation", "select-all", "focus-search"} <= set(edit)
    assert "forward" in [a.objectName() for a in menus["Go"].actions()]
    help_names = [a.objectName() for a in menus["Help"].actions()]
    assert {"shortcuts", "about", "about-qt"} <= set(help_names)
    view_texts = [a.text() for a in menus["View"].actions()]
    assert "Contents\tCtrl+1" in view_texts and "Glossary\tCtrl+G" in view_texts

    from desktop.ui.window.shortcuts import ShortcutsDialog

    shown = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda self: shown.append(self.view.toPlainText()))
    qtbot.keyClick(window, Qt.Key.Key_F1)  # help, not About
    assert shown, "F1 opens the keyboard shortcuts"
    for keys in ("F11", "F6", "F7", "Alt+Right", "Ctrl+Shift+C", "Ctrl+N", "F1"):
        assert keys in shown[0]


@pytest.mark.parametrize("screen", [(1366, 768), (1280, 720), (1440, 900), (1920, 1080)])
def test_the_first_start_leaves_the_text_at_least_60_characters_a_line(store, data_dir, qtbot, screen):
    from desktop.ui.window.main_window import build_window

    window = build_window(store, data_dir)
    qtbot.addWidget(window)

    class Screen:
        def availableGeometry(self):
            return QRect(0, 0, *screen)

    window.screen = Screen  # the screen of a laptop (the offscreen one has its own size)
    window.restore_state()  # no saved state: the first start
    window.show()
    qtbot.waitExposed(window)
    window.reader.show_section("withdrawal")
    assert window.width() <= screen[0]
    assert chars_per_line(window.reader) >= 60
    assert window.contents_dock.isVisible() and window.map_dock.isVisible()
    if screen[0] >= 1600:  # a wide screen keeps docks on both sides
        assert window.dockWidgetArea(window.contents_dock) != window.dockWidgetArea(window.map_dock)


def term_colours(reader, entry_id: str, section_id: str) -> list[str]:
    """The colour of every mention of ``entry_id`` in a section, in order."""
    start, end = reader.section_span(section_id)
    document, found = reader.document(), []
    block = document.findBlock(start)
    while block.isValid() and block.position() < end:
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().anchorHref() == f"term:{entry_id}":
                found.append(fragment.charFormat().foreground().color().name())
            fragments += 1
        block = block.next()
    return found


def test_a_term_is_marked_at_its_first_mention_in_a_section_unless_every_one_is_asked_for(window):
    reader = window.reader
    section = next(
        s.id for s in window.store.sections if len(set(term_colours(reader, "the-west", s.id))) == 2
    )
    first, *rest = term_colours(reader, "the-west", section)
    assert rest and all(colour != first for colour in rest)  # the repeats look like the text
    window.findChild(type(window.commands.citation_action), "mark-every-term").trigger()
    assert set(term_colours(reader, "the-west", section)) == {first}


def test_a_note_count_in_the_contents_leaves_its_title_in_line(window):
    contents = window.contents
    window.notes_store.add("withdrawal", "a note")
    window.refresh_notes()
    noted, plain = contents.item_for("withdrawal"), contents.item_for("conclusions")
    assert contents.note_count("withdrawal") == 1
    assert noted.text(0) == noted.toolTip(0)  # the title alone, where every title starts
    assert contents.visualItemRect(noted).left() == contents.visualItemRect(plain).left()
    shot = contents.viewport().grab().toImage()
    rect = contents.visualItemRect(noted)
    right_end = [shot.pixelColor(x, rect.center().y()) for x in range(rect.right() - 30, rect.right())]
    assert len({colour.name() for colour in right_end}) > 1  # the badge is drawn at the right


def test_zoom_scales_the_panels_with_the_text(window, qtbot, make_window):
    def panel_size() -> float:
        return window.contents.font().pointSizeF()

    normal = panel_size()
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert panel_size() > normal * 1.15
    window.panels.focus("glossary")
    assert window.glossary.font().pointSizeF() == panel_size()  # a panel built later too
    window.close()
    again = make_window()
    assert again.contents.font().pointSizeF() == panel_size()  # remembered
    qtbot.keyClick(again, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert again.contents.font().pointSizeF() == normal


def test_a_chosen_glossary_entry_comes_first_and_the_list_returns_for_a_search(window, qtbot):
    window.show_glossary_entry("csto")
    glossary = window.glossary
    qtbot.waitUntil(lambda: glossary.view.height() > 0)
    assert glossary.entries.height() < glossary.view.height() / 3  # the entry has the room
    assert glossary.entries.currentItem() is not None
    qtbot.keyClicks(glossary.filter_box, "tali")
    assert glossary.entries.height() > glossary.view.height() / 2  # the list is back to choose from


def test_ctrl_n_without_a_caret_notes_a_paragraph_on_screen(window, qtbot):
    reader = window.reader
    reader.verticalScrollBar().setValue(reader.verticalScrollBar().maximum() // 2)  # scrolled, not jumped
    reader.setFocus()
    qtbot.keyClick(reader, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    note = window.notes_store.get(window.notes.current_note())
    start = reader.document().toPlainText().index(note.quote)
    cursor = reader.textCursor()
    cursor.setPosition(start)
    assert reader.viewport().rect().intersects(reader.cursorRect(cursor))  # the paragraph in view
