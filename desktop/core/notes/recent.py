"""The notes edited last, newest first: what Notes ▸ Recent Notes offers."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.core.notes.store import Note, NotesStore

RECENT = 8  # as many as a menu shows at a glance


def recent_notes(store: NotesStore, limit: int = RECENT) -> list[Note]:
    """The ``limit`` live notes changed last (written or edited), newest first."""
    rows = store.connection.execute(
        "SELECT id FROM notes WHERE deleted = '' ORDER BY updated DESC, created DESC LIMIT ?", (limit,)
    ).fetchall()
    notes = (store.get(row[0]) for row in rows)
    return [note for note in notes if note is not None]


def label(note: Note, width: int = 60) -> str:
    """A note's menu line: its first words (or its quote), shortened to ``width`` characters."""
    first = next((line.strip() for line in note.body.splitlines() if line.strip()), "")
    text = first or (f"“{note.quote}”" if note.quote else "(empty note)")
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"
