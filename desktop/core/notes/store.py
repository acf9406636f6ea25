"""The reader's notes: a SQLite database in the user data dir, never in the content database.

WAL mode with ``synchronous=FULL``: a note is on disk when ``add``/``update`` returns.
The schema carries a version (``PRAGMA user_version``) and migrations run forward from
the first release on; a database from a newer Dossier is refused, never rewritten.
Reads use plain sqlite3; writes go through sqlite-utils, imported on the first write so
start-up does not pay for it. Bodies are stored exactly as typed.

Every write first checks that ``path`` is still the file that was opened (a backup restored
from the command line moves it aside): if not it raises NotesReplaced and writes nothing. An
edit may name the ``updated`` stamp it started from; if another window saved the note since,
the edit raises NotesConflict instead of erasing text it never saw.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path

from desktop.core.errors import NotesError
from desktop.core.messages import QT_TRANSLATE_NOOP
from desktop.core.notes import NOTES_FILE, SCHEMA_VERSION  # noqa: F401 - where the notes modules and tests take them from
from desktop.core.notes.anchoring import Selector
from desktop.core.notes.model import (
    CONFLICT_TAG,
    MAX_HISTORY,
    Anchor,
    Listing,
    MergeResult,
    Note,
    NotesConflict,
    NotesReplaced,
    clean_tags,
    later_than,
    limit_problem,
    new_id,
    note_content,
    now,
    tags_problem,
)

BUSY_TIMEOUT_MS = 5000
CACHE_KB = 512
MATCH_CAP = 1000  # the filter looks at this many matches at most, so each keystroke stays instant


# The statements sqlite-utils wrote for this schema, written out: a first start creates the
# notes file without importing sqlite-utils (tens of milliseconds before the first paint).
_SCHEMA_1 = (
    'CREATE TABLE "notes" (\n   "id" TEXT PRIMARY KEY,\n   "section_id" TEXT NOT NULL,\n'
    "   \"quote\" TEXT NOT NULL DEFAULT '',\n   \"prefix\" TEXT DEFAULT '',\n   \"suffix\" TEXT DEFAULT '',\n"
    '   "position" INTEGER DEFAULT -1,\n   "body" TEXT NOT NULL DEFAULT \'\',\n'
    '   "tags" TEXT NOT NULL DEFAULT \'[]\',\n   "created" TEXT NOT NULL,\n   "updated" TEXT NOT NULL,\n'
    "   \"deleted\" TEXT DEFAULT ''\n)",
    'CREATE INDEX "idx_notes_section_id"\n    ON "notes" ("section_id")',
    'CREATE VIRTUAL TABLE "notes_fts" USING FTS5 (\n    "body", "quote", "tags",\n'
    "    tokenize='porter',\n    content=\"notes\"\n)",
    'CREATE TRIGGER "notes_ai" AFTER INSERT ON "notes" BEGIN\n  INSERT INTO "notes_fts" (rowid, "body",'
    ' "quote", "tags") VALUES (new.rowid, new."body", new."quote", new."tags");\nEND',
    'CREATE TRIGGER "notes_ad" AFTER DELETE ON "notes" BEGIN\n  INSERT INTO "notes_fts" ("notes_fts", rowid,'
    ' "body", "quote", "tags") VALUES(\'delete\', old.rowid, old."body", old."quote", old."tags");\nEND',
    'CREATE TRIGGER "notes_au" AFTER UPDATE ON "notes" BEGIN\n  INSERT INTO "notes_fts" ("notes_fts", rowid,'
    ' "body", "quote", "tags") VALUES(\'delete\', old.rowid, old."body", old."quote", old."tags");\n'
    '  INSERT INTO "notes_fts" (rowid, "body", "quote", "tags") VALUES (new.rowid, new."body", new."quote",'
    ' new."tags");\nEND',
)


def _migration_1(db) -> None:
    for statement in _SCHEMA_1:  # one by one: executescript would commit the migration's transaction
        db.execute(statement)


def _migration_2(db) -> None:
    """The imported stamp; an index in list order; the full-text index again, with indexes of
    one- and two-letter prefixes (so the first letters typed in the filter are a lookup)."""
    db.execute("ALTER TABLE notes ADD COLUMN imported TEXT NOT NULL DEFAULT ''")
    db.execute("CREATE INDEX IF NOT EXISTS idx_notes_place ON notes (section_id, deleted, position, created)")
    columns, new, old = "body, quote, tags", "new.body, new.quote, new.tags", "old.body, old.quote, old.tags"
    forget = f"INSERT INTO notes_fts (notes_fts, rowid, {columns}) VALUES ('delete', old.rowid, {old});"
    learn = f"INSERT INTO notes_fts (rowid, {columns}) VALUES (new.rowid, {new});"
    for statement in (
        "DROP TRIGGER IF EXISTS notes_ai",
        "DROP TRIGGER IF EXISTS notes_ad",
        "DROP TRIGGER IF EXISTS notes_au",
        "DROP TABLE IF EXISTS notes_fts",
        f"CREATE VIRTUAL TABLE notes_fts USING fts5({columns}, tokenize=porter, content=notes, prefix='1 2')",
        "INSERT INTO notes_fts (notes_fts) VALUES ('rebuild')",
        f"CREATE TRIGGER notes_ai AFTER INSERT ON notes BEGIN {learn} END",
        f"CREATE TRIGGER notes_ad AFTER DELETE ON notes BEGIN {forget} END",
        f"CREATE TRIGGER notes_au AFTER UPDATE ON notes BEGIN {forget} {learn} END",
    ):  # one by one: executescript would commit the migration's transaction half-way
        db.execute(statement)


def _migration_3(db) -> None:
    """The stamps of a note's earlier versions, so that an import can tell whether both sides
    changed a note since the version they last shared."""
    db.execute("ALTER TABLE notes ADD COLUMN history TEXT NOT NULL DEFAULT '[]'")


MIGRATIONS: dict[int, Callable[[object], None]] = {1: _migration_1, 2: _migration_2, 3: _migration_3}
READ_ONLY_FROM = 2  # the oldest schema a read-only file can be read in (without the history)


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
            # Half a megabyte of SQLite's own page cache, not the default two: placing every note
            # reads the whole file once, and the system keeps its pages cached anyway.
            self.connection.execute(f"PRAGMA cache_size = -{CACHE_KB}")
            # The version first: a file from a newer Dossier must not be touched at all.
            version = self.connection.execute("PRAGMA user_version").fetchone()[0]
            if read_only and version < READ_ONLY_FROM:
                raise sqlite3.DatabaseError("it is read-only and not yet prepared")
            if version <= SCHEMA_VERSION and not read_only:
                self.connection.execute("PRAGMA journal_mode = WAL")
                self.connection.execute("PRAGMA synchronous = FULL")
        except sqlite3.DatabaseError as error:
            if self.connection is not None:
                self.connection.close()
            raise NotesError(
                QT_TRANSLATE_NOOP("NotesStore", "the notes file {path} cannot be read ({error})"),
                path=path,
                error=error,
            ) from None
        self._has_history = version >= 3 or not read_only
        if version > SCHEMA_VERSION:
            self.connection.close()
            raise NotesError(
                QT_TRANSLATE_NOOP(
                    "NotesStore",
                    "the notes file {path} comes from a newer Dossier"
                    " (schema {version}; this one knows {schema_version})",
                ),
                path=path,
                version=version,
                schema_version=SCHEMA_VERSION,
            )
        if version < SCHEMA_VERSION and not read_only:
            self._migrate(version)
        elif existed:
            self._check()
        self._identity = self._file_identity()

    def _file_identity(self) -> tuple[int, int] | None:
        try:
            stat = os.stat(self.path)
        except OSError:
            return None
        return (stat.st_dev, stat.st_ino)

    def is_replaced(self) -> bool:
        """Whether ``path`` is no longer the file this store opened (moved aside, restored over)."""
        return self._file_identity() != self._identity

    def _check(self) -> None:
        try:
            self.connection.execute("SELECT id, section_id, body FROM notes LIMIT 1").fetchall()
        except sqlite3.DatabaseError as error:
            raise NotesError(
                QT_TRANSLATE_NOOP("NotesStore", "the notes file {path} is damaged ({error})"),
                path=self.path,
                error=error,
            ) from None

    @property
    def db(self):
        if self._db is None:
            from desktop.core.sqlite_utils_lite import sqlite_utils

            self._db = sqlite_utils.Database(self.connection)
        return self._db

    def _migrate(self, version: int) -> None:
        try:
            for target in range(version + 1, SCHEMA_VERSION + 1):
                with self.connection:
                    self.connection.execute("BEGIN IMMEDIATE")
                    MIGRATIONS[target](self.connection)
                    self.connection.execute(f"PRAGMA user_version = {target}")
        except sqlite3.DatabaseError as error:
            raise NotesError(
                QT_TRANSLATE_NOOP("NotesStore", "the notes file {path} could not be prepared ({error})"),
                path=self.path,
                error=error,
            ) from None

    def close(self) -> None:
        self.connection.close()

    # -- reading --------------------------------------------------------------------------------
    def _note(self, row: sqlite3.Row) -> Note:
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
            imported=row["imported"] or "",
            history=_stamps(row["history"]) if self._has_history else (),
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

    def counts_by_section(self, deleted: bool = False) -> dict[str, int]:
        """How many live notes (or notes in the trash) each section has, in one query."""
        rows = self.connection.execute(
            "SELECT section_id, COUNT(*) FROM notes WHERE (deleted != '') = ? GROUP BY section_id",
            (1 if deleted else 0,),
        )
        return {section_id: count for section_id, count in rows}

    def section_anchors(self, section_id: str, offset: int, limit: int) -> list[Anchor]:
        """Where live notes of one section are anchored, in their order in the text, ``limit``
        from ``offset`` (no bodies or tags: placing notes needs only their anchors)."""
        rows = self.connection.execute(
            "SELECT id, section_id, quote, prefix, suffix, position FROM notes"
            " WHERE section_id = ? AND deleted = '' ORDER BY position, created LIMIT ? OFFSET ?",
            (section_id, limit, offset),
        )
        return [
            Anchor(note_id, section, quote or "", prefix or "", suffix or "", -1 if at is None else at)
            for note_id, section, quote, prefix, suffix, at in rows
        ]

    def listing(self, order: dict[str, int], query: str = "", deleted: bool = False, limit: int = 300):
        """The first ``limit`` notes in reading order (section, then place) with per-section counts.

        Only what is listed is read: without a query, counts come from one GROUP BY and each
        section is read in order until ``limit`` is met, through the index in list order. With
        a query, at most MATCH_CAP matches are looked at (a prefix index makes that a lookup):
        beyond that the listing says it is ``partial`` and the person types on to narrow it.
        """
        expression = self._match_expression(query) if query and not deleted else ""
        if query and not deleted:
            return self._matching(order, expression, limit) if expression else Listing([], {})
        where = "deleted != ''" if deleted else "deleted = ''"
        counts = self.counts_by_section(deleted)
        notes: list[Note] = []
        for section_id in sorted(counts, key=lambda section: (order.get(section, 1 << 30), section)):
            for placed in (
                "position >= 0 ORDER BY position, created, id",
                "position < 0 ORDER BY created, id",
            ):
                room = limit - len(notes)
                if room > 0:
                    rows = self.connection.execute(
                        f"SELECT * FROM notes WHERE section_id = ? AND {where} AND {placed} LIMIT ?",
                        (section_id, room),
                    )
                    notes += [self._note(row) for row in rows]
        return Listing(notes, counts)

    def _matching(self, order: dict[str, int], expression: str, limit: int):
        keys = self.connection.execute(
            "SELECT n.rowid, n.section_id, n.position, n.created, n.id, n.deleted FROM"
            " (SELECT rowid FROM notes_fts WHERE notes_fts MATCH ? LIMIT ?) AS f"
            " JOIN notes AS n ON n.rowid = f.rowid",
            (expression, MATCH_CAP + 1),
        ).fetchall()
        partial = len(keys) > MATCH_CAP
        keys = [key for key in keys[:MATCH_CAP] if not key[5]]
        keys.sort(key=lambda k: (order.get(k[1], 1 << 30), k[1], k[2] < 0, k[2], k[3], k[4]))
        counts: dict[str, int] = {}
        for key in keys:
            counts[key[1]] = counts.get(key[1], 0) + 1
        chosen = [key[0] for key in keys[:limit]]
        rows = self.connection.execute(
            "SELECT rowid, * FROM notes WHERE rowid IN (SELECT value FROM json_each(?))",
            (json.dumps(chosen),),
        )
        by_rowid = {row["rowid"]: self._note(row) for row in rows}
        return Listing([by_rowid[rowid] for rowid in chosen], counts, partial)

    def _match_expression(self, query: str) -> str:
        from desktop.core.notes.reading import match_expression

        return match_expression(query)

    def search_rows(self, query: str, limit: int = 50) -> list[sqlite3.Row]:
        """Live notes matching ``query``, best first, as rows with their snippet (``snip``)."""
        from desktop.core.notes.reading import search_rows

        return search_rows(self.connection, query, limit)

    def search(self, query: str, limit: int = 50) -> list[tuple[Note, str]]:
        """Live notes matching ``query`` (full text over bodies, quotes and tags), with a snippet."""
        return [(self._note(row), row["snip"]) for row in self.search_rows(query, limit)]

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
            id=note_id or new_id(),
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
        problem = limit_problem(note)
        if problem:
            raise NotesError(
                QT_TRANSLATE_NOOP("NotesStore", "the note was not saved: {problem}"), problem=problem
            )
        self._write([note])
        return note

    def _row(self, note: Note) -> dict[str, object]:
        return {
            "id": note.id, "section_id": note.section_id, "quote": note.quote, "prefix": note.prefix,
            "suffix": note.suffix, "position": note.position, "body": note.body,
            "tags": json.dumps(list(note.tags), ensure_ascii=False), "created": note.created,
            "updated": note.updated, "deleted": note.deleted, "imported": note.imported,
            "history": json.dumps(list(note.history[-MAX_HISTORY:])),
        }  # fmt: skip

    def _write(self, notes: list[Note], expected: tuple[str, str] | None = None) -> None:
        """Write ``notes`` in one transaction; ``expected`` is (id, updated) the stored note must have."""
        if self.read_only:
            raise NotesError(
                QT_TRANSLATE_NOOP("NotesStore", "saving is off: the notes file {path} is read-only"),
                path=self.path,
            )
        if self.is_replaced():
            raise NotesReplaced(
                QT_TRANSLATE_NOOP("NotesStore", "the notes file {path} was replaced since it was opened"),
                path=self.path,
            )
        try:
            with self.connection:
                self.connection.execute("BEGIN IMMEDIATE")
                if expected is not None:
                    current = self.get(expected[0])
                    if current is not None and current.updated != expected[1]:
                        raise NotesConflict(current)
                self.db["notes"].upsert_all([self._row(n) for n in notes], pk="id")
        except sqlite3.DatabaseError as error:
            raise NotesError(
                QT_TRANSLATE_NOOP("NotesStore", "the note could not be saved to {path} ({error})"),
                path=self.path,
                error=error,
            ) from None

    def update(
        self,
        note_id: str,
        body: str | None = None,
        tags: Iterable[str] | None = None,
        expected_updated: str | None = None,
    ) -> Note:
        """Change a note's text or tags; with ``expected_updated``, refuse (NotesConflict) if the
        stored note was saved since that stamp, so an older text never overwrites a newer one."""
        note = self.get(note_id)
        if note is None:
            raise NotesError(QT_TRANSLATE_NOOP("NotesStore", "there is no note {note_id}"), note_id=note_id)
        if expected_updated is not None and note.updated != expected_updated:
            raise NotesConflict(note)
        changed = note._replace(
            body=note.body if body is None else body,
            tags=note.tags if tags is None else clean_tags(tags),
        )
        if changed == note:
            return note
        # Only what this edit changes is checked: a note saved before there were limits can
        # still have its body edited without losing its (over-long) tags, or the other way round.
        problem = limit_problem(changed._replace(tags=())) if changed.body != note.body else ""
        problem = problem or (tags_problem(changed.tags) if changed.tags != note.tags else "")
        if problem:
            raise NotesError(
                QT_TRANSLATE_NOOP("NotesStore", "the note was not saved: {problem}"), problem=problem
            )
        history = (*note.history, note.updated)[-MAX_HISTORY:]
        changed = changed._replace(updated=later_than(note.updated), history=history)
        self._write([changed], None if expected_updated is None else (note_id, note.updated))
        return changed

    def add_copy(self, original: Note, body: str, tags: Iterable[str] = ()) -> Note:
        """A new note on the same passage as ``original`` with ``body``, tagged as a conflict copy."""
        return self.add(original.section_id, body, original.selector, (*clean_tags(tags), CONFLICT_TAG))

    def delete(self, note_id: str) -> Note:
        """Move a note to the trash (it can be restored)."""
        note = self.get(note_id)
        if note is None:
            raise NotesError(QT_TRANSLATE_NOOP("NotesStore", "there is no note {note_id}"), note_id=note_id)
        trashed = note._replace(deleted=now())
        self._write([trashed])
        return trashed

    def restore(self, note_id: str) -> Note:
        note = self.get(note_id)
        if note is None:
            raise NotesError(QT_TRANSLATE_NOOP("NotesStore", "there is no note {note_id}"), note_id=note_id)
        restored = note._replace(deleted="")
        self._write([restored])
        return restored

    def merge(self, incoming: list[Note]) -> MergeResult:
        """Import: new ids are added, later versions of a note replace it, the rest is unchanged.

        A version replaces the note here only when it was made from it (its history names the
        version here), or, for a file that carries no history, when the note was not changed
        here since it was last imported. Whenever both sides changed the note since the last
        version they shared, or that cannot be told, both texts are kept: the imported one as a
        conflict copy beside the local note. One transaction: every note lands or none does.
        """
        added = updated = conflicts = 0
        to_write = []
        for note in incoming:
            note = note._replace(imported=note.updated)
            current = self.get(note.id)
            if current is None:
                added += 1
                to_write.append(note)
                continue
            if note_content(current) == note_content(note):
                continue
            verdict = _compare(current, note)
            if verdict == "older":
                continue  # a version this note has had: what is here is it, or later
            if verdict == "later":
                updated += 1
                history = _joined_history(current, note)
                to_write.append(note._replace(history=history))
            elif not self._has_copy(note):
                conflicts += 1
                tags = (*note.tags, CONFLICT_TAG) if CONFLICT_TAG not in note.tags else note.tags
                to_write.append(note._replace(id=new_id(), tags=tags, history=()))
        if to_write:
            self._write(to_write)
        return MergeResult(added, updated, len(incoming) - added - updated - conflicts, conflicts)

    def _has_copy(self, note: Note) -> bool:
        row = self.connection.execute(
            "SELECT 1 FROM notes WHERE section_id = ? AND quote = ? AND body = ? LIMIT 1",
            (note.section_id, note.quote, note.body),
        ).fetchone()
        return row is not None


def _stamps(text: str | None) -> tuple[str, ...]:
    """A note's history as stored; most notes have none, and "[]" is not worth parsing."""
    return tuple(json.loads(text)) if text and text != "[]" else ()


def _compare(current: Note, incoming: Note) -> str:
    """Whether ``incoming`` is "older" than the note here (a version it has had), "later" (made
    from the version here), or in "conflict" (both changed since they last shared a version)."""
    if incoming.updated != current.updated and incoming.updated in current.history:
        return "older"
    if current.updated in incoming.history:
        return "later"
    if incoming.history:
        return "conflict"  # made from a version this side has moved on from, or never had
    # A file without history (an earlier Dossier, another tool): the local note counts as
    # unchanged only when it is the very version last imported.
    unchanged_here = bool(current.imported) and current.updated == current.imported
    if unchanged_here and incoming.updated > current.updated:
        return "later"
    if unchanged_here and incoming.updated < current.updated:
        return "older"
    return "conflict"


def _joined_history(current: Note, incoming: Note) -> tuple[str, ...]:
    stamps = {*current.history, current.updated, *incoming.history}
    stamps.discard(incoming.updated)
    return tuple(sorted(stamps))[-MAX_HISTORY:]


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
