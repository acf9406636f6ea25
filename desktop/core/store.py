"""The read path: the compiled content database through plain sqlite3.

Opened read-only; cheap to open (no build imports, nor ``typing`` or ``pathlib``), so the
window and the CLI both start here. Records are ``collections.namedtuple``s (a subclass
only where they have methods): a ``typing.NamedTuple`` would import ``typing`` into every
``dossier search``, and each subclass costs a class more at start-up.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections import namedtuple
from functools import cached_property

import desktop  # the modules named in annotations below load where they are used

# What a path may hold unquoted in a URI (RFC 3986's unreserved characters, and "/").
_URI_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/")


def sqlite_uri(path: str | os.PathLike[str], mode: str = "ro") -> str:
    """A SQLite URI for ``path``, quoted: ``#``, ``?``, ``%`` and a leading ``//`` stay part of the path.

    What ``Path(path).absolute().as_uri()`` gives, without ``pathlib`` and ``urllib``.
    """
    if os.name == "nt":  # drive letters and UNC names: pathlib knows them
        from pathlib import Path

        return f"{Path(path).absolute().as_uri()}?mode={mode}"
    name = os.fsencode(path)
    if not name.startswith(b"/"):
        name = os.path.join(os.getcwdb(), name)
    quoted = "".join(chr(byte) if byte in _URI_SAFE else f"%{byte:02X}" for byte in name)
    return f"file://{quoted}?mode={mode}"


SectionInfo = namedtuple("SectionInfo", "id title level order", module=__name__)
SectionInfo.__doc__ = "A section of the report: its id, title, heading level and place in reading order."

ParagraphRow = namedtuple("ParagraphRow", "rowid id section_id ordinal kind text", module=__name__)
ParagraphRow.__doc__ = "A paragraph (or heading, ``kind``) of a section, with its row in the search index."


class ReportStore:
    """Read-only access to sections, paragraphs and metadata of one report."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = os.fspath(path)  # the database's file
        self.connection = sqlite3.connect(sqlite_uri(path), uri=True, check_same_thread=False)
        self.connection.row_factory = sqlite3.Row

    def close(self) -> None:
        self.connection.close()

    @cached_property
    def meta(self) -> dict[str, object]:
        rows = self.connection.execute("SELECT key, value FROM meta")
        return {row["key"]: json.loads(row["value"]) for row in rows}

    @cached_property
    def report_id(self) -> str:
        """The report's id in the library (``meta.toml``'s ``id``, else its title as a slug)."""
        from desktop.core.report_id import slug

        return str(self.meta.get("id", "")) or slug(str(self.meta.get("title", "")))

    @cached_property
    def searcher(self) -> desktop.core.search.query.Searcher:
        from desktop.core.search.query import Searcher

        return Searcher(self.connection, self.section_titles)

    @cached_property
    def meaning(self) -> desktop.core.search.meaning.MeaningIndex:
        """Search by meaning over this report (the model loads on its first query)."""
        from desktop.core.search.meaning import MeaningIndex

        return MeaningIndex(self.connection, self.path)

    @cached_property
    def atlas(self):
        from desktop.core.map.atlas import Atlas

        return Atlas(self)

    @cached_property
    def sections(self) -> list[SectionInfo]:
        rows = self.connection.execute("SELECT id, title, level, ord FROM sections ORDER BY ord")
        return [SectionInfo(r["id"], r["title"], r["level"], r["ord"]) for r in rows]

    @cached_property
    def _section_by_id(self) -> dict[str, SectionInfo]:
        return {section.id: section for section in self.sections}

    @cached_property
    def section_titles(self) -> dict[str, str]:
        """Section id -> title, the one table every listing of sections reads."""
        return {section.id: section.title for section in self.sections}

    @cached_property
    def section_order(self) -> dict[str, int]:
        """Section id -> its place in reading order."""
        return {section.id: section.order for section in self.sections}

    def section(self, section_id: str) -> SectionInfo | None:
        return self._section_by_id.get(section_id)

    def section_text(self, section_id: str) -> str:
        row = self.connection.execute("SELECT text FROM sections WHERE id = ?", (section_id,)).fetchone()
        return row["text"] if row else ""

    def section_html(self, section_id: str) -> str:
        row = self.connection.execute("SELECT html FROM sections WHERE id = ?", (section_id,)).fetchone()
        return row["html"] if row else ""

    def sections_with_text(self) -> list[dict[str, object]]:
        rows = self.connection.execute("SELECT id, title, level, text FROM sections ORDER BY ord")
        return [dict(row) for row in rows]

    def document_html(self, first: str = "", after: int = 0) -> str:
        """All sections in reading order, each wrapped so its id is an anchor; with ``first``,
        only that section and as many of the next ones as make ``after`` characters of HTML (a
        screenful below wherever in ``first`` the reader is)."""
        rows = self.connection.execute("SELECT id, html FROM sections ORDER BY ord")
        if first:
            rows = _part(rows, first, after)
        return "\n".join(f'<div class="section" id="section-{r["id"]}">{r["html"]}</div>' for r in rows)

    def paragraphs(self, section_id: str | None = None) -> list[ParagraphRow]:
        query = "SELECT rowid, id, section_id, ordinal, kind, text FROM paragraphs"
        params: tuple[str, ...] = ()
        if section_id is not None:
            query += " WHERE section_id = ?"
            params = (section_id,)
        rows = self.connection.execute(query + " ORDER BY rowid", params)
        return [ParagraphRow(*row) for row in rows]

    # -- glossary and index ------------------------------------------------------------------
    @cached_property
    def glossary(self) -> list[GlossaryEntry]:
        """Every glossary entry in content order (CSTO, C5+1 and ISIS-K first)."""
        try:
            rows = self.connection.execute(
                "SELECT id, term, kind, aliases, short, body_md, body_html, general_html, related, quotes,"
                " lat, lon, country, role FROM glossary ORDER BY ord"
            ).fetchall()
        except sqlite3.OperationalError:  # a database built without a glossary
            return []
        return [
            GlossaryEntry(
                r["id"],
                r["term"],
                r["kind"],
                tuple(json.loads(r["aliases"])),
                r["short"],
                r["body_md"],
                r["body_html"],
                r["general_html"],
                tuple(json.loads(r["related"])),
                tuple(json.loads(r["quotes"])),
                r["lat"],
                r["lon"],
                r["country"] or "",
                r["role"] or "",
            )
            for r in rows
        ]

    @cached_property
    def _glossary_by_id(self) -> dict[str, GlossaryEntry]:
        return {entry.id: entry for entry in self.glossary}

    def glossary_entry(self, entry_id: str) -> GlossaryEntry | None:
        return self._glossary_by_id.get(entry_id)

    @cached_property
    def _lookup_keys(self) -> list[desktop.core.glossary.entries.LookupKey]:
        from desktop.core.glossary.entries import build_lookup

        return build_lookup((e.id, e.term, e.aliases) for e in self.glossary)

    def find_glossary(self, query: str, limit: int = 10) -> list[tuple[GlossaryEntry, float]]:
        """Entries for a typed name: exact term, then alias, then prefix, then typos."""
        from desktop.core.glossary.entries import find_entries

        return [
            (self._glossary_by_id[i], score) for i, score in find_entries(query, self._lookup_keys, limit)
        ]

    def nearest_glossary(self, query: str, limit: int = 3) -> list[GlossaryEntry]:
        from desktop.core.glossary.entries import nearest_entries

        return [self._glossary_by_id[i] for i in nearest_entries(query, self._lookup_keys, limit)]

    def mentions(self, entry_id: str) -> list[Mention]:
        """Every paragraph that mentions the entry, in reading order."""
        try:
            rows = self.connection.execute(
                "SELECT section_id, paragraph_id, count FROM mentions WHERE entry_id = ?"
                " ORDER BY paragraph_order",
                (entry_id,),
            )
        except sqlite3.OperationalError:
            return []
        return [Mention(*row) for row in rows]

    def mention_totals(self) -> dict[str, int]:
        """How often the report names each glossary entry."""
        try:
            rows = self.connection.execute("SELECT entry_id, SUM(count) FROM mentions GROUP BY entry_id")
        except sqlite3.OperationalError:
            return {}
        return {entry_id: int(total) for entry_id, total in rows}

    def mentions_by_section(self, entry_id: str) -> list[tuple[str, int, str]]:
        """``(section id, mentions, first paragraph id)`` per section, in reading order."""
        grouped: dict[str, list[object]] = {}
        for mention in self.mentions(entry_id):
            slot = grouped.setdefault(mention.section_id, [0, mention.paragraph_id])
            slot[0] = int(slot[0]) + mention.count  # type: ignore[call-overload]
        return [(section, int(count), str(first)) for section, (count, first) in grouped.items()]

    def paragraph(self, paragraph_id: str) -> ParagraphRow | None:
        row = self.connection.execute(
            "SELECT rowid, id, section_id, ordinal, kind, text FROM paragraphs WHERE id = ?",
            (paragraph_id,),
        ).fetchone()
        return ParagraphRow(*row) if row else None


_GLOSSARY_FIELDS = (
    "id term kind aliases short body body_html general_html related quotes lat lon country"
    " role"  # a person's office, dated; "" for every other kind
)


class GlossaryEntry(namedtuple("GlossaryEntry", _GLOSSARY_FIELDS, defaults=("",), module=__name__)):
    """A glossary entry: ``aliases``, ``related`` and ``quotes`` are tuples (a quote a dict of
    str), ``lat``/``lon`` floats or None, every other field a str."""

    __slots__ = ()

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "term": self.term,
            "kind": self.kind,
            "role": self.role,
            "aliases": list(self.aliases),
            "short": self.short,
            "body": self.body,
            "body_html": self.body_html,
            "general": self.general_html,
            "related": list(self.related),
            "quotes": list(self.quotes),
        }


Mention = namedtuple("Mention", "section_id paragraph_id count", module=__name__)
Mention.__doc__ = "A paragraph that names a glossary entry, and how many times."


def _part(rows, first: str, after: int) -> list:
    """The row whose id is ``first``, then the next rows until their HTML holds ``after`` characters."""
    part: list = []
    size = 0
    for row in rows:
        if part:
            if size >= after:
                break
            size += len(row["html"])
            part.append(row)
        elif row["id"] == first:
            part.append(row)
    return part
