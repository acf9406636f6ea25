"""What a note is, and the results and errors of the notes store (no SQL here)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from desktop.core.errors import NotesError
from desktop.core.notes.anchoring import Selector


def new_id() -> str:
    import uuid  # not on the start-up path

    return str(uuid.uuid4())


def now() -> str:
    from datetime import UTC, datetime  # not on the start-up path

    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class Note(NamedTuple):
    id: str
    section_id: str
    body: str = ""
    quote: str = ""
    prefix: str = ""
    suffix: str = ""
    position: int = -1
    tags: tuple[str, ...] = ()
    created: str = ""
    updated: str = ""
    deleted: str = ""
    imported: str = ""  # the ``updated`` of the version last imported, "" if never imported

    @property
    def selector(self) -> Selector | None:
        return Selector(self.quote, self.prefix, self.suffix, self.position) if self.quote else None

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "section_id": self.section_id,
            "quote": self.quote,
            "body": self.body,
            "tags": list(self.tags),
            "created": self.created,
            "updated": self.updated,
        }


def clean_tags(tags: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for tag in tags:
        tag = " ".join(str(tag).split()).strip("#, ")
        if tag:
            seen.setdefault(tag, None)
    return tuple(seen)


class NotesReplaced(NotesError):  # noqa: N818 - the name the window catches
    """The notes file was replaced (or removed) since it was opened; nothing was written."""


class NotesConflict(NotesError):  # noqa: N818 - like NotesReplaced
    """Another window saved the note since this edit began; ``current`` is what is stored."""

    def __init__(self, current: Note) -> None:
        super().__init__(f"the note was changed in another window at {current.updated}")
        self.current = current


class Listing(NamedTuple):
    """What the notes list shows: the first notes in reading order, and how many each section has."""

    notes: list[Note]
    counts: dict[str, int]
    partial: bool = False  # the query matched more than MATCH_CAP notes: counts are of those

    @property
    def total(self) -> int:
        return sum(self.counts.values())


class MergeResult(NamedTuple):
    added: int
    updated: int
    unchanged: int
    conflicts: int  # kept as copies beside a local edit, never replacing it

    def summary(self) -> str:
        copies = f", {self.conflicts} kept as conflict copies beside your edits" if self.conflicts else ""
        return f"{self.added} added, {self.updated} updated, {self.unchanged} already there{copies}"


CONFLICT_TAG = "conflict"


def later_than(stamp: str) -> str:
    """Now, or a millisecond after ``stamp`` if the clock has not passed it: every edit is later."""
    current = now()
    if current > stamp:
        return current
    from datetime import datetime, timedelta

    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00")) + timedelta(milliseconds=1)
    except ValueError:
        return current
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def note_content(note: Note) -> tuple:
    return (note.section_id, note.body, note.quote, note.position, note.tags, bool(note.deleted))
