"""Where notes, hits and margin markers sit: plain functions over text and heights."""

from __future__ import annotations

import itertools
import math

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.notes import placement
from desktop.core.notes.anchoring import make_selector
from desktop.core.notes.placement import MarkerColumn, PlacedNotes, hit_spans, place_notes, section_spans
from desktop.core.notes.store import Note

SIZE = 18.0


def note(note_id: str, section_id: str, text: str = "", start: int = 0, end: int = 0) -> Note:
    if not text:
        return Note(id=note_id, section_id=section_id)
    selector = make_selector(text, start, end)
    return Note(
        id=note_id,
        section_id=section_id,
        quote=selector.exact,
        prefix=selector.prefix,
        suffix=selector.suffix,
        position=selector.position,
    )


def test_a_thousand_notes_at_one_place_stack_without_overlap_in_their_order():
    column = MarkerColumn([100.0] * 1000, SIZE)
    stacked = column.between(-math.inf, math.inf)
    assert [marker for _, marker in stacked] == list(range(1000))
    assert all(later - earlier >= SIZE for (earlier, _), (later, _) in itertools.pairwise(stacked))
    # Every one of them can be clicked: the middle of each marker finds that note.
    assert all(column.at(y + SIZE / 2) == marker for y, marker in stacked)


@given(st.lists(st.floats(min_value=0, max_value=5000, allow_nan=False), max_size=300))
def test_markers_never_overlap_and_never_rise_above_their_line(tops):
    column = MarkerColumn(tops, SIZE)
    stacked = column.between(-math.inf, math.inf)
    assert all(y >= tops[marker] for y, marker in stacked)
    assert all(later - earlier >= SIZE for (earlier, _), (later, _) in itertools.pairwise(stacked))
    # In the order of their lines, and those on one line in the order they came.
    assert [marker for _, marker in stacked] == sorted(range(len(tops)), key=lambda i: (tops[i], i))


def test_only_the_markers_in_view_are_asked_for():
    column = MarkerColumn([float(y) for y in range(0, 100_000, 40)], SIZE)
    shown = column.between(2000, 2600)
    assert [marker for _, marker in shown] == [y // 40 for y in range(2000, 2601, 40)]
    assert column.at(10.0) == 0 and column.at(30.0) is None


def test_place_notes_finds_passages_section_notes_and_orphans():
    text = "Intro words here. The Salang tunnel links north and south. More text follows."
    spans = section_spans([0, 18], ["intro", "body"], len(text))
    start = text.index("Salang tunnel")
    notes = [
        note("passage", "body", text[18:], start - 18, start - 18 + len("Salang tunnel")),
        note("section", "intro"),
        note("gone", "no-such-section"),
        Note(id="edited", section_id="body", quote="words nowhere in the text", position=3),
    ]
    placed = place_notes(text, spans, notes)
    assert placed.ranges == [(start, start + len("Salang tunnel"), "passage")]
    assert (0, "section") in placed.markers
    assert placed.orphans == {"gone", "edited"}
    assert (18, "edited") in placed.markers  # an orphan stays reachable at its section's start


def test_hits_are_whole_words_longest_first_case_blind():
    text = "CSTO members; the csto. Tajik and Tajikistan."
    assert hit_spans(text, ["csto"]) == [(0, 4), (18, 22)]
    assert [text[s:e] for s, e in hit_spans(text, ["tajik", "tajikistan"])] == ["Tajik", "Tajikistan"]
    assert hit_spans(text, []) == []


def test_notes_at_one_place_keep_the_order_they_came_in():
    text = "The Salang tunnel links north and south."
    spans = section_spans([0], ["body"], len(text))
    made = [note(note_id, "body", text, 4, 17) for note_id in ("z-first", "a-second", "m-third")]
    placed = place_notes(text, spans, made)
    assert [note_id for _, note_id in placed.markers] == ["z-first", "a-second", "m-third"]
    assert [note_id for *_, note_id in placed.ranges] == ["z-first", "a-second", "m-third"]


def test_a_phrase_is_marked_whole_across_line_breaks():
    text = "The C5+1 format was introduced by the\nUS in 2016. By the way, the US left."
    spans = hit_spans(text, ["introduced by the US in 2016"])
    assert [text[s:e] for s, e in spans] == ["introduced by the\nUS in 2016"]


def placed_in_pages(
    text: str, spans: dict, notes: list, pages: list[list[int]], shown_every: int = 0
) -> PlacedNotes:
    placed = PlacedNotes()
    for number, page in enumerate(pages, 1):
        placed.add(place_notes(text, spans, [notes[i] for i in page]))
        if shown_every and number % shown_every == 0:
            placed.snapshot()  # the notes so far are packed, the next ones go in beside them
    return placed


@given(st.data())
def test_notes_placed_page_by_page_are_where_placing_them_all_at_once_puts_them(data):
    """However the placer pages through the notes (the section in view first, then on), the
    packed placement lists every range and marker as placing all the notes at once does."""
    text = "Intro words here. The Salang tunnel links north and south. More text follows. The end."
    starts = [0, 18, 59, 78]
    spans = section_spans(starts, ["a", "b", "c", "d"], len(text))
    uuid = "00000000-0000-4000-8000-{:012x}".format
    made = []
    for number in range(data.draw(st.integers(0, 40))):
        section = data.draw(st.sampled_from("abcd"))
        low, high = spans[section]
        start = data.draw(st.integers(low, high - 2))
        end = data.draw(st.integers(start + 1, min(high, start + 12)))
        note_id = uuid(number) if data.draw(st.booleans()) else f"imported #{number}"
        kind = data.draw(st.sampled_from(["passage", "passage", "section", "orphan"]))
        if kind == "passage":
            made.append(note(note_id, section, text[low:high], start - low, end - low))
        elif kind == "section":
            made.append(note(note_id, section))
        else:
            made.append(Note(id=note_id, section_id=section, quote="no such words", position=1))
    # Pages as the placer reads them: one section's notes in the order read, sections in any order.
    order = data.draw(st.permutations("abcd"))
    pages = []
    for section in order:
        mine = [i for i, n in enumerate(made) if n.section_id == section]
        size = data.draw(st.integers(1, 5))
        pages += [mine[at : at + size] for at in range(0, len(mine), size)]
    every = place_notes(text, spans, [made[i] for page in pages for i in page])
    packed_together = placement.STRETCH
    placement.STRETCH = data.draw(st.sampled_from([2, 3, 8, packed_together]))  # stretches cut often
    try:
        placed = placed_in_pages(text, spans, made, pages, data.draw(st.integers(0, 3)))
    finally:
        placement.STRETCH = packed_together
    assert list(placed.ranges()) == every.ranges
    assert list(placed.markers()) == every.markers
    assert placed.orphans == every.orphans
    assert [placed.marker_note(i) for i in range(placed.marker_count)] == [n for _, n in every.markers]
    for start, end, note_id in every.ranges:
        assert placed.range_of(note_id) == (start, end)
    for position in range(len(text)):
        covering = [r for r in every.ranges if r[0] <= position < r[1]]
        assert placed.note_at(position) == (covering[0][2] if covering else None)
        assert placed.passages_within(position, position + 3) == [
            (s, e) for s, e, _ in every.ranges if s < position + 3 and e > position
        ]


def test_an_id_inside_another_is_never_taken_for_it():
    text = "The Salang tunnel links north and south."
    spans = section_spans([0], ["body"], len(text))
    made = [note("ab", "body", text, 4, 10), note("b", "body", text, 11, 17), note("a", "body", text, 18, 23)]
    placed = placed_in_pages(text, spans, made, [[0, 1, 2]])
    assert placed.range_of("b") == (11, 17)
    assert placed.range_of("a") == (18, 23)
    assert placed.range_of("c") is None and placed.range_of("") is None


def test_a_snapshot_stays_as_it_was_while_more_notes_are_placed():
    text = "The Salang tunnel links north and south."
    spans = section_spans([0], ["body"], len(text))
    made = [note(f"n{i}", "body", text, 4 * i, 4 * i + 3) for i in range(8)]
    placed = placed_in_pages(text, spans, made, [[0, 1, 2]])
    shown = placed.snapshot()
    placed.add(place_notes(text, spans, made[3:]))
    assert [note_id for *_, note_id in shown.ranges()] == ["n0", "n1", "n2"]
    assert [note_id for *_, note_id in placed.ranges()] == [f"n{i}" for i in range(8)]
    assert shown.range_of("n5") is None and placed.range_of("n5") == (20, 23)
