"""Snippets cut from FTS5-marked text: whole words, balanced marks, no stop word in bold."""

from __future__ import annotations

from desktop.core.search.snippets import as_html, as_markdown, cut_snippet, marked_words, unmark_stop_words

WORDS = [f"w{i}" for i in range(60)]


def test_a_long_text_is_cut_around_its_marks_at_spaces():
    text = " ".join([*WORDS[:30], "\x02world's\x03", *WORDS[30:]])
    snippet = cut_snippet(text, width=10, lead=3)
    assert snippet == "…w27 w28 w29 \x02world's\x03 w30 w31 w32 w33 w34 w35…"


def test_the_window_with_the_most_marks_wins():
    words = list(WORDS)
    words[5] = "\x02a1\x03"
    for i in (40, 42, 44):
        words[i] = f"\x02b{i}\x03"
    snippet = cut_snippet(" ".join(words), width=10, lead=2)
    assert snippet.count("\x02") == 3 and "a1" not in snippet


def test_a_phrase_cut_by_the_window_keeps_its_marks_balanced():
    words = [*WORDS[:20], "\x02security", "guarantees\x03", *WORDS[20:]]
    snippet = cut_snippet(" ".join(words), width=1, lead=0)  # ends inside the phrase
    assert snippet.count("\x02") == snippet.count("\x03") == 1
    assert as_markdown(snippet) == "…**security**…"


def test_short_text_is_shown_whole():
    assert cut_snippet("the \x02Taliban\x03 said", width=10) == "the \x02Taliban\x03 said"


def test_stop_words_lose_their_marks_unless_asked_for():
    marked = "\x02The\x03 \x02Taliban\x03 and \x02that\x03"
    assert unmark_stop_words(marked) == "The \x02Taliban\x03 and that"
    assert unmark_stop_words(marked, frozenset({"that"})) == "The \x02Taliban\x03 and \x02that\x03"
    assert marked_words(unmark_stop_words(marked)) == ["taliban"]


def test_html_escapes_the_text_and_bolds_the_marks():
    assert as_html("a < b & \x02c\x03") == "a &lt; b &amp; <b>c</b>"
