"""The strict content checker: every file of ``content/`` read, typed and cross-checked at once.

``dossier check-content`` prints what ``load_content`` finds, one ``FILE:LINE: message`` per
problem; the build calls ``checked_content`` and refuses to write a database while any
problem is left. Checked: every record's keys are known and typed; no text field holds a
line of TOML or unbalanced Markdown; every quote is verbatim in one paragraph (an editor's
note's in the paragraph it names); every id is unique and every reference (related entries,
facts' entities, map countries and kinds, corrections' sections) resolves; our own words quote
only the report (or a named source) and point to the editor's note where they touch a claim
it corrects (``voice``).
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.content.corrections import Correction, load_corrections, validate_corrections
from desktop.core.content.examples import load_examples
from desktop.core.content.records import Problems, TomlFile, read_toml, records
from desktop.core.content.source import Paragraph, Section, load_meta, load_report
from desktop.core.content.voice import check_corrected_claims, check_own_quotes
from desktop.core.errors import ContentError
from desktop.core.glossary.entries import Entry, load_entries, validate_entries
from desktop.core.map.facts import OffMapMember, load_facts, load_off_map, validate_facts
from desktop.core.map.geometry import CountryShape, load_shapes
from desktop.core.map.settings import MapSettings, check_map_codes, fitted_to, load_map_settings

MAP_KINDS = ("capital", "city", "base", "crossing", "tunnel", "dam", "range", "region")
PLACES_FILE = "map/places.toml"


@dataclass
class Content:
    """Everything the build writes, read and checked."""

    meta: dict[str, object] = field(default_factory=dict)
    sections: list[Section] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)
    quote_places: dict[tuple[str, str], int] = field(default_factory=dict)
    facts: list = field(default_factory=list)
    corrections: list[Correction] = field(default_factory=list)
    off_map: list[OffMapMember] = field(default_factory=list)
    frame: tuple[float, float, float, float] | None = None  # None: no map content
    shapes: list[CountryShape] = field(default_factory=list)
    map_config: dict[str, object] = field(default_factory=dict)
    map_settings: MapSettings = field(default_factory=MapSettings)
    timeline: object = None  # timeline.events.Timeline, checked by content.timeline_check

    @property
    def paragraphs(self) -> list[Paragraph]:
        return [paragraph for section in self.sections for paragraph in section.paragraphs]

    def summary(self) -> str:
        return (
            f"{len(self.sections)} sections, {len(self.entries)} glossary entries, {len(self.facts)} facts, "
            f"{len(self.corrections)} editor's notes, {len(self.shapes)} map shapes: no problems"
        )


def load_content(content: Path) -> tuple[Content, Problems]:
    """Read and check every content file; the problems come in file order, all of them."""
    problems = Problems()
    loaded = Content()
    if _refuse_special_files(content, problems):
        return loaded, problems  # reading a named pipe or a device would never end
    loaded.meta = load_meta(content, problems)
    load_examples(content, problems)
    loaded.sections = load_report(content, problems)
    if not problems.readable("report/"):
        return loaded, problems  # every quote would be "not in the report"
    paragraphs = loaded.paragraphs
    texts = [paragraph.text for paragraph in paragraphs]
    glossary_dir = content / "glossary"
    loaded.entries = load_entries(glossary_dir, problems) if glossary_dir.is_dir() else []
    loaded.quote_places = validate_entries(loaded.entries, texts, problems)
    by_id = {entry.id: entry for entry in loaded.entries}

    if (content / "map" / "countries.json").exists():
        try:
            loaded.frame, loaded.shapes = load_shapes(content / "map" / "countries.json")
        except ContentError as error:
            problems.add("map/countries.json", 1, str(error).partition(": ")[2])
        places = read_toml(content / "map" / "places.toml", PLACES_FILE, problems)
        if places is not None:
            loaded.map_config = places.data
            _check_map_places(places, loaded, problems)
    codes = {shape.iso3 for shape in loaded.shapes}
    shapes = {shape.iso3: shape for shape in loaded.shapes}
    entities = set(by_id) if problems.readable("glossary/") else None  # unread: no false "unknown"
    loaded.map_settings = settings = load_map_settings(content, problems, shapes, entities)
    if loaded.frame is not None:
        loaded.map_settings = settings = fitted_to(settings, loaded.frame)
    if loaded.shapes:
        check_map_codes(settings, codes, problems)

    loaded.facts = load_facts(content / "facts" / "facts.toml", problems, settings.tag_by_id)
    rows = [(p.id, p.section_id, p.text) for p in paragraphs]
    validate_facts(loaded.facts, rows, set(by_id) | codes, problems)
    loaded.off_map = load_off_map(content / "facts" / "layers.toml", codes, problems, settings.layer_names)

    located = load_corrections(content / "corrections" / "corrections.toml", problems)
    by_place = {(p.section_id, p.ordinal): p.text for p in paragraphs if p.kind != "heading"}
    titles = {section.id: section.title for section in loaded.sections}
    valid = validate_corrections(located, by_place, problems)
    anchors = {(p.section_id, p.ordinal): p.id for p in paragraphs}  # a footnote's is "fn:N"
    loaded.corrections = [
        c._replace(section_title=titles[c.section_id], anchor=anchors[(c.section_id, c.paragraph)])
        for c in valid
    ]
    # The edition's own voice: quotation marks hold the report's words; corrected claims point
    # to their editor's note (desktop/core/content/voice.py).
    check_own_quotes(loaded.entries, loaded.facts, "\n".join(texts), content, problems)
    check_corrected_claims(
        located, valid, paragraphs, loaded.entries, loaded.quote_places, loaded.facts, content, problems
    )
    loaded.timeline = _check_timeline(content, loaded, problems)
    return loaded, problems


_SPECIAL_KINDS = ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device"),
                  (stat.S_ISSOCK, "a socket"))  # fmt: skip


def _refuse_special_files(content: Path, problems: Problems) -> bool:
    """Whether anything in ``content`` (a link followed) is a pipe, device or socket: each is a
    problem. The hidden files and ``__pycache__`` the build never reads are passed over."""
    found = False
    for folder, folders, files in os.walk(content):
        folders[:] = [name for name in folders if not name.startswith(".") and name != "__pycache__"]
        for name in [*folders, *files]:
            if name.startswith("."):
                continue
            path = Path(folder, name)
            try:
                mode = path.stat().st_mode
            except OSError:  # a link to nowhere: the loaders say so if they need it
                continue
            for is_kind, kind in _SPECIAL_KINDS:
                if is_kind(mode):
                    problems.add(path.relative_to(content).as_posix(), 1, f"{kind}, not a file")
                    found = True
    return found


def _check_timeline(content: Path, loaded: Content, problems: Problems) -> object:
    from desktop.core.content.timeline_check import check_timeline

    fact_ids = {fact.id for fact in loaded.facts}
    return check_timeline(content, loaded.paragraphs, loaded.entries, loaded.corrections, fact_ids, problems)


def checked_content(content: Path) -> Content:
    """The content, or ContentError listing every problem (one ``FILE:LINE: message`` a line)."""
    loaded, problems = load_content(content)
    problems.raise_if_any()
    return loaded


def _table_line(toml: TomlFile, table: str) -> int:
    for number, line in enumerate(toml.source.splitlines(), start=1):
        if re.match(rf"^\s*\[\s*{re.escape(table)}\s*\]", line):
            return number
    return 1


def _check_map_places(toml: TomlFile, loaded: Content, problems: Problems) -> None:
    """``map/places.toml``: its countries and kinds name glossary entries; places are typed."""
    by_id = {entry.id: entry for entry in loaded.entries}
    codes = {shape.iso3 for shape in loaded.shapes}
    countries = toml.data.get("countries", {})
    kinds = toml.data.get("kinds", {})
    if not isinstance(countries, dict) or not isinstance(kinds, dict):
        problems.add(toml.where, 1, "[countries] and [kinds] must be tables")
        return
    start = _table_line(toml, "countries")
    for iso3, entity in countries.items():
        if not problems.readable("glossary/"):
            break
        if entity not in by_id:
            problems.add(
                toml.where,
                toml.key_line(start, iso3),
                f"country {iso3} points to unknown glossary entry {entity!r}",
            )
        elif iso3 not in codes:
            problems.add(toml.where, toml.key_line(start, iso3), f"country {iso3} has no shape on the map")
    start = _table_line(toml, "kinds")
    for entity, kind in kinds.items():
        line = toml.key_line(start, entity)
        if entity not in by_id and entity not in problems.dropped and problems.readable("glossary/"):
            problems.add(toml.where, line, f"kind given for unknown glossary entry {entity!r}")
        if kind not in MAP_KINDS:
            problems.add(
                toml.where, line, f"{entity!r}: unknown map kind {kind!r} (known: {', '.join(MAP_KINDS)})"
            )
    if loaded.frame is not None:
        west, south, east, north = loaded.frame
        for entry in loaded.entries:
            if entry.kind != "place" or entry.lat is None or entry.lon is None:
                continue
            if entry.id in countries.values() and entry.id not in kinds:
                continue  # a country: drawn as a shape
            if west <= entry.lon <= east and south <= entry.lat <= north and entry.id not in kinds:
                problems.add(
                    entry.where,
                    entry.line,
                    f"glossary place {entry.id!r} is in the frame but has no map kind",
                )
    types = {"id": str, "name": str, "kind": str, "lat": (int, float), "lon": (int, float), "country": str}
    for line, raw in records(toml, "place", problems):
        for key, wanted in types.items():
            if key == "country" and key not in raw:
                continue
            if not isinstance(raw.get(key), wanted) or isinstance(raw.get(key), bool):
                problems.add(
                    toml.where,
                    toml.key_line(line, key),
                    f"place {raw.get('id', '?')!r}: {key} is missing or mistyped",
                )
        if isinstance(raw.get("kind"), str) and raw["kind"] not in MAP_KINDS:
            problems.add(
                toml.where,
                toml.key_line(line, "kind"),
                f"place {raw.get('id')!r}: unknown map kind {raw['kind']!r}",
            )


def check_folder(folder: Path, given: str | None = None) -> tuple[list[str], str]:
    """What ``dossier check-content`` prints: every problem as ``FOLDER/FILE:LINE: message``
    (none when all is well) and a one-line summary. ``given`` is the folder as typed."""
    label = given.rstrip("/") or "/" if given else _display(folder)
    try:
        loaded, problems = load_content(folder)
    except ContentError as error:  # a checker gap must still read as a content problem
        problems, loaded = Problems(), Content()
        problems.add("", 1, str(error))
    lines = [f"{label}/{problem}" if problem.where else f"{label}: {problem.message}" for problem in problems]
    if lines:
        files = len({problem.where for problem in problems})
        return lines, f"{len(lines)} problem{'s' * (len(lines) != 1)} in {files} file{'s' * (files != 1)}"
    return [], f"{label}: {loaded.summary()}"


def _display(folder: Path) -> str:
    """The folder relative to the current one when it lies inside it (clickable in a terminal)."""
    try:
        return str(folder.resolve().relative_to(Path.cwd().resolve())) or "."
    except ValueError:
        return str(folder)
