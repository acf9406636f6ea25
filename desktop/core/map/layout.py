"""What the map labels and where: label priority and placement over plain boxes (no Qt).

The window and ``dossier map --labels`` both call :func:`place_labels`, so what the CLI
reports is what the map draws. Boxes are ``(left, top, width, height)`` in view pixels.

Priority follows the report's argument: the map's focus country and its neighbours, then the other
countries the report names, then capitals, then the report's own places, then the rest.
Labels are placed most important first, so a label is only ever dropped for a more
important one. A place's marker is shown only with its label: a bare symbol names nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from desktop.core.map.atlas import Atlas

Box = tuple[float, float, float, float]
Point = tuple[float, float]

# Tiers, most important first.
NEIGHBOURHOOD, NAMED_COUNTRY, CAPITAL, REPORT_PLACE, OTHER = range(5)

MARKER_GAP = 3.0  # pixels between a marker and a label beside it
LEADER_AFTER = 8.0  # a label farther than this from its marker gets a leader line


class Candidate(NamedTuple):
    id: str
    kind: str  # "country", "place" or "region"
    text: str
    rank: tuple[int, ...]  # sorts most important first; rank[0] is the tier
    anchors: tuple[Point, ...]  # view points to label, best first (a marker's centre for places)
    size: tuple[float, float]  # the label's width and height in pixels, as drawn
    marker: float = 0.0  # the marker's radius in pixels; 0 for labels without one
    marker_kind: str = ""
    within: Callable[[float, float], bool] | None = None  # if given, the label's ends must be inside
    more_anchors: Callable[[], Sequence[Point]] | None = None  # further anchors, worked out if needed


class Placed(NamedTuple):
    candidate: Candidate
    box: Box
    leader: tuple[Point, Point] | None  # from the marker's edge to the label, when set apart

    def as_json(self) -> dict[str, object]:
        x, y, w, h = self.box
        return {
            "text": self.candidate.text,
            "kind": self.candidate.kind,
            "id": self.candidate.id,
            "x": round(x, 1),
            "y": round(y, 1),
            "w": round(w, 1),
            "h": round(h, 1),
        }


def label_text(name: str) -> str:
    """A map label for a name: without alternative spellings in brackets or after a slash."""
    short = re.sub(r"\s*\([^)]*\)", "", name).split(" / ")[0].strip()
    return short or name


def country_rank(atlas: Atlas, iso3: str) -> tuple[int, ...]:
    """The map's focus country, its neighbours, the countries the report names, then the rest."""
    focus = atlas.settings.focus
    if iso3 == focus:
        return (NEIGHBOURHOOD, 0)
    if iso3 in atlas.neighbours.get(focus, ()):
        return (NEIGHBOURHOOD, 1)
    return (NAMED_COUNTRY, 0) if iso3 in named_countries(atlas) else (OTHER, 0)


def named_countries(atlas: Atlas) -> set[str]:
    """Countries with a glossary entry of their own (Qatar's entry is Doha, a capital)."""
    named = set()
    for country in atlas.countries:
        entry = atlas.store.glossary_entry(country.entity_id)
        if entry is not None and entry.term.startswith(country.name):
            named.add(country.iso3)
    return named


def place_rank(atlas: Atlas, kind: str, general: bool, country: str, index: int) -> tuple[int, ...]:
    """Capitals (the report's, then those of the countries that matter most), then the report's places."""
    if kind == "capital":
        return (CAPITAL, int(general), country_rank(atlas, country)[0], index)
    if kind in ("region", "range"):
        return (REPORT_PLACE if not general else OTHER, 1, index)
    return (REPORT_PLACE if not general else OTHER, 0, index)


def _inside(box: Box, area: Box) -> bool:
    return (
        box[0] >= area[0]
        and box[1] >= area[1]
        and box[0] + box[2] <= area[0] + area[2]
        and box[1] + box[3] <= area[1] + area[3]
    )


def overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def _marker_box(centre: Point, radius: float) -> Box:
    return (centre[0] - radius, centre[1] - radius, 2 * radius, 2 * radius)


def _place_boxes(centre: Point, radius: float, size: tuple[float, float]) -> Iterable[Box]:
    """Beside the marker first (right, left, above, below, the corners), then set apart."""
    x, y = centre
    w, h = size
    near = radius + MARKER_GAP
    for distance in (near, near + 12, near + 26):
        yield (x + distance, y - h / 2, w, h)
        yield (x - distance - w, y - h / 2, w, h)
        yield (x - w / 2, y - distance - h, w, h)
        yield (x - w / 2, y + distance, w, h)
        yield (x + distance * 0.7, y - distance * 0.7 - h, w, h)
        yield (x + distance * 0.7, y + distance * 0.7, w, h)
        yield (x - distance * 0.7 - w, y - distance * 0.7 - h, w, h)
        yield (x - distance * 0.7 - w, y + distance * 0.7, w, h)


def _area_boxes(anchors: Sequence[Point], size: tuple[float, float]) -> Iterable[Box]:
    w, h = size
    for x, y in anchors:
        for dy in (0.0, -h, h):
            yield (x - w / 2, y - h / 2 + dy, w, h)


def _choose(
    boxes: Sequence[Box],
    candidate: Candidate,
    area: Box,
    obstacles: Sequence[Box],
    marker_box: Box | None,
    pending: Iterable[Box],
) -> tuple[Box | None, bool]:
    """The first free box, preferring one clear of the markers still to come; and whether it is."""
    first_free = None
    pending = list(pending)
    for box in boxes:
        if not _inside(box, area) or (marker_box is not None and overlaps(box, marker_box)):
            continue
        if any(overlaps(box, other) for other in obstacles):
            continue
        if candidate.within is not None and not candidate.marker and not _ends_within(box, candidate.within):
            continue
        if not any(overlaps(box, other) for other in pending):
            return box, True
        first_free = first_free or box
    return first_free, False


def _ends_within(box: Box, within: Callable[[float, float], bool]) -> bool:
    x, y, w, h = box
    return within(x + w * 0.1, y + h / 2) and within(x + w * 0.9, y + h / 2)


def _leader(centre: Point, radius: float, box: Box) -> tuple[Point, Point] | None:
    x, y = centre
    nearest = (min(max(x, box[0]), box[0] + box[2]), min(max(y, box[1]), box[1] + box[3]))
    dx, dy = nearest[0] - x, nearest[1] - y
    distance = (dx * dx + dy * dy) ** 0.5
    if distance <= radius + LEADER_AFTER:
        return None
    start = (x + dx / distance * (radius + 1), y + dy / distance * (radius + 1))
    return start, nearest


def place_labels(candidates: Iterable[Candidate], area: Box, reserved: Sequence[Box] = ()) -> list[Placed]:
    """The labels shown, most important first: none overlaps another, a marker or a reserved box.

    ``area`` is the part of the view labels may use; ``reserved`` boxes (the legend, the scale
    bar) are never covered. A label first tries places that keep clear of markers still to
    come, then any free place; a place whose marker is covered or outside the area is dropped.
    """
    ordered = sorted(candidates, key=lambda c: c.rank)
    taken: list[Box] = list(reserved)  # labels and reserved boxes: nothing may cover them
    markers: list[Box] = []  # markers shown: labels keep off them, other markers may touch them
    pending = {
        index: _marker_box(c.anchors[0], c.marker)
        for index, c in enumerate(ordered)
        if c.marker and c.anchors
    }
    placed: list[Placed] = []
    for index, candidate in enumerate(ordered):
        pending.pop(index, None)
        if not candidate.anchors and candidate.more_anchors is None:
            continue
        marker_box = None
        if candidate.marker:
            marker_box = _marker_box(candidate.anchors[0], candidate.marker)
            if not _inside(marker_box, area) or any(overlaps(marker_box, other) for other in taken):
                continue
            boxes = list(_place_boxes(candidate.anchors[0], candidate.marker, candidate.size))
        else:
            boxes = list(_area_boxes(candidate.anchors, candidate.size))
        obstacles = taken + markers
        chosen, clear = _choose(boxes, candidate, area, obstacles, marker_box, pending.values())
        if not clear and candidate.more_anchors is not None:  # look further inside the shape
            boxes = list(_area_boxes(candidate.more_anchors(), candidate.size))
            further, clear = _choose(boxes, candidate, area, obstacles, marker_box, pending.values())
            chosen = further if clear or chosen is None else chosen
        if chosen is None:
            continue
        taken.append(chosen)
        leader = None
        if marker_box is not None:
            markers.append(marker_box)
            leader = _leader(candidate.anchors[0], candidate.marker, chosen)
        placed.append(Placed(candidate, chosen, leader))
    return placed


def visible_anchors(
    contains: Callable[[float, float], bool], area: Box, preferred: Point | None = None, steps: int = 9
) -> tuple[Point, ...]:
    """Points of the view inside a shape, best first: the preferred point if it is in view,
    then grid points inside the shape, those with most of the shape around them first."""
    left, top, width, height = area
    anchors: list[Point] = []
    if preferred is not None and _inside((*preferred, 0.0, 0.0), area) and contains(*preferred):
        anchors.append(preferred)
    grid = [
        [contains(left + width * (i + 0.5) / steps, top + height * (j + 0.5) / steps) for i in range(steps)]
        for j in range(steps)
    ]
    scored = []
    for j in range(steps):
        for i in range(steps):
            if not grid[j][i]:
                continue
            depth = sum(
                grid[j + dj][i + di]
                for dj in (-1, 0, 1)
                for di in (-1, 0, 1)
                if 0 <= j + dj < steps and 0 <= i + di < steps
            )
            scored.append((-depth, abs(i - steps // 2) + abs(j - steps // 2), i, j))
    for _depth, _off_centre, i, j in sorted(scored):
        anchors.append((left + width * (i + 0.5) / steps, top + height * (j + 0.5) / steps))
    return tuple(anchors)
