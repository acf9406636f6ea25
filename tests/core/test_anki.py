"""The Anki deck export: an .apkg (a zip holding Anki's SQLite collection) with the glossary,
the facts and the notes tagged ``card``, each with a ``dossier:`` link and its paragraph's
citation; a second export keeps every id, so Anki updates its cards instead of adding more."""

from __future__ import annotations

import json
import sqlite3
import zipfile

import pytest

from desktop.cli import main
from desktop.context import open_notes
from desktop.core.notes.anchoring import selector_for_quote

FIELD_SEPARATOR = "\x1f"  # how Anki joins a note's fields in its notes table


def read_deck(path, tmp_path):
    """(guid -> fields, tags by guid, deck names and ids, note type ids) of an .apkg."""
    with zipfile.ZipFile(path) as archive:
        target = tmp_path / f"{path.stem}.anki2"
        target.write_bytes(archive.read("collection.anki2"))
    with sqlite3.connect(target) as db:
        notes = {guid: (fields.split(FIELD_SEPARATOR), tags) for guid, fields, tags in
                 db.execute("SELECT guid, flds, tags FROM notes")}  # fmt: skip
        decks, models = db.execute("SELECT decks, models FROM col").fetchone()
        cards = db.execute("SELECT COUNT(*) FROM cards").fetchone()[0]
    deck_ids = {int(k) for k, deck in json.loads(decks).items() if deck["name"].startswith("Dossier")}
    return notes, cards, deck_ids, set(json.loads(models))


@pytest.fixture
def card_note(data_dir, store):
    notes = open_notes(data_dir)
    selector = selector_for_quote(store.section_text("withdrawal"), "of sound mind")
    return notes.add("withdrawal", "Lavrov's **praise**", selector, tags=["card", "lavrov"])


def test_the_deck_holds_glossary_facts_and_card_notes_with_links_and_citations(
    tmp_path, data_dir, store, card_note, capsys
):
    open_notes(data_dir).add("history", "not for studying")  # no card tag: no card
    deck = tmp_path / "report.apkg"
    assert main(["notes", "export", "--format", "anki", "-o", str(deck)]) == 0
    notes, cards, deck_ids, _ = read_deck(deck, tmp_path)
    expected = len(store.glossary) + len(store.atlas.facts) + 1
    assert len(notes) == cards == expected
    assert f"Wrote {expected} cards to {deck}." in capsys.readouterr().err
    by_front = {fields[0]: (fields, tags) for fields, tags in notes.values()}
    ((fields, tags),) = [v for v in notes.values() if "?note=" in v[0][3]]
    front, back, citation, link = fields
    assert "of sound mind" in front and "<strong>praise</strong>" in back
    assert link == f"dossier://section/withdrawal?note={card_note.id}"
    assert (
        citation.startswith("Janse, Diana. “Russian Actions During the Withdrawal.” In")
        and ", para. " in citation
    )
    assert "lavrov" in tags.split() and "card" not in tags.split()
    csto = next(v for k, v in by_front.items() if k.startswith("CSTO"))[0]
    assert csto[3] == "dossier://section/russias-interests" and csto[2].endswith("para. 4.")
    assert not any("not for studying" in f[1] for f, _ in notes.values())
    assert len(deck_ids) == 1


def test_a_second_export_keeps_every_id(tmp_path, data_dir, store, card_note, capsys):
    first, second = tmp_path / "first.apkg", tmp_path / "second.apkg"
    assert main(["notes", "export", "--format", "anki", "-o", str(first)]) == 0
    open_notes(data_dir).update(card_note.id, "Lavrov's praise, edited")
    assert main(["notes", "export", "--format", "anki", "-o", str(second)]) == 0
    notes_1, _, decks_1, models_1 = read_deck(first, tmp_path)
    notes_2, _, decks_2, models_2 = read_deck(second, tmp_path)
    assert set(notes_1) == set(notes_2) and decks_1 == decks_2 and models_1 == models_2
    changed = [guid for guid in notes_1 if notes_1[guid] != notes_2[guid]]
    assert len(changed) == 1 and "edited" in notes_2[changed[0]][0][1]  # the same card, updated


def test_the_deck_cannot_go_to_the_terminal(capsys):
    assert main(["notes", "export", "--format", "anki"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and "-o FILE.apkg" in err
