"""Paragraph locators in the window and search marks that follow the reader (issue 24, items 1
and 6): the margin's numbers, each note's and hit's place, a dossier: link to a paragraph."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QTextCursor


def _menu_action(window, name: str) -> QAction:
    action = window.findChild(QAction, name)
    assert action is not None and action.isCheckable()
    return action


def test_view_paragraph_numbers_shows_each_number_beside_its_paragraph_and_is_kept(make_window, qtbot):
    window = make_window()
    reader = window.reader
    assert window.paragraph_numbers.visible_numbers() == []  # off until asked for
    _menu_action(window, "paragraph-numbers").trigger()
    reader.show_section("conclusions")
    qtbot.wait(20)
    shown = dict(window.paragraph_numbers.visible_numbers())
    assert shown, "numbers are drawn in the margin"
    position = reader.anchor_position("conclusions.p3")
    block_rect = reader.cursorRect(_cursor_at(reader, position))
    number_box = shown[3]
    assert abs(number_box.top() - block_rect.top()) <= block_rect.height()  # level with its paragraph
    margin = reader.document().rootFrame().frameFormat().leftMargin()
    assert number_box.right() < margin  # in the margin, never over the text
    window.close()
    again = make_window()
    assert _menu_action(again, "paragraph-numbers").isChecked()
    assert again.paragraph_numbers.shown  # the preference came back
    _menu_action(again, "paragraph-numbers").trigger()
    assert again.paragraph_numbers.visible_numbers() == []


def _cursor_at(reader, position: int) -> QTextCursor:
    cursor = QTextCursor(reader.document())
    cursor.setPosition(position)
    return cursor


def test_search_results_name_the_section_and_paragraph(window, qtbot):
    window.focus_search()
    qtbot.keyClicks(window.search.query_box, "cordon sanitaire")
    labels = [
        window.search.results.item(row).data(Qt.ItemDataRole.UserRole + 1)
        for row in range(window.search.results.count())
    ]
    assert any("§ Russia&#x27;s Interests in Afghanistan ¶ 5" in label for label in labels), labels


def test_a_notes_place_shows_its_paragraph_in_the_list_and_the_editor(window, qtbot):
    cursor = window.reader.document().find("de facto cordon sanitaire")
    window.reader.setTextCursor(cursor)
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.notes.editor, "buffer")
    window.notes.flush()
    item = window.notes.tree.currentItem()
    assert item.text(0).startswith("¶ 5  buffer")
    assert window.notes.quote_label.text().endswith("§ Russia's Interests in Afghanistan ¶ 5")


def test_a_dossier_link_to_a_paragraph_lands_on_it(window, qtbot):
    from desktop.app import open_place
    from desktop.core.dossier_url import parse_place

    place = parse_place("dossier://section/conclusions?para=3")
    open_place(window, place.section_id, place.note_id, place.paragraph)
    start = window.reader.anchor_position("conclusions.p3")
    assert window.reader.passage is not None and window.reader.passage[0] == start  # marked
    top = window.reader.top_position()
    assert top <= start  # in view, below the top
    assert window.reader.cursorRect(_cursor_at(window.reader, start)).top() < window.reader.viewport_height()


def test_search_marks_go_when_the_reader_moves_on_and_come_back_with_the_query(window, qtbot):
    window.focus_search()
    qtbot.keyClicks(window.search.query_box, "taliban")
    qtbot.keyClick(window.search.query_box, Qt.Key.Key_Return)
    assert window.reader.hit_count > 10
    window.contents.section_activated.emit("economic-return")  # a click in Contents
    assert window.reader.hit_count == 0
    window.focus_search()  # Ctrl+F: the query is there, and so are its marks
    assert window.search.query() == "taliban" and window.reader.hit_count > 10
    qtbot.keyClick(window.search.query_box, Qt.Key.Key_Escape)  # Esc: back to the text, F3 still steps
    assert window.reader.hit_count > 10
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)  # next section
    assert window.reader.hit_count == 0
