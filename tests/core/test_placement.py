"""Where notes, hits and margin markers sit: plain functions over text and heights."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.notes.anchoring import make_selector
from desktop.core.notes.placement import MarkerColumn, hit_spans, place_notes, section_spans
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
    column = MarkerColumn([(100.0, f"n{i:04}") for i in range(1000)], SIZE)
    ys = [y for y, _ in column.markers]
    assert [note_id for _, note_id in column.markers] == [f"n{i:04}" for i in range(1000)]
    assert all(later - earlier >= SIZE for earlier, later in itertools.pairwise(ys))
    # Every one of them can be clicked: the middle of each marker finds that note.
    assert all(column.at(y + SIZE / 2) == note_id for y, note_id in column.markers)


@given(st.lists(st.floats(min_value=0, max_value=5000, allow_nan=False), max_size=300))
def test_markers_never_overlap_and_never_rise_above_their_line(tops):
    column = MarkerColumn([(top, f"n{i}") for i, top in enumerate(sorted(tops))], SIZE)
    placed = dict((note_id, y) for y, note_id in column.markers)
    assert all(placed[f"n{i}"] >= top for i, top in enumerate(sorted(tops)))
    ys = [y for y, _ in column.markers]
    assert all(later - earlier >= SIZE for earlier, later in itertools.pairwise(ys))


def test_only_the_markers_in_view_are_asked_for():
    column = MarkerColumn([(float(y), f"n{y}") for y in range(0, 100_000, 40)], SIZE)
    shown = column.between(2000, 2600)
    assert [note_id for _, note_id in shown] == [f"n{y}" for y in range(2000, 2601, 40)]
    assert column.at(10.0) == "n0" and column.at(30.0) is None


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
