"""Facts: short statements in our words, each backed by an exact quote from the report.

``content/facts/facts.toml`` holds them; the build checks every quote is verbatim in
one paragraph, every entity exists and every tag is known. Summary lines for an
entity (a layer's membership, whether it borders the map's focus country...) are derived
from the tagged facts (tags declared in ``map/map.toml``) and from the map's geometry,
never typed per entity.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from desktop.core.content.records import Field, Problems, checked_records
from desktop.core.map.settings import FactTag, MapSettings, read_map_settings

FIELDS = (
    Field("id", "id", True), Field("entities", "strs", True), Field("statement", "str", True),
    Field("quote", "str", True), Field("date", "str"), Field("tags", "strs"),
)  # fmt: skip
OFF_MAP_FIELDS = (Field("layer", "str", True), Field("iso3", "str", True), Field("name", "str", True),
                  Field("as_of", "str", True))  # fmt: skip
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_ISO3 = re.compile(r"^[A-Z]{3}$")
STATEMENT_MAX = 200


@dataclass
class Fact:
    id: str
    entities: list[str]
    statement: str
    quote: str
    date: str = ""
    tags: list[str] = field(default_factory=list)
    source: str = ""  # "file:line", for messages
    paragraph_id: str = ""
    section_id: str = ""

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "entities": list(self.entities),
            "statement": self.statement,
            "quote": self.quote,
            "section_id": self.section_id,
            "paragraph_id": self.paragraph_id,
            "date": self.date or None,
            "tags": list(self.tags),
        }


class OffMapMember(NamedTuple):
    """A member of a map layer that lies outside the map's frame (general knowledge, dated)."""

    layer: str
    iso3: str
    name: str
    as_of: str


def load_facts(path: Path, problems: Problems, known_tags: Iterable[str] = ()) -> list[Fact]:
    """``facts.toml``, each fact typed; a tag must be one of ``known_tags`` (the map's ``[[tag]]``s)."""
    known_tags = set(known_tags)
    toml, checked = checked_records(path, "fact", FIELDS, problems)
    facts = []
    for line, raw in checked:
        fact_id = str(raw["id"])
        date = str(raw.get("date", ""))
        if date and not _DATE.match(date):
            problems.add(
                toml.where, toml.key_line(line, "date"),
                f"fact {fact_id!r}: date {date!r} is not YYYY, YYYY-MM or YYYY-MM-DD",
            )  # fmt: skip
        tags = list(raw.get("tags", []))  # type: ignore[call-overload]
        for tag in tags:
            if tag not in known_tags:
                problems.add(
                    toml.where, toml.key_line(line, "tags"),
                    f"fact {fact_id!r} has unknown tag {tag!r} (tags are declared in map/map.toml)",
                )  # fmt: skip
        statement = " ".join(str(raw["statement"]).split())
        if len(statement) > STATEMENT_MAX:
            problems.add(
                toml.where, toml.key_line(line, "statement"),
                f"fact {fact_id!r}: statement is over {STATEMENT_MAX} characters",
            )  # fmt: skip
        facts.append(
            Fact(
                id=fact_id,
                entities=list(raw["entities"]),  # type: ignore[call-overload]
                statement=statement,
                quote=" ".join(str(raw["quote"]).split()),
                date=date,
                tags=[tag for tag in tags if tag in known_tags],
                source=f"{toml.where}:{toml.key_line(line, 'id')}",
            )
        )
    return facts


def load_off_map(
    path: Path, on_map: Iterable[str], problems: Problems, layer_ids: Iterable[str] = ()
) -> list[OffMapMember]:
    """``layers.toml``: the members of each layer (one of ``layer_ids``) that the map cannot show."""
    layer_ids = set(layer_ids)
    toml, checked = checked_records(path, "off_map", OFF_MAP_FIELDS, problems, "off-map member")
    shown = set(on_map)
    members = []
    for line, raw in checked:
        member = OffMapMember(*(str(raw[key]) for key in ("layer", "iso3", "name", "as_of")))
        if member.layer not in layer_ids:
            problems.add(toml.where, toml.key_line(line, "layer"), f"unknown layer {member.layer!r}")
        elif not _ISO3.match(member.iso3):
            problems.add(toml.where, toml.key_line(line, "iso3"), f"{member.iso3!r} is not an ISO3 code")
        elif member.iso3 in shown:
            problems.add(
                toml.where, toml.key_line(line, "iso3"),
                f"{member.iso3} is on the map: tag a fact about it instead",
            )  # fmt: skip
        else:
            members.append(member)
    return members


def validate_facts(
    facts: Sequence[Fact],
    paragraphs: Sequence[tuple[str, str, str]],
    entity_ids: Iterable[str],
    problems: Problems,
) -> None:
    """Check each fact against ``(paragraph id, section id, text)`` rows; fill in where it stands."""
    known = set(entity_ids)
    seen: dict[str, str] = {}
    for fact in facts:
        where, _, line = fact.source.rpartition(":")
        if fact.id in seen:
            problems.add(where, int(line), f"id {fact.id!r} already used at {seen[fact.id]}")
        seen.setdefault(fact.id, fact.source)
        for entity in fact.entities:
            if entity in known or entity in problems.dropped:
                continue
            if problems.readable("glossary/") and problems.readable("map/"):
                problems.add(where, int(line), f"fact {fact.id!r} names unknown entity {entity!r}")
        holder = next((row for row in paragraphs if fact.quote in row[2]), None)
        if holder is None:
            problems.add(
                where, int(line),
                f"quote of fact {fact.id!r} is not verbatim in the report: {fact.quote[:70]!r}",
            )  # fmt: skip
            continue
        fact.paragraph_id, fact.section_id = holder[0], holder[1]


def is_country(iso3: str) -> bool:
    """Whether a map shape's code names a country: ISO 3166's user-assigned codes do not
    (Natural Earth's Siachen Glacier is "XSG" here)."""
    return not (iso3.startswith(("X", "AA", "ZZ")) or "QM" <= iso3[:2] <= "QZ")


def tagged(fact: Fact, tag: FactTag, places: set[str] | frozenset[str]) -> list[str]:
    """The entities of ``fact`` that ``tag`` describes: its places, less the tag's exclusions."""
    if tag.id not in fact.tags:
        return []
    return [e for e in fact.entities if e in places and e not in tag.exclude]


def date_key(date: str) -> str:
    """Undated facts sort after dated ones."""
    return date or "9999"


def summary_lines(
    entity_id: str,
    facts: Sequence[Fact],
    iso3: str | None,
    neighbours: Mapping[str, Sequence[str]],
    country_names: Mapping[str, str],
    places: set[str] | frozenset[str],
    settings: MapSettings,
) -> list[str]:
    """What to say first about an entity: from tagged facts and the geometry (whether it
    borders the map's focus country, its neighbours, its tags in the map's order)."""
    lines: list[str] = []
    if iso3:
        around = neighbours.get(iso3, [])
        focus = settings.focus
        if focus and iso3 != focus:
            name = country_names.get(focus, focus)
            lines.append(f"Shares a border with {name}" if focus in around else f"No border with {name}")
        if around:
            named = ", ".join(sorted(country_names.get(code, code) for code in around))
            lines.append(f"Neighbours on this map: {named}")
    lines.extend(
        tag.summary for tag in settings.tags if any(entity_id in tagged(fact, tag, places) for fact in facts)
    )
    count = sum(1 for fact in facts if entity_id in fact.entities)
    lines.append(f"{count} fact{'s' if count != 1 else ''} from the report" if count else "No facts yet")
    return lines


def country_of_entity(
    countries: Iterable[tuple[str, str]], places: Iterable[tuple[str, str]]
) -> dict[str, str]:
    """Entity id -> ISO3: a country's own entity, and a place's the country it lies in.

    ``countries`` are ``(entity id, ISO3)`` pairs, ``places`` ``(entity id, ISO3 of its country)``.
    """
    mapping = dict(countries)
    for entity_id, iso3 in places:
        if entity_id and iso3:
            mapping.setdefault(entity_id, iso3)
    return mapping


def layer_members(
    facts: Sequence[Fact],
    neighbours: Mapping[str, Sequence[str]],
    country_of_entity: Mapping[str, str],
    places: set[str] | frozenset[str],
    settings: MapSettings,
) -> dict[str, set[str]]:
    """For each map layer, the ISO3 codes of the countries it marks: a country's neighbours,
    or the countries tagged facts name (a tagged place marks the country it lies in)."""
    members: dict[str, set[str]] = {layer.id: set() for layer in settings.layers}
    for layer in settings.layers:
        if layer.neighbours_of:
            members[layer.id] |= set(neighbours.get(layer.neighbours_of, []))
    for fact in facts:
        for tag in settings.tags:
            if not tag.layer:
                continue
            for entity in tagged(fact, tag, places):
                if entity in country_of_entity:
                    members[tag.layer].add(country_of_entity[entity])
    return members


class Layer(NamedTuple):
    """A map layer: the countries on the map it marks, and its members the map cannot show."""

    id: str
    name: str
    members: tuple[str, ...]  # ISO3 codes on the map
    off_map: tuple[OffMapMember, ...]

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "members": list(self.members),
            "off_map": [member.iso3 for member in self.off_map],
        }


def map_layers(connection: sqlite3.Connection) -> list[Layer]:
    """Every layer of the map as the build stored it (empty members without map content)."""
    names = read_map_settings(connection).layer_names
    members: dict[str, list[str]] = {layer: [] for layer in names}
    off_map: dict[str, list[OffMapMember]] = {layer: [] for layer in names}
    try:
        for layer, iso3 in connection.execute("SELECT layer, iso3 FROM map_layers ORDER BY layer, iso3"):
            members.setdefault(layer, []).append(iso3)
        rows = connection.execute("SELECT layer, iso3, name, as_of FROM map_layers_off_map ORDER BY rowid")
        for row in rows:
            off_map.setdefault(row[0], []).append(OffMapMember(*row))
    except sqlite3.OperationalError:  # a database built without map content
        pass
    return [
        Layer(layer, name, tuple(members.get(layer, ())), tuple(off_map.get(layer, ())))
        for layer, name in names.items()
    ]


def layers_json(connection: sqlite3.Connection) -> list[dict[str, object]]:
    """``dossier map --json``'s "layers": id, name, members on the map, ISO3s of those off it."""
    return [layer.as_json() for layer in map_layers(connection)]
