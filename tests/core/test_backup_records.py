"""Backups are verified once, when made; listing and pruning trust what was recorded."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from desktop.core.notes import safety
from desktop.core.notes.store import NOTES_FILE, NotesStore


@pytest.fixture
def notes(data_dir: Path) -> NotesStore:
    data_dir.mkdir(parents=True)
    store = NotesStore(data_dir / NOTES_FILE)
    yield store
    store.close()


@pytest.fixture
def opened(monkeypatch) -> list[Path]:
    """Every backup file ``verify`` opens, in order."""
    seen: list[Path] = []
    real = safety.verify

    def counting(path: Path) -> int:
        seen.append(path)
        return real(path)

    monkeypatch.setattr(safety, "verify", counting)
    return seen


def test_listing_and_pruning_never_open_the_backups_again(notes, data_dir, opened):
    notes.add("executive-summary", "one")
    made = [safety.make_backup(notes, data_dir, keep=3) for _ in range(5)]
    assert len(opened) == 5  # each one, once, when it was made (the partial file)
    assert all(path.suffix == ".partial" for path in opened)
    listed = safety.list_backups(data_dir)
    assert [b.id for b in listed] == [m.id for m in reversed(made)][:3]
    assert [b.notes for b in listed] == [1, 1, 1]
    assert len(opened) == 5
    assert sorted(p.name for p in safety.backup_dir(data_dir).iterdir()) == sorted(
        [b.path.name for b in listed] + [b.path.name + ".json" for b in listed]
    )  # the pruned backups' records went with them


def test_a_backup_changed_after_it_was_made_is_checked_again(notes, data_dir):
    notes.add("executive-summary", "one")
    made = safety.make_backup(notes, data_dir)
    size = made.path.stat().st_size
    made.path.write_bytes(b"\0" * size)  # same size, new time: the record no longer vouches for it
    assert safety.list_backups(data_dir, verify_unknown=False) == []
    assert safety.list_backups(data_dir) == []


def test_a_backup_without_a_record_is_verified_once_on_a_worker(notes, data_dir, opened):
    notes.add("executive-summary", "one")
    made = safety.make_backup(notes, data_dir)
    Path(str(made.path) + ".json").unlink()  # as a backup from an older Dossier
    opened.clear()
    assert safety.list_backups(data_dir, verify_unknown=False) == []  # the window's thread: no reads
    result: list[list[safety.Backup]] = []
    worker = threading.Thread(target=lambda: result.append(safety.verify_backups(data_dir)))
    worker.start()
    worker.join(30)
    assert [b.id for b in result[0]] == [made.id] and len(opened) == 1
    assert [b.notes for b in safety.list_backups(data_dir, verify_unknown=False)] == [1]
    assert len(opened) == 1


def test_backup_due_only_when_the_notes_changed_since_the_newest_backup(notes, data_dir):
    path = data_dir / NOTES_FILE
    assert not safety.backup_due(data_dir, path, notes.count)  # no notes, no backup: nothing to keep
    notes.add("executive-summary", "one")
    assert safety.backup_due(data_dir, path, notes.count)
    safety.make_backup(notes, data_dir)
    assert not safety.backup_due(data_dir, path, notes.count)
    later = time.time() + 5  # an edit after the backup (one second's clock tick would do)
    os.utime(path, (later, later))
    assert safety.backup_due(data_dir, path, notes.count)
