"""Editor's notes: the report's words untouched, the record's correction beside them."""

from __future__ import annotations

import json

from desktop.cli import main


def test_corrections_json_names_paragraph_words_note_and_source(store, capsys):
    assert main(["corrections", "--json"]) == 0
    notes = json.loads(capsys.readouterr().out)
    assert [note["id"] for note in notes] == [  # in reading order
        "security-council-2593",
        "non-aggression-pact-1926",
        "soviet-expedition-1929",
        "storm-333-palace-assault",
        "amin-killed-27-december",
        "c5-plus-1-began-2015",
        "khorasan-spelling-and-extent",
        "opium-myanmar-2023",
        "kabulov-confirmed-contacts-2015",
        "taliban-moscow-format-2018",
        "us-observer-moscow-2018",
        "shir-khan-bandar-june-2021",
    ]
    for note in notes:
        assert set(note) == {"id", "section_id", "paragraph", "paragraph_id", "quote", "note", "source"}
        paragraph = store.paragraph(note["paragraph_id"])
        assert paragraph is not None and note["quote"] in paragraph.text
        assert note["note"] and note["source"]
    by_id = {note["id"]: note for note in notes}
    assert by_id["security-council-2593"]["paragraph_id"] == "fn:1"  # footnote 1's own anchor
    c5, taliban, observer = (by_id[i] for i in ("c5-plus-1-began-2015", "taliban-moscow-format-2018",
                                                "us-observer-moscow-2018"))  # fmt: skip
    assert "2016" in c5["quote"] and "2015" in c5["note"] and "Samarkand" in c5["source"]
    assert "2017" in taliban["quote"] and "November 2018" in taliban["note"]
    assert "special envoy" in observer["quote"] and "observer" in observer["note"]


def test_corrections_by_paragraph_for_the_reader(store):
    from desktop.core.content.corrections import corrections, corrections_by_paragraph

    by_paragraph = corrections_by_paragraph(store.connection)
    assert {("russias-interests", 13), ("taliban-relationship", 2), ("ghani-administration", 4)} <= set(
        by_paragraph
    )
    assert [c.id for c in by_paragraph[("russias-interests", 13)]] == ["c5-plus-1-began-2015"]
    assert [c.id for c in by_paragraph[("history", 3)]] == [
        "non-aggression-pact-1926",
        "soviet-expedition-1929",
    ]
    assert len(corrections(store.connection)) == 12


def test_the_report_text_is_not_changed_by_a_note(store):
    assert "The C5+1 format was introduced by the US in 2016" in store.section_text("russias-interests")


def test_corrections_as_text(capsys):
    assert main(["corrections"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("fn:1: “called for a unity government S/RES/2593(2021)”")
    assert "russias-interests.p13: “The C5+1 format was introduced by the US in 2016”" in out
    assert out.count("Source: ") == 12
