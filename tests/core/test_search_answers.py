"""Search answers the questions readers type: names first, question words ignored, every hit marked."""

from __future__ import annotations

import re
import sqlite3

import pytest

from desktop.core.content.build import FTS_TOKENIZE
from desktop.core.search.finder import search_all
from desktop.core.search.query import Searcher
from desktop.core.search.snippets import STOP_WORDS

READER_QUERIES = [
    "taliban", "russia", "tajikistan", "kabul", "what did peskov say", "what is the c5+1",
    "how many soviet soldiers died", "assistance", "activity", "attendance", "opium",
    "negotiate", "storm 333", "cordon sanit", "Lavrov Taliban respect zeppelin",
]  # fmt: skip
BOLD = re.compile(r"\*\*(.+?)\*\*")


def passages(results):
    return [hit for hit in results.hits if hit.kind == "section"]


def glossary_ids(results):
    return [hit.id for hit in results.hits if hit.kind == "glossary"]


@pytest.mark.parametrize(
    ("query", "entry"),
    [
        ("taliban", "taliban"),
        ("russia", "russia"),
        ("tajikistan", "tajikistan"),
        ("kabul", "kabul"),
        ("Kabul ", "kabul"),
        ("c5 + 1", "c5-plus-1"),
        ("what is the c5+1", "c5-plus-1"),
        ("isisk", "isis-k"),
        ("united russia", "united-russia"),
    ],
)
def test_the_entry_a_query_names_comes_first(store, query, entry):
    assert glossary_ids(store.searcher.search(query))[0] == entry


def test_names_that_start_with_the_query_follow_then_names_that_contain_it(store):
    ids = glossary_ids(store.searcher.search("taliban", limit=50))
    assert ids[:2] == ["taliban", "taliban-takeover-2021"]
    # More than three entries when every one of them is named by the query.
    assert {"pakistani-taliban", "anti-taliban-resistance"} <= set(ids)
    assert ids.index("taliban-takeover-2021") < ids.index("pakistani-taliban")


def test_a_name_being_typed_finds_its_entry_first(store):
    assert glossary_ids(store.searcher.search("tal"))[:2] == ["taliban", "taliban-takeover-2021"]
    assert glossary_ids(store.searcher.search("tajik"))[0] == "tajikistan"


def test_glossary_hits_never_take_more_than_half_the_places(store):
    results = store.searcher.search("russia", limit=6)
    assert len(glossary_ids(results)) == 3 and len(passages(results)) == 3


@pytest.mark.parametrize(
    ("query", "needle"),
    [
        ("what did peskov say", "Dmitry Peskov, stated that no one"),
        ("what is the c5+1", "C5+1 format"),
        ("how many soviet soldiers died", "With only 115,000 soldiers"),
        ("who is lavrov", "Lavrov"),
        ("where is the 201st base", "201st military base"),
    ],
)
def test_the_answering_passage_leads_a_question(store, query, needle):
    first = passages(store.searcher.search(query))[0]
    assert needle in store.paragraph(first.id).text


def test_question_words_are_not_bolded(store):
    results = store.searcher.search("how many soviet soldiers died")
    assert not {"how", "many"} & set(results.terms)
    assert "diplomatic" not in results.terms  # "died" is a word, not the prefix "di"


@pytest.mark.parametrize("query", READER_QUERIES)
def test_every_passage_snippet_marks_a_matched_word_and_no_stop_word(store, query):
    hits = passages(store.searcher.search(query, limit=50))
    assert hits
    for hit in hits:
        bold = BOLD.findall(hit.snippet)
        assert bold, f"{hit.id}: nothing marked in {hit.snippet!r}"
        assert not [word for word in bold if word.lower() in STOP_WORDS], hit.snippet
        assert f"<b>{bold[0]}</b>" in hit.snippet_html


@pytest.mark.parametrize(("query", "word"), [("assistance", "assistance"), ("activity", "activity"),
                                             ("attendance", "attended")])  # fmt: skip
def test_stems_are_marked_as_fts5_matched_them(store, query, word):
    assert word in store.searcher.search(query).terms


@pytest.mark.parametrize("query", READER_QUERIES)
def test_snippets_begin_and_end_on_word_boundaries(store, query):
    for hit in passages(store.searcher.search(query, limit=50)):
        text = store.paragraph(hit.id).text
        shown = hit.snippet.replace("**", "")
        body = shown.strip("…")
        at = text.find(body)
        assert at >= 0, f"{hit.id}: {shown!r} is not a piece of the passage"
        assert at == 0 or text[at - 1].isspace(), f"{hit.id} begins mid-word: {shown[:30]!r}"
        end = at + len(body)
        assert end == len(text) or text[end].isspace(), f"{hit.id} ends mid-word: {shown[-30:]!r}"
        assert shown.startswith("…") == (at > 0) and shown.endswith("…") == (end < len(text))


def test_snippet_html_escapes_the_text():
    connection = sqlite3.connect(":memory:")
    connection.executescript(
        "CREATE TABLE paragraphs (rowid INTEGER PRIMARY KEY, id TEXT, section_id TEXT, kind TEXT, text TEXT);"
        "CREATE TABLE vocab (word TEXT PRIMARY KEY, count INT);"
        f"CREATE VIRTUAL TABLE search USING fts5(title, body, tokenize='{FTS_TOKENIZE}');"
    )
    text = 'Markup such as <script>alert("x")</script> & ampersands is shown as text.'
    connection.execute("INSERT INTO paragraphs VALUES (1, 'p1', 's1', 'para', ?)", (text,))
    connection.execute("INSERT INTO search(rowid, title, body) VALUES (1, '', ?)", (text,))
    hit = Searcher(connection, {"s1": "A section"}).search("markup").hits[0]
    assert "<script" not in hit.snippet_html and "&lt;script&gt;" in hit.snippet_html
    assert "&amp; ampersands" in hit.snippet_html and "<b>Markup</b>" in hit.snippet_html


@pytest.mark.parametrize("query", ["taliban", "what did peskov say", "kabul", "c5+1"])
def test_a_smaller_limit_gives_the_first_hits_of_a_larger_one(store, query):
    many = search_all(store, None, query, limit=50)
    few = search_all(store, None, query, limit=20)
    assert [hit.id for hit in few.hits] == [hit.id for hit in many.hits[:20]]


def test_search_all_counts_every_kind(store):
    results = search_all(store, None, "tajikistan")
    counts = results.counts
    assert counts["glossary"] == len(glossary_ids(results)) > 0
    assert counts["section"] == len(passages(results)) > 0 and counts["note"] == 0
    assert results.summary() == f"{counts['section']} passages, {counts['glossary']} glossary entries"


def test_a_quoted_phrase_marks_the_phrase_not_its_words(store):
    from desktop.core.search.finder import search_all

    results = search_all(store, None, '"introduced by the US in 2016"')
    assert results.terms == ("introduced by the us in 2016",)
