"""Reading progress: what was in view, per section, kept as text."""

from __future__ import annotations

from desktop.core.reading_progress import READ_AT, ReadingLog, place_in_report, report_key

SPANS = {"a": (0, 100), "b": (100, 300), "c": (300, 400)}


def test_scrolling_through_marks_what_was_in_view():
    log = ReadingLog()
    assert log.see(SPANS, 0, 60) == {"a"}
    assert log.see(SPANS, 50, 150) == {"a", "b"}
    assert log.fraction("a", 100) == 1.0  # read: scrolled past
    assert log.fraction("b", 200) == 0.25
    assert log.fraction("c", 100) == 0.0
    assert log.see(SPANS, 50, 150) == set()  # nothing new
    assert log.overall(SPANS) == 150 / 400


def test_a_jump_counts_only_what_was_shown_not_what_was_skipped():
    log = ReadingLog()
    log.see(SPANS, 250, 350)
    assert log.fraction("b", 200) == 0.25 and log.fraction("a", 100) == 0.0
    log.see(SPANS, 100, 200)
    assert log.seen["b"] == [(0, 100), (150, 200)]


def test_nearly_all_of_a_section_counts_as_read():
    log = ReadingLog()
    log.see(SPANS, 100, 100 + int(200 * READ_AT))
    assert log.fraction("b", 200) == 1.0


def test_the_log_survives_as_text_and_a_damaged_value_reads_as_empty():
    log = ReadingLog()
    log.see(SPANS, 0, 150)
    again = ReadingLog.from_text(log.to_text())
    assert again.fractions(SPANS) == log.fractions(SPANS)
    for damaged in ("{", "[1,2]", '{"a": [[5]]}', '{"a": "x"}', ""):
        assert ReadingLog.from_text(damaged).seen == {}


def test_place_and_key():
    assert place_in_report(50, 200) == 0.25 and place_in_report(5, 0) == 0.0
    meta = {"series": "SCEEUS Report", "number": "1", "title": "Russian Interests in Afghanistan"}
    assert report_key(meta) == "sceeus-report-1-russian-interests-in-afghanistan"


def test_recent_notes_are_the_last_changed_and_their_labels_are_short(tmp_path):
    from desktop.core.notes.recent import label, recent_notes
    from desktop.core.notes.store import NotesStore

    store = NotesStore(tmp_path / "notes.sqlite3")
    old = store.add("a", "old")
    new = store.add("b", "new\nsecond line")
    gone = store.add("c", "deleted")
    store.delete(gone.id)
    assert [n.id for n in recent_notes(store)] == [new.id, old.id]
    store.update(old.id, body="x" * 100)
    assert [n.id for n in recent_notes(store, 1)] == [old.id]
    assert label(recent_notes(store, 1)[0]) == "x" * 59 + "…"
    assert label(store.get(new.id)) == "new"
