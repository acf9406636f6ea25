"""Which notes can wait until after the window's first paint (``looks_sound``): only a look at
names and the file's header, and anything it is not sure of is opened before the paint."""

from __future__ import annotations

import os
import sqlite3

import pytest

from desktop.context import open_notes
from desktop.core.notes import SCHEMA_VERSION, looks_sound
from desktop.core.notes.safety import open_notes_safely


def test_no_folder_or_no_file_yet_can_wait(tmp_path):
    assert looks_sound(tmp_path / "not-made-yet")
    assert looks_sound(tmp_path)


def test_a_sound_notes_file_can_wait_and_opens_without_a_word(tmp_path):
    open_notes(tmp_path).close()
    assert looks_sound(tmp_path)
    opened = open_notes_safely(tmp_path)
    assert opened.store is not None and not opened.problem
    opened.store.close()


def test_an_empty_file_can_wait(tmp_path):
    (tmp_path / "notes.sqlite").write_bytes(b"")
    assert looks_sound(tmp_path)


@pytest.mark.parametrize(
    "content",
    [b"not a database at all" * 10, b"SQLite format 3\x00" + b"\x00" * 10],  # garbage; a header cut short
)
def test_a_file_that_is_not_a_whole_database_is_opened_before_the_paint(tmp_path, content):
    (tmp_path / "notes.sqlite").write_bytes(content)
    assert not looks_sound(tmp_path)
    assert open_notes_safely(tmp_path).problem  # and there is something to say of it


def test_a_file_of_another_schema_is_opened_before_the_paint(tmp_path):
    open_notes(tmp_path).close()
    connection = sqlite3.connect(tmp_path / "notes.sqlite")
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")  # a newer Dossier's
    connection.close()
    assert not looks_sound(tmp_path)


@pytest.mark.parametrize("name", ["notes.sqlite.damaged-20261201T101010101Z", ".notes.sqlite.restore.json"])
def test_a_file_set_aside_or_a_restore_half_done_is_looked_at_before_the_paint(tmp_path, name):
    open_notes(tmp_path).close()
    (tmp_path / name).write_bytes(b"{}")
    assert not looks_sound(tmp_path)


def test_a_folder_or_a_pipe_in_the_notes_file_s_place_is_never_opened_here(tmp_path):
    (tmp_path / "notes.sqlite").mkdir()
    assert not looks_sound(tmp_path)
    pipe_folder = tmp_path / "pipe"
    pipe_folder.mkdir()
    os.mkfifo(pipe_folder / "notes.sqlite")
    assert not looks_sound(pipe_folder)  # returns at once: a pipe is not read


def test_a_notes_file_that_points_nowhere_is_opened_before_the_paint(tmp_path):
    (tmp_path / "notes.sqlite").symlink_to(tmp_path / "unmounted" / "notes.sqlite")
    assert not looks_sound(tmp_path)


def test_a_file_whose_log_was_not_checkpointed_can_wait(tmp_path):
    # A session's notes file as it is left: its header still the new file's, the schema in the log.
    notes = open_notes(tmp_path)
    assert (tmp_path / "notes.sqlite-wal").exists()
    assert looks_sound(tmp_path)
    notes.close()
