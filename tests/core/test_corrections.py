"""Editor's notes: the report's words untouched, the record's correction beside them."""

from __future__ import annotations

import json

from desktop.cli import main


def test_corrections_json_names_paragraph_words_note_and_source(store, capsys):
    assert main(["corrections", "--json"]) == 0
    notes = json.loads(capsys.readouterr().out)
    assert [note["id"] for note in notes] == [
        "c5-plus-1-began-2015",
        "taliban-moscow-format-2018",
        "us-observer-moscow-2018",
    ]
    for note in notes:
        assert set(note) == {"id", "section_id", "paragraph", "quote", "note", "source"}
        paragraph = store.paragraph(f"{note['section_id']}.p{note['paragraph']}")
        assert paragraph is not None and note["quote"] in paragraph.text
        assert note["note"] and note["source"]
    c5, taliban, observer = notes
    assert "2016" in c5["quote"] and "2015" in c5["note"] and "Samarkand" in c5["source"]
    assert "2017" in taliban["quote"] and "November 2018" in taliban["note"]
    assert "special envoy" in observer["quote"] and "observer" in observer["note"]


def test_corrections_by_paragraph_for_the_reader(store):
    from desktop.core.content.corrections import corrections, corrections_by_paragraph

    by_paragraph = corrections_by_paragraph(store.connection)
    assert set(by_paragraph) == {
        ("russias-interests", 13),
        ("taliban-relationship", 2),
        ("ghani-administration", 4),
    }
    assert [c.id for c in by_paragraph[("russias-interests", 13)]] == ["c5-plus-1-began-2015"]
    assert len(corrections(store.connection)) == 3


def test_the_report_text_is_not_changed_by_a_note(store):
    assert "The C5+1 format was introduced by the US in 2016" in store.section_text("russias-interests")


def test_corrections_as_text(capsys):
    assert main(["corrections"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("russias-interests.p13: “The C5+1 format was introduced by the US in 2016”")
    assert out.count("Source: ") == 3
