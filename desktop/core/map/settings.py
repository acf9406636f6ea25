"""The map of one edition, as its content folder declares it (``content/map/map.toml``).

What the map is about (its focus country and home view), how it is projected, its layers
with their colours in both themes, the tags facts may carry and the special lines it draws
(a shared border with a name of its own) belong to the report, not to the app: a second
report is a second folder with its own ``map.toml``, and nothing in ``desktop/`` names a
country, a layer or a tag. The build checks the file (``FILE:LINE`` problems) and stores it
as JSON in the content database; the window and the CLI read it back from there.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Collection, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path

from desktop.core.content.records import Field, Problems, check_fields, read_toml, records
from desktop.core.map.geometry import CountryShape, LambertConformalConic, shared_border
from desktop.core.map.style import MAP_COLOURS, colour_difference

MAP_FILE = "map/map.toml"
META_KEY = "map_settings"  # its key in the content database's meta table
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
_ISO3 = re.compile(r"^[A-Z]{3}$")
_FILE_STEM = re.compile(r"^[^./\\\x00-\x1f][^/\\\x00-\x1f]{0,79}$")

TOP_FIELDS = (
    Field("title", "str"), Field("focus", "str"), Field("home", "strs"), Field("wide_home", "strs"),
    Field("export_name", "str"), Field("projection", "table"), Field("layer", "list"),
    Field("tag", "list"), Field("line", "list"),
)  # fmt: skip
LAYER_FIELDS = (
    Field("id", "id", True), Field("name", "str", True), Field("light", "str", True),
    Field("dark", "str", True), Field("neighbours_of", "str"),
)  # fmt: skip
TAG_FIELDS = (Field("id", "id", True), Field("summary", "str", True), Field("layer", "str"),
              Field("exclude", "strs"))  # fmt: skip
LINE_FIELDS = (Field("id", "id", True), Field("name", "str", True), Field("between", "strs", True),
               Field("entity", "str"))  # fmt: skip


@dataclass(frozen=True)
class MapLayer:
    """Countries marked in one colour: those tagged facts place in it, or a country's neighbours."""

    id: str
    name: str
    light: str
    dark: str
    neighbours_of: str = ""  # an ISO3: the layer marks that country's neighbours


@dataclass(frozen=True)
class FactTag:
    """A tag a fact may carry: the summary line it gives the places it names, and its layer."""

    id: str
    summary: str
    layer: str = ""
    exclude: tuple[str, ...] = ()  # entities the tag never describes (a country has no "presence" in itself)


@dataclass(frozen=True)
class MapLine:
    """A line drawn on the map: the common border of two countries, named (and linked to an entity)."""

    id: str
    name: str
    between: tuple[str, str]
    entity: str = ""


@dataclass(frozen=True)
class MapSettings:
    """Everything report-specific about the map; the defaults draw a plain map with no layers."""

    title: str = "Map"
    focus: str = ""  # the ISO3 the map is about: drawn in the focus colour, labelled first
    home: tuple[str, ...] = ()  # the first view frames these countries
    wide_home: tuple[str, ...] = ()  # and, in a wide view, the nearest edge of these
    export_name: str = "map"  # the stem of exported PNG/SVG file names
    centre: tuple[float, float] = (0.0, 0.0)  # the projection's (lon, lat) origin
    # Its standard parallels; never two mirrored about the equator (a cone of no angle: no map).
    parallels: tuple[float, float] = (30.0, 60.0)
    layers: tuple[MapLayer, ...] = ()
    tags: tuple[FactTag, ...] = ()
    lines: tuple[MapLine, ...] = ()
    projected: bool = False  # whether map.toml chose the projection (else it is fitted to the frame)
    _projection: list[LambertConformalConic] = field(default_factory=list, compare=False, repr=False)

    @property
    def projection(self) -> LambertConformalConic:
        """The projection, made once per settings object."""
        if not self._projection:
            lon0, lat0 = self.centre
            self._projection.append(LambertConformalConic(lon0, lat0, *self.parallels))
        return self._projection[0]

    @property
    def layer_names(self) -> dict[str, str]:
        return {layer.id: layer.name for layer in self.layers}

    @property
    def tag_by_id(self) -> dict[str, FactTag]:
        return {tag.id: tag for tag in self.tags}

    def layer_colours(self, theme: str) -> dict[str, str]:
        return {layer.id: layer.dark if theme == "dark" else layer.light for layer in self.layers}

    def to_json(self) -> str:
        data = asdict(self)
        data.pop("_projection")
        return json.dumps(data, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> MapSettings:
        data = json.loads(text)
        return cls(
            title=data["title"],
            focus=data["focus"],
            home=tuple(data["home"]),
            wide_home=tuple(data["wide_home"]),
            export_name=data["export_name"],
            centre=tuple(data["centre"]),
            parallels=tuple(data["parallels"]),
            projected=data.get("projected", True),
            layers=tuple(MapLayer(**layer) for layer in data["layers"]),
            tags=tuple(FactTag(**{**tag, "exclude": tuple(tag["exclude"])}) for tag in data["tags"]),
            lines=tuple(MapLine(**{**line, "between": tuple(line["between"])}) for line in data["lines"]),
        )


def load_map_settings(
    content: Path,
    problems: Problems,
    shapes: Mapping[str, CountryShape] | None = None,
    entities: Collection[str] | None = None,
) -> MapSettings:
    """``map/map.toml`` read and checked; the defaults (and a problem) where it is wrong.

    With the map's ``shapes`` (by ISO3) and the glossary's ``entities``, each named line is
    checked too: its countries share a border and its entity is an entry (the build would
    otherwise drop either without a word).
    """
    path = content / "map" / "map.toml"
    if not path.exists():
        return MapSettings()
    toml = read_toml(path, MAP_FILE, problems)
    if toml is None:
        return MapSettings()
    data = toml.data
    check_fields(data, TOP_FIELDS, "map.toml", toml, 1, problems)
    line_of = toml.key_line

    def pair(table: dict[str, object], key: str, default: tuple[float, float]) -> tuple[float, float]:
        value = table.get(key, default)
        if (
            isinstance(value, list | tuple)
            and len(value) == 2
            and all(isinstance(v, int | float) and not isinstance(v, bool) for v in value)
        ):
            return (float(value[0]), float(value[1]))
        problems.add(MAP_FILE, _table_line(toml, "projection"), f"projection.{key} must be two numbers")
        return default

    projection = data.get("projection", {})
    projection = projection if isinstance(projection, dict) else {}
    centre = pair(projection, "centre", MapSettings.centre)
    parallels = pair(projection, "parallels", MapSettings.parallels)
    if not (-180 <= centre[0] <= 180 and -90 <= centre[1] <= 90):
        problems.add(
            MAP_FILE, _table_line(toml, "projection"), "projection.centre is not a (lon, lat) on Earth"
        )
    if any(abs(p) >= 90 for p in parallels) or parallels[0] in (parallels[1], -parallels[1]):
        problems.add(MAP_FILE, _table_line(toml, "projection"), "projection.parallels: two latitudes")
        parallels = MapSettings.parallels

    layers: list[MapLayer] = []
    for start, raw in records(toml, "layer", problems):
        if not check_fields(raw, LAYER_FIELDS, "layer", toml, start, problems):
            continue
        layer = MapLayer(**{key: str(raw[key]) for key in raw})  # type: ignore[arg-type]
        for key in ("light", "dark"):
            colour = getattr(layer, key)
            if not _COLOUR.match(colour):
                problems.add(MAP_FILE, line_of(start, key), f"layer {layer.id!r}: {key} is not #rrggbb")
            elif colour_difference(colour, MAP_COLOURS[key]["water"]) < 20:
                problems.add(MAP_FILE, line_of(start, key), f"layer {layer.id!r}: {key} reads as water")
        if layer.neighbours_of and not _ISO3.match(layer.neighbours_of):
            problems.add(MAP_FILE, line_of(start, "neighbours_of"), "neighbours_of is not an ISO3 code")
        if layer.id in {known.id for known in layers}:
            problems.add(MAP_FILE, start, f"layer {layer.id!r} is declared twice")
            continue
        layers.append(layer)
    layer_ids = {layer.id for layer in layers}

    tags: list[FactTag] = []
    for start, raw in records(toml, "tag", problems):
        if not check_fields(raw, TAG_FIELDS, "tag", toml, start, problems):
            continue
        tag = FactTag(
            str(raw["id"]), str(raw["summary"]), str(raw.get("layer", "")), tuple(raw.get("exclude", ()))
        )
        if tag.layer and tag.layer not in layer_ids:
            problems.add(MAP_FILE, line_of(start, "layer"), f"tag {tag.id!r}: unknown layer {tag.layer!r}")
        if tag.id in {known.id for known in tags}:
            problems.add(MAP_FILE, start, f"tag {tag.id!r} is declared twice")
            continue
        tags.append(tag)

    lines: list[MapLine] = []
    for start, raw in records(toml, "line", problems):
        if not check_fields(raw, LINE_FIELDS, "line", toml, start, problems):
            continue
        between = tuple(raw["between"])  # type: ignore[arg-type]
        if len(between) != 2 or not all(_ISO3.match(code) for code in between):
            problems.add(MAP_FILE, line_of(start, "between"), "between must be two ISO3 codes")
            continue
        line = MapLine(str(raw["id"]), str(raw["name"]), between, str(raw.get("entity", "")))  # type: ignore[arg-type]
        if line.id in {known.id for known in lines}:
            problems.add(MAP_FILE, start, f"line {line.id!r} is declared twice")
            continue
        if shapes is not None:
            _check_line(line, start, line_of, shapes, entities, problems)
        lines.append(line)

    codes = [str(data.get("focus", ""))] if data.get("focus") else []
    for key in ("home", "wide_home"):
        codes += [str(code) for code in data.get(key, []) if isinstance(code, str)]
    for code in codes:
        if not _ISO3.match(code):
            problems.add(MAP_FILE, 1, f"{code!r} is not an ISO3 code")
    export_name = data.get("export_name", MapSettings.export_name)
    if isinstance(export_name, str) and not _FILE_STEM.match(export_name):
        # It names the file the map's Export offers: never a folder, a hidden file or nothing.
        problems.add(
            MAP_FILE, line_of(1, "export_name"), "export_name must be a plain file name (no / or \\)"
        )
    return MapSettings(
        title=str(data.get("title", MapSettings.title)),
        focus=str(data.get("focus", "")),
        home=tuple(str(c) for c in data.get("home", [])),  # type: ignore[union-attr]
        wide_home=tuple(str(c) for c in data.get("wide_home", [])),  # type: ignore[union-attr]
        export_name=str(data.get("export_name", MapSettings.export_name)),
        centre=centre,
        parallels=parallels,
        projected="projection" in data,
        layers=tuple(layers),
        tags=tuple(tags),
        lines=tuple(lines),
    )


def _check_line(
    line: MapLine,
    start: int,
    line_of,
    shapes: Mapping[str, CountryShape],
    entities: Collection[str] | None,
    problems: Problems,
) -> None:
    first, second = line.between
    if (
        first in shapes
        and second in shapes
        and (first == second or not shared_border(shapes[first], shapes[second]))
    ):
        problems.add(
            MAP_FILE, line_of(start, "between"), f"line {line.id!r}: {first} and {second} share no border"
        )
    if line.entity and entities is not None and line.entity not in entities:
        problems.add(
            MAP_FILE, line_of(start, "entity"), f"line {line.id!r}: unknown glossary entry {line.entity!r}"
        )


def fitted_to(settings: MapSettings, frame: tuple[float, float, float, float]) -> MapSettings:
    """``settings`` with a projection fitted to ``frame`` (west, south, east, north) when
    ``map.toml`` chose none: centred on it, standard parallels a sixth in from its edges."""
    if settings.projected:
        return settings
    from dataclasses import replace

    west, south, east, north = frame
    span = north - south
    first, second = south + span / 6, north - span / 6
    if first == -second or first == second:  # a frame centred on the equator: a conic needs a tilt
        first, second = first + 1.0, second + 2.0
    return replace(settings, centre=((west + east) / 2, (south + north) / 2), parallels=(first, second))


def check_map_codes(settings: MapSettings, codes: set[str], problems: Problems) -> None:
    """Every country the settings name is one of the map's shapes."""
    named = [settings.focus, *settings.home, *settings.wide_home]
    named += [layer.neighbours_of for layer in settings.layers]
    named += [code for line in settings.lines for code in line.between]
    for code in dict.fromkeys(c for c in named if c):
        if code not in codes:
            problems.add(MAP_FILE, 1, f"{code} is not a country of the map (map/countries.json)")


def _table_line(toml, table: str) -> int:
    for number, line in enumerate(toml.source.splitlines(), 1):
        if line.strip() == f"[{table}]":
            return number
    return 1


def read_map_settings(connection: sqlite3.Connection) -> MapSettings:
    """The settings the build stored; the defaults for a database built without map content."""
    try:
        row = connection.execute("SELECT value FROM meta WHERE key = ?", (META_KEY,)).fetchone()
    except sqlite3.OperationalError:
        row = None
    if row is None:
        return MapSettings()
    return MapSettings.from_json(json.loads(row[0]))
