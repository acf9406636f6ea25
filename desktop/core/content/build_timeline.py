"""Write the checked timeline events into the content database (table ``timeline``).

Each event row keeps the date as written and its range in fractional years (``start``, ``stop``), so
readers sort and filter in SQL without parsing dates again.
"""

from __future__ import annotations

import json

from desktop.core.sqlite_utils_lite import sqlite_utils
from desktop.core.timeline.events import Timeline

COLUMNS = {
    "id": str, "ord": int, "title": str, "date": str, "end_date": str, "approximate": int,
    "precision": str, "start": float, "stop": float, "quote": str, "section_id": str, "paragraph": int,
    "paragraph_id": str, "actors": str, "places": str, "correction": str, "correction_note": str,
    "fact": str, "also": str,
}  # fmt: skip


def write_timeline(db: sqlite_utils.Database, timeline: Timeline | None) -> None:
    """The ``timeline`` and ``timeline_eras`` tables, created even when there are no events."""
    events = timeline.events if timeline is not None else []
    eras = timeline.eras if timeline is not None else []
    db["timeline_eras"].create({"name": str, "start": float, "stop": float})
    db["timeline_eras"].insert_all({"name": e.name, "start": e.start, "stop": e.end} for e in eras)
    db["timeline"].create(COLUMNS, pk="id")
    db["timeline"].insert_all(
        {
            "id": event.id,
            "ord": order,
            "title": event.title,
            "date": event.date,
            "end_date": event.end,
            "approximate": int(event.approximate),
            "precision": event.range.precision,
            "start": event.range.start,
            "stop": event.range.end,
            "quote": event.quote,
            "section_id": event.section_id,
            "paragraph": event.paragraph,
            "paragraph_id": event.paragraph_id,
            "actors": json.dumps(event.actors),
            "places": json.dumps(event.places),
            "correction": event.correction,
            "correction_note": event.correction_note,
            "fact": event.fact,
            "also": json.dumps(event.also, ensure_ascii=False),
        }
        for order, event in enumerate(events)
    )
    db["timeline"].create_index(["start", "stop"])
