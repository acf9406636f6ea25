"""Compile ``content/`` into the SQLite content database.

The content is read and checked first (``content_check``: nothing is written while any
problem is left); the report's paragraphs, footnotes and headings become rows of
``paragraphs`` and of the FTS5 index ``search``, the glossary its table and index, and the
map its tables (``build_atlas``).

This module is the only writer of the content database and the only user of
sqlite-utils and Python-Markdown; the app reads through ``store`` with plain
sqlite3 and never imports this on start-up unless the content changed.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from pathlib import Path

from desktop.core.content.build_map import write_atlas
from desktop.core.content.build_timeline import write_timeline
from desktop.core.content.check import checked_content
from desktop.core.content.corrections import Correction
from desktop.core.content.source import Paragraph, Section, load_report, split_report
from desktop.core.glossary.entries import AliasMatcher, Entry
from desktop.core.glossary.term_links import link_every_mention
from desktop.core.htmltext import html_to_text
from desktop.core.map.settings import META_KEY as MAP_SETTINGS_KEY
from desktop.core.markdown_render import render_markdown
from desktop.core.search.query import glossary_names
from desktop.core.search.words import search_words
from desktop.core.sqlite_utils_lite import sqlite_utils

__all__ = ["Section", "build_database", "load_report", "split_report"]

SCHEMA_VERSION = 1
# The tables are made before their rows: a report without a glossary still has them, empty, as
# the store, search and the glossary panel read them (sqlite-utils makes no table for no rows).
GLOSSARY_COLUMNS = {
    "rowid": int, "id": str, "term": str, "kind": str, "ord": int, "aliases": str, "aliases_text": str,
    "short": str, "body_md": str, "body_html": str, "general_html": str, "body_text": str,
    "related": str, "role": str, "quotes": str, "lat": float, "lon": float, "country": str,
}  # fmt: skip
MENTION_COLUMNS = {
    "entry_id": str, "paragraph_id": str, "section_id": str, "paragraph_order": int, "count": int,
}  # fmt: skip
FTS_TOKENIZE = "porter unicode61 remove_diacritics 2"
FTS_PREFIX = "2 3"


def _write_glossary(
    db: sqlite_utils.Database,
    entries: list[Entry],
    paragraphs: list[Paragraph],
    quote_places: dict[tuple[str, str], int],
    matcher: AliasMatcher,
    vocabulary: Counter[str],
) -> None:
    rows = []
    for order, entry in enumerate(entries):
        quotes = [
            {
                "text": quote,
                "paragraph_id": paragraphs[quote_places[(entry.id, quote)]].id,
                "section_id": paragraphs[quote_places[(entry.id, quote)]].section_id,
            }
            for quote in entry.report_quotes
        ]
        body_html = render_markdown(entry.body)
        general_html = render_markdown(entry.general) if entry.general else ""
        body_text = html_to_text(body_html + " " + general_html)
        rows.append(
            {
                "rowid": order + 1,
                "id": entry.id,
                "term": entry.term,
                "kind": entry.kind,
                "ord": order,
                "aliases": json.dumps(entry.aliases, ensure_ascii=False),
                "aliases_text": " ; ".join(entry.aliases),
                "short": entry.short,
                "body_md": entry.body,
                "body_html": body_html,
                "general_html": general_html,
                "body_text": body_text,
                "related": json.dumps(entry.related),
                "role": entry.role,
                "quotes": json.dumps(quotes, ensure_ascii=False),
                "lat": entry.lat,
                "lon": entry.lon,
                "country": entry.country,
            }
        )
        vocabulary.update(search_words(f"{entry.term} {' '.join(entry.aliases)} {entry.short} {body_text}"))
    db["glossary"].create(GLOSSARY_COLUMNS, pk="rowid")
    db["glossary"].insert_all(rows, pk="rowid")
    db["glossary"].create_index(["id"], unique=True)
    counts: Counter[tuple[str, int]] = Counter()
    for index, paragraph in enumerate(paragraphs):
        for _start, _end, entry_id in matcher.find(paragraph.text, nested=True):
            counts[(entry_id, index)] += 1
    db["mentions"].create(MENTION_COLUMNS)
    db["mentions"].insert_all(
        (
            {
                "entry_id": entry_id,
                "paragraph_id": paragraphs[index].id,
                "section_id": paragraphs[index].section_id,
                "paragraph_order": index,
                "count": count,
            }
            for (entry_id, index), count in sorted(counts.items())
        ),
    )
    db["mentions"].create_index(["entry_id", "paragraph_order"])


def _write_corrections(db: sqlite_utils.Database, corrections: list[Correction]) -> None:
    columns = {"id": str, "ord": int, "section_id": str, "paragraph": int, "paragraph_id": str}
    columns |= {"quote": str, "note": str, "source": str, "section_title": str}
    db["corrections"].create(columns, pk="id")
    rows = []
    for order, correction in enumerate(corrections):
        row = correction._asdict()
        row["paragraph_id"] = row.pop("anchor") or correction.paragraph_id  # a footnote's is "fn:N"
        rows.append({**row, "ord": order})
    db["corrections"].insert_all(rows)


def build_database(content: Path, target: Path, content_hash: str = "") -> None:
    """Compile ``content`` into a fresh SQLite database at ``target`` (overwritten)."""
    loaded = checked_content(content)
    meta, sections, entries = loaded.meta, loaded.sections, loaded.entries
    paragraphs = loaded.paragraphs
    matcher = AliasMatcher(entries)

    target.unlink(missing_ok=True)
    connection = sqlite3.connect(target)
    db = sqlite_utils.Database(connection)
    meta_rows = [{"key": key, "value": json.dumps(value)} for key, value in meta.items()]
    meta_rows.append({"key": "schema_version", "value": json.dumps(SCHEMA_VERSION)})
    meta_rows.append({"key": "content_hash", "value": json.dumps(content_hash)})
    meta_rows.append({"key": MAP_SETTINGS_KEY, "value": json.dumps(loaded.map_settings.to_json())})
    db["meta"].insert_all(meta_rows, pk="key")
    db["sections"].insert_all(
        (
            {
                "id": s.id,
                "title": s.title,
                "level": s.level,
                "ord": s.order,
                "html": link_every_mention(s.html, matcher),
                "text": s.text,
            }
            for s in sections
        ),
        pk="id",
    )
    paragraph_rows = []
    vocabulary: Counter[str] = Counter()
    for section in sections:
        for paragraph in section.paragraphs:
            paragraph_rows.append(
                {
                    "rowid": len(paragraph_rows) + 1,
                    "id": paragraph.id,
                    "section_id": paragraph.section_id,
                    "ordinal": paragraph.ordinal,
                    "kind": paragraph.kind,
                    "text": paragraph.text,
                }
            )
            vocabulary.update(search_words(paragraph.text))
    db["paragraphs"].insert_all(paragraph_rows, pk="rowid")
    db["paragraphs"].create_index(["id"], unique=True)
    db["paragraphs"].create_index(["section_id", "ordinal"])
    _write_glossary(db, entries, paragraphs, loaded.quote_places, matcher, vocabulary)
    _write_corrections(db, loaded.corrections)
    write_atlas(db, loaded)
    write_timeline(db, loaded.timeline)
    db["vocab"].insert_all(({"word": word, "count": count} for word, count in vocabulary.items()), pk="word")
    db.execute(
        "CREATE VIRTUAL TABLE search USING fts5("
        f"title, body, tokenize='{FTS_TOKENIZE}', prefix='{FTS_PREFIX}')"
    )
    db.execute(
        "INSERT INTO search(rowid, title, body) "
        "SELECT rowid, CASE kind WHEN 'heading' THEN text ELSE '' END, "
        "CASE kind WHEN 'heading' THEN '' ELSE text END FROM paragraphs"
    )
    db.execute("INSERT INTO search(search) VALUES ('optimize')")
    db.execute(
        "CREATE VIRTUAL TABLE glossary_search USING fts5("
        f"term, aliases, short, body, tokenize='{FTS_TOKENIZE}', prefix='{FTS_PREFIX}')"
    )
    db.execute(
        "INSERT INTO glossary_search(rowid, term, aliases, short, body) "
        "SELECT rowid, term, aliases_text, short, body_text FROM glossary"
    )
    db["glossary_names"].insert_all(
        ({"key": key, "entry": rowid} for key, rowid in glossary_names(connection)),
        columns={"key": str, "entry": int},
    )
    connection.commit()
    connection.execute("VACUUM")
    connection.close()
