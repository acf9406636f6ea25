"""Search answers the queries readers actually type."""

from __future__ import annotations

import pytest

from desktop.core.search.query import Term, parse_query


def passages(results):
    return [hit for hit in results.hits if hit.kind == "section"]


@pytest.mark.parametrize(
    ("query", "needle"),
    [
        ("negotiate", "negotiations between the US and the Taliban"),  # stemming
        ("negotia", "negotiations between the US and the Taliban"),  # the word being typed
        ("storm 333", "Operation Storm-333"),  # hyphen and number
        ("Storm-333", "Operation Storm-333"),
        ("six party", "six-party talks hosted in Moscow"),
        ('"security guarantees"', "security guarantees for the Russian diplomatic mission"),  # phrase
        ("protege", "his former protégé, Hafizullah Amin"),  # diacritics
        ("7000 soldiers", "some 7000 soldiers"),
        ("201st", "201st military base outside Dushanbe"),
        ("c5+1", "The C5+1 format was introduced by the US in 2016"),
        ("UNAMA", "prolongs the mandate of UNAMA"),  # footnotes are searchable
    ],
)
def test_realistic_queries_find_the_passage(store, query, needle):
    results = store.searcher.search(query)
    assert results.exact
    assert any(needle in store.paragraph(hit.id).text for hit in passages(results)[:5])


def test_section_titles_come_first(store):
    hits = passages(store.searcher.search("taliban"))
    assert hits[0].id == "taliban-relationship.h"
    assert hits[0].section_title == "Russia's Relationship with the Taliban: What to Expect?"


def test_results_are_ranked_best_first(store):
    hits = passages(store.searcher.search("cordon sanitaire"))
    assert hits and "cordon sanitaire" in store.paragraph(hits[0].id).text
    scores = [hit.score for hit in hits if not hit.id.endswith(".h")]
    assert scores == sorted(scores, reverse=True)


def test_no_complete_match_falls_back_to_the_best_partial_ones(store):
    results = store.searcher.search("Dushanbe xylophone")
    assert not results.exact
    assert passages(results) and "Dushanbe" in store.paragraph(passages(results)[0].id).text


def test_partial_matches_prefer_passages_with_more_of_the_words(store):
    results = store.searcher.search("Lavrov Taliban respect zeppelin")
    assert not results.exact
    assert "Lavrov spoke about the Taliban with respect" in store.paragraph(passages(results)[0].id).text


def test_snippets_mark_the_matched_words(store):
    hit = passages(store.searcher.search("cordon"))[0]
    assert "**cordon**" in hit.snippet
    assert "<b>cordon</b>" in hit.snippet_html
    assert hit.section_title == "Russia's Interests in Afghanistan"


@pytest.mark.parametrize("query", ["", "   ", '"', "*", "AND OR NOT (", "-", "NEAR(a b)", "'", "^", "\\"])
def test_odd_input_never_raises(store, query):
    store.searcher.search(query)


def test_parse_query_marks_only_an_unfinished_last_word_as_prefix():
    assert parse_query("soviet inva") == [Term(("soviet",)), Term(("inva",), prefix=True)]
    assert parse_query("soviet invasion ") == [Term(("soviet",)), Term(("invasion",))]
    assert parse_query('"six-party talks"') == [Term(("six", "party", "talks"))]
    assert parse_query("storm-333") == [Term(("storm", "333"), prefix=True)]


def test_matched_terms_cover_stemmed_forms(store):
    results = store.searcher.search("negotiate")
    assert "negotiations" in results.terms


def test_glossary_entries_come_first_in_search(store):
    results = store.searcher.search("CSTO")
    assert results.hits[0].kind == "glossary" and results.hits[0].id == "csto"
    assert sum(hit.kind == "glossary" for hit in results.hits) <= 3
    assert passages(results), "report passages still follow"


def test_glossary_hits_do_not_drive_highlighting(store):
    results = store.searcher.search("Kazakhstan")
    assert results.terms == ("kazakhstan",)
