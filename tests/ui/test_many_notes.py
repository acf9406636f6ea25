"""A heavy note-taker's window: many notes at one place, thousands over the report."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt

from desktop.context import open_notes
from desktop.core.notes.anchoring import selector_for_quote
from desktop.core.notes.bench_data import make_bench_notes


def test_three_hundred_notes_on_one_passage_each_get_their_own_marker(make_window, store, data_dir, qtbot):
    notes = open_notes(data_dir)
    selector = selector_for_quote(store.section_text("russias-interests"), "de facto cordon sanitaire")
    ids = [notes.add("russias-interests", f"note {n}", selector).id for n in range(300)]
    notes.close()
    window = make_window()
    qtbot.waitUntil(lambda: not window.placer.busy)
    window.reader.show_section("russias-interests")
    window.reader.scroll_to_position(window.reader.note_range(ids[0])[0])
    shown = window.reader.visible_markers()
    assert len(shown) > 10
    assert all(not a.intersects(b) for (a, _), (b, _) in itertools.pairwise(shown))
    assert [note_id for _, note_id in shown] == ids[: len(shown)]  # in the order they were made
    rect, note_id = shown[7]
    qtbot.mouseClick(window.reader.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.notes.current_note() == note_id


def test_thousands_of_notes_are_all_placed_and_counted(make_window, store, data_dir, qtbot):
    open_notes(data_dir).close()
    make_bench_notes(data_dir / "notes.sqlite", store, 3000)
    window = make_window()
    qtbot.waitUntil(lambda: not window.placer.busy, timeout=20_000)
    counts = open_notes(data_dir).counts_by_section()
    assert sum(counts.values()) == 3000
    placed = {note_id for _, note_id in window.reader.markers.positions}
    assert len(placed) == 3000  # every note has its marker (an orphan at its section's start)


def test_filtering_thousands_of_notes_never_widens_the_dock(make_window, store, data_dir, qtbot):
    open_notes(data_dir).close()
    make_bench_notes(data_dir / "notes.sqlite", store, 3000)
    window = make_window()
    window.panels.focus("notes")
    qtbot.wait(20)
    before = window.reader.width()
    qtbot.keyClicks(window.notes.filter_box, "security")
    qtbot.wait(20)
    assert "listed" in window.notes.status.text()  # a long count line...
    assert window.reader.width() >= before  # ...wraps: the text keeps its room
    assert window.notes.minimumSizeHint().width() < 300


def notes_quote(data_dir, note_id: str) -> str:
    notes = open_notes(data_dir)
    try:
        return notes.get(note_id).quote
    finally:
        notes.close()


def holders_of_every_note(every_id: set[str]) -> list[type]:
    """The Python containers that keep an entry (an id, or a tuple with one) for most notes."""
    import gc

    gc.collect()
    holders = []
    for holder in gc.get_objects():
        if holder is every_id or not isinstance(holder, list | tuple | dict | set) or len(holder) < 1000:
            continue
        entries = sum(
            r in every_id if type(r) is str else type(r) is tuple and any(x in every_id for x in r)
            for r in gc.get_referents(holder)
            if type(r) in (str, tuple)
        )
        if entries >= len(every_id) // 3:
            holders.append(type(holder))
    return holders


def test_notes_placed_in_the_text_are_kept_packed_not_as_an_object_each(make_window, store, data_dir, qtbot):
    """With thousands of notes marked in the text, the window keeps a few numbers for each, not
    a Python object (100,000 notes once cost 650 bytes apiece), and every note is still marked
    in its place."""
    open_notes(data_dir).close()
    make_bench_notes(data_dir / "notes.sqlite", store, 3000)
    notes = open_notes(data_dir)
    every_id = {row[0] for row in notes.connection.execute("SELECT id FROM notes")}
    notes.close()
    window = make_window()
    window.panels.focus("notes")
    qtbot.waitUntil(lambda: not window.placer.busy, timeout=20_000)
    assert holders_of_every_note(every_id) == []
    assert len(window.notes.visible_note_ids()) == 300  # the list shows its first page as before
    assert {note_id for _, note_id in window.reader.markers.positions} == every_id
    text = window.reader.plain_text()
    for note_id in sorted(every_id - window.orphans)[::300]:
        start, end = window.reader.note_range(note_id)
        assert " ".join(text[start:end].split()) == " ".join(notes_quote(data_dir, note_id).split())
