"""Searching the notes: the query, and a read-only way in for a command that only reads.

``NotesStore.search`` and the notes a search shows (``note_hits``) read through here. A
command that only searches (``dossier search``) opens the notes file with ``plain_notes``
when nothing about it needs care: a regular file of the current schema, holding notes, in a
folder that can be written, with no restore half done and no file set aside
(``looks_sound``). Anything else is for ``safety.open_notes_safely``, which finishes a
restore, migrates, moves a damaged file aside, and says what it did. So a plain search loads
neither the notes store nor its safety net (with ``pathlib`` and ``typing``, a fifth of its
start).
"""

from __future__ import annotations

import os
import sqlite3

import desktop  # the notes store, named in annotations: loaded by whoever opened it
from desktop.core.notes import NOTES_FILE, SCHEMA_VERSION, looks_sound
from desktop.core.search.query import Hit, Term, parse_query
from desktop.core.search.snippets import as_html, as_markdown
from desktop.core.search.words import search_words
from desktop.core.store import sqlite_uri

_SEARCH = (
    "SELECT notes.*, snippet(notes_fts, -1, char(2), char(3), '…', 20) AS snip"
    " FROM notes_fts JOIN notes ON notes.rowid = notes_fts.rowid"
    " WHERE notes_fts MATCH ? AND notes.deleted = '' ORDER BY rank LIMIT ?"
)


def match_expression(query: str) -> str:
    """The FTS5 expression of a filter; a ``#word`` matches tags only, never body or quote."""
    parts = []
    tags, rest = _split_tags(query)
    for term, column in [*((t, "tags : ") for t in tags), *((t, "") for t in parse_query(rest))]:
        phrase = '"' + " ".join(term.words).replace('"', '""') + '"'
        parts.append(column + phrase + ("*" if term.prefix else ""))
    return " AND ".join(parts)


def _split_tags(query: str) -> tuple[list[Term], str]:
    """The ``#tag`` terms of a filter (the last one a prefix while it is being typed), and the rest."""
    tags, rest = [], []
    chunks = query.split()
    for place, chunk in enumerate(chunks):
        if not chunk.startswith("#"):
            rest.append(chunk)
            continue
        words = tuple(search_words(chunk))
        if words:
            typing = place == len(chunks) - 1 and not query[-1].isspace()
            tags.append(Term(words, prefix=typing))
    return tags, " ".join(rest) + (" " if query[-1:].isspace() else "")


def search_rows(connection: sqlite3.Connection, query: str, limit: int) -> list[sqlite3.Row]:
    """Live notes matching ``query`` (full text over bodies, quotes and tags), best first: each a
    row of the notes table with its snippet (``snip``)."""
    expression = match_expression(query)
    if not expression:
        return []
    return connection.execute(_SEARCH, (expression, limit)).fetchall()


class NotesReader:
    """A notes file opened read-only, for a search (``plain_notes``)."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def search_rows(self, query: str, limit: int = 50) -> list[sqlite3.Row]:
        return search_rows(self.connection, query, limit)

    def close(self) -> None:
        self.connection.close()


def plain_notes(folder: str | os.PathLike[str]) -> NotesReader | None:
    """The notes in ``folder`` opened read-only, or None if anything about them needs the care
    of ``safety.open_notes_safely`` (or there is no notes file)."""
    path = os.path.join(folder, NOTES_FILE)
    # None, or a pipe or a folder in its place; a restore half done, a file set aside, a folder
    # said to be read-only (each time) or another schema by the header: the safety net's.
    if not os.path.isfile(path) or not looks_sound(folder):
        return None
    try:
        # Read and write, though it only reads: the last connection to close a notes file in WAL
        # mode removes its -wal and -shm files, which a read-only one cannot (they stayed).
        connection = sqlite3.connect(sqlite_uri(path, "rw"), uri=True, isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        connection.row_factory = sqlite3.Row
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        # Whether there is one, not how many: counting reads every note of a large file.
        live = connection.execute("SELECT EXISTS (SELECT 1 FROM notes WHERE deleted = '')").fetchone()[0]
    except sqlite3.Error:  # damaged, or not the notes: the safety net looks at it
        connection.close()
        return None
    if version != SCHEMA_VERSION or not live:  # to migrate; or empty, with perhaps one set aside to name
        connection.close()
        return None
    return NotesReader(connection)


def note_hits(
    notes: desktop.core.notes.store.NotesStore | NotesReader,
    query: str,
    titles: dict[str, str],
    limit: int = 20,
) -> list[Hit]:
    """Notes matching a search, as search hits of kind "note"."""
    hits = []
    for rank, row in enumerate(notes.search_rows(query, limit)):
        snippet = row["snip"]
        hits.append(
            Hit(
                kind="note",
                id=row["id"],
                section_id=row["section_id"],
                section_title=titles.get(row["section_id"], row["section_id"]),
                snippet=as_markdown(snippet),
                snippet_html=as_html(snippet),
                score=round(1.0 / (rank + 1), 4),
            )
        )
    return hits
