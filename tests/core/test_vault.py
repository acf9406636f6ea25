"""Markdown for a notes vault: front matter, one vault tag per tag, a link back after each
quote; and ``dossier:`` links parsed into a place in the report."""

from __future__ import annotations

import pytest

from desktop.cli import main
from desktop.core.dossier_url import Place, parse_place, place_url
from desktop.core.errors import UserError
from desktop.core.notes.vault import vault_tag


@pytest.mark.parametrize(
    ("tag", "expected"),
    [("foreign policy", "foreign-policy"), ("C5+1", "C5plus1"), ("#csto", "csto"), ("R&D", "RandD"),
     ("2021", "_2021"), ("Россия", "Россия"), ("US/NATO", "US-NATO"), ("a  b--c", "a-b-c"), ("!!", "")],
)  # fmt: skip
def test_each_tag_becomes_one_vault_tag(tag, expected):
    assert vault_tag(tag) == expected


def test_dossier_links_round_trip_and_refuse_anything_else():
    note = "12345678-1234-1234-1234-123456789abc"
    assert parse_place(place_url("withdrawal", note)) == Place("withdrawal", note)
    assert parse_place("dossier://section/history") == Place("history", None)
    for bad in (
        "dossier://note/x",
        "https://section/history",
        "dossier://section/",
        "dossier://section/a?note=<x>",
    ):
        with pytest.raises(UserError):
            parse_place(bad)


def test_markdown_export_is_vault_ready(capsys, data_dir, store):
    assert main(["notes", "add", "--section", "withdrawal", "--quote", "of sound mind", "--body", "Lavrov",
                 "--tag", "foreign policy", "--tag", "C5+1"]) == 0  # fmt: skip
    note_id = capsys.readouterr().out.split()[2]
    assert main(["notes", "export", "--format", "md"]) == 0
    text = capsys.readouterr().out
    head, _, rest = text.removeprefix("---\n").partition("\n---\n")
    fields = dict(line.split(": ", 1) for line in head.splitlines())
    assert set(fields) >= {"title", "author", "date", "source", "citation"}
    assert fields["author"] == '"Diana Janse"' and fields["date"] == '"2021-10"'
    assert fields["source"] == f'"{store.meta["url"]}"' and fields["citation"].startswith('"Janse, Diana.')
    quote = rest.index("> of sound mind")
    link = rest.index(
        f"— *Russian Actions During the Withdrawal*, para. 2 · [open in Dossier](dossier://section/withdrawal?note={note_id})"
    )
    assert quote < link < rest.index("Lavrov")
    assert "#foreign-policy #C5plus1" in rest


def test_a_bad_dossier_link_gets_one_line(capsys, data_dir):
    assert main(["dossier://section/nowhere"]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    assert main(["dossier://bogus"]) == 2
    assert "not a Dossier link" in capsys.readouterr().err


def test_a_note_may_hold_dossier_text_without_it_being_taken_for_a_link(capsys, data_dir):
    assert main(["notes", "add", "--section", "history", "--body", "dossier://section/history"]) == 0
    assert main(["notes", "list", "--json"]) == 0
    assert '"body": "dossier://section/history"' in capsys.readouterr().out


def test_markdown_export_lists_the_timeline_events_of_a_notes_passage(capsys, data_dir):
    quote = "Russia sent its first diplomatic mission to Kabul in 1878."
    assert main(["notes", "add", "--section", "history", "--quote", quote, "--body", "the start"]) == 0
    assert main(["notes", "add", "--section", "history", "--quote", "buffer state", "--body", "no date"]) == 0
    capsys.readouterr()
    assert main(["notes", "export", "--format", "md"]) == 0
    text = capsys.readouterr().out
    first = text.index(f"> {quote}")
    assert text.index("On the timeline: **1878** First Russian mission to Kabul", first) < text.index(
        "the start"
    )
    assert text.count("On the timeline:") == 1  # the note on undated words has none
