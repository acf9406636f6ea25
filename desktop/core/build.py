"""Compile ``content/`` into the SQLite content database.

The report's Markdown is rendered once as a whole (so footnotes keep their
numbers), split into sections at each heading, and every footnote is hung at
the end of the section that cites it. Paragraphs, footnotes and headings become
rows of ``paragraphs`` and of the FTS5 index ``search``.

This module is the only writer of the content database and the only user of
sqlite-utils and Python-Markdown; the app reads through ``store`` with plain
sqlite3 and never imports this on start-up unless the content changed.
"""

from __future__ import annotations

import json
import re
import sqlite3
import tomllib
from array import array
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from desktop.core.errors import ContentError
from desktop.core.facts import country_of_entity, layer_members, load_facts, validate_facts
from desktop.core.geometry import (
    LOD_TOLERANCE_KM,
    LambertConformalConic,
    label_point,
    load_shapes,
    neighbours,
    shared_border,
    simplify,
)
from desktop.core.glossary import AliasMatcher, Entry, link_mentions, load_entries, validate_entries
from desktop.core.htmltext import html_to_text
from desktop.core.markdown_render import render_markdown
from desktop.core.words import search_words

SCHEMA_VERSION = 1
# An entry named in more paragraphs than this is linked once per section, not per paragraph.
COMMON_ENTRY_PARAGRAPHS = 12
FTS_TOKENIZE = "porter unicode61 remove_diacritics 2"
FTS_PREFIX = "2 3"

_HEADING = re.compile(r"<h([1-6])(?: [^>]*)?>(.*?)</h\1>", re.S)
_HEADING_ID = re.compile(r'\bid="([^"]+)"')
_FOOTNOTE_ITEM = re.compile(r'<li id="fn:([^"]+)">\s*(.*?)\s*</li>', re.S)
_FOOTNOTE_REF = re.compile(r'href="#fn:([^"]+)"')
_PARAGRAPH = re.compile(r"<p( [^>]*)?>(.*?)</p>", re.S)
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*$")
_SECTION_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


@dataclass(frozen=True)
class Paragraph:
    id: str
    section_id: str
    ordinal: int
    kind: str  # "heading", "para" or "footnote"
    text: str


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    level: int
    order: int
    html: str
    text: str
    paragraphs: tuple[Paragraph, ...]


def _relative(path: Path, root: Path) -> str:
    try:
        return str(path.relative_to(root.parent))
    except ValueError:
        return str(path)


def _check_markdown_headings(source: str, where: str) -> None:
    """Every heading needs an explicit, well-formed ``{#id}``, unique in the file."""
    seen: dict[str, int] = {}
    in_fence = False
    for number, line in enumerate(source.splitlines(), start=1):
        if line.startswith("```"):
            in_fence = not in_fence
        match = None if in_fence else _MD_HEADING.match(line)
        if not match:
            continue
        id_match = re.search(r"\{:?\s*#([^\s}]+)\s*\}$", match.group(2))
        if not id_match:
            raise ContentError(f"{where}:{number}: heading {match.group(2)!r} has no {{#id}}")
        section_id = id_match.group(1)
        if not _SECTION_ID.match(section_id):
            raise ContentError(
                f"{where}:{number}: section id {section_id!r} must be lowercase letters, digits and hyphens"
            )
        if section_id in seen:
            raise ContentError(
                f"{where}:{number}: section id {section_id!r} already used on line {seen[section_id]}"
            )
        seen[section_id] = number


def _footnote_paragraph(number: str, inner: str) -> str:
    inner = inner.strip()
    if inner.startswith("<p>") and inner.endswith("</p>"):
        inner = inner[3:-4]
    return f'<p class="footnote" id="fn:{number}"><sup>{number}</sup>&#160;{inner}</p>'


def _number_paragraph(match: re.Match[str], paragraphs: list[Paragraph]) -> str:
    """Give a rendered paragraph its anchor id and record its plain text."""
    section_id = paragraphs[0].section_id
    ordinal = len(paragraphs)
    paragraph_id = f"{section_id}.p{ordinal}"
    paragraphs.append(Paragraph(paragraph_id, section_id, ordinal, "para", html_to_text(match.group(2))))
    return f'<p id="{paragraph_id}"{match.group(1) or ""}>{match.group(2)}</p>'


def split_report(html: str, where: str = "report.md") -> list[Section]:
    """Cut rendered report HTML into sections with their own footnotes and paragraphs."""
    body, _, notes_html = html.partition('<div class="footnote">')
    footnotes = {number: inner for number, inner in _FOOTNOTE_ITEM.findall(notes_html)}
    chunks = re.split(r"(?m)^(?=<h[1-6][ >])", body)
    preamble = ""
    if chunks and not _HEADING.match(chunks[0].lstrip()):
        preamble = chunks.pop(0)
    if not chunks:
        raise ContentError(f"{where}: the report has no headings")

    sections: list[Section] = []
    cited: set[str] = set()
    for order, chunk in enumerate(chunks):
        heading = _HEADING.match(chunk.lstrip())
        assert heading is not None
        id_match = _HEADING_ID.search(chunk.lstrip()[: heading.end()])
        if not id_match:
            raise ContentError(f"{where}: heading {html_to_text(heading.group(2))!r} has no {{#id}}")
        section_id = id_match.group(1)
        if order == 0:
            chunk = preamble + chunk
        refs = list(dict.fromkeys(_FOOTNOTE_REF.findall(chunk)))
        missing = [number for number in refs if number not in footnotes]
        missing += re.findall(r"\[\^([^\]\s]+)\]", chunk)  # Markdown leaves undefined ones as text
        if missing:
            raise ContentError(f"{where}: footnote [^{missing[0]}] is cited but never defined")
        cited.update(refs)
        notes = "".join(_footnote_paragraph(number, footnotes[number]) for number in refs)

        paragraphs = [Paragraph(f"{section_id}.h", section_id, 0, "heading", html_to_text(heading.group(2)))]

        chunk = _PARAGRAPH.sub(lambda m, found=paragraphs: _number_paragraph(m, found), chunk.strip())
        for number in refs:
            ordinal = len(paragraphs)
            paragraphs.append(
                Paragraph(
                    f"fn:{number}",
                    section_id,
                    ordinal,
                    "footnote",
                    html_to_text(_footnote_paragraph(number, footnotes[number])),
                )
            )
        section_html = chunk + (f'<div class="footnotes">{notes}</div>' if notes else "")
        sections.append(
            Section(
                id=section_id,
                title=paragraphs[0].text,
                level=int(heading.group(1)),
                order=order,
                html=section_html,
                text="\n\n".join(p.text for p in paragraphs[1:]),
                paragraphs=tuple(paragraphs),
            )
        )
    unused = sorted(set(footnotes) - cited)
    if unused:
        raise ContentError(f"{where}: footnote [^{unused[0]}] is defined but never cited")
    return sections


def load_meta(path: Path, root: Path) -> dict[str, object]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ContentError(f"{_relative(path, root)}: missing") from None
    except tomllib.TOMLDecodeError as error:
        raise ContentError(f"{_relative(path, root)}: {error}") from None


def load_report(content: Path) -> list[Section]:
    path = content / "report" / "report.md"
    where = _relative(path, content)
    try:
        source = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ContentError(f"{where}: missing") from None
    except UnicodeDecodeError as error:
        raise ContentError(f"{where}: not UTF-8 text ({error.reason} at byte {error.start})") from None
    _check_markdown_headings(source, where)
    return split_report(render_markdown(source), where)


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
                "quotes": json.dumps(quotes, ensure_ascii=False),
                "lat": entry.lat,
                "lon": entry.lon,
                "country": entry.country,
            }
        )
        vocabulary.update(search_words(f"{entry.term} {' '.join(entry.aliases)} {entry.short} {body_text}"))
    db["glossary"].insert_all(rows, pk="rowid", columns={"lat": float, "lon": float})
    db["glossary"].create_index(["id"], unique=True)
    counts: Counter[tuple[str, int]] = Counter()
    for index, paragraph in enumerate(paragraphs):
        for _start, _end, entry_id in matcher.find(paragraph.text, nested=True):
            counts[(entry_id, index)] += 1
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
        columns={
            "entry_id": str,
            "paragraph_id": str,
            "section_id": str,
            "paragraph_order": int,
            "count": int,
        },
    )
    db["mentions"].create_index(["entry_id", "paragraph_order"])


MAP_LODS = LOD_TOLERANCE_KM  # simplification tolerance per level of detail (geometry.py)
MAP_KINDS = ("capital", "city", "base", "crossing", "tunnel", "dam", "range", "region")


def _blob(points: list[tuple[float, float]], projection: LambertConformalConic) -> bytes:
    flat = array("f")
    for lon, lat in points:
        flat.extend(projection.forward(lon, lat))
    return flat.tobytes()


def _write_atlas(
    db: sqlite_utils.Database, content: Path, entries: list[Entry], paragraphs: list[Paragraph]
) -> None:
    """Countries, rings per level of detail, places, lines, and facts with their anchors."""
    map_dir = content / "map"
    if not (map_dir / "countries.json").exists():
        return
    frame, shapes = load_shapes(map_dir / "countries.json")
    where = "map/places.toml"
    try:
        config = tomllib.loads((map_dir / "places.toml").read_text(encoding="utf-8"))
    except FileNotFoundError:
        config = {}
    except tomllib.TOMLDecodeError as error:
        raise ContentError(f"{where}: {error}") from None
    by_id = {entry.id: entry for entry in entries}
    entity_of_country: dict[str, str] = dict(config.get("countries", {}))
    for iso3, entity in entity_of_country.items():
        if entity not in by_id:
            raise ContentError(f"{where}: country {iso3} points to unknown glossary entry {entity!r}")
    projection = LambertConformalConic()
    around = neighbours(shapes)
    shape_by_code = {shape.iso3: shape for shape in shapes}
    country_rows, ring_rows = [], []
    for shape in shapes:
        label = label_point(shape, frame)
        label_x, label_y = projection.forward(*label)
        outline = [projection.forward(lon, lat) for ring in shape.outer for lon, lat in ring]
        country_rows.append(
            {
                "iso3": shape.iso3,
                "name": shape.name,
                "entity_id": entity_of_country.get(shape.iso3, shape.iso3),
                "neighbours": json.dumps(around[shape.iso3]),
                "label_lon": label[0],
                "label_lat": label[1],
                "label_x": label_x,  # projected here, like the places, so the window needs no projection
                "label_y": label_y,
                # The projected bounding box: the map frames its first view without building shapes.
                "min_x": min(x for x, _ in outline),
                "min_y": min(y for _, y in outline),
                "max_x": max(x for x, _ in outline),
                "max_y": max(y for _, y in outline),
            }
        )
        for lod, tolerance in enumerate(MAP_LODS):
            for hole, rings in ((0, shape.outer), (1, shape.holes)):
                for ring in rings:
                    projected = [projection.forward(lon, lat) for lon, lat in ring]
                    kept = simplify(projected, tolerance) if tolerance else projected
                    if len(kept) < 3:
                        continue
                    flat = array("f", (value for point in kept for value in point))
                    ring_rows.append({"iso3": shape.iso3, "lod": lod, "hole": hole, "points": flat.tobytes()})
    db["countries"].insert_all(country_rows, pk="iso3")
    db["country_rings"].insert_all(ring_rows)
    db["country_rings"].create_index(["lod", "iso3"])

    west, south, east, north = frame
    kinds: dict[str, str] = dict(config.get("kinds", {}))
    place_rows = []
    for entry in entries:
        if entry.kind != "place" or entry.lat is None or entry.lon is None:
            continue
        if entry.id in entity_of_country.values() and entry.id not in kinds:
            continue  # a country: drawn as a shape, labelled at its label point
        if not (west <= entry.lon <= east and south <= entry.lat <= north):
            continue
        kind = kinds.get(entry.id)
        if kind not in MAP_KINDS:
            raise ContentError(f"{where}: glossary place {entry.id!r} is in the frame but has no map kind")
        place_rows.append((entry.id, entry.term, kind, entry.lat, entry.lon, entry.country, entry.id, 0))
    for raw in config.get("place", []):
        try:
            place_rows.append(
                (
                    str(raw["id"]),
                    str(raw["name"]),
                    str(raw["kind"]),
                    float(raw["lat"]),
                    float(raw["lon"]),
                    str(raw.get("country", "")),
                    "",
                    1,
                )
            )
        except (KeyError, ValueError) as error:
            raise ContentError(f"{where}: place {raw.get('id', '?')!r}: {error}") from None
    db["map_places"].insert_all(
        (
            {
                "id": pid,
                "name": name,
                "kind": kind,
                "lat": lat,
                "lon": lon,
                "country": country,
                "entity_id": entity,
                "general": general,
                "x": projection.forward(lon, lat)[0],
                "y": projection.forward(lon, lat)[1],
            }
            for pid, name, kind, lat, lon, country, entity, general in place_rows
        ),
        pk="id",
    )
    line_rows = []
    if "AFG" in shape_by_code and "PAK" in shape_by_code and "durand-line" in by_id:
        for line in shared_border(shape_by_code["AFG"], shape_by_code["PAK"]):
            line_rows.append(
                {
                    "id": "durand-line",
                    "name": "Durand Line",
                    "entity_id": "durand-line",
                    "points": _blob(line, projection),
                }
            )
    db["map_lines"].create({"id": str, "name": str, "entity_id": str, "points": bytes})
    db["map_lines"].insert_all(line_rows)

    facts = load_facts(content / "facts" / "facts.toml")
    entity_ids = set(by_id) | {shape.iso3 for shape in shapes}
    validate_facts(facts, [(p.id, p.section_id, p.text) for p in paragraphs], entity_ids)
    fact_columns = {"id": str, "ord": int, "statement": str, "quote": str, "paragraph_id": str}
    fact_columns |= {"section_id": str, "date": str, "tags": str, "entities": str}
    db["facts"].create(fact_columns, pk="id")
    db["facts"].insert_all(
        {
            "id": f.id,
            "ord": order,
            "statement": f.statement,
            "quote": f.quote,
            "paragraph_id": f.paragraph_id,
            "section_id": f.section_id,
            "date": f.date,
            "tags": json.dumps(f.tags),
            "entities": json.dumps(f.entities),
        }
        for order, f in enumerate(facts)
    )
    db["fact_entities"].create({"fact_id": str, "entity_id": str})
    db["fact_entities"].insert_all({"fact_id": f.id, "entity_id": e} for f in facts for e in f.entities)
    db["fact_entities"].create_index(["entity_id"])

    # Which countries each map layer marks, derived here so the window need not read every
    # fact and glossary entry before its first paint.
    entity_countries = country_of_entity(
        ((entity_of_country.get(shape.iso3, shape.iso3), shape.iso3) for shape in shapes),
        ((entity, country) for _pid, _name, _kind, _lat, _lon, country, entity, _general in place_rows),
    )
    places = frozenset({entry.id for entry in entries if entry.kind == "place"} | set(shape_by_code))
    members = layer_members(facts, around, entity_countries, places)
    db["map_layers"].create({"layer": str, "iso3": str})
    db["map_layers"].insert_all(
        {"layer": layer, "iso3": iso3} for layer, codes in members.items() for iso3 in sorted(codes)
    )


def build_database(content: Path, target: Path, content_hash: str = "") -> None:
    """Compile ``content`` into a fresh SQLite database at ``target`` (overwritten)."""
    meta = load_meta(content / "report" / "meta.toml", content)
    sections = load_report(content)
    paragraphs = [paragraph for section in sections for paragraph in section.paragraphs]
    glossary_dir = content / "glossary"
    entries = load_entries(glossary_dir) if glossary_dir.is_dir() else []
    quote_places = validate_entries(entries, [p.text for p in paragraphs])
    matcher = AliasMatcher(entries)
    spread = Counter(entry_id for p in paragraphs for entry_id in {m[2] for m in matcher.find(p.text)})
    common = frozenset(entry_id for entry_id, count in spread.items() if count > COMMON_ENTRY_PARAGRAPHS)

    target.unlink(missing_ok=True)
    connection = sqlite3.connect(target)
    db = sqlite_utils.Database(connection)
    meta_rows = [{"key": key, "value": json.dumps(value)} for key, value in meta.items()]
    meta_rows.append({"key": "schema_version", "value": json.dumps(SCHEMA_VERSION)})
    meta_rows.append({"key": "content_hash", "value": json.dumps(content_hash)})
    db["meta"].insert_all(meta_rows, pk="key")
    db["sections"].insert_all(
        (
            {
                "id": s.id,
                "title": s.title,
                "level": s.level,
                "ord": s.order,
                "html": link_mentions(s.html, matcher, common),
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
    _write_glossary(db, entries, paragraphs, quote_places, matcher, vocabulary)
    _write_atlas(db, content, entries, paragraphs)
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
    connection.commit()
    connection.execute("VACUUM")
    connection.close()
