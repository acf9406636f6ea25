"""Notes that must never be lost: concurrent windows, a file replaced underneath, hostile imports."""

from __future__ import annotations

import json
import os
import time

import pytest

from desktop.context import open_notes
from desktop.core.notes.store import NotesConflict, NotesReplaced
from desktop.core.notes.web_annotation import export_json, parse_annotations, read_import_file


@pytest.fixture
def sections(store) -> set[str]:
    return {section.id for section in store.sections}


def annotation(note_id: str, body: str, modified: str, **extra) -> dict:
    item = {
        "id": f"urn:uuid:{note_id}",
        "type": "Annotation",
        "created": "2024-01-01T00:00:00.000Z",
        "modified": modified,
        "body": [{"type": "TextualBody", "value": body, "purpose": "commenting"}],
        "target": {"selector": [{"type": "FragmentSelector", "value": "history"}]},
    }
    item.update(extra)
    return item


def collection(*items: dict) -> dict:
    return {"type": "AnnotationCollection", "first": {"type": "AnnotationPage", "items": list(items)}}


# -- two windows on one file ----------------------------------------------------------------------
def test_an_older_save_from_another_window_does_not_erase_the_newer_text(data_dir):
    window_a, window_b = open_notes(data_dir), open_notes(data_dir)
    note = window_a.add("history", "start")
    base = note.updated
    saved_a = window_a.update(note.id, body="start, and A's paragraph", expected_updated=base)
    with pytest.raises(NotesConflict) as conflict:
        window_b.update(note.id, body="start, and B's line", expected_updated=base)
    assert conflict.value.current.body == "start, and A's paragraph"
    copy = window_b.add_copy(conflict.value.current, "start, and B's line")
    bodies = sorted(n.body for n in open_notes(data_dir).notes())
    assert bodies == ["start, and A's paragraph", "start, and B's line"]
    assert "conflict" in copy.tags and copy.section_id == "history"
    window_a.update(note.id, body="A goes on", expected_updated=saved_a.updated)  # its own base: fine


# -- a backup restored under an open window -------------------------------------------------------
def test_a_write_to_a_file_moved_aside_raises_and_writes_nothing_there(data_dir):
    notes = open_notes(data_dir)
    note = notes.add("history", "before the restore")
    aside = data_dir / "notes.sqlite.replaced-1"
    os.replace(data_dir / "notes.sqlite", aside)
    fresh = open_notes(data_dir)  # the restored file, another inode
    fresh.add("history", "from the backup")
    assert notes.is_replaced()
    with pytest.raises(NotesReplaced):
        notes.update(note.id, body="typed after the restore")
    assert notes.get(note.id).body == "before the restore"  # nothing landed in the moved-aside file


# -- import ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "change, message",
    [
        ({"modified": "9999-99-99T99:99:99Z"}, "is not an ISO 8601 time"),
        ({"created": "2024-13-45T10:00:00Z"}, "is not an ISO 8601 time"),
    ],
)
def test_impossible_dates_are_refused(sections, change, message):
    with pytest.raises(Exception, match=message):
        parse_annotations(
            collection({**annotation("a" * 8 + "-1", "x", "2024-01-01T00:00:00Z"), **change}), sections
        )


def test_a_future_date_cannot_outrank_later_local_edits(data_dir, sections):
    notes = open_notes(data_dir)
    note = notes.add("history", "mine")
    time.sleep(0.002)  # the import comes later than the note: not in the same millisecond
    incoming = parse_annotations(
        collection(annotation(note.id, "theirs", "3000-01-01T00:00:00.000Z")), sections
    )
    assert incoming[0].updated < "3000"  # brought back to now
    notes.merge(incoming)
    notes.update(note.id, body="edited after the import")
    again = parse_annotations(collection(annotation(note.id, "theirs", "3000-01-01T00:00:00.000Z")), sections)
    notes.merge(again)
    assert notes.get(note.id).body == "edited after the import"


def test_an_import_never_replaces_a_local_edit_made_after_the_last_import(data_dir, sections, store):
    notes = open_notes(data_dir)
    other = open_notes(data_dir / "other")
    note = other.add("history", "v1")
    notes.merge(parse_annotations(json.loads(json.dumps(export_json(other.notes(), store.meta))), sections))
    other.update(note.id, body="v2 from the other machine")
    notes.update(note.id, body="v1, edited here")  # later than v2, but it never saw v2
    later = json.loads(json.dumps(export_json(other.notes(), store.meta)))
    result = notes.merge(parse_annotations(later, sections))
    assert notes.get(note.id).body == "v1, edited here"
    assert sorted(n.body for n in notes.notes()) == ["v1, edited here", "v2 from the other machine"]
    assert result.conflicts == 1 and "conflict copies" in str(result.summary())
    assert notes.merge(parse_annotations(later, sections)).conflicts == 0  # not copied twice


def test_an_unedited_imported_note_takes_the_newer_version(data_dir, sections, store):
    notes = open_notes(data_dir)
    other = open_notes(data_dir / "other")
    note = other.add("history", "v1")
    notes.merge(parse_annotations(json.loads(json.dumps(export_json(other.notes(), store.meta))), sections))
    other.update(note.id, body="v2")
    result = notes.merge(
        parse_annotations(json.loads(json.dumps(export_json(other.notes(), store.meta))), sections)
    )
    assert result.updated == 1 and notes.get(note.id).body == "v2"


def test_same_id_same_time_different_body_is_kept_as_a_copy(data_dir, sections):
    notes = open_notes(data_dir)
    note = notes.add("history", "here")
    result = notes.merge(parse_annotations(collection(annotation(note.id, "there", note.updated)), sections))
    assert result.conflicts == 1
    assert sorted(n.body for n in notes.notes()) == ["here", "there"]


def with_start(start: str) -> str:
    selectors = (
        '[{"type": "FragmentSelector", "value": "history"}, {"type": "TextPositionSelector", "start": '
    )
    item = '{"type": "Annotation", "id": "urn:uuid:abcdef12", "created": "2024-01-01T00:00:00Z", "body": []'
    return (
        '{"type": "AnnotationCollection", "first": {"items": ['
        + item
        + ', "target": {"selector": '
        + (selectors + start + "}]}}]}}")
    )


@pytest.mark.parametrize(
    "raw",
    [with_start("1e30"), with_start("1" + "0" * 30), '{"total": ' + "9" * 5000 + "}"],
    ids=["float-1e30", "huge-int", "5000-digits"],
)
def test_absurd_numbers_are_refused_in_one_line(tmp_path, sections, data_dir, raw):
    path = tmp_path / "hostile.json"
    path.write_text(raw, encoding="utf-8")
    with pytest.raises(Exception) as refused:
        open_notes(data_dir).merge(parse_annotations(read_import_file(path), sections))
    assert type(refused.value).__name__ == "NotesImportError"
    assert "\n" not in str(refused.value)


def test_limits_are_checked_with_one_line(tmp_path, sections, monkeypatch):
    from desktop.core.notes import web_annotation as notes_io

    items = [annotation(f"{n:08x}-0000", "x", "2024-01-01T00:00:00Z") for n in range(30)]
    path = tmp_path / "many.json"
    path.write_text(json.dumps(collection(*items)), encoding="utf-8")
    monkeypatch.setattr(notes_io, "MAX_IMPORT_NOTES", 20)
    with pytest.raises(notes_io.NotesImportError, match="at most 20"):
        parse_annotations(read_import_file(path), sections)
    monkeypatch.setattr(notes_io, "MAX_IMPORT_BYTES", 100)
    with pytest.raises(notes_io.NotesImportError, match="too large"):
        read_import_file(path)
    monkeypatch.setattr(notes_io, "MAX_IMPORT_BYTES", 1 << 20)
    monkeypatch.setattr(notes_io, "MAX_BODY_CHARS", 3)
    big = tmp_path / "big.json"
    big.write_text(
        json.dumps(collection(annotation("abcdef12", "four", "2024-01-01T00:00:00Z"))), encoding="utf-8"
    )
    with pytest.raises(notes_io.NotesImportError, match="longer than"):
        parse_annotations(read_import_file(big), sections)


def test_the_schema_1_file_is_migrated_keeping_its_notes(tmp_path):
    import sqlite3

    import sqlite_utils

    from desktop.core.notes.store import MIGRATIONS

    with sqlite3.connect(tmp_path / "notes.sqlite") as connection:  # what the first release wrote
        MIGRATIONS[1](sqlite_utils.Database(connection))
        connection.execute(
            "INSERT INTO notes (id, section_id, body, tags, created, updated) VALUES"
            " ('abcdef12', 'history', 'old note about the Great Game', '[]', '2024-01-01', '2024-01-01')"
        )
        connection.execute("PRAGMA user_version = 1")
    again = open_notes(tmp_path)
    assert [n.body for n in again.notes()] == ["old note about the Great Game"]
    assert [n.id for n in again.listing({}, "gam").notes] == ["abcdef12"]  # the index was rebuilt
    assert again.counts_by_section() == {"history": 1}


def test_unsaved_text_kept_at_closing_comes_back_over_or_beside_its_note(data_dir):
    from desktop.core.notes.recovery import recoveries, restore_recoveries, write_recovery

    notes = open_notes(data_dir)
    untouched = notes.add("history", "saved part")
    changed = notes.add("history", "saved too")
    write_recovery(data_dir, untouched._replace(body="saved part and the unsaved rest"), untouched.updated)
    write_recovery(data_dir, changed._replace(body="my unsaved words"), changed.updated)
    notes.update(changed.id, body="changed elsewhere meanwhile")
    assert len(recoveries(data_dir)) == 2
    restore_recoveries(data_dir, open_notes(data_dir))
    assert sorted(n.body for n in notes.notes()) == [
        "changed elsewhere meanwhile",
        "my unsaved words",
        "saved part and the unsaved rest",
    ]
    assert recoveries(data_dir) == []


def test_pathological_markdown_is_previewed_as_typed_not_rendered():
    from desktop.core.markdown_render import plain_line, render_note

    brackets = render_note("[" * 5000)  # Python-Markdown: seconds, growing with the square
    assert "too many brackets to preview" in brackets and brackets.count("[") == 5000
    huge = render_note("word " * 2_000_000)
    assert "too long to preview" in huge and len(huge) < 40_000
    assert render_note("<img src='/etc/x.png'> *fine*").count("<em>fine</em>") == 1
    assert plain_line("**15,000** troops in [the north](http://x)") == "15,000 troops in the north"
