"""Where things sit in the text: notes' passages, search hits, margin markers.

Plain functions over strings, offsets and heights, so the reader only draws what they
return and all of it is tested without Qt.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, NamedTuple

from desktop.core.notes.anchoring import Locator

if TYPE_CHECKING:
    from desktop.core.notes.store import Note

Span = tuple[int, int]


class Placement(NamedTuple):
    """Notes placed in a text: highlighted ranges, markers, and the notes not found."""

    ranges: list[tuple[int, int, str]]  # (start, end, note id), sorted
    markers: list[tuple[int, str]]  # (position, note id), sorted: one per note placed
    orphans: set[str]


def place_notes(text: str, spans: Mapping[str, Span], notes: Iterable[Note]) -> Placement:
    """Where each note's passage lies in ``text``, whose sections occupy ``spans``.

    A section note's marker sits at its section's start; a passage no longer found is an
    orphan, marked at its section's start too, so it is never out of reach; a note whose
    section is gone is an orphan with no marker.
    """
    ranges: list[tuple[int, int, str]] = []
    markers: list[tuple[int, str]] = []
    orphans: set[str] = set()
    locators: dict[str, Locator] = {}  # one normalisation per section, not per note
    for note in notes:
        span = spans.get(note.section_id)
        if span is None:
            orphans.add(note.id)
            continue
        selector = note.selector
        if selector is None:
            markers.append((span[0], note.id))
            continue
        locator = locators.get(note.section_id)
        if locator is None:
            locator = locators[note.section_id] = Locator(text[span[0] : span[1]])
        found = locator.locate(selector)
        if found is None:
            orphans.add(note.id)
            markers.append((span[0], note.id))
            continue
        ranges.append((span[0] + found[0], span[0] + found[1], note.id))
        markers.append((span[0] + found[0], note.id))
    return Placement(sorted_by_place(ranges), sorted_by_place(markers), orphans)


def sorted_by_place(items: list[tuple]) -> list[tuple]:
    """Ranges or markers in text order; notes at one place keep the order they came in (their
    order in the notes file: as made), never the order of their ids."""
    return sorted(items, key=lambda item: item[:-1])


def section_spans(starts: Sequence[int], ids: Sequence[str], end: int) -> dict[str, Span]:
    """Each section's (start, end) from where the sections start, in reading order."""
    if not starts:
        return {}
    bounds = [*starts[1:], end]
    return {section_id: (start, stop) for section_id, start, stop in zip(ids, starts, bounds, strict=True)}


def hit_spans(text: str, words: Iterable[str]) -> list[Span]:
    """Every whole-word, case-blind occurrence of ``words`` in ``text``, longest word first; a
    phrase ("introduced by the US") matches across any run of spaces or line breaks."""
    chosen = sorted({w for w in words if w}, key=len, reverse=True)
    if not chosen:
        return []
    pattern = r"\b(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in chosen) + r")\b"
    return [(m.start(), m.end()) for m in re.finditer(pattern, text, re.IGNORECASE)]


class MarkerColumn:
    """Margin markers for notes, stacked once and then looked up by height in log time.

    Built from each marker's line top (document coordinates) in document order: a marker
    starts at its own line or just below the previous one, whichever is lower, so none
    overlaps another, the notes keep their order, and the whole column costs one sort and
    one sweep. Painting and clicking ask only for the band they need.
    """

    def __init__(self, tops: Iterable[tuple[float, str]], size: float, gap: float = 1.0) -> None:
        self.size = size
        self.markers: list[tuple[float, str]] = []
        floor = float("-inf")
        for top, note_id in sorted(tops, key=lambda item: item[0]):
            y = max(top, floor)
            self.markers.append((y, note_id))
            floor = y + size + gap
        self._ys = [y for y, _ in self.markers]

    def __len__(self) -> int:
        return len(self.markers)

    def between(self, top: float, bottom: float) -> list[tuple[float, str]]:
        """The markers any part of which lies between ``top`` and ``bottom``."""
        first = bisect.bisect_right(self._ys, top - self.size)
        last = bisect.bisect_right(self._ys, bottom)
        return self.markers[first:last]

    def at(self, y: float) -> str | None:
        """The note whose marker covers height ``y``, if any."""
        index = bisect.bisect_right(self._ys, y) - 1
        if index >= 0 and y <= self._ys[index] + self.size:
            return self.markers[index][1]
        return None
