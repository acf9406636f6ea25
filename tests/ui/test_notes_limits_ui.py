"""The notes dock never saves less than it was given: long tag lists, long quotes, set-aside files."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt

from desktop.context import open_notes
from desktop.core.notes.store import NOTES_FILE


def _type_into_body(window, qtbot, note_id: str) -> None:
    window.show_note(note_id)
    panel = window.notes
    panel.editor.setFocus()
    panel.editor.moveCursor(panel.editor.textCursor().MoveOperation.End)
    qtbot.keyClick(panel.editor, Qt.Key.Key_X)
    assert panel.flush()


def test_a_note_with_3000_tags_keeps_every_tag_when_its_body_is_edited(window, qtbot, data_dir):
    tags = [f"tag-number-{n:05d}" for n in range(3000)]  # 50,000 characters: over Qt's 32,767
    note = open_notes(data_dir).add("history", "body", tags=tags)
    _type_into_body(window, qtbot, note.id)
    saved = open_notes(data_dir).get(note.id)
    assert saved.body == "bodyx" and list(saved.tags) == tags


def test_tags_saved_before_there_were_limits_are_kept_whole(window, qtbot, data_dir):
    notes = open_notes(data_dir)
    note = notes.add("history", "body")
    tags = tuple(f"{n:06d}-" + "t" * 40 for n in range(3000))  # 141,000 characters: over the limit
    assert len(", ".join(tags)) > 100_000  # MAX_TAGS_CHARS
    notes._write([notes.get(note.id)._replace(tags=tags)])  # as an earlier Dossier could have
    _type_into_body(window, qtbot, note.id)
    assert window.notes.tags_box.isReadOnly()
    saved = open_notes(data_dir).get(note.id)
    assert saved.body == "bodyx" and saved.tags == tags


def test_a_long_quote_is_shown_cut_and_the_note_opens(window, data_dir):
    notes = open_notes(data_dir)
    note = notes.add("history", "on a long passage")
    notes._write([notes.get(note.id)._replace(quote="q" * 1_000_000)])
    window.show_note(note.id)
    shown = window.notes.quote_label.text()
    assert len(shown) < 3_000 and "characters in all)" in shown


def test_the_window_names_a_set_aside_file_while_the_notes_are_empty(make_window, data_dir):
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / NOTES_FILE).write_bytes(os.urandom(4096))
    make_window().close()  # the damaged file is moved aside (and said)
    again = make_window()
    assert again.banner.isVisible() and "set aside" in again.banner.label.text()
