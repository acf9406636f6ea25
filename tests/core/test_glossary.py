"""The glossary and index: curated entries, exact mentions, forgiving lookup."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from desktop import paths
from desktop.cli import main
from desktop.core.content.build import build_database
from desktop.core.errors import ContentError
from desktop.core.glossary.entries import AliasMatcher, Entry, alias_occurs, is_case_sensitive

PEOPLE = ["putin", "lavrov", "peskov", "karzai", "ghani", "najibullah", "amin", "taraki", "karmal",
          "daoud-khan", "medvedev", "obama", "merkel", "zhirnov"]  # fmt: skip
TERMS = ["csto", "c5-plus-1", "isis-k", "sco", "unama", "cis", "moscow-format", "durand-line",
         "basmachi-movement", "operation-storm-333", "afsotr"]  # fmt: skip


def report_text(store) -> str:
    return "\n".join(p.text for p in store.paragraphs())


def test_csto_c5_and_isis_k_come_first(store):
    assert [e.id for e in store.glossary[:3]] == ["csto", "c5-plus-1", "isis-k"]


def test_the_named_terms_people_and_places_are_all_there(store):
    ids = {e.id for e in store.glossary}
    assert set(PEOPLE + TERMS) <= ids
    assert {e.kind for e in store.glossary if e.id in PEOPLE} == {"person"}
    concepts = [e for e in store.glossary if e.kind not in ("person", "place")]
    assert len(concepts) >= 40
    places = {e.id for e in store.glossary if e.kind == "place"}
    assert {"kabul", "dushanbe", "ayni-airbase", "shir-khan-bandar", "salang", "nughlu-dam"} <= places


def test_every_quote_is_verbatim_in_the_paragraph_it_points_to(store):
    quotes = [(e.id, q) for e in store.glossary for q in e.quotes]
    assert len(quotes) > 100
    for entry_id, quote in quotes:
        paragraph = store.paragraph(quote["paragraph_id"])
        assert quote["text"] in paragraph.text, entry_id
        assert paragraph.section_id == quote["section_id"]


def test_every_related_link_resolves(store):
    for entry in store.glossary:
        for related in entry.related:
            assert store.glossary_entry(related) is not None, (entry.id, related)


def test_every_alias_of_a_report_sourced_entry_occurs_in_the_report(store):
    text = report_text(store)
    for entry in store.glossary:
        if entry.quotes:
            for alias in entry.aliases:
                assert alias_occurs(alias, text), (entry.id, alias)


def test_general_knowledge_is_marked_as_such(store):
    for entry in store.glossary:
        if entry.general_html:
            assert "General knowledge" in entry.general_html or "role" in entry.general_html, entry.id


def entry(entry_id: str, *aliases: str) -> Entry:
    return Entry(entry_id, aliases[0], "term", list(aliases), "short", "body")


MATCHER = AliasMatcher([
    entry("islamic-state", "IS", "Islamic State"),
    entry("isis-k", "ISIS-K", "Islamic State Khorasan Province"),
    entry("cis", "CIS"),
    entry("c5", "C5+1"),
    entry("usa", "US"),
    entry("andijan", "Andijan"),
    entry("andijan-massacre", "Andijan massacre"),
    entry("csto", "CSTO", "Collective Security Treaty Organisation"),
])  # fmt: skip


def found(text: str, nested: bool = False) -> list[tuple[str, str]]:
    return [(text[s:e], entry_id) for s, e, entry_id in MATCHER.find(text, nested=nested)]


def test_acronyms_match_only_in_their_own_case():
    assert found("This is what it is. Is it?") == []
    assert found("the emergence of IS, which") == [("IS", "islamic-state")]
    assert is_case_sensitive("IS") and is_case_sensitive("C5+1") and not is_case_sensitive("Taliban")


def test_no_matches_inside_words_or_numbers():
    assert found("CISCO ANALYSIS THIS US$ 30 C5+12 USA") == []
    assert found("members of the CIS.") == [("CIS", "cis")]


def test_longest_alias_wins_and_nested_mentions_count_for_the_index():
    text = "the Islamic State Khorasan Province (ISIS-K) and the Islamic State (IS)"
    assert found(text) == [
        ("Islamic State Khorasan Province", "isis-k"), ("ISIS-K", "isis-k"),
        ("Islamic State", "islamic-state"), ("IS", "islamic-state"),
    ]  # fmt: skip
    assert found("the Andijan massacre.") == [("Andijan massacre", "andijan-massacre")]
    assert ("Andijan", "andijan") in found("the Andijan massacre.", nested=True)


def test_spelled_out_forms_match_in_any_case_and_across_line_breaks():
    assert found("the collective security treaty\norganisation") == [
        ("collective security treaty\norganisation", "csto")
    ]


def test_mention_counts_follow_the_rules(store):
    text = report_text(store)
    counts = {e.id: sum(m.count for m in store.mentions(e.id)) for e in store.glossary}
    assert counts["isis-k"] == text.count("ISIS-K") + text.count("Islamic State Khorasan Province")
    standalone_is = len(re.findall(r"(?<![\w+])IS(?![\w+$])", text))
    # "Islamic State" inside "Islamic State Khorasan Province" counts for IS in the index too.
    spelled_out = text.count("Islamic State (IS)") + text.count("Islamic State Khorasan Province")
    assert counts["islamic-state"] == standalone_is + spelled_out
    assert counts["csto"] == 6
    assert counts["c5-plus-1"] == 2
    by_section = dict((s, c) for s, c, _ in store.mentions_by_section("c5-plus-1"))
    assert by_section == {"russias-interests": 2}


def test_terms_are_links_in_the_report_html(store):
    html = store.section_html("russias-interests")
    assert '<a class="term" href="term:csto">CSTO</a>' in html
    assert 'href="term:islamic-state">Islamic State<' in html
    assert 'href="term:islamic-state">IS<' in store.section_html("withdrawal")
    # Headings are not linked, and existing links are left alone.
    assert "term:" not in re.findall(r"<h2.*?</h2>", html)[0]
    assert 'href="term:unama"' in store.section_html("executive-summary")
    series = re.search(r'<p[^>]*class="series"[^>]*>.*?</p>', store.section_html("title-page")).group(0)
    assert "term:" not in series


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("CSTO", "csto"), ("ctso", "csto"), ("c5 + 1", "c5-plus-1"), ("C5+1", "c5-plus-1"),
        ("isisk", "isis-k"), ("ISIS K", "isis-k"), ("Lavrof", "lavrov"), ("hindu kush", "hindu-kush"),
        ("durand", "durand-line"), ("storm 333", "operation-storm-333"), ("collective security", "csto"),
        ("Shanghai", "sco"), ("najibulah", "najibullah"),
    ],
)  # fmt: skip
def test_lookup_forgives_typos_spacing_and_punctuation(store, typed, expected):
    assert store.find_glossary(typed, 3)[0][0].id == expected


def test_glossary_json(capsys):
    assert main(["glossary", "--json"]) == 0
    entries = json.loads(capsys.readouterr().out)
    assert {"id", "term", "kind", "aliases", "short", "body", "related", "mentions"} <= set(entries[0])
    csto = entries[0]
    assert csto["id"] == "csto" and {"section_id": "russias-interests", "count": 6} in csto["mentions"]


def test_glossary_term_json_best_match(capsys):
    assert main(["glossary", "isisk", "--json"]) == 0
    entry_json = json.loads(capsys.readouterr().out)
    assert entry_json["id"] == "isis-k" and "ISIS-K" in entry_json["aliases"]


def test_glossary_no_match_names_the_nearest(capsys):
    assert main(["glossary", "xqzw"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and "nearest:" in err


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "content"
    shutil.copytree(paths.content_dir(), copy)
    return copy


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("all members of the Moscow-led", "all members of Moscow's",
         r"terms\.toml:\d+: quote of 'csto' is not verbatim"),
        ('related = ["cis",', 'related = ["nowhere",', r"related to unknown entry 'nowhere'"),
        ('aliases = ["C5+1", "C5+1 format"]', 'aliases = ["C5+1", "CSTO"]',
         r"alias 'CSTO' of 'c5-plus-1' already"),
        ('kind = "organisation"', 'kind = "club"', r"unknown kind 'club'"),
        ("[[entry]]", "[[entry]\n", r"terms\.toml:5: not valid TOML: .*line 5"),
    ],
)  # fmt: skip
def test_broken_glossary_content_is_a_clear_build_error(content_copy, tmp_path, old, new, message):
    edit(content_copy / "glossary" / "terms.toml", old, new)
    with pytest.raises(ContentError, match=message):
        build_database(content_copy, tmp_path / "out.sqlite")
