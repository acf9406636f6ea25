"""The timeline's events: read from ``content/timeline/events.toml`` (the build) or the compiled
database (the app and the CLI), filtered by actor, place and period, and written as JSON.

An event is one date the report states, with the words that state it; everything the panel, the
map and ``dossier timeline`` show of it comes from here, so the window and the CLI agree.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

from desktop.core.content.records import Field, Problems, TomlFile, check_fields, read_toml, records
from desktop.core.timeline.axis import Era
from desktop.core.timeline.dates import DateRange, event_range, parse_date

EVENTS_FILE = "timeline/events.toml"
FIELDS = (
    Field("id", "id", True), Field("title", "str", True), Field("date", "str", True), Field("end", "str"),
    Field("approximate", "bool"), Field("quote", "str", True), Field("section", "str", True),
    Field("paragraph", "int", True), Field("actors", "strs"), Field("places", "strs"),
    Field("correction", "str"), Field("fact", "str"), Field("also", "strs"),
)  # fmt: skip
TITLE_MAX = 48  # a label on the axis, not a sentence


class Event(NamedTuple):
    id: str
    title: str  # a short label in the content's words
    date: str  # as written: "1979-12-25", "2021-08", "1990s", "early 1970s"...
    end: str  # "" unless a span
    approximate: bool
    quote: str  # the report's words, verbatim in the paragraph
    section_id: str
    paragraph: int  # the paragraph's number in its section (anchor "section_id.pN")
    actors: tuple[str, ...]
    places: tuple[str, ...]
    correction: str = ""  # the editor's note that corrects it
    fact: str = ""  # the dated fact it comes from
    also: tuple[tuple[str, str], ...] = ()  # (paragraph id, quote): the report saying it again
    correction_note: str = ""  # filled in by the build

    @property
    def paragraph_id(self) -> str:
        return f"{self.section_id}.p{self.paragraph}"

    @property
    def range(self) -> DateRange:
        found = event_range(self.date, self.end)
        assert found is not None, f"event {self.id} has no valid date"  # the build checked it
        return found

    @property
    def precision(self) -> str:
        return self.range.precision

    @property
    def entities(self) -> tuple[str, ...]:
        """Actors then places, each once: what the event lights on the map."""
        return tuple(dict.fromkeys(self.actors + self.places))

    def as_json(self) -> dict[str, object]:
        span = self.range
        return {
            "id": self.id,
            "title": self.title,
            "date": self.date,
            "end": self.end or None,
            "precision": span.precision,
            "approximate": self.approximate,
            "from": round(span.start, 4),
            "to": round(span.end, 4),
            "quote": self.quote,
            "section": self.section_id,
            "paragraph": self.paragraph,
            "paragraph_id": self.paragraph_id,
            "actors": list(self.actors),
            "places": list(self.places),
            "correction": {"id": self.correction, "note": self.correction_note} if self.correction else None,
            "fact": self.fact or None,
        }


class Timeline(NamedTuple):
    """The checked timeline the build writes."""

    events: list[Event]
    eras: list[Era]


class Located(NamedTuple):
    event: Event
    where: str
    line: int


class TimelineFile(NamedTuple):
    events: list[Located]
    eras: list[Era]
    outside: frozenset[str]  # sections whose dates are the publication's own, never events


def load_timeline(path: Path, problems: Problems) -> TimelineFile:
    """``events.toml`` read once: its events and eras whose fields are all there and typed
    (problems for the rest), and its ``[scope] outside`` sections."""
    toml = read_toml(path, EVENTS_FILE, problems)
    if toml is None:
        return TimelineFile([], [], frozenset())
    scope = toml.data.get("scope", {})
    outside = scope.get("outside", []) if isinstance(scope, dict) else []
    if not isinstance(outside, list) or not all(isinstance(item, str) for item in outside):
        problems.add(toml.where, 1, "[scope] outside must be a list of section ids")
        outside = []
    return TimelineFile(_events(toml, problems), _eras(toml, problems), frozenset(outside))


def _events(toml: TomlFile, problems: Problems) -> list[Located]:
    for other in sorted(set(toml.data) - {"event", "era", "scope"}):
        problems.add(toml.where, 1, f"unknown table {other!r}; use [[event]], [[era]] and [scope]")
    found = []
    for line, raw in records(toml, "event", problems):
        if not check_fields(raw, FIELDS, "event", toml, line, problems):
            continue
        event = Event(
            id=str(raw["id"]),
            title=" ".join(str(raw["title"]).split()),
            date=str(raw["date"]).strip(),
            end=str(raw.get("end", "")).strip(),
            approximate=bool(raw.get("approximate", False)),
            quote=" ".join(str(raw["quote"]).split()),
            section_id=str(raw["section"]),
            paragraph=int(raw["paragraph"]),  # type: ignore[call-overload]
            actors=tuple(raw.get("actors", ())),  # type: ignore[arg-type]
            places=tuple(raw.get("places", ())),  # type: ignore[arg-type]
            correction=str(raw.get("correction", "")),
            fact=str(raw.get("fact", "")),
            also=tuple(("", " ".join(str(q).split())) for q in raw.get("also", ())),  # type: ignore[union-attr]
        )
        found.append(Located(event, toml.where, toml.key_line(line, "id")))
    return found


ERA_FIELDS = (Field("name", "str", True), Field("from", "str", True), Field("to", "str", True))


def _eras(toml: TomlFile, problems: Problems) -> list[Era]:
    """The ``[[era]]`` tables: a name and the years from the start of ``from`` to the end of ``to``."""
    eras: list[Era] = []
    for line, raw in records(toml, "era", problems):
        if not check_fields(raw, ERA_FIELDS, "era", toml, line, problems):
            continue
        first, last = parse_date(str(raw["from"])), parse_date(str(raw["to"]))
        if first is None or last is None or last.end <= first.start:
            problems.add(toml.where, line, f"era {raw['name']!r}: from and to must be dates, from before to")
            continue
        if eras and first.start < eras[-1].end:
            problems.add(toml.where, line, f"era {raw['name']!r} begins before the era above it ends")
            continue
        eras.append(Era(str(raw["name"]), first.start, last.end))
    return eras


def eras(connection: sqlite3.Connection) -> list[Era]:
    """The eras of the compiled database, in order ([] when it has none)."""
    try:
        rows = connection.execute("SELECT name, start, stop FROM timeline_eras ORDER BY start").fetchall()
    except sqlite3.OperationalError:
        return []
    return [Era(*row) for row in rows]


def date_order(events: Iterable[Event]) -> list[Event]:
    """Earliest first; at one start the shorter first, then by id (a stable order for the CLI)."""
    return sorted(events, key=lambda e: (e.range.start, e.range.end, e.id))


def events(connection: sqlite3.Connection) -> list[Event]:
    """Every event of the compiled database, in date order ([] for a database without a timeline)."""
    try:
        rows = connection.execute(
            "SELECT id, title, date, end_date, approximate, quote, section_id, paragraph, actors, places,"
            " correction, fact, also, correction_note FROM timeline ORDER BY start, stop, id"
        ).fetchall()
    except sqlite3.OperationalError:
        return []
    found = []
    for row in rows:
        also = tuple((paragraph_id, quote) for paragraph_id, quote in json.loads(row[12]))
        found.append(
            Event(*row[:4], bool(row[4]), *row[5:8], tuple(json.loads(row[8])), tuple(json.loads(row[9])),
                  row[10], row[11], also, row[13])
        )  # fmt: skip
    return found


class Period(NamedTuple):
    """A stretch of time in fractional years, ``start`` inclusive, ``end`` exclusive."""

    start: float
    end: float

    def overlaps(self, span: DateRange) -> bool:
        return span.start < self.end and span.end > self.start


def period_of(first: str = "", last: str = "") -> Period:
    """The period from the start of ``first`` to the end of ``last`` (either may be ""; both
    are dates as the content writes them: "1979", "2001-09", "1990s"). ValueError if unreadable."""
    start, end = float("-inf"), float("inf")
    if first:
        parsed = parse_date(first)
        if parsed is None:
            raise ValueError(f"not a date: {first!r} (try 1979, 1979-12, 1979-12-27 or 1970s)")
        start = parsed.start
    if last:
        parsed = parse_date(last)
        if parsed is None:
            raise ValueError(f"not a date: {last!r} (try 1979, 1979-12, 1979-12-27 or 1970s)")
        end = parsed.end
    return Period(start, end)


def filter_events(
    events: Sequence[Event],
    actors: Iterable[str] = (),
    places: Iterable[str] = (),
    period: Period | None = None,
) -> list[Event]:
    """The events with any of ``actors``, any of ``places`` and overlapping ``period``; an empty
    filter lets all through. Order is kept."""
    wanted_actors, wanted_places = set(actors), set(places)
    return [
        event
        for event in events
        if (not wanted_actors or wanted_actors & set(event.actors))
        and (not wanted_places or wanted_places & set(event.places))
        and (period is None or period.overlaps(event.range))
    ]


def places_in(events: Iterable[Event]) -> set[str]:
    """Every place of these events: what "show only this period's places on the map" lights."""
    return {place for event in events for place in event.places}


def events_in_section(events: Iterable[Event], section_id: str) -> list[Event]:
    """The events a section states (restatements included): what reading it highlights."""
    return [
        event
        for event in events
        if event.section_id == section_id
        or any(paragraph_id.partition(".")[0] == section_id for paragraph_id, _q in event.also)
    ]


def events_in_passage(events: Iterable[Event], section_id: str, quote: str) -> list[Event]:
    """The events whose words a passage of ``section_id`` holds, or lie in: what a note on
    those words is about (a note on a whole paragraph holds every event of it)."""
    found = []
    for event in events:
        places = [(event.paragraph_id, event.quote), *event.also]
        for paragraph_id, words in places:
            if paragraph_id.partition(".")[0] == section_id and quote and (words in quote or quote in words):
                found.append(event)
                break
    return found


class TimelineData(NamedTuple):
    """What the timeline panel is built from: the events, the eras, a name for every id they
    use, and the country of each place (place id -> country's glossary id), for lanes."""

    events: list[Event]
    eras: list[Era]
    names: dict[str, str]
    country_of: dict[str, str]


def timeline_data(connection: sqlite3.Connection, country_of: dict[str, str]) -> TimelineData:
    """The panel's data from the compiled database; ``country_of`` comes from the atlas."""
    every = events(connection)
    used = {entity for event in every for entity in event.entities} | set(country_of.values())
    names = {
        entry_id: term
        for entry_id, term in connection.execute("SELECT id, term FROM glossary").fetchall()
        if entry_id in used
    }
    return TimelineData(every, eras(connection), names, dict(country_of))
