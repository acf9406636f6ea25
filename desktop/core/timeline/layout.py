"""Lanes and labels for the timeline: which row each event sits in, and where its label goes
so that no two labels overlap (one that cannot fit is left out, and shown on demand).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import NamedTuple

from desktop.core.timeline.events import Event

OTHERS = ""  # the lane of events whose actor has no lane of its own


def lane_keys(events: Sequence[Event], by: str, max_lanes: int, country_of: Mapping[str, str]) -> list[str]:
    """The lanes, most events first: the commonest actors (``by="actor"``) or the countries of
    the commonest places (``by="country"``, through ``country_of``: place id -> country id), and
    ``OTHERS`` last when some event has none of them."""
    counts: Counter[str] = Counter()
    for event in events:
        counts.update(set(_candidates(event, by, country_of)))
    lanes = [key for key, _count in counts.most_common(max_lanes)]
    if any(lane_of(event, lanes, by, country_of) == OTHERS for event in events):
        lanes = lanes[: max_lanes - 1] if len(lanes) >= max_lanes else lanes
        lanes.append(OTHERS)
    return lanes


def _candidates(event: Event, by: str, country_of: Mapping[str, str]) -> list[str]:
    if by == "actor":
        return list(event.actors)
    return [country_of[place] for place in event.places if place in country_of]


def lane_of(event: Event, lanes: Sequence[str], by: str, country_of: Mapping[str, str]) -> str:
    """The event's lane: its first actor (or place's country) that has a lane, else ``OTHERS``."""
    for key in _candidates(event, by, country_of):
        if key in lanes and key != OTHERS:
            return key
    return OTHERS


class LabelBox(NamedTuple):
    key: str
    anchor: float  # the x the label belongs to (its event's marker)
    width: float
    lane: int
    priority: float = 0.0  # higher is placed first


class Placed(NamedTuple):
    key: str
    lane: int
    row: int  # 0 is nearest the lane's markers
    left: float
    width: float


def place_labels(
    boxes: Sequence[LabelBox], rows: int, total_width: float, gap: float = 6.0, lead: float = 4.0
) -> dict[str, Placed]:
    """Put each label in the first of its lane's ``rows`` where it overlaps no other (with
    ``gap`` pixels between): starting ``lead`` pixels left of its anchor, or else ending
    ``lead`` pixels right of it, always inside ``[0, total_width]``; higher priority first,
    then left to right. Labels with no room are not in the result."""
    taken: dict[tuple[int, int], list[tuple[float, float]]] = {}
    placed: dict[str, Placed] = {}
    for box in sorted(boxes, key=lambda b: (-b.priority, b.anchor, b.key)):
        lefts = dict.fromkeys(
            min(max(0.0, left), max(0.0, total_width - box.width))
            for left in (box.anchor - lead, box.anchor + lead - box.width)
        )
        spot = next(
            (
                (row, left)
                for row in range(rows)
                for left in lefts
                if all(
                    left + box.width + gap <= start or left >= end + gap
                    for start, end in taken.get((box.lane, row), [])
                )
            ),
            None,
        )
        if spot is not None:
            row, left = spot
            taken.setdefault((box.lane, row), []).append((left, left + box.width))
            placed[box.key] = Placed(box.key, box.lane, row, left, box.width)
    return placed


def neighbour(
    order: Sequence[str], current: str, step: int, visible: Callable[[str], bool] = lambda _key: True
) -> str:
    """The next (``step`` 1) or previous (-1) key of ``order`` after ``current`` that is visible;
    the first or last when ``current`` is none of them; ``current`` at either end."""
    keys = [key for key in order if visible(key)]
    if not keys:
        return current
    if current not in keys:
        return keys[0] if step > 0 else keys[-1]
    index = keys.index(current) + step
    return keys[index] if 0 <= index < len(keys) else current
