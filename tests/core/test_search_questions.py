"""Search answers the question it is asked: irregular verb forms match, the snippet holds every
word it can, and the glossary entries a question names are offered (issue 24, item 6)."""

from __future__ import annotations

import pytest

from desktop.core.search.finder import search_all
from desktop.core.search.irregular import other_forms
from desktop.core.search.snippets import as_markdown, cut_snippet

QUESTION = "when did Uzbekistan leave the CSTO"


@pytest.mark.parametrize(
    ("word", "form"),
    [("leave", "left"), ("left", "leave"), ("buy", "bought"), ("fought", "fight"), ("went", "gone")],
)
def test_the_table_knows_common_irregular_forms(word, form):
    assert form in other_forms(word)


def test_a_regular_word_has_no_other_forms():
    assert other_forms("negotiate") == () and other_forms("csto") == ()


def test_leave_finds_left_and_the_answer_is_in_the_top_snippet(store):
    passages = [hit for hit in search_all(store, None, QUESTION).hits if hit.kind == "section"]
    top = passages[0]
    assert top.id == "russias-interests.p4"
    assert "**left** it, the last time in 2012" in top.snippet
    assert "**Uzbekistan**" in top.snippet and "**CSTO**" in top.snippet


def test_the_glossary_entries_the_question_names_are_offered(store):
    hits = search_all(store, None, QUESTION).hits
    entries = [hit.id for hit in hits if hit.kind == "glossary"]
    assert {"csto", "uzbekistan"} <= set(entries)
    # Named in a question whose words no entry shares as a whole.
    named = [hit.id for hit in search_all(store, None, "why did uzbekistan quit the csto").hits]
    assert "uzbekistan" in named and "csto" in named


def test_the_snippet_window_with_the_most_different_words_wins():
    filler = ["w"] * 30
    first = ["\x02Uzbekistan\x03", *["x"] * 3, "\x02Uzbekistan\x03", *["x"] * 3, "\x02Uzbekistan\x03"]
    later = ["\x02Uzbekistan\x03", "has", "twice", "\x02left\x03", "the", "\x02CSTO\x03"]
    text = " ".join(first + filler + later + filler)
    snippet = as_markdown(cut_snippet(text, width=12, lead=2))
    assert "**left**" in snippet and "**CSTO**" in snippet
