"""Paragraph locators (section and paragraph number) and Chicago's punctuation of titles that
end in their own question mark: what a reader citing a passage sees."""

from __future__ import annotations

import json

import pytest

from desktop.cli import main
from desktop.core.citation import cite, in_text, reference
from desktop.core.dossier_url import parse_place, place_url
from desktop.core.errors import UserError
from desktop.core.locator import Paragraphs, paragraph_at, paragraph_number
from desktop.core.notes.model import Note

QUESTION = "Russia's Relationship with the Taliban: What to Expect?"


def test_a_title_with_its_own_question_mark_gets_no_full_stop():
    meta = {"author_sort": "Janse, Diana", "title": "Russian Interests in Afghanistan", "date": "2021"}
    text = cite(meta, "chicago", QUESTION)
    assert f"“{QUESTION}” In Russian Interests" in text
    assert "?." not in text and "?”." not in text
    assert "“Soviet Invasion.” In" in cite(meta, "chicago", "Soviet Invasion")


def test_dossier_cite_and_the_pdf_head_punctuate_the_question(capsys, store):
    assert main(["cite", "--section", "taliban-relationship"]) == 0
    out = capsys.readouterr().out
    assert "What to Expect?” In " in out and "?." not in out
    from desktop.core.typeset import printable_html

    assert "What to Expect?” In " in printable_html(store, "taliban-relationship")


def test_paragraphs_are_numbered_from_one_without_heading_or_footnotes(store):
    paragraphs = Paragraphs(store)
    conclusions = paragraphs.body("conclusions")
    rows = store.paragraphs("conclusions")
    assert conclusions[0] == next(r.text for r in rows if r.id == "conclusions.p1")
    assert len(conclusions) == sum(1 for r in rows if r.kind == "para")
    assert paragraphs.of_anchor("conclusions.p3").label == "§ Conclusions and Policy Recommendations ¶ 3"
    # A footnote's anchor and a heading's are no paragraph of the body.
    assert paragraphs.of_anchor("fn:1") is None and paragraphs.of_anchor("conclusions.h") is None
    assert paragraph_number("russias-interests.p12") == ("russias-interests", 12)


def test_a_position_in_the_text_names_its_paragraph():
    anchors = {"history": 0, "history.p1": 30, "history.p2": 200, "next": 400, "next.p1": 420}
    assert paragraph_at(anchors, "history", 150) == 1
    assert paragraph_at(anchors, "history", 200) == 2
    assert paragraph_at(anchors, "history", 10) is None
    assert paragraph_at(anchors, "next", 500) == 1


def test_a_notes_quote_names_its_paragraph_and_an_orphan_none(store):
    paragraphs = Paragraphs(store)
    text = paragraphs.body("russias-interests")[3]  # paragraph 4
    quote = "Uzbekistan has twice been a member of CSTO"
    assert quote in text
    note = Note("n1", "russias-interests", quote=quote, prefix="", suffix="", position=0)
    assert paragraphs.of_note(note).paragraph == 4
    assert paragraphs.of_note(note._replace(quote="words the report never had")) is None
    assert paragraphs.of_note(note._replace(quote="")) is None  # a note on the whole section


def test_in_text_citation_follows_each_guide(store):
    title = "Conclusions and Policy Recommendations"
    assert in_text(store.meta, "chicago", title, 3) == f"(Janse 2021, {title} section, para. 3)"
    assert in_text(store.meta, "apa", title, 3) == f"(Janse, 2021, {title} section, para. 3)"


@pytest.mark.parametrize(
    ("format_id", "expected"),
    [
        ("chicago", "(Janse 2021, Conclusions and Policy Recommendations section, para. 3)"),
        ("apa", "(Janse, 2021, Conclusions and Policy Recommendations section, para. 3)"),
        ("bibtex", "note = {Section “Conclusions and Policy Recommendations”, para. 3}"),
        ("ris", "SE  - Conclusions and Policy Recommendations, para. 3"),
    ],
)
def test_dossier_cite_paragraph_in_every_format(capsys, format_id, expected):
    assert main(["cite", "--format", format_id, "--section", "conclusions", "--paragraph", "3"]) == 0
    assert expected in capsys.readouterr().out


def test_dossier_cite_paragraph_in_csl_json(capsys):
    assert main(["cite", "--format", "csl-json", "--section", "conclusions", "--paragraph", "3"]) == 0
    (item,) = json.loads(capsys.readouterr().out)
    assert item["locator"] == "3" and item["label"] == "paragraph"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--section", "conclusions", "--paragraph", "99"], "has paragraphs 1 to"),
        (["--paragraph", "2"], "--paragraph needs --section"),
        (["--section", "conclusions", "--paragraph", "0"], "has paragraphs 1 to"),
    ],
)
def test_a_paragraph_the_section_lacks_is_one_line_and_exit_2(capsys, argv, message):
    assert main(["cite", *argv]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err


def test_a_dossier_link_names_a_paragraph():
    assert place_url("conclusions", paragraph=3) == "dossier://section/conclusions?para=3"
    assert parse_place("dossier://section/conclusions?para=3").paragraph == 3
    assert parse_place("dossier://section/conclusions").paragraph is None
    with pytest.raises(UserError, match="not a paragraph number"):
        parse_place("dossier://section/conclusions?para=x1")


def test_a_link_to_a_paragraph_the_section_lacks_exits_before_any_window(capsys, monkeypatch):
    def no_window():  # what comes next opens the window: never get that far
        raise AssertionError("the window was about to open")

    monkeypatch.setattr("desktop.app._open_notes", no_window)
    assert main(["dossier://section/conclusions?para=400"]) == 2
    assert "has paragraphs 1 to" in capsys.readouterr().err


def test_reference_html_keeps_the_question_mark_inside_the_quotes(store):
    assert "What to Expect?” In <i>" in reference(store.meta, "chicago", QUESTION).html


def test_notes_exports_carry_the_paragraph(capsys, data_dir):
    assert (
        main(["notes", "add", "--section", "withdrawal", "--quote", "of sound mind", "--body", "Lavrov"]) == 0
    )
    assert main(["notes", "add", "--section", "withdrawal", "--body", "on the whole section"]) == 0
    capsys.readouterr()
    assert main(["notes", "export", "--format", "md"]) == 0
    markdown = capsys.readouterr().out
    assert "— *Russian Actions During the Withdrawal*, para. 2 · [open in Dossier]" in markdown
    assert "— *Russian Actions During the Withdrawal* · [open in Dossier]" in markdown  # the section note
    assert main(["notes", "export", "--format", "json"]) == 0
    items = json.loads(capsys.readouterr().out)["first"]["items"]
    by_body = {item["body"][0]["value"]: item for item in items}
    assert by_body["Lavrov"]["dossier:paragraph"] == 2
    assert "dossier:paragraph" not in by_body["on the whole section"]


def test_the_pdf_names_each_notes_paragraph(data_dir, store):
    from desktop.core.typeset import printable_html

    note = Note("n1", "withdrawal", body="Lavrov", quote="of sound mind", position=0)
    html = printable_html(store, "withdrawal", [note])
    assert "<b>Note</b> (para. 2) on “of sound mind”" in html
