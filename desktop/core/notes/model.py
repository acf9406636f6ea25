"""What a note is, and the results and errors of the notes store (no SQL here)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from desktop.core.errors import NotesError
from desktop.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.core.notes.anchoring import Selector


def new_id() -> str:
    import uuid  # not on the start-up path

    return str(uuid.uuid4())


def now() -> str:
    from datetime import UTC, datetime  # not on the start-up path

    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


# Every field of a note has a limit, so that no note (typed, imported or added from the command
# line) can take the window's or the machine's memory; the README's Reliability section states them.
MAX_BODY_CHARS = 10_000_000
MAX_QUOTE_CHARS = 100_000  # the whole report is about 40,000
MAX_CONTEXT_CHARS = 1_000  # a quote's prefix or suffix (Dossier makes them 32 long)
MAX_TAGS = 5_000
MAX_TAG_CHARS = 200
MAX_TAGS_CHARS = 100_000  # the tags as the tag box shows them, joined by ", "
MAX_HISTORY = 32  # earlier versions' stamps a note remembers (for telling edits apart at import)


def tags_text(tags: Iterable[str]) -> str:
    """Tags as the window's tag box shows (and reads back) them."""
    return ", ".join(tags)


def limit_problem(note: Note) -> Message | str:
    """What in ``note`` is over a limit, in a few words; "" when nothing is."""
    if len(note.body) > MAX_BODY_CHARS:
        return Message(
            QT_TRANSLATE_NOOP("Notes", "the note is longer than {max_body_chars:,} characters"),
            max_body_chars=MAX_BODY_CHARS,
        )
    if len(note.quote) > MAX_QUOTE_CHARS:
        return Message(
            QT_TRANSLATE_NOOP("Notes", "the quoted passage is longer than {max_quote_chars:,} characters"),
            max_quote_chars=MAX_QUOTE_CHARS,
        )
    if max(len(note.prefix), len(note.suffix)) > MAX_CONTEXT_CHARS:
        return Message(
            QT_TRANSLATE_NOOP(
                "Notes", "the quote's prefix or suffix is longer than {max_context_chars:,} characters"
            ),
            max_context_chars=MAX_CONTEXT_CHARS,
        )
    return tags_problem(note.tags)


def tags_problem(tags: tuple[str, ...]) -> Message | str:
    if len(tags) > MAX_TAGS:
        return Message(
            QT_TRANSLATE_NOOP("Notes", "the note has {count:,} tags; at most {max_tags:,} are kept"),
            count=len(tags),
            max_tags=MAX_TAGS,
        )
    if any(len(tag) > MAX_TAG_CHARS for tag in tags):
        return Message(
            QT_TRANSLATE_NOOP("Notes", "a tag is longer than {max_tag_chars} characters"),
            max_tag_chars=MAX_TAG_CHARS,
        )
    if len(tags_text(tags)) > MAX_TAGS_CHARS:
        return Message(
            QT_TRANSLATE_NOOP("Notes", "the tags are longer than {max_tags_chars:,} characters in all"),
            max_tags_chars=MAX_TAGS_CHARS,
        )
    return ""


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
    history: tuple[str, ...] = ()  # the ``updated`` stamps of earlier versions, oldest first

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


class Anchor(NamedTuple):
    """Where a note is anchored, without its text or tags: all that placing it in the report
    needs (thousands are read at a time, and a body can be long)."""

    id: str
    section_id: str
    quote: str = ""
    prefix: str = ""
    suffix: str = ""
    position: int = -1

    @property
    def selector(self) -> Selector | None:
        return Selector(self.quote, self.prefix, self.suffix, self.position) if self.quote else None


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
        super().__init__(
            QT_TRANSLATE_NOOP("Notes", "the note was changed in another window at {time}"),
            time=current.updated,
        )
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

    def summary(self) -> Message:
        """What the merge did, in one line ("3 added, 0 updated, 1 already there")."""
        counts = {"added": self.added, "updated": self.updated, "unchanged": self.unchanged}
        if self.conflicts:
            return Message(
                QT_TRANSLATE_NOOP(
                    "Notes",
                    "{added} added, {updated} updated, {unchanged} already there,"
                    " {conflicts} kept as conflict copies beside your edits",
                ),
                conflicts=self.conflicts,
                **counts,
            )
        return Message(
            QT_TRANSLATE_NOOP("Notes", "{added} added, {updated} updated, {unchanged} already there"),
            **counts,
        )


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
