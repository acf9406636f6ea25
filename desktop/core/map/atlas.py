"""The map and its facts, read from the content database.

Entities are glossary entries (countries, places, organisations, people...) plus the
map's countries that have no glossary entry, known by their ISO3 code.
"""

from __future__ import annotations

import json
import sqlite3
from array import array
from functools import cached_property
from typing import NamedTuple, Protocol

from desktop.core.map.facts import Fact, country_of_entity, date_key, layer_members, summary_lines
from desktop.core.map.geometry import LOD_TOLERANCE_KM, frame_of
from desktop.core.map.settings import MapSettings, read_map_settings


class Report(Protocol):
    """What the atlas reads of its report (a ``ReportStore``, which makes the atlas: importing
    it here, even for type checking, would be a cycle)."""

    connection: sqlite3.Connection

    @property
    def meta(self) -> dict[str, object]: ...

    @property
    def glossary(self) -> list: ...

    def glossary_entry(self, entry_id: str): ...


class Country(NamedTuple):
    iso3: str
    name: str
    entity_id: str
    neighbours: tuple[str, ...]
    label_lon: float
    label_lat: float
    label_x: float  # the label point projected (km, y north), as the build stored it
    label_y: float
    bounds: tuple[float, float, float, float]  # projected min x, min y, max x, max y


class Place(NamedTuple):
    id: str
    name: str
    kind: str
    lat: float
    lon: float
    country: str
    entity_id: str
    general: bool
    x: float
    y: float


class Entity(NamedTuple):
    id: str
    name: str
    kind: str
    summary: tuple[str, ...]

    def as_json(self) -> dict[str, object]:
        return {"id": self.id, "name": self.name, "kind": self.kind, "summary": list(self.summary)}


class Atlas:
    """Countries, places, lines and facts of one report, drawn as its ``map.toml`` says."""

    def __init__(self, store: Report) -> None:
        self.store = store
        self.connection: sqlite3.Connection = store.connection

    @cached_property
    def settings(self) -> MapSettings:
        """The edition's map: focus, home, projection, layers, tags and lines."""
        return read_map_settings(self.connection)

    def _rows(self, sql: str, params: tuple[object, ...] = ()) -> list[sqlite3.Row]:
        try:
            return self.connection.execute(sql, params).fetchall()
        except sqlite3.OperationalError:  # a database built without map content
            return []

    @cached_property
    def countries(self) -> list[Country]:
        rows = self._rows(
            "SELECT iso3, name, entity_id, neighbours, label_lon, label_lat, label_x, label_y,"
            " min_x, min_y, max_x, max_y FROM countries ORDER BY iso3"
        )
        return [
            Country(
                r["iso3"],
                r["name"],
                r["entity_id"],
                tuple(json.loads(r["neighbours"])),
                r["label_lon"],
                r["label_lat"],
                r["label_x"],
                r["label_y"],
                (r["min_x"], r["min_y"], r["max_x"], r["max_y"]),
            )
            for r in rows
        ]

    @cached_property
    def country_by_code(self) -> dict[str, Country]:
        return {country.iso3: country for country in self.countries}

    @cached_property
    def country_of_entity(self) -> dict[str, str]:
        """Entity id -> ISO3 for countries, and for places the country they lie in."""
        return country_of_entity(
            ((country.entity_id, country.iso3) for country in self.countries),
            ((place.entity_id, place.country) for place in self.places),
        )

    def rings(self, lod: int) -> list[tuple[str, bool, array]]:
        """``(iso3, is_hole, [x0, y0, x1, y1, ...])`` in projected km, y up."""
        result = []
        for row in self._rows(
            "SELECT iso3, hole, points FROM country_rings WHERE lod = ? ORDER BY rowid", (lod,)
        ):
            points = array("f")
            points.frombytes(row["points"])
            result.append((row["iso3"], bool(row["hole"]), points))
        return result

    @cached_property
    def frame(self) -> tuple[float, ...]:
        """``(west, south, east, north)`` in degrees: the frame the build cut the shapes to."""
        points = [
            (ring[i], ring[i + 1])
            for _iso3, _hole, ring in self.rings(len(LOD_TOLERANCE_KM) - 1)
            for i in range(0, len(ring) - 1, 2)
        ]
        return frame_of(points, self.settings.projection) if points else (0.0, 0.0, 0.0, 0.0)

    @cached_property
    def places(self) -> list[Place]:
        rows = self._rows(
            "SELECT id, name, kind, lat, lon, country, entity_id, general, x, y"
            " FROM map_places ORDER BY rowid"
        )
        return [
            Place(
                r["id"],
                r["name"],
                r["kind"],
                r["lat"],
                r["lon"],
                r["country"] or "",
                r["entity_id"] or "",
                bool(r["general"]),
                r["x"],
                r["y"],
            )
            for r in rows
        ]

    def lines(self) -> list[tuple[str, str, str, array]]:
        """``(id, name, entity id, [x0, y0, ...])`` of the named lines (``map.toml``'s ``[[line]]``)."""
        result = []
        for row in self._rows("SELECT id, name, entity_id, points FROM map_lines ORDER BY rowid"):
            points = array("f")
            points.frombytes(row["points"])
            result.append((row["id"], row["name"], row["entity_id"], points))
        return result

    @cached_property
    def neighbours(self) -> dict[str, tuple[str, ...]]:
        return {country.iso3: country.neighbours for country in self.countries}

    # -- facts -------------------------------------------------------------------------------------
    @cached_property
    def facts(self) -> list[Fact]:
        rows = self._rows(
            "SELECT id, statement, quote, paragraph_id, section_id, date, tags, entities"
            " FROM facts ORDER BY ord"
        )
        return [
            Fact(
                id=r["id"],
                entities=json.loads(r["entities"]),
                statement=r["statement"],
                quote=r["quote"],
                date=r["date"] or "",
                tags=json.loads(r["tags"]),
                paragraph_id=r["paragraph_id"],
                section_id=r["section_id"],
            )
            for r in rows
        ]

    @cached_property
    def fact_count(self) -> int:
        rows = self._rows("SELECT COUNT(*) FROM facts")
        return int(rows[0][0]) if rows else 0

    def facts_for(self, entity_id: str) -> list[Fact]:
        """The facts about an entity, dated ones first in date order, then the rest in content order."""
        facts = [fact for fact in self.facts if entity_id in fact.entities]
        return sorted(facts, key=lambda fact: date_key(fact.date))

    @cached_property
    def _places_for_tags(self) -> frozenset[str]:
        places = {entry.id for entry in self.store.glossary if entry.kind == "place"}
        return frozenset(places | {country.iso3 for country in self.countries})

    @cached_property
    def layers(self) -> dict[str, set[str]]:
        """Layer id -> ISO3 codes it marks (``layer_names`` names them), as the build derived them."""
        members: dict[str, set[str]] = {layer: set() for layer in self.settings.layer_names}
        for row in self._rows("SELECT layer, iso3 FROM map_layers"):
            members.setdefault(row["layer"], set()).add(row["iso3"])
        return members

    def derive_layers(self) -> dict[str, set[str]]:
        """The same membership worked out again from the facts (what the build's table must equal)."""
        return layer_members(
            self.facts, self.neighbours, self.country_of_entity, self._places_for_tags, self.settings
        )

    def layer_names(self) -> dict[str, str]:
        return self.settings.layer_names

    # -- entities ----------------------------------------------------------------------------------
    def entity(self, entity_id: str) -> Entity | None:
        entry = self.store.glossary_entry(entity_id)
        country = self.country_by_code.get(entity_id)
        iso3 = None
        if entry is not None:
            name, kind = entry.term, entry.kind
            iso3 = next((c.iso3 for c in self.countries if c.entity_id == entity_id), None)
            if iso3 and kind == "place":
                kind = "country"
        elif country is not None:
            name, kind, iso3 = country.name, "country", country.iso3
        else:
            return None
        names = {c.iso3: c.name for c in self.countries}
        summary = summary_lines(
            entity_id, self.facts, iso3, self.neighbours, names, self._places_for_tags, self.settings
        )
        if entry is None and iso3:
            summary.insert(0, "Not named in the report")
        return Entity(entity_id, name, kind, tuple(summary))

    @cached_property
    def _lookup_keys(self):
        triples = [(e.id, e.term, e.aliases) for e in self.store.glossary]
        triples += [(c.iso3, c.name, (c.iso3,)) for c in self.countries if c.entity_id == c.iso3]
        from desktop.core.glossary.entries import build_lookup  # not needed for the first paint

        return build_lookup(triples)

    def resolve(self, text: str) -> str | None:
        """An entity id for a name, id or ISO3 code (typos forgiven), or None."""
        code = text.strip().upper()
        if code in self.country_by_code:
            return self.country_by_code[code].entity_id
        if self.store.glossary_entry(text.strip()) is not None:
            return text.strip()
        from desktop.core.glossary.entries import find_entries

        found = find_entries(text, self._lookup_keys, 1)
        return found[0][0] if found and found[0][1] >= 30 else None

    def nearest_names(self, text: str, limit: int = 3) -> list[str]:
        names = []
        from desktop.core.glossary.entries import nearest_entries

        for entity_id in nearest_entries(text, self._lookup_keys, limit):
            entity = self.entity(entity_id)
            names.append(entity.name if entity else entity_id)
        return names

    def entities_in_section(self, section_id: str) -> set[str]:
        """ISO3 codes of the countries the section names, or names a place in."""
        rows = self._rows("SELECT DISTINCT entry_id FROM mentions WHERE section_id = ?", (section_id,))
        return {self.country_of_entity[row[0]] for row in rows if row[0] in self.country_of_entity}
