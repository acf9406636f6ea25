"""The map's part of the content database: country shapes, places, lines, facts and layers.

Shapes are projected and simplified here, once, so the window draws without a projection;
which countries each layer marks is derived here from the tagged facts and the geometry.
"""

from __future__ import annotations

import json
from array import array

from desktop.core.content.check import Content
from desktop.core.map.facts import country_of_entity, is_country, layer_members
from desktop.core.map.geometry import (
    LOD_TOLERANCE_KM,
    LambertConformalConic,
    label_point,
    neighbours,
    shared_border,
    simplify,
)
from desktop.core.sqlite_utils_lite import sqlite_utils

MAP_LODS = LOD_TOLERANCE_KM  # simplification tolerance per level of detail (geometry.py)


def _blob(points: list[tuple[float, float]], projection: LambertConformalConic) -> bytes:
    flat = array("f")
    for lon, lat in points:
        flat.extend(projection.forward(lon, lat))
    return flat.tobytes()


def write_atlas(db: sqlite_utils.Database, content: Content) -> None:
    """Countries, rings per level of detail, places, lines, and facts with their anchors."""
    if content.frame is None:
        return
    frame, shapes, config, entries = content.frame, content.shapes, content.map_config, content.entries
    by_id = {entry.id: entry for entry in entries}
    entity_of_country: dict[str, str] = dict(config.get("countries", {}))  # type: ignore[call-overload]
    settings = content.map_settings
    projection = settings.projection
    # Neighbours are countries: a disputed area drawn as its own shape (the Siachen Glacier) is not one.
    around = {
        code: [other for other in others if is_country(other)] for code, others in neighbours(shapes).items()
    }
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
    kinds: dict[str, str] = dict(config.get("kinds", {}))  # type: ignore[call-overload]
    place_rows = []
    for entry in entries:
        if entry.kind != "place" or entry.lat is None or entry.lon is None:
            continue
        if entry.id in entity_of_country.values() and entry.id not in kinds:
            continue  # a country: drawn as a shape, labelled at its label point
        if not (west <= entry.lon <= east and south <= entry.lat <= north):
            continue
        kind = kinds[entry.id]  # the checker made sure every place in the frame has one
        place_rows.append((entry.id, entry.term, kind, entry.lat, entry.lon, entry.country, entry.id, 0))
    for raw in config.get("place", []):  # type: ignore[attr-defined]
        place_rows.append(
            (str(raw["id"]), str(raw["name"]), str(raw["kind"]), float(raw["lat"]), float(raw["lon"]),
             str(raw.get("country", "")), "", 1)
        )  # fmt: skip
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
    for named in settings.lines:
        first, second = named.between
        if first not in shape_by_code or second not in shape_by_code:
            continue
        entity = named.entity if named.entity in by_id else ""
        for line in shared_border(shape_by_code[first], shape_by_code[second]):
            line_rows.append(
                {"id": named.id, "name": named.name, "entity_id": entity, "points": _blob(line, projection)}
            )
    db["map_lines"].create({"id": str, "name": str, "entity_id": str, "points": bytes})
    db["map_lines"].insert_all(line_rows)

    facts = content.facts
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
    members = layer_members(facts, around, entity_countries, places, settings)
    db["map_layers"].create({"layer": str, "iso3": str})
    db["map_layers"].insert_all(
        {"layer": layer, "iso3": iso3} for layer, codes in members.items() for iso3 in sorted(codes)
    )

    db["map_layers_off_map"].create({"layer": str, "iso3": str, "name": str, "as_of": str})
    db["map_layers_off_map"].insert_all(member._asdict() for member in content.off_map)
