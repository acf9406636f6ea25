"""``#tag`` in the notes filter matches tags only, never the words of a body or a quote."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.context import open_notes
from desktop.core.notes.store import NotesStore


@pytest.fixture
def notes(tmp_path: Path) -> NotesStore:
    store = open_notes(tmp_path / "user")
    store.add("history", "rhetoric of the Kremlin, not tagged")
    store.add("withdrawal", "Lavrov praises them", tags=["rhetoric"])
    store.add("conclusions", "a policy note", tags=["foreign policy", "C5+1"])
    return store


def _listed(notes: NotesStore, query: str) -> list[str]:
    return [note.body for note in notes.listing({}, query).notes]


def test_a_hash_word_matches_tags_only(notes):
    assert _listed(notes, "#rhetoric") == ["Lavrov praises them"]
    assert len(_listed(notes, "rhetoric")) == 2  # a bare word still finds it in a body
    assert [n.body for n, _ in notes.search("#rhetoric")] == ["Lavrov praises them"]


def test_a_tag_being_typed_is_a_prefix_and_words_combine_with_it(notes):
    assert _listed(notes, "#rhet") == ["Lavrov praises them"]
    assert _listed(notes, "#rhetoric ") == ["Lavrov praises them"]
    assert _listed(notes, "#foreign-policy") == ["a policy note"]
    assert _listed(notes, "#policy note") == ["a policy note"]
    assert _listed(notes, "#kremlin") == []
