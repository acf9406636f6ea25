"""Notes in the window, the way a reader takes them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor


def select(reader, words: str) -> None:
    cursor = reader.document().find(words)
    assert not cursor.isNull()
    reader.setTextCursor(cursor)


def test_select_note_type_close_reopen_still_there_and_anchored(make_window, qtbot):
    first = make_window()
    select(first.reader, "de facto cordon sanitaire")
    first.reader.setFocus()
    qtbot.keyClick(first.reader, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert first.notes.editor.hasFocus()
    qtbot.keyClicks(first.notes.editor, "Buffer state, in *their* words.")
    first.close()  # at once: no wait for the autosave timer
    second = make_window()
    notes = second.notes_store.notes()
    assert [n.body for n in notes] == ["Buffer state, in *their* words."]
    note = notes[0]
    assert note.quote == "de facto cordon sanitaire" and note.section_id == "russias-interests"
    start, end = second.reader.note_range(note.id)
    assert second.reader.document().toPlainText()[start:end] == "de facto cordon sanitaire"
    assert second.contents.note_count("russias-interests") == 1


def test_autosave_within_a_second_while_typing(window, qtbot):
    window.reader.show_section("history")
    window.add_section_note()
    qtbot.keyClicks(window.notes.editor, "typed")
    note_id = window.notes.current_note()
    assert window.notes_store.get(note_id).body == ""  # not yet: no Save button, no wait for one
    qtbot.waitUntil(lambda: window.notes_store.get(note_id).body == "typed", timeout=5000)


def test_keyboard_only_note_on_the_paragraph_at_the_cursor(window, qtbot):
    reader = window.reader
    reader.toggle_caret_browsing()  # F7: a caret, placed with the keyboard
    position = reader.anchor_position("soviet-invasion.p1")
    cursor = QTextCursor(reader.document())
    cursor.setPosition(position + 5)
    reader.setTextCursor(cursor)
    reader.setFocus()
    qtbot.keyClick(reader, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    note = window.notes_store.get(window.notes.current_note())
    assert note.quote.startswith("On Christmas Day 1979, the Soviet Union invaded Afghanistan")
    assert note.section_id == "soviet-invasion"


def test_filter_as_you_type(window, qtbot):
    for section, body in (("history", "about the Great Game"), ("withdrawal", "about Lavrov")):
        window.notes.add(section, body=body)
    window.panels.focus("notes")
    qtbot.keyClicks(window.notes.filter_box, "lavr")
    visible = window.notes.visible_note_ids()
    assert [window.notes_store.get(i).body for i in visible] == ["about Lavrov"]


def test_delete_goes_to_the_trash_and_undo_restores(window, qtbot):
    note = window.notes.add("history", body="keep me")
    window.notes.delete_current()
    assert window.notes_store.notes() == []
    assert [n.id for n in window.notes_store.notes(deleted=True)] == [note.id]
    window.notes.tree.setFocus()
    qtbot.keyClick(window.notes.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [n.id for n in window.notes_store.notes()] == [note.id]


def test_clicking_a_highlight_opens_its_note(window, qtbot):
    select(window.reader, "of sound mind")
    window.add_passage_note()
    note_id = window.notes.current_note()
    window.notes.open_note(note_id)
    window.notes.flush()
    other = window.notes.add("history", body="another note")
    assert window.notes.current_note() == other.id
    reader = window.reader
    start, _end = reader.note_range(note_id)
    reader.scroll_to_position(start, margin=100)
    cursor = QTextCursor(reader.document())
    cursor.setPosition(start + 3)
    point = reader.cursorRect(cursor).center()
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.notes.current_note() == note_id


def test_margin_marker_opens_the_note(window, qtbot):
    window.reader.show_section("conclusions")
    note = window.notes.add("conclusions", body="section note")
    other = window.notes.add("introduction", body="another note")
    window.reader.show_section("conclusions")
    assert window.notes.current_note() == other.id
    rects = window.reader.visible_markers()
    assert [note_id for _rect, note_id in rects] == [note.id]
    qtbot.mouseClick(window.reader.viewport(), Qt.MouseButton.LeftButton, pos=rects[0][0].center())
    assert window.notes.current_note() == note.id


def test_copy_with_citation(window, qtbot):
    select(window.reader, "cordon sanitaire")
    qtbot.keyClick(
        window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("“cordon sanitaire”")
    assert "Janse, Diana. “Russia's Interests in Afghanistan.” In Russian Interests in Afghanistan." in copied
    assert "SCEEUS Report No. 1" in copied and "October 2021" in copied


def test_notes_appear_in_search(window, qtbot):
    window.notes.add("history", body="my thoughts on zeppelins")
    window.focus_search()
    qtbot.keyClicks(window.search.query_box, "zeppelin")
    hits = window.search.hits()
    assert [hit.kind for hit in hits] == ["note"]
    qtbot.keyClick(window.search.query_box, Qt.Key.Key_Return)
    assert window.reader.current_section() == "history"


def test_preview_renders_markdown_and_refuses_dangerous_links(window):
    window.notes.add("history", body="**bold** [x](javascript:alert(1)) <img src=/etc/passwd>")
    window.notes.tabs.setCurrentWidget(window.notes.preview)
    html = window.notes.preview.toHtml()
    assert "javascript" not in html and "<img" not in html
    assert "bold" in window.notes.preview.toPlainText()


def test_an_orphaned_note_is_kept_and_shown_with_its_quote(window):
    from desktop.core.notes.anchoring import Selector

    lost = Selector("words that the report never had in it", "before ", " after", 10)
    note = window.notes_store.add("history", "orphan body", lost)
    window.refresh_notes()
    assert note.id in window.notes.orphans
    window.notes.open_note(note.id)
    assert "no longer found" in window.notes.quote_label.text()
    assert window.notes_store.get(note.id) is not None


def test_a_long_list_is_capped_and_says_so(window):
    from desktop.core.notes.store import Note, now

    stamp = now()
    many = [
        Note(
            id=f"00000000-0000-4000-8000-{n:012d}",
            section_id="history",
            body=f"note {n}",
            created=stamp,
            updated=stamp,
        )
        for n in range(320)
    ]
    window.notes_store.merge(many)
    window.notes.refresh()
    assert len(window.notes.visible_note_ids()) == 300
    assert "first 300 listed" in window.notes.status.text()
    window.notes.filter_box.setText("319")
    assert len(window.notes.visible_note_ids()) == 1
