"""The Search panel as a reader uses it: Esc keeps the search, a restart brings it back,
and the window lists exactly what ``dossier search`` prints."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.gui


def shown(window) -> list[tuple[str, str]]:
    return [(hit.kind, hit.id) for hit in window.search.hits()]


def test_esc_keeps_the_query_and_results_and_a_second_esc_empties_them(window, qtbot):
    window.focus_search()
    qtbot.keyClicks(window.search.query_box, "kabul")
    before = shown(window)
    assert before and before[0] == ("glossary", "kabul")
    qtbot.keyClick(window.search.query_box, Qt.Key.Key_Escape)
    assert window.reader.hasFocus()
    assert window.search.query() == "kabul" and shown(window) == before
    window.focus_search()  # Ctrl+F: the same search, ready to refine
    assert window.search.query_box.hasFocus() and shown(window) == before
    qtbot.keyClick(window.search.query_box, Qt.Key.Key_Escape)
    assert window.search.query() == "" and shown(window) == []
    assert window.search.status.text() == ""


def test_typing_after_esc_starts_over(window, qtbot):
    window.focus_search()
    qtbot.keyClicks(window.search.query_box, "kabu")
    qtbot.keyClick(window.search.query_box, Qt.Key.Key_Escape)
    window.focus_search()
    qtbot.keyClick(window.search.query_box, Qt.Key.Key_End)
    qtbot.keyClicks(window.search.query_box, "l")
    qtbot.keyClick(window.search.query_box, Qt.Key.Key_Escape)
    assert window.search.query() == "kabul"  # the first Esc since the query changed


def test_the_last_query_comes_back_after_a_restart(make_window, qtbot):
    first = make_window()
    first.focus_search()
    qtbot.keyClicks(first.search.query_box, "cordon sanit")
    expected = shown(first)
    first.close()
    second = make_window()
    second.restore_state()
    second.focus_search()
    assert second.search.query() == "cordon sanit"
    assert shown(second) == expected and expected
    assert "passage" in second.search.status.text()


@pytest.mark.parametrize("query", ["kabul", "what did peskov say", "lavrov", "tajikistan", "russia"])
def test_the_window_lists_what_the_cli_prints(window, qtbot, capsys, query):
    from desktop.cli import main

    note = window.notes_store.add(
        "withdrawal", body="Russia, Kabul, Lavrov and Tajikistan: what did Peskov say?"
    )
    window.focus_search()
    qtbot.keyClicks(window.search.query_box, query)
    capsys.readouterr()
    assert main(["search", "--json", "--limit", "50", query]) == 0
    printed = [(hit["kind"], hit["id"]) for hit in json.loads(capsys.readouterr().out)]
    assert printed == shown(window)
    assert ("note", note.id) in printed
