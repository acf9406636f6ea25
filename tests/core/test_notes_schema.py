"""A new notes file is created with plain sqlite3, exactly as sqlite-utils used to create it."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import sqlite_utils

from desktop.core.notes.store import MIGRATIONS, NotesStore


def _schema(connection: sqlite3.Connection) -> list[tuple]:
    return [tuple(row) for row in connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master")]


def _schema_1_by_sqlite_utils(connection: sqlite3.Connection) -> None:
    # The first schema as it was written with sqlite-utils: files made then and now must match.
    columns = ("id", "section_id", "quote", "prefix", "suffix", "position", "body", "tags", "created",
               "updated", "deleted")  # fmt: skip
    defaults = {"quote": "", "prefix": "", "suffix": "", "position": -1, "body": "", "tags": "[]",
                "deleted": ""}  # fmt: skip
    required = {"section_id", "body", "quote", "tags", "created", "updated"}
    table = sqlite_utils.Database(connection)["notes"]
    table.create({n: int if n == "position" else str for n in columns}, pk="id", not_null=required,
                 defaults=defaults)  # fmt: skip
    table.create_index(["section_id"])
    table.enable_fts(["body", "quote", "tags"], fts_version="FTS5", create_triggers=True, tokenize="porter")


def test_a_new_notes_file_has_the_schema_sqlite_utils_wrote(tmp_path):
    by_hand = sqlite3.connect(":memory:")
    _schema_1_by_sqlite_utils(by_hand)
    for target in range(2, len(MIGRATIONS) + 1):
        MIGRATIONS[target](by_hand)
    store = NotesStore(tmp_path / "notes.sqlite")
    assert _schema(store.connection) == _schema(by_hand)
    store.close()


def test_a_file_of_the_first_schema_made_by_sqlite_utils_is_brought_up_to_date(tmp_path):
    path = tmp_path / "notes.sqlite"
    old = sqlite3.connect(path)
    _schema_1_by_sqlite_utils(old)
    old.execute(
        "INSERT INTO notes (id, section_id, body, quote, tags, created, updated)"
        " VALUES ('n1', 's1', 'kept words', 'a quote', '[]', '2026-01-01', '2026-01-01')"
    )
    old.execute("PRAGMA user_version = 1")
    old.commit()
    old.close()
    store = NotesStore(path)
    assert [note.body for note in store.notes()] == ["kept words"]
    assert [note.id for note, _snippet in store.search("kept")] == ["n1"]
    store.close()


def test_creating_a_notes_file_does_not_import_sqlite_utils(tmp_path):
    script = (
        "import sys; from pathlib import Path; from desktop.core.notes.store import NotesStore;"
        f"NotesStore(Path({str(tmp_path / 'notes.sqlite')!r})).close();"
        "print('sqlite_utils' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
    assert (tmp_path / "notes.sqlite").exists()
