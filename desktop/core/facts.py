"""Facts: short statements in our words, each backed by an exact quote from the report.

``content/facts/facts.toml`` holds them; the build checks every quote is verbatim in
one paragraph, every entity exists and every tag is known. Summary lines for an
entity (CSTO member, Russian forces present, borders Afghanistan...) are derived from
the tagged facts and from the map's geometry, never typed per entity.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.errors import ContentError
from desktop.core.records import check_record, read_toml

# tag -> the summary line it gives an entity, and the map layer that shows it (if any)
TAGS: dict[str, tuple[str, str]] = {
    "csto-member": ("CSTO member", "csto"),
    "csto-former-member": ("Twice joined and left the CSTO", ""),
    "c5-member": ("C5+1 member", "c5"),
    "russian-military": ("Russian military presence", "russian-military"),
    "us-military-past": ("US military presence after 2001, since ended", ""),
    "border-crossing": ("Border crossing", ""),
    "taliban-stance": ("Stance on the Taliban stated in the report", ""),
}
# A tag describes the places a fact is about, except these (Russia has no "Russian presence").
TAG_EXCLUDES: dict[str, frozenset[str]] = {"russian-military": frozenset({"russia", "moscow"})}
LAYERS: dict[str, str] = {
    "csto": "CSTO members",
    "c5": "C5+1 members",
    "borders-afghanistan": "Borders Afghanistan",
    "russian-military": "Russian military presence",
}
REQUIRED = ("id", "entities", "statement", "quote")
OPTIONAL = ("date", "tags")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
STATEMENT_MAX = 200


@dataclass
class Fact:
    id: str
    entities: list[str]
    statement: str
    quote: str
    date: str = ""
    tags: list[str] = field(default_factory=list)
    source: str = ""
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


def load_facts(path: Path) -> list[Fact]:
    where = f"{path.parent.name}/{path.name}"
    if not path.exists():
        return []
    _source, data = read_toml(path, where)
    facts = []
    for raw in data.get("fact", []):
        fact_id, at = check_record(raw, "fact", REQUIRED, OPTIONAL, where, _source)
        date = str(raw.get("date", ""))
        if date and not _DATE.match(date):
            raise ContentError(f"{at}: fact {fact_id!r}: date {date!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        tags = [str(t) for t in raw.get("tags", [])]
        bad_tags = [t for t in tags if t not in TAGS]
        if bad_tags:
            raise ContentError(f"{at}: fact {fact_id!r} has unknown tag {bad_tags[0]!r}")
        statement = " ".join(str(raw["statement"]).split())
        if len(statement) > STATEMENT_MAX:
            raise ContentError(f"{at}: fact {fact_id!r}: statement is over {STATEMENT_MAX} characters")
        facts.append(
            Fact(
                id=fact_id,
                entities=[str(e) for e in raw["entities"]],
                statement=statement,
                quote=" ".join(str(raw["quote"]).split()),
                date=date,
                tags=tags,
                source=at,
            )
        )
    return facts


def validate_facts(
    facts: Sequence[Fact], paragraphs: Sequence[tuple[str, str, str]], entity_ids: Iterable[str]
) -> None:
    """Check each fact against ``(paragraph id, section id, text)`` rows; fill in where it stands."""
    known = set(entity_ids)
    seen: dict[str, str] = {}
    for fact in facts:
        if fact.id in seen:
            raise ContentError(f"{fact.source}: id {fact.id!r} already used at {seen[fact.id]}")
        seen[fact.id] = fact.source
        unknown = [e for e in fact.entities if e not in known]
        if unknown:
            raise ContentError(f"{fact.source}: fact {fact.id!r} names unknown entity {unknown[0]!r}")
        holder = next((row for row in paragraphs if fact.quote in row[2]), None)
        if holder is None:
            raise ContentError(
                f"{fact.source}: quote of fact {fact.id!r} is not verbatim in the report: {fact.quote[:70]!r}"
            )
        fact.paragraph_id, fact.section_id = holder[0], holder[1]


def tagged(fact: Fact, tag: str, places: set[str] | frozenset[str]) -> list[str]:
    """The entities of ``fact`` that ``tag`` describes: its places, less the tag's exclusions."""
    if tag not in fact.tags:
        return []
    excluded = TAG_EXCLUDES.get(tag, frozenset())
    return [e for e in fact.entities if e in places and e not in excluded]


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
) -> list[str]:
    """What to say first about an entity: from tagged facts and the geometry."""
    lines: list[str] = []
    if iso3:
        around = neighbours.get(iso3, [])
        if iso3 != "AFG":
            lines.append(
                "Shares a border with Afghanistan" if "AFG" in around else "No border with Afghanistan"
            )
        if around:
            named = ", ".join(sorted(country_names.get(code, code) for code in around))
            lines.append(f"Neighbours on this map: {named}")
    tags = {tag for fact in facts for tag in fact.tags if entity_id in tagged(fact, tag, places)}
    lines.extend(TAGS[tag][0] for tag in TAGS if tag in tags)
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
) -> dict[str, set[str]]:
    """For each map layer, the ISO3 codes of the countries it marks.

    A tagged place marks the country it lies in (the 201st base marks Tajikistan).
    """
    members: dict[str, set[str]] = {layer: set() for layer in LAYERS}
    members["borders-afghanistan"] = set(neighbours.get("AFG", []))
    for fact in facts:
        for tag in fact.tags:
            layer = TAGS[tag][1]
            if not layer:
                continue
            for entity in tagged(fact, tag, places):
                if entity in country_of_entity:
                    members[layer].add(country_of_entity[entity])
    return members
