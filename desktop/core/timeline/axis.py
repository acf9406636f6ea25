"""The timeline's era axis: years to x, with each era as wide as its events need.

The report runs from the 1830s to 2021, with most of its dates after 2001: a linear axis
would crush 2019-2021 into a few pixels, a logarithmic one has no meaning for dates. Eras
(named in the content) each get a share of the width by how many events they hold, at least
``MIN_SHARE`` each, and are linear inside; a gap between eras becomes a break of fixed
width. Zooming to a period is the same axis over that period alone.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from typing import NamedTuple

from desktop.core.timeline.dates import DateRange

MIN_SHARE = 0.08  # no era narrower than this share of the width, however few its events
BREAK_PX = 14.0  # a gap between eras
DENSITY_POWER = 0.7  # an era's width grows a little slower than its number of events


class Era(NamedTuple):
    name: str
    start: float  # fractional years, as DateRange
    end: float


class Segment(NamedTuple):
    """One era (or a break) on the axis: its years and its pixels."""

    name: str
    start: float
    end: float
    left: float
    right: float
    is_break: bool = False

    def x(self, year: float) -> float:
        if self.end == self.start:
            return self.left
        return self.left + (year - self.start) / (self.end - self.start) * (self.right - self.left)

    def year(self, x: float) -> float:
        if self.right == self.left:
            return self.start
        return self.start + (x - self.left) / (self.right - self.left) * (self.end - self.start)


class Axis(NamedTuple):
    """Years to x and back, over ``[0, width]``; built by ``era_axis``."""

    segments: tuple[Segment, ...]
    width: float

    @property
    def start(self) -> float:
        return self.segments[0].start

    @property
    def end(self) -> float:
        return self.segments[-1].end

    def x(self, year: float) -> float:
        """The x of a year (clamped to the axis's ends)."""
        if year <= self.start:
            return self.segments[0].left
        for segment in self.segments:
            if year < segment.end:
                return segment.x(year)
        return self.segments[-1].right

    def year(self, x: float) -> float:
        """The year at x: the inverse of ``x`` (a break maps to its years linearly)."""
        for segment in self.segments:
            if x < segment.right:
                return segment.year(max(x, segment.left))
        return self.end

    def eras(self) -> list[Segment]:
        return [segment for segment in self.segments if not segment.is_break]


def covering_eras(eras: Sequence[Era], spans: Sequence[DateRange]) -> list[Era]:
    """The eras to draw: the content's, sorted and clipped to one another; one era around the
    events when the content names none, and the first and last widened to hold every event."""
    ordered = sorted(eras, key=lambda era: era.start)
    if spans:
        first = math.floor(min(span.start for span in spans))
        last = math.ceil(max(span.end for span in spans))
        if not ordered:
            return [Era("", first, last)]
        ordered[0] = ordered[0]._replace(start=min(ordered[0].start, first))
        ordered[-1] = ordered[-1]._replace(end=max(ordered[-1].end, last))
    kept: list[Era] = []
    for era in ordered:
        if kept and era.start < kept[-1].end:
            era = era._replace(start=kept[-1].end)
        if era.end > era.start:
            kept.append(era)
    return kept


def era_axis(
    eras: Sequence[Era], spans: Sequence[DateRange], width: float, period: tuple[float, float] | None = None
) -> Axis:
    """The axis for events over ``eras`` at ``width`` pixels, or over ``period`` alone (zoomed).

    An era's share of the width grows with the number of events that start in it; within an
    era the years are evenly spaced.
    """
    covered = covering_eras(eras, spans)
    if period is not None:
        low, high = period
        covered = [
            era._replace(start=max(era.start, low), end=min(era.end, high))
            for era in covered
            if era.end > low and era.start < high
        ] or [Era("", low, high)]
        spans = [span for span in spans if span.start < high and span.end > low]
    counts = [sum(1 for span in spans if era.start <= span.start < era.end) for era in covered]
    breaks = sum(1 for a, b in itertools.pairwise(covered) if b.start > a.end)
    usable = max(1.0, width - breaks * BREAK_PX)
    raw = [max(count, 1) ** DENSITY_POWER for count in counts]
    shares = [max(MIN_SHARE if len(covered) > 1 else 1.0, value / sum(raw)) for value in raw]
    total = sum(shares)
    segments: list[Segment] = []
    left = 0.0
    for index, era in enumerate(covered):
        if index and era.start > covered[index - 1].end:
            segments.append(Segment("", covered[index - 1].end, era.start, left, left + BREAK_PX, True))
            left += BREAK_PX
        right = left + usable * shares[index] / total
        segments.append(Segment(era.name, era.start, era.end, left, right))
        left = right
    return Axis(tuple(segments), width)


class Tick(NamedTuple):
    year: int
    x: float
    label: str


def ticks(axis: Axis, label_width: float, gap: float = 8.0) -> list[Tick]:
    """Year ticks that never crowd: each era's first year, then inside each era every round
    year of the finest step (1, 2, 5, 10, 20, 50 or 100 years) whose labels fit there; never
    two ticks closer than ``label_width`` plus ``gap`` pixels."""
    room = label_width + gap
    chosen: list[Tick] = []

    def add(year: int) -> None:
        x = axis.x(year)
        if 0 <= x <= axis.width and all(abs(x - tick.x) >= room for tick in chosen):
            chosen.append(Tick(year, x, str(year)))

    eras = axis.eras()
    for segment in eras:
        if math.ceil(segment.start) < segment.end:
            add(math.ceil(segment.start))
    for segment in eras:
        per_year = (segment.right - segment.left) / max(segment.end - segment.start, 1e-9)
        step = next((s for s in (1, 2, 5, 10, 20, 50, 100) if s * per_year >= room), 0)
        if not step:
            continue
        year = math.ceil(segment.start / step) * step
        while year < segment.end:
            add(year)
            year += step
    return sorted(chosen)
