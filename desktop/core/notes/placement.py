"""Where things sit in the text: notes' passages, search hits, margin markers.

Plain functions over strings, offsets and heights, so the reader only draws what they
return and all of it is tested without Qt.
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import accumulate, pairwise
from operator import itemgetter, sub
from typing import TYPE_CHECKING, NamedTuple

from desktop.core.notes.anchoring import Locator

if TYPE_CHECKING:
    from desktop.core.notes.model import Anchor, Note

Span = tuple[int, int]


class Placement(NamedTuple):
    """Notes placed in a text: highlighted ranges, markers, and the notes not found."""

    ranges: list[tuple[int, int, str]]  # (start, end, note id), sorted
    markers: list[tuple[int, str]]  # (position, note id), sorted: one per note placed
    orphans: set[str]


def place_notes(text: str, spans: Mapping[str, Span], notes: Iterable[Note | Anchor]) -> Placement:
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


_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


class _Ids:
    """Notes' ids, packed: 16 bytes each when all are UUIDs as Dossier writes them (nearly
    always), else one string with where each ends. A note is known here by its number."""

    __slots__ = ("_ends", "_text")

    def __init__(self, ids: list[str]) -> None:
        self._ends: array | None = None
        if all(_UUID.fullmatch(note_id) for note_id in ids):
            self._text: bytes | str = b"".join(bytes.fromhex(note_id.replace("-", "")) for note_id in ids)
        else:
            self._text = "".join(ids)
            self._ends = array("i", accumulate(map(len, ids)))

    @classmethod
    def joined(cls, parts: list[_Ids], ids: list[str]) -> _Ids:
        """``parts`` one after the other, then ``ids`` (packed ones are joined without unpacking)."""
        if all(part._ends is None for part in parts) and all(_UUID.fullmatch(note_id) for note_id in ids):
            joined = cls([])
            joined._text = b"".join([*(part._text for part in parts), cls(ids)._text])
            return joined
        return cls([note_id for part in parts for note_id in part] + ids)

    def __len__(self) -> int:
        return len(self._text) // 16 if self._ends is None else len(self._ends)

    def __iter__(self) -> Iterator[str]:
        return map(self.name, range(len(self)))

    def name(self, number: int) -> str:
        if self._ends is None:
            h = self._text[number * 16 : number * 16 + 16].hex()
            return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
        return self._text[self._ends[number - 1] if number else 0 : self._ends[number]]

    def number_of(self, note_id: str) -> int | None:
        if self._ends is None:
            if not _UUID.fullmatch(note_id):
                return None
            key = bytes.fromhex(note_id.replace("-", ""))
            at = self._text.find(key)
            while at >= 0 and at % 16:
                at = self._text.find(key, at + 1)
            return at // 16 if at >= 0 else None
        at = self._text.find(note_id) if note_id else -1
        while at >= 0:
            number = bisect.bisect_right(self._ends, at)
            begins = self._ends[number - 1] if number else 0
            if at == begins and self._ends[number] == at + len(note_id):
                return number
            at = self._text.find(note_id, at + 1)
        return None


class _Stretch(NamedTuple):
    """The notes placed in one stretch of the text (a section, as the placer goes), packed."""

    range_starts: array  # sorted by (start, end); notes at one place in the order they came
    range_ends: array
    range_notes: array  # each range's note: its number in this stretch
    marker_positions: array  # sorted; notes at one place in the order they came
    marker_notes: array  # one marker a note: as many as there are ids
    ids: _Ids

    def note_id(self, number: int) -> str:
        return self.ids.name(number)


class PlacedNotes:
    """Every note placed in a text so far, packed: arrays of numbers and strings of ids.

    A note costs some 40 bytes here, where a tuple of Python numbers and its own id string
    cost over 600: 100,000 notes must not weigh on the window. The notes are kept in stretches
    of the text that never overlap (one a section, as the placer places them), each packed in
    arrays that are never changed once made, so a copy to show while more are placed costs
    nothing, and adding a page of notes repacks only the stretch it falls in. Ranges are
    sorted by (start, end) and markers by position; notes at one place keep the order they
    were added in, as ``sorted_by_place`` keeps them.
    """

    def __init__(self) -> None:
        self._stretches: list[_Stretch] = []
        self._firsts: list[int] = []  # each stretch's first marker position
        self._marker_counts: list[int] = []  # markers in the stretches before each, and in all
        self.orphans: set[str] = set()
        self.longest = 0  # the longest range, for finding those that reach into a stretch of text

    def __len__(self) -> int:
        """How many notes were placed (orphans at their section's start included)."""
        return sum(len(stretch.ids) for stretch in self._stretches)

    @property
    def has_ranges(self) -> bool:
        return any(stretch.range_starts for stretch in self._stretches)

    def add(self, placed: Placement) -> None:
        """Add the notes placed by one ``place_notes`` (a note is added once)."""
        self.orphans.update(placed.orphans)
        if not placed.markers:
            return
        low, high = placed.markers[0][0], placed.markers[-1][0]
        first = max(0, bisect.bisect_right(self._firsts, low) - 1)
        while first < len(self._stretches) and self._stretches[first].marker_positions[-1] < low:
            first += 1
        last = bisect.bisect_right(self._firsts, high)
        merged = self._stretches[first:last]  # the stretches the new notes fall in (usually 0 or 1)
        ranges: list[tuple[int, int, int]] = []
        markers: list[tuple[int, int]] = []
        count = 0
        for stretch in merged:  # the notes already here keep their numbers' order: they came first
            renumbered = (n + count for n in stretch.range_notes)
            ranges += zip(stretch.range_starts, stretch.range_ends, renumbered, strict=True)
            markers += zip(stretch.marker_positions, (n + count for n in stretch.marker_notes), strict=True)
            count += len(stretch.ids)
        numbers: dict[str, int] = {}
        for _position, note_id in placed.markers:  # every note placed has a marker
            numbers.setdefault(note_id, count + len(numbers))
        ranges += ((start, end, numbers[note_id]) for start, end, note_id in placed.ranges)
        markers += ((position, numbers[note_id]) for position, note_id in placed.markers)
        ranges.sort()
        markers.sort()
        stretch = _Stretch(
            *(array("i", map(itemgetter(field), ranges)) for field in range(3)),
            *(array("i", map(itemgetter(field), markers)) for field in range(2)),
            _Ids.joined([stretch.ids for stretch in merged], list(numbers)),
        )
        self._stretches[first:last] = [stretch]
        self._firsts[first:last] = [stretch.marker_positions[0]]
        self._marker_counts = [0, *accumulate(len(s.marker_positions) for s in self._stretches)]
        if ranges:
            self.longest = max(self.longest, max(map(sub, stretch.range_ends, stretch.range_starts)))

    def snapshot(self) -> PlacedNotes:
        """A copy that later ``add`` calls leave as it is (what a reader shows while more is placed)."""
        copy = PlacedNotes()
        copy._stretches, copy._firsts = list(self._stretches), list(self._firsts)
        copy._marker_counts, copy.orphans, copy.longest = self._marker_counts, set(self.orphans), self.longest
        return copy

    # -- ranges ----------------------------------------------------------------------------------
    def _ranges_within(self, start: int, end: int) -> Iterator[tuple[int, int, _Stretch, int]]:
        """(start, end, stretch, number) of every range overlapping ``start``–``end``, in order."""
        index = max(0, bisect.bisect_right(self._firsts, start - self.longest) - 1)
        for stretch in self._stretches[index:]:
            if stretch.marker_positions[0] >= end:
                break
            starts = stretch.range_starts
            last = bisect.bisect_left(starts, end)
            first = bisect.bisect_left(starts, start - self.longest)
            for s, e, number in zip(
                starts[first:last],
                stretch.range_ends[first:last],
                stretch.range_notes[first:last],
                strict=True,
            ):
                if e > start:
                    yield s, e, stretch, number

    def passages_within(self, start: int, end: int) -> list[Span]:
        """The ranges that overlap ``start``–``end``, sorted (a bisect, not a scan of all)."""
        return [(s, e) for s, e, _stretch, _number in self._ranges_within(start, end)]

    def note_at(self, position: int) -> str | None:
        """The note whose range is the first to cover ``position``, if any."""
        for _s, _e, stretch, number in self._ranges_within(position, position + 1):
            return stretch.note_id(number)
        return None

    def range_of(self, note_id: str) -> Span | None:
        for stretch in self._stretches:
            number = stretch.ids.number_of(note_id)
            if number is not None:
                try:
                    index = stretch.range_notes.index(number)
                except ValueError:
                    return None
                return stretch.range_starts[index], stretch.range_ends[index]
        return None

    def ranges(self) -> Iterator[tuple[int, int, str]]:
        """Every range, (start, end, note id), in order (made one at a time)."""
        for stretch in self._stretches:
            for start, end, number in zip(
                stretch.range_starts, stretch.range_ends, stretch.range_notes, strict=True
            ):
                yield start, end, stretch.note_id(number)

    # -- markers ---------------------------------------------------------------------------------
    @property
    def marker_count(self) -> int:
        return self._marker_counts[-1] if self._stretches else 0

    def marker_positions(self) -> Iterator[int]:
        """Every marker's position, in order."""
        for stretch in self._stretches:
            yield from stretch.marker_positions

    def marker_note(self, index: int) -> str:
        """The note of the ``index``-th marker in order."""
        which = bisect.bisect_right(self._marker_counts, index) - 1
        stretch = self._stretches[which]
        return stretch.note_id(stretch.marker_notes[index - self._marker_counts[which]])

    def markers(self) -> Iterator[tuple[int, str]]:
        """Every marker, (position, note id), in order (made one at a time)."""
        for stretch in self._stretches:
            for position, number in zip(stretch.marker_positions, stretch.marker_notes, strict=True):
                yield position, stretch.note_id(number)


class MarkerColumn:
    """Margin markers for notes, stacked once and then looked up by height in log time.

    Built from each marker's line top (document coordinates) in document order: a marker
    starts at its own line or just below the previous one, whichever is lower, so none
    overlaps another, the notes keep their order, and the whole column costs one sweep (and a
    sort, only if the tops are out of order). A marker is known by its place in ``tops``; the
    heights are kept in an array, 8 bytes a marker. Painting and clicking ask only for the
    band they need.
    """

    def __init__(self, tops: Sequence[float], size: float, gap: float = 1.0) -> None:
        self.size = size
        # Tops come in document order, so nearly always already sorted: then a marker's place in
        # ``tops`` is its place in the column and no order is kept.
        self.order: array | None = None
        order: Iterable[int] = range(len(tops))
        if any(earlier > later for earlier, later in pairwise(tops)):
            order = self.order = array("i", sorted(order, key=tops.__getitem__))
        self.ys = array("d")
        floor = float("-inf")
        for index in order:
            y = max(tops[index], floor)
            self.ys.append(y)
            floor = y + size + gap

    def __len__(self) -> int:
        return len(self.ys)

    def between(self, top: float, bottom: float) -> list[tuple[float, int]]:
        """The markers any part of which lies between ``top`` and ``bottom``: (y, place in tops)."""
        first = bisect.bisect_right(self.ys, top - self.size)
        last = bisect.bisect_right(self.ys, bottom)
        places = range(first, last) if self.order is None else self.order[first:last]
        return list(zip(self.ys[first:last], places, strict=True))

    def at(self, y: float) -> int | None:
        """The place in ``tops`` of the marker that covers height ``y``, if any."""
        index = bisect.bisect_right(self.ys, y) - 1
        if index >= 0 and y <= self.ys[index] + self.size:
            return index if self.order is None else self.order[index]
        return None
