"""Search by meaning in the window: why a passage was found, and a paragraph's related passages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor


def test_a_question_in_other_words_finds_its_passage_and_says_by_meaning(window, qtbot):
    window.focus_search()
    qtbot.keyClicks(window.search.query_box, "hydroelectric project near kabul")
    assert "closest in meaning" in window.search.status.text()
    passages = [hit for hit in window.search.hits() if hit.kind == "section"]
    assert "economic-return.p3" in [hit.id for hit in passages[:3]]
    row = next(i for i, hit in enumerate(window.search.hits()) if hit.match == "meaning")
    item = window.search.results.item(row)
    hit = item.data(Qt.ItemDataRole.UserRole)
    # Quietly labelled, with the sentence that matched (no words to bold) as its snippet.
    assert "by meaning" in item.text() and hit.snippet in item.text()
    assert hit.snippet in window.store.paragraph(hit.id).text
    rect = window.search.results.visualItemRect(item)
    qtbot.mouseClick(window.search.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.reader.current_section() == hit.section_id


def test_a_paragraph_offers_its_related_passages(window, qtbot):
    reader = window.reader
    reader.show_passage("withdrawal.p3")
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.anchor_position("withdrawal.p3") + 5)
    point = reader.cursorRect(cursor).center()
    menu = window.commands.build_context_menu(point)
    related = next(a for a in menu.actions() if a.objectName() == "menu-related")
    assert related.isEnabled()
    related.trigger()
    assert window.search_dock.isVisible()
    assert "withdrawal.p3" in window.search.status.text()
    ids = [hit.id for hit in window.search.hits()]
    assert ids and "withdrawal.p3" not in ids and "russias-interests.p5" in ids
    # Activating one goes there, as a search result does.
    window.search.results.setCurrentRow(ids.index("russias-interests.p5"))
    qtbot.keyClick(window.search.query_box, Qt.Key.Key_Return)
    assert window.reader.current_section() == "russias-interests"
    # Typing searches again.
    qtbot.keyClicks(window.search.query_box, "Salang")
    assert "withdrawal.p3" not in window.search.status.text()


def test_a_heading_offers_no_related_passages(window):
    reader = window.reader
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.anchor_position("withdrawal") + 2)
    reader.scroll_to_position(cursor.position())
    menu = window.commands.build_context_menu(reader.cursorRect(cursor).center())
    assert not next(a for a in menu.actions() if a.objectName() == "menu-related").isEnabled()


def click_link(qtbot, view, text: str, after: str = "") -> None:
    """Click, as a person would, the first link reading ``text`` (after the words ``after``)."""
    document = view.document()
    start = document.find(after).position() if after else 0
    cursor = document.find(text, start)
    assert not cursor.isNull() and cursor.charFormat().isAnchor(), text
    cursor.setPosition(cursor.selectionStart() + 2)
    view.ensureCursorVisible()
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.cursorRect(cursor).center())


def test_a_fact_offers_the_passages_related_to_its_quote(window, qtbot):
    window.show_facts("tajikistan")
    fact = window.atlas.facts_for("tajikistan")[0]
    assert "Related passages" in window.facts.view.toPlainText()
    with qtbot.waitSignal(window.facts.related_requested) as asked:
        click_link(qtbot, window.facts.view, "Related passages")  # the first fact's
    paragraph = asked.args[0]
    assert paragraph == fact.paragraph_id
    assert window.search_dock.isVisible()
    assert f"related by meaning to {paragraph}" in window.search.status.text()
    ids = [hit.id for hit in window.search.hits()]
    assert ids and paragraph not in ids and all(hit.match == "meaning" for hit in window.search.hits())


def test_a_glossary_quote_offers_the_passages_related_to_it(window, qtbot):
    window.show_glossary_entry("csto")
    entry = window.store.glossary_entry("csto")
    quote = entry.quotes[-1]
    with qtbot.waitSignal(window.glossary.related_requested) as asked:
        click_link(qtbot, window.glossary.view, "Related passages", after=quote["text"])
    assert asked.args == [quote["paragraph_id"]]
    assert window.search_dock.isVisible()
    assert f"related by meaning to {quote['paragraph_id']}" in window.search.status.text()
    hits = window.search.hits()
    assert hits and quote["paragraph_id"] not in [hit.id for hit in hits]
    # Activating one goes there, as a search result does.
    window.search.results.setCurrentRow(0)
    qtbot.keyClick(window.search.query_box, Qt.Key.Key_Return)
    assert window.reader.current_section() == hits[0].section_id
