"""What a person sees when the notes file is damaged or the disk is full."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.context import open_notes
from desktop.core.notes.safety import make_backup


@pytest.fixture
def damaged_window(qtbot, store, data_dir):
    from desktop.ui.window.main_window import build_window

    notes = open_notes(data_dir)
    for n in range(5):
        notes.add("history", f"precious {n}")
    make_backup(notes, data_dir)
    notes.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    notes.close()
    (data_dir / "notes.sqlite").write_bytes(b"\x00garbage" * 1000)
    window = build_window(store, data_dir)  # as the app does at start
    qtbot.addWidget(window)
    window.show()
    return window


def test_damaged_notes_give_a_banner_and_the_report_still_works(damaged_window, qtbot):
    window = damaged_window
    assert window.banner.isVisible() and "moved, untouched" in window.banner.label.text()
    assert window.banner.restore_button.isVisible()
    window.focus_search()
    qtbot.keyClicks(window.search.query_box, "Salang")
    assert window.search.hits()


def test_the_banner_restores_the_newest_backup(damaged_window, qtbot):
    window = damaged_window
    qtbot.mouseClick(window.banner.restore_button, Qt.MouseButton.LeftButton)
    assert sorted(n.body for n in window.notes_store.notes()) == [f"precious {n}" for n in range(5)]
    assert not window.banner.isVisible()
    assert len(window.notes.visible_note_ids()) == 5


def test_a_full_disk_keeps_the_typed_text_and_retries(window, qtbot):
    note = window.notes.add("history", body="")
    store = window.notes_store
    pages = store.connection.execute("PRAGMA page_count").fetchone()[0]
    store.connection.execute(f"PRAGMA max_page_count = {pages}")
    qtbot.keyClicks(window.notes.editor, "words I must not lose " * 400)
    assert not window.notes.flush()
    assert window.notes.warning.isVisible() and "Not saved" in window.notes.warning.text()
    assert window.notes.editor.toPlainText().startswith("words I must not lose")
    store.connection.execute("PRAGMA max_page_count = 1073741823")  # space again
    qtbot.mouseClick(window.notes.retry_button, Qt.MouseButton.LeftButton)
    assert store.get(note.id).body.startswith("words I must not lose")
    assert not window.notes.warning.isVisible()


def test_the_unsaved_text_can_be_saved_as_a_file(window, tmp_path):
    window.notes.add("history", body="")
    window.notes.editor.setPlainText("keep this somewhere")
    target = tmp_path / "rescued.md"
    assert window.notes.save_copy(str(target))
    assert target.read_text(encoding="utf-8") == "keep this somewhere"
    assert not window.notes.save_copy(str(target))  # never overwrites
