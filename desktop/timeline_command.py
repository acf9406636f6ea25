"""``dossier timeline``: the report's dated events in date order, as text or JSON.

Thin over ``desktop.core.timeline.events``, which the timeline panel reads too, so the window
and the command list the same events under the same filters.
"""

from __future__ import annotations

import argparse
import json
import sys

from desktop.core.errors import UserError


def add_parser(commands: argparse._SubParsersAction) -> None:
    timeline = commands.add_parser("timeline", help="the report's dated events, in date order")
    timeline.add_argument("--json", action="store_true", help="print JSON")
    timeline.add_argument(
        "--actor",
        action="append",
        default=[],
        metavar="NAME",
        help="only events with this actor (repeatable)",
    )
    timeline.add_argument(
        "--place", action="append", default=[], metavar="NAME", help="only events at this place (repeatable)"
    )
    timeline.add_argument(
        "--from", dest="first", default="", metavar="DATE", help="from this date (1979, 2001-09)"
    )
    timeline.add_argument("--to", dest="last", default="", metavar="DATE", help="to this date, inclusive")


def _entity_ids(store, names: list[str], known: set[str], noun: str) -> list[str]:
    """Glossary ids for names as typed (an id, a name or an alias; typos forgiven)."""
    ids = []
    for name in names:
        entity_id = store.atlas.resolve(name)
        if entity_id is None or entity_id not in known:
            raise UserError(f"no {noun} {name!r} in the timeline; {noun}s are: {', '.join(sorted(known))}")
        ids.append(entity_id)
    return ids


def cmd_timeline(args: argparse.Namespace) -> int:
    from desktop.context import open_report
    from desktop.core.timeline.events import events, filter_events, period_of

    try:
        period = period_of(args.first, args.last) if args.first or args.last else None
    except ValueError as error:
        raise UserError(str(error)) from None
    if period is not None and period.end <= period.start:
        raise UserError(f"--from {args.first} is after --to {args.last}")
    store = open_report()
    every = events(store.connection)
    actors = _entity_ids(store, args.actor, {a for e in every for a in e.actors}, "actor")
    places = _entity_ids(store, args.place, {p for e in every for p in e.places}, "place")
    chosen = filter_events(every, actors, places, period)
    if args.json:
        json.dump([event.as_json() for event in chosen], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for event in chosen:
        date = f"{event.date}–{event.end}" if event.end else event.date
        mark = " ed." if event.correction else ""
        print(f"{date:<22} {event.title}{mark}  [{event.paragraph_id}]")
    return 0
