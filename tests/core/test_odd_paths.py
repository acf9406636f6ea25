"""Folders whose names hold URI syntax (# ? %) are only folders: backups and reads stay inside them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.core.notes.safety import list_backups, make_backup, restore_backup
from desktop.core.notes.store import NOTES_FILE, NotesStore
from desktop.core.store import ReportStore

ODD_NAMES = ["notes#1", "what?mode=rw", "100%25 mine", "a b#c?d%e"]


@pytest.mark.parametrize("name", ODD_NAMES)
def test_backups_in_an_oddly_named_data_dir(tmp_path: Path, name: str):
    data = tmp_path / name
    data.mkdir()
    notes = NotesStore(data / NOTES_FILE)
    notes.add("summary", "kept")
    made = make_backup(notes, data)
    assert made.notes == 1
    assert [b.id for b in list_backups(data)] == [made.id]
    notes.close()
    chosen, _moved = restore_backup(data)
    assert chosen.id == made.id
    assert [n.body for n in NotesStore(data / NOTES_FILE).notes()] == ["kept"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # no stray file beside it


@pytest.mark.parametrize("name", ODD_NAMES)
def test_the_report_reads_from_an_oddly_named_folder(tmp_path: Path, store, name: str):
    folder = tmp_path / name
    folder.mkdir()
    copy = folder / Path(store.path).name
    shutil.copyfile(store.path, copy)
    odd = ReportStore(copy)
    assert [s.id for s in odd.sections] == [s.id for s in store.sections]
    odd.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]
