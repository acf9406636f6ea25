"""The reader's notes: a SQLite database in the user data dir, never in the content database.

WAL mode with ``synchronous=FULL``: a note is on disk when ``add``/``update`` returns.
The schema carries a version (``PRAGMA user_version``) and migrations run forward from
the first release on; a database from a newer Dossier is refused, never rewritten.
Reads use plain sqlite3; writes go through sqlite-utils, imported on the first write so
start-up does not pay for it. Bodies are stored exactly as typed.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import NamedTuple

from desktop.core.anchoring import Selector
from desktop.core.errors import NotesError

SCHEMA_VERSION = 1
NOTES_FILE = "notes.sqlite"
BUSY_TIMEOUT_MS = 5000


def _new_id() -> str:
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


def _migration_1(db) -> None:
    db["notes"].create(
        {
            "id": str,
            "section_id": str,
            "quote": str,
            "prefix": str,
            "suffix": str,
            "position": int,
            "body": str,
            "tags": str,
            "created": str,
            "updated": str,
            "deleted": str,
        },
        pk="id",
        not_null={"section_id", "body", "quote", "tags", "created", "updated"},
        defaults={
            "quote": "",
            "prefix": "",
            "suffix": "",
            "position": -1,
            "body": "",
            "tags": "[]",
            "deleted": "",
        },
    )
    db["notes"].create_index(["section_id"])
    db["notes"].enable_fts(
        ["body", "quote", "tags"], fts_version="FTS5", create_triggers=True, tokenize="porter"
    )


MIGRATIONS: dict[int, Callable[[object], None]] = {1: _migration_1}


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """Read a notes file that must not be written: as is, or (on a read-only disk, where SQLite
    cannot make the WAL index it wants) as an immutable file."""
    from desktop.core.store import sqlite_uri

    if not path.is_file():
        raise sqlite3.DatabaseError("there is no such file")
    connection = sqlite3.connect(sqlite_uri(path), uri=True, isolation_level=None)
    try:
        connection.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        return connection
    except sqlite3.OperationalError:
        connection.close()
    wal = path.with_name(path.name + "-wal")
    if not wal.is_file() or wal.stat().st_size == 0:
        return sqlite3.connect(sqlite_uri(path) + "&immutable=1", uri=True, isolation_level=None)
    # Notes still in the write-ahead log, which SQLite will not read here without its index:
    # read a private copy of both instead, so that every saved note shows.
    import atexit
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="dossier-notes-"))
    atexit.register(shutil.rmtree, folder, True)
    shutil.copyfile(path, folder / path.name)
    shutil.copyfile(wal, folder / wal.name)
    return sqlite3.connect(sqlite_uri(folder / path.name), uri=True, isolation_level=None)


class NotesStore:
    """Every note, in the file ``path``; created on the first write if it does not exist."""

    def __init__(self, path: Path, read_only: bool = False) -> None:
        """``read_only`` opens an existing file without writing anything, not even its WAL files
        (a read-only disk or folder); every save then raises NotesError."""
        self.path = path
        self.read_only = read_only
        self._db = None  # sqlite_utils.Database, on the first write
        existed = path.exists()
        self.connection: sqlite3.Connection | None = None
        try:
            if read_only:
                self.connection = _connect_read_only(path)
            else:
                self.connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
            self.connection.row_factory = sqlite3.Row
            self.connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            # The version first: a file from a newer Dossier must not be touched at all.
            version = self.connection.execute("PRAGMA user_version").fetchone()[0]
            if read_only and version < SCHEMA_VERSION:
                raise sqlite3.DatabaseError("it is read-only and not yet prepared")
            if version <= SCHEMA_VERSION and not read_only:
                self.connection.execute("PRAGMA journal_mode = WAL")
                self.connection.execute("PRAGMA synchronous = FULL")
        except sqlite3.DatabaseError as error:
            if self.connection is not None:
                self.connection.close()
            raise NotesError(f"the notes file {path} cannot be read ({error})") from None
        if version > SCHEMA_VERSION:
            self.connection.close()
            raise NotesError(
                f"the notes file {path} comes from a newer Dossier "
                f"(schema {version}; this one knows {SCHEMA_VERSION})"
            )
        if version < SCHEMA_VERSION:
            self._migrate(version)
        elif existed:
            self._check()

    def _check(self) -> None:
        try:
            self.connection.execute("SELECT id, section_id, body FROM notes LIMIT 1").fetchall()
        except sqlite3.DatabaseError as error:
            raise NotesError(f"the notes file {self.path} is damaged ({error})") from None

    @property
    def db(self):
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.connection)
        return self._db

    def _migrate(self, version: int) -> None:
        try:
            for target in range(version + 1, SCHEMA_VERSION + 1):
                with self.connection:
                    self.connection.execute("BEGIN IMMEDIATE")
                    MIGRATIONS[target](self.db)
                    self.connection.execute(f"PRAGMA user_version = {target}")
        except sqlite3.DatabaseError as error:
            raise NotesError(f"the notes file {self.path} could not be prepared ({error})") from None

    def close(self) -> None:
        self.connection.close()

    # -- reading --------------------------------------------------------------------------------
    @staticmethod
    def _note(row: sqlite3.Row) -> Note:
        position = row["position"]
        return Note(
            id=row["id"],
            section_id=row["section_id"],
            body=row["body"],
            quote=row["quote"] or "",
            prefix=row["prefix"] or "",
            suffix=row["suffix"] or "",
            position=position if position is not None else -1,
            tags=tuple(json.loads(row["tags"] or "[]")),
            created=row["created"],
            updated=row["updated"],
            deleted=row["deleted"] or "",
        )

    def get(self, note_id: str) -> Note | None:
        row = self.connection.execute("SELECT * FROM notes WHERE id = ?", (note_id,)).fetchone()
        return self._note(row) if row else None

    def notes(self, deleted: bool = False) -> list[Note]:
        """Live notes (or the trash), oldest first."""
        rows = self.connection.execute(
            "SELECT * FROM notes WHERE (deleted != '') = ? ORDER BY created, id", (1 if deleted else 0,)
        )
        return [self._note(row) for row in rows]

    def count(self) -> int:
        return self.connection.execute("SELECT COUNT(*) FROM notes WHERE deleted = ''").fetchone()[0]

    def _match_expression(self, query: str) -> str:
        from desktop.core.search import parse_query

        parts = []
        for term in parse_query(query):
            phrase = '"' + " ".join(term.words).replace('"', '""') + '"'
            parts.append(phrase + ("*" if term.prefix else ""))
        return " AND ".join(parts)

    def matching_ids(self, query: str) -> set[str]:
        """Ids of the live notes matching ``query`` (bodies, quotes, tags); no snippets, so fast."""
        expression = self._match_expression(query)
        if not expression:
            return set()
        rows = self.connection.execute(
            "SELECT notes.id FROM notes_fts JOIN notes ON notes.rowid = notes_fts.rowid"
            " WHERE notes_fts MATCH ? AND notes.deleted = ''",
            (expression,),
        )
        return {row[0] for row in rows}

    def search(self, query: str, limit: int = 50) -> list[tuple[Note, str]]:
        """Live notes matching ``query`` (full text over bodies, quotes and tags), with a snippet."""
        expression = self._match_expression(query)
        if not expression:
            return []
        rows = self.connection.execute(
            "SELECT notes.*, snippet(notes_fts, -1, char(2), char(3), '…', 20) AS snip"
            " FROM notes_fts JOIN notes ON notes.rowid = notes_fts.rowid"
            " WHERE notes_fts MATCH ? AND notes.deleted = '' ORDER BY rank LIMIT ?",
            (expression, limit),
        )
        return [(self._note(row), row["snip"]) for row in rows]

    # -- writing ----------------------------------------------------------------------------------
    def add(
        self,
        section_id: str,
        body: str = "",
        selector: Selector | None = None,
        tags: Iterable[str] = (),
        note_id: str | None = None,
    ) -> Note:
        stamp = now()
        note = Note(
            id=note_id or _new_id(),
            section_id=section_id,
            body=body,
            quote=selector.exact if selector else "",
            prefix=selector.prefix if selector else "",
            suffix=selector.suffix if selector else "",
            position=selector.position if selector else -1,
            tags=clean_tags(tags),
            created=stamp,
            updated=stamp,
        )
        self._write([note])
        return note

    def _row(self, note: Note) -> dict[str, object]:
        return {
            "id": note.id, "section_id": note.section_id, "quote": note.quote, "prefix": note.prefix,
            "suffix": note.suffix, "position": note.position, "body": note.body,
            "tags": json.dumps(list(note.tags), ensure_ascii=False), "created": note.created,
            "updated": note.updated, "deleted": note.deleted,
        }  # fmt: skip

    def _write(self, notes: list[Note]) -> None:
        if self.read_only:
            raise NotesError(f"saving is off: the notes file {self.path} is read-only")
        try:
            with self.connection:
                self.connection.execute("BEGIN IMMEDIATE")
                self.db["notes"].upsert_all([self._row(n) for n in notes], pk="id")
        except sqlite3.DatabaseError as error:
            raise NotesError(f"the note could not be saved to {self.path} ({error})") from None

    def update(self, note_id: str, body: str | None = None, tags: Iterable[str] | None = None) -> Note:
        note = self.get(note_id)
        if note is None:
            raise NotesError(f"there is no note {note_id}")
        changed = note._replace(
            body=note.body if body is None else body,
            tags=note.tags if tags is None else clean_tags(tags),
        )
        if changed == note:
            return note
        changed = changed._replace(updated=now())
        self._write([changed])
        return changed

    def reanchor(self, note_id: str, selector: Selector) -> None:
        """Record where a note's passage now stands (after the text moved)."""
        note = self.get(note_id)
        if note is not None and note.selector != selector:
            self._write(
                [note._replace(prefix=selector.prefix, suffix=selector.suffix, position=selector.position)]
            )

    def delete(self, note_id: str) -> Note:
        """Move a note to the trash (it can be restored)."""
        note = self.get(note_id)
        if note is None:
            raise NotesError(f"there is no note {note_id}")
        trashed = note._replace(deleted=now())
        self._write([trashed])
        return trashed

    def restore(self, note_id: str) -> Note:
        note = self.get(note_id)
        if note is None:
            raise NotesError(f"there is no note {note_id}")
        restored = note._replace(deleted="")
        self._write([restored])
        return restored

    def merge(self, incoming: list[Note]) -> tuple[int, int, int]:
        """Import: new ids are added, newer versions replace older ones, the rest is unchanged.

        One transaction: either every note lands or none does.
        """
        added = updated = 0
        to_write = []
        for note in incoming:
            current = self.get(note.id)
            if current is None:
                added += 1
                to_write.append(note)
            elif current != note and note.updated > current.updated:
                updated += 1
                to_write.append(note)
        if to_write:
            self._write(to_write)
        return added, updated, len(incoming) - added - updated


class NotesIndex:
    """Notes grouped for display: by section in reading order."""

    def __init__(self, order: dict[str, int] | None = None) -> None:
        self.order: dict[str, int] = dict(order or {})

    def group(self, notes: Iterable[Note]) -> list[tuple[str, list[Note]]]:
        grouped: dict[str, list[Note]] = {}
        for note in notes:
            grouped.setdefault(note.section_id, []).append(note)
        for items in grouped.values():
            items.sort(key=lambda n: (n.position if n.position >= 0 else 1 << 30, n.created))
        return sorted(grouped.items(), key=lambda pair: self.order.get(pair[0], 1 << 30))


def note_hits(notes: NotesStore, query: str, titles: dict[str, str], limit: int = 20) -> list:  # list[Hit]
    """Notes matching a search, as search hits of kind "note"."""
    from html import escape

    from desktop.core.search import Hit

    hits = []
    for rank, (note, snippet) in enumerate(notes.search(query, limit)):
        plain = snippet.replace("\x02", "**").replace("\x03", "**")
        marked = escape(snippet, quote=False).replace("\x02", "<b>").replace("\x03", "</b>")
        hits.append(
            Hit(
                kind="note",
                id=note.id,
                section_id=note.section_id,
                section_title=titles.get(note.section_id, note.section_id),
                snippet=plain,
                snippet_html=marked,
                score=round(1.0 / (rank + 1), 4),
            )
        )
    return hits
