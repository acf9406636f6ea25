"""The facts panel in the window: from a fact to its passage, from a name to its facts."""

from __future__ import annotations

from PySide6.QtCore import QUrl


def test_go_to_passage_scrolls_to_the_quote_and_marks_it(window):
    window.show_facts("tajikistan")
    fact = window.atlas.facts_for("tajikistan")[0]
    window.facts.view.anchorClicked.emit(QUrl(f"fact:{fact.id}"))
    reader = window.reader
    assert reader.current_section() == fact.section_id
    assert fact.quote in reader.highlighted_text()
    cursor = reader.textCursor()
    assert reader.viewport().rect().contains(reader.cursorRect(cursor).center())


def test_glossary_entry_brings_its_facts(window):
    window.show_glossary_entry("isis-k")
    assert window.facts.current_entity() == "isis-k"


def test_selecting_a_name_in_the_text_offers_its_facts(window, qtbot):
    reader = window.reader
    document = reader.document()
    cursor = document.find("Uzbekistan", reader.anchor_position("russias-interests"))
    reader.setTextCursor(cursor)
    assert "Ctrl+I" in window.statusBar().currentMessage()
    window.commands.facts_for_selection()
    assert window.facts.current_entity() == "uzbekistan"
    assert window.map.selected == "UZB"


def test_facts_are_dense_with_the_quote_on_demand(window):
    from desktop.ui.facts_panel import says_the_same

    window.show_facts("tajikistan")
    facts = window.atlas.facts_for("tajikistan")
    fact = next(f for f in facts if not says_the_same(f.statement, f.quote))
    shown = window.facts.view.toPlainText()
    assert fact.statement in shown and fact.quote not in shown  # the statement, not both
    window.facts.view.anchorClicked.emit(QUrl(f"quote:{fact.id}"))
    assert fact.quote in window.facts.view.toPlainText()  # the quote when asked for
    window.facts.view.anchorClicked.emit(QUrl(f"quote:{fact.id}"))
    assert fact.quote not in window.facts.view.toPlainText()
    # A statement that only repeats its quote is shown once, as the report's words.
    assert says_the_same("Russia has a base in Tajikistan.", "Russia has a base in Tajikistan")
    assert not says_the_same("Russia keeps troops there.", "The 201st base is the largest abroad")
