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
