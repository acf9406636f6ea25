"""The glossary in the window: hover, click, filter, and jump to what the report says."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QToolTip


def term_point(reader, entry_id: str) -> QPoint:
    """Where the first link to ``entry_id`` sits in the reader, scrolled into view."""
    document = reader.document()
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().anchorHref() == f"term:{entry_id}":
                reader.scroll_to_position(fragment.position(), margin=100)
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position() + 1)
                rect = reader.cursorRect(cursor)
                return QPoint(rect.x(), rect.center().y())
            fragments += 1
        block = block.next()
    raise AssertionError(f"no link to {entry_id}")


def test_hovering_a_term_shows_its_definition(window, qtbot):
    point = term_point(window.reader, "csto")
    qtbot.mouseMove(window.reader.viewport(), point)
    qtbot.waitUntil(lambda: "Moscow-led military alliance" in QToolTip.text(), timeout=2000)


def test_clicking_a_term_opens_its_entry(window, qtbot):
    point = term_point(window.reader, "isis-k")
    qtbot.mouseClick(window.reader.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.glossary.current_entry() == "isis-k"
    assert window.glossary_dock.isVisible()
    shown = window.glossary.view.toPlainText()
    assert "ISIS-K" in shown and "Mentioned in" in shown


@pytest.mark.parametrize(("typed", "term"), [("ctso", "CSTO"), ("c5 + 1", "C5+1"), ("isisk", "ISIS-K")])
def test_filter_as_you_type_forgives_typos(window, qtbot, typed, term):
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert window.glossary.filter_box.hasFocus()
    qtbot.keyClicks(window.glossary.filter_box, typed)
    visible = window.glossary.visible_entries()
    assert visible and len(visible) < 20
    qtbot.keyClick(window.glossary.filter_box, Qt.Key.Key_Return)
    entry = window.store.glossary_entry(window.glossary.current_entry())
    assert entry.term.startswith(term)


def test_arrows_and_enter_work_in_the_list(window, qtbot):
    window.panels.focus("glossary")
    qtbot.keyClicks(window.glossary.filter_box, "taliban")
    qtbot.keyClick(window.glossary.filter_box, Qt.Key.Key_Down)
    assert window.glossary.entries.hasFocus()
    first = window.glossary.current_entry()
    qtbot.keyClick(window.glossary.entries, Qt.Key.Key_Down)
    assert window.glossary.current_entry() != first


def test_mentioned_in_jumps_to_the_passage_and_marks_the_term(window, qtbot):
    window.show_glossary_entry("csto")
    assert "Russia's Interests in Afghanistan (6)" in window.glossary.view.toPlainText()
    window.glossary.view.anchorClicked.emit(QUrl("mention:russias-interests.p4"))
    reader = window.reader
    assert reader.current_section() == "russias-interests"
    marked = reader.highlighted_text()
    assert "CSTO" in marked or "Collective Security Treaty Organisation" in marked
    assert reader.hit_count == 6  # F3 steps through every mention
    assert all(text.lower() != "is" for text in marked)


def test_acronym_mentions_are_marked_in_their_own_case(window):
    window.show_glossary_entry("islamic-state")
    first = window.store.mentions("islamic-state")[0].paragraph_id
    window.glossary.view.anchorClicked.emit(QUrl(f"mention:{first}"))
    marked = set(window.reader.hit_texts())
    assert "is" not in marked and "IS" in marked


def test_quote_link_marks_the_exact_words(window):
    window.show_glossary_entry("c5-plus-1")
    entry = window.store.glossary_entry("c5-plus-1")
    window.glossary.view.anchorClicked.emit(QUrl("quote:0"))
    assert entry.quotes[0]["text"] in window.reader.highlighted_text()


def test_related_entries_are_clickable(window):
    window.show_glossary_entry("csto")
    window.glossary.view.anchorClicked.emit(QUrl("term:cis"))
    assert window.glossary.current_entry() == "cis"


def test_glossary_hit_in_search_opens_the_entry(window, qtbot):
    window.focus_search()
    qtbot.keyClicks(window.search.query_box, "CSTO")
    assert window.search.hits()[0].kind == "glossary"
    qtbot.keyClick(window.search.query_box, Qt.Key.Key_Return)
    assert window.glossary.current_entry() == "csto"


def test_term_styling_can_be_turned_off(window):
    def term_colour() -> str:
        document = window.reader.document()
        position = window.reader.anchor_position("history.p1")  # a first mention in its section
        block = document.findBlock(position)
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().anchorHref().startswith("term:"):
                return fragment.charFormat().foreground().color().name()
            fragments += 1
        raise AssertionError("no term in the paragraph")

    marked = term_colour()
    window.menus.mark_terms.trigger()
    assert window.preferences.mark_terms is False
    assert term_colour() != marked
    window.menus.mark_terms.trigger()
    assert term_colour() == marked


def point_of_words(reader, before: str, words: str) -> QPoint:
    """Where ``words`` (found right after ``before``) sit in the reader, scrolled into view."""
    found = reader.document().find(before + words)
    assert not found.isNull()
    position = found.selectionStart() + len(before) + 1
    reader.scroll_to_position(position, margin=100)
    cursor = QTextCursor(reader.document())
    cursor.setPosition(position)
    rect = reader.cursorRect(cursor)
    return QPoint(rect.x(), rect.center().y())


def test_a_repeated_mention_answers_hover_and_click(window, qtbot):
    """In "Uzbekistan has twice been a member of CSTO", CSTO is a repeated mention in its paragraph."""
    point = point_of_words(window.reader, "Uzbekistan has twice been a member of ", "CSTO")
    QToolTip.hideText()
    qtbot.mouseMove(window.reader.viewport(), point)
    qtbot.waitUntil(lambda: "Moscow-led military alliance" in QToolTip.text(), timeout=2000)
    qtbot.mouseClick(window.reader.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.glossary.current_entry() == "csto"
    assert window.glossary_dock.isVisible()
