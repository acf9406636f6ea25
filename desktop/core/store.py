"""The read path: the compiled content database through plain sqlite3.

Opened read-only; cheap to open (no build imports), so the window and the CLI
both start here.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from desktop.core.search import Searcher


@dataclass(frozen=True)
class SectionInfo:
    id: str
    title: str
    level: int
    order: int


@dataclass(frozen=True)
class ParagraphRow:
    rowid: int
    id: str
    section_id: str
    ordinal: int
    kind: str
    text: str


class ReportStore:
    """Read-only access to sections, paragraphs and metadata of the bundled report."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self.connection.row_factory = sqlite3.Row

    def close(self) -> None:
        self.connection.close()

    @cached_property
    def meta(self) -> dict[str, object]:
        rows = self.connection.execute("SELECT key, value FROM meta")
        return {row["key"]: json.loads(row["value"]) for row in rows}

    @cached_property
    def searcher(self) -> Searcher:
        return Searcher(self.connection, {section.id: section.title for section in self.sections})

    @cached_property
    def sections(self) -> list[SectionInfo]:
        rows = self.connection.execute("SELECT id, title, level, ord FROM sections ORDER BY ord")
        return [SectionInfo(r["id"], r["title"], r["level"], r["ord"]) for r in rows]

    @cached_property
    def _section_by_id(self) -> dict[str, SectionInfo]:
        return {section.id: section for section in self.sections}

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

    def document_html(self) -> str:
        """All sections in reading order, each wrapped so its id is an anchor."""
        rows = self.connection.execute("SELECT id, html FROM sections ORDER BY ord")
        return "\n".join(f'<div class="section" id="section-{r["id"]}">{r["html"]}</div>' for r in rows)

    def paragraphs(self, section_id: str | None = None) -> list[ParagraphRow]:
        query = "SELECT rowid, id, section_id, ordinal, kind, text FROM paragraphs"
        params: tuple[str, ...] = ()
        if section_id is not None:
            query += " WHERE section_id = ?"
            params = (section_id,)
        rows = self.connection.execute(query + " ORDER BY rowid", params)
        return [ParagraphRow(*row) for row in rows]

    def paragraph(self, paragraph_id: str) -> ParagraphRow | None:
        row = self.connection.execute(
            "SELECT rowid, id, section_id, ordinal, kind, text FROM paragraphs WHERE id = ?",
            (paragraph_id,),
        ).fetchone()
        return ParagraphRow(*row) if row else None
