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
from operator import itemgetter
from typing import TYPE_CHECKING, NamedTuple

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
    # Here, not at the top: the reader draws from PlacedNotes before any note is placed (its
    # first paint), and does not wait for the anchoring's import.
    from desktop.core.notes.anchoring import Locator

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


def _key(note_id: str) -> bytes | str:
    """A note's id as kept: 16 bytes for a UUID as Dossier writes them (nearly all), else itself."""
    return bytes.fromhex(note_id.replace("-", "")) if _UUID.fullmatch(note_id) else note_id


def _name(key: bytes | str) -> str:
    if isinstance(key, str):
        return key
    h = key.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


class _Ids:
    """Notes' ids, packed: one string of 16 bytes a note when all are UUIDs, else one string of
    the ids with where each ends. A note is known here by its number, its place in the string."""

    __slots__ = ("_ends", "_text")

    def __init__(self, keys: list[bytes | str]) -> None:
        self._ends: array | None = None
        if all(isinstance(key, bytes) for key in keys):
            self._text: bytes | str = b"".join(keys)
        else:
            names = list(map(_name, keys))
            self._text = "".join(names)
            self._ends = array("i", accumulate(map(len, names)))

    def __len__(self) -> int:
        return len(self._text) // 16 if self._ends is None else len(self._ends)

    def keys(self) -> list[bytes | str]:
        if self._ends is None:
            return [self._text[at : at + 16] for at in range(0, len(self._text), 16)]
        return [self._text[begin:end] for begin, end in zip([0, *self._ends], self._ends, strict=False)]

    def name(self, number: int) -> str:
        if self._ends is None:
            return _name(self._text[number * 16 : number * 16 + 16])
        return self._text[self._ends[number - 1] if number else 0 : self._ends[number]]

    def number_of(self, note_id: str) -> int | None:
        if self._ends is None:
            key = _key(note_id)
            if not isinstance(key, bytes):
                return None
            at = self._text.find(key)
            while at >= 0 and at % 16:  # found across two ids
                at = self._text.find(key, at + 1)
            return at // 16 if at >= 0 else None
        at = self._text.find(note_id) if note_id else -1
        while at >= 0:
            number = bisect.bisect_right(self._ends, at)
            if at == (self._ends[number - 1] if number else 0) and self._ends[number] == at + len(note_id):
                return number
            at = self._text.find(note_id, at + 1)
        return None


class _Stretch(NamedTuple):
    """The notes placed in one stretch of the text, packed in arrays made once."""

    range_starts: array  # sorted by (start, end); notes at one place in the order they came
    range_ends: array
    range_notes: array  # each range's note: its number in this stretch
    marker_positions: array  # sorted; notes at one place in the order they came
    marker_notes: array  # one marker a note: as many as there are ids
    ids: _Ids

    def note_id(self, number: int) -> str:
        return self.ids.name(number)


STRETCH = 2048  # notes packed together at most (unless more share one place): what repacking costs

SETTLE_AT = 1024  # notes added that are packed at once: fewer repack more often, more weigh more

Pending = tuple[int, bytes | str, Span | None]  # a note added but not yet packed: marker, id, range


def _packed(old: _Stretch | None, notes: list[Pending]) -> list[_Stretch]:
    """``old``'s notes and then ``notes`` (in the order they came) packed in stretches of at most
    about STRETCH notes each."""
    keys = [*(old.ids.keys() if old else ()), *(key for _, key, _ in notes)]
    ranges: list[tuple[int, int, int]] = []
    markers: list[tuple[int, int]] = []
    if old is not None:  # the notes already here keep their numbers: they came first
        ranges += zip(old.range_starts, old.range_ends, old.range_notes, strict=True)
        markers += zip(old.marker_positions, old.marker_notes, strict=True)
    for number, (position, _key, span) in enumerate(notes, len(keys) - len(notes)):
        markers.append((position, number))
        if span is not None:
            ranges.append((*span, number))
    ranges.sort()
    markers.sort()
    if len(markers) <= STRETCH:
        return [_stretch(ranges, markers, keys)]
    pieces, begin = [], 0
    while begin < len(markers):  # cut only between two places, so no place is in two stretches
        end = min(begin + STRETCH // 2, len(markers))
        while end < len(markers) and markers[end][0] == markers[end - 1][0]:
            end += 1
        piece = markers[begin:end]
        low = bisect.bisect_left(ranges, (piece[0][0],))
        high = bisect.bisect_left(ranges, (piece[-1][0] + 1,))
        numbers = {number: new for new, number in enumerate(sorted(number for _, number in piece))}
        pieces.append(
            _stretch(
                [(start, stop, numbers[number]) for start, stop, number in ranges[low:high]],
                [(position, numbers[number]) for position, number in piece],
                [keys[number] for number in numbers],
            )
        )
        begin = end
    return pieces


def _stretch(ranges: list[tuple[int, int, int]], markers: list[tuple[int, int]], keys: list) -> _Stretch:
    numbers = "H" if len(keys) <= 1 << 16 else "i"  # 2 bytes a note's number, as stretches are small
    return _Stretch(
        array("i", map(itemgetter(0), ranges)),
        array("i", map(itemgetter(1), ranges)),
        array(numbers, map(itemgetter(2), ranges)),
        array("i", map(itemgetter(0), markers)),
        array(numbers, map(itemgetter(1), markers)),
        _Ids(keys),
    )


class PlacedNotes:
    """Every note placed in a text so far, packed: arrays of numbers and strings of ids.

    A note costs some 40 bytes here, where a tuple of Python numbers and its own id string
    cost over 600: 100,000 notes must not weigh on the window. The notes are kept in stretches
    of the text that never overlap (a few thousand notes each at most), packed in arrays made
    once, so a copy to show while more are placed costs next to nothing. Notes added wait in a
    short list (SETTLE_AT at most) until they are next asked for, then go into the stretches
    their places fall in, repacking only those. Ranges are sorted by (start, end) and markers
    by position; notes at one place keep the order they were added in, as ``sorted_by_place``
    keeps them.
    """

    def __init__(self) -> None:
        self._stretches: list[_Stretch] = []
        self._firsts: list[int] = []  # each stretch's first marker position
        self._marker_counts: list[int] = [0]  # markers in the stretches before each, and in all
        self._pending: list[Pending] = []
        self.orphans: set[str] = set()
        self.longest = 0  # the longest range, for finding those that reach into a stretch of text

    def add(self, placed: Placement) -> None:
        """Add the notes placed by one ``place_notes`` (a note is added once)."""
        self.orphans.update(placed.orphans)
        spans = {note_id: (start, end) for start, end, note_id in placed.ranges}
        # Every note placed has one marker; they are sorted, those at one place in the order they came.
        self._pending += (
            (position, _key(note_id), spans.get(note_id)) for position, note_id in placed.markers
        )
        self.longest = max(self.longest, *(end - start for start, end in spans.values()), 0)
        if len(self._pending) >= SETTLE_AT:
            self._settle()

    def _settle(self) -> list[_Stretch]:
        """The stretches, with the notes added since last asked packed into them."""
        if not self._pending:
            return self._stretches
        self._pending.sort(key=itemgetter(0))  # stable: at one place, still in the order they came
        groups: list[tuple[int, bool, list[Pending]]] = []  # (stretch index, within it, notes)
        for note in self._pending:
            index = bisect.bisect_right(self._firsts, note[0]) - 1
            within = index >= 0 and self._stretches[index].marker_positions[-1] >= note[0]
            if not within:
                index += 1  # a new stretch, to go in before the one at ``index``
            if not groups or groups[-1][:2] != (index, within):
                groups.append((index, within, []))
            groups[-1][2].append(note)
        self._pending = []
        for index, within, notes in reversed(groups):  # from the end: the indexes still hold
            old = self._stretches[index] if within else None
            self._stretches[index : index + within] = _packed(old, notes)
        self._firsts = [stretch.marker_positions[0] for stretch in self._stretches]
        self._marker_counts = [0, *accumulate(len(stretch.ids) for stretch in self._stretches)]
        return self._stretches

    def __len__(self) -> int:
        """How many notes were placed (orphans at their section's start included)."""
        return self.marker_count

    @property
    def has_ranges(self) -> bool:
        return any(stretch.range_starts for stretch in self._settle())

    def snapshot(self) -> PlacedNotes:
        """A copy that later ``add`` calls leave as it is (what a reader shows while more is placed)."""
        copy = PlacedNotes()
        copy._stretches, copy._firsts = list(self._settle()), list(self._firsts)
        copy._marker_counts, copy.orphans, copy.longest = self._marker_counts, set(self.orphans), self.longest
        return copy

    # -- ranges ----------------------------------------------------------------------------------
    def _ranges_within(self, start: int, end: int) -> Iterator[tuple[int, int, _Stretch, int]]:
        """(start, end, stretch, number) of every range overlapping ``start``–``end``, in order."""
        stretches = self._settle()
        index = max(0, bisect.bisect_right(self._firsts, start - self.longest) - 1)
        for stretch in stretches[index:]:
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
        for stretch in self._settle():
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
        for stretch in self._settle():
            for start, end, number in zip(
                stretch.range_starts, stretch.range_ends, stretch.range_notes, strict=True
            ):
                yield start, end, stretch.note_id(number)

    # -- markers ---------------------------------------------------------------------------------
    @property
    def marker_count(self) -> int:
        self._settle()
        return self._marker_counts[-1]

    def marker_positions(self) -> Iterator[int]:
        """Every marker's position, in order."""
        for stretch in self._settle():
            yield from stretch.marker_positions

    def marker_note(self, index: int) -> str:
        """The note of the ``index``-th marker in order."""
        stretches = self._settle()
        which = bisect.bisect_right(self._marker_counts, index) - 1
        stretch = stretches[which]
        return stretch.note_id(stretch.marker_notes[index - self._marker_counts[which]])

    def markers(self) -> Iterator[tuple[int, str]]:
        """Every marker, (position, note id), in order (made one at a time)."""
        for stretch in self._settle():
            for position, number in zip(stretch.marker_positions, stretch.marker_notes, strict=True):
                yield position, stretch.note_id(number)


class MarkerColumn:
    """Margin markers for notes, stacked once and then looked up by height in log time.

    Built from each marker's line top (document coordinates) in document order: a marker
    starts at its own line or just below the previous one, whichever is lower, so none
    overlaps another, the notes keep their order, and the whole column costs one sweep (and a
    sort, only if the tops are out of order). A marker is known by its place in ``tops``; the
    heights are kept in an array, 8 bytes a marker (``tops`` itself, when it is an array in
    order: it is stacked where it is). Painting and clicking ask only for the band they need.
    """

    def __init__(self, tops: Sequence[float], size: float, gap: float = 1.0) -> None:
        self.size = size
        # Tops come in document order, so nearly always already sorted: then a marker's place in
        # ``tops`` is its place in the column and no order is kept.
        self.order: array | None = None
        if any(earlier > later for earlier, later in pairwise(tops)):
            self.order = array("i", sorted(range(len(tops)), key=tops.__getitem__))
            self.ys = array("d", map(tops.__getitem__, self.order))
        else:
            self.ys = tops if isinstance(tops, array) and tops.typecode == "d" else array("d", tops)
        floor = float("-inf")
        ys = self.ys
        for index, top in enumerate(ys):
            if top < floor:
                ys[index] = top = floor
            floor = top + size + gap

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
