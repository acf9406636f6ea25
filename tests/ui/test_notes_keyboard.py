"""Notes by keyboard (issue 24, items 3 and 4): Tab between text and tags, a real tab by its own
key, Ctrl+Tab loses nothing, F1 says so; Delete on the list; an empty note discarded, with undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.ui.notes.editor import REAL_TAB_KEY

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _new_note(window, qtbot):
    window.reader.show_section("history")
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_N, CTRL | SHIFT)  # Notes ▸ Note on This Section
    panel = window.notes
    assert panel.editor.hasFocus()
    return panel


def test_tab_goes_to_the_tags_and_shift_tab_back_to_the_text(window, qtbot):
    panel = _new_note(window, qtbot)
    qtbot.keyClicks(panel.editor, "Buffer states")
    qtbot.keyClick(panel.editor, Qt.Key.Key_Tab)
    assert panel.tags_box.hasFocus()
    qtbot.keyClicks(panel.tags_box, "central asia, csto")
    qtbot.keyClick(panel.tags_box, Qt.Key.Key_Backtab, SHIFT)
    assert panel.editor.hasFocus()
    qtbot.keyClicks(panel.editor, " matter")
    panel.flush()
    note = window.notes_store.get(panel.current_note())
    assert note.body == "Buffer states matter"  # no tab, no tags in the body
    assert note.tags == ("central asia", "csto")


def test_a_tag_typed_after_tab_is_added_to_the_tags_already_there(window, qtbot):
    panel = _new_note(window, qtbot)
    qtbot.keyClick(panel.editor, Qt.Key.Key_Tab)
    qtbot.keyClicks(panel.tags_box, "first")
    qtbot.keyClick(panel.tags_box, Qt.Key.Key_Backtab, SHIFT)
    qtbot.keyClick(panel.editor, Qt.Key.Key_Tab)
    assert panel.tags_box.hasFocus() and not panel.tags_box.hasSelectedText()  # typing adds, not replaces
    qtbot.keyClicks(panel.tags_box, ", second")
    panel.flush()
    assert window.notes_store.get(panel.current_note()).tags == ("first", "second")


def test_the_real_tab_key_types_a_tab(window, qtbot):
    panel = _new_note(window, qtbot)
    qtbot.keyClicks(panel.editor, "a")
    qtbot.keyClick(panel.editor, Qt.Key.Key_T, CTRL | SHIFT)
    qtbot.keyClicks(panel.editor, "b")
    assert REAL_TAB_KEY == "Ctrl+Shift+T"
    assert panel.editor.toPlainText() == "a\tb" and panel.editor.hasFocus()


def test_ctrl_tab_to_the_preview_loses_nothing_typed(window, qtbot):
    panel = _new_note(window, qtbot)
    qtbot.keyClicks(panel.editor, "first")
    qtbot.keyClick(panel.editor, Qt.Key.Key_Tab, CTRL)
    assert panel.tabs.currentWidget() is panel.preview
    qtbot.keyClicks(QApplication.focusWidget(), " second")
    assert panel.editor.toPlainText() == "first second"
    assert panel.tabs.currentWidget() is panel.editor


def test_f1_lists_the_way_to_the_tags_and_the_real_tab(window, qtbot, monkeypatch):
    from desktop.ui.window.shortcuts import ShortcutsDialog

    shown = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda self: shown.append(self.view.toPlainText()))
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert "In the note editor" in shown[0]
    assert "From the note's text to its tags, and back" in shown[0] and "Ctrl+Shift+T" in shown[0]


def test_hash_tag_in_the_filter_lists_tagged_notes_only(window, qtbot):
    window.notes.add("history", body="rhetoric, untagged")
    tagged = window.notes.add("withdrawal", body="Lavrov praises them")
    window.notes_store.update(tagged.id, tags=["rhetoric"])
    window.panels.focus("notes")
    qtbot.keyClicks(window.notes.filter_box, "#rhetoric")
    assert window.notes.visible_note_ids() == [tagged.id]


def test_delete_on_the_list_moves_the_selected_note_to_the_trash_and_ctrl_z_undoes(window, qtbot):
    keep = window.notes.add("history", body="keep me")
    gone = window.notes.add("withdrawal", body="delete me")
    panel = window.notes
    panel.tree.setFocus()
    assert panel.current_note() == gone.id
    qtbot.keyClick(panel.tree, Qt.Key.Key_Delete)
    assert [n.id for n in window.notes_store.notes()] == [keep.id]
    assert gone.id not in panel.visible_note_ids()
    qtbot.keyClick(panel.tree, Qt.Key.Key_Z, CTRL)
    assert {n.id for n in window.notes_store.notes()} == {keep.id, gone.id}


def test_an_empty_note_is_discarded_when_it_loses_focus_with_undo(window, qtbot):
    panel = _new_note(window, qtbot)
    note_id = panel.current_note()
    window.reader.setFocus()  # away, nothing typed
    qtbot.waitUntil(lambda: window.notes_store.get(note_id).deleted != "", timeout=2000)
    assert note_id not in panel.visible_note_ids()
    assert "empty note was discarded" in window.statusBar().currentMessage()
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_Z, CTRL)
    assert window.notes_store.get(note_id).deleted == ""


def test_a_note_with_text_or_going_to_its_tags_is_kept(window, qtbot):
    panel = _new_note(window, qtbot)
    note_id = panel.current_note()
    qtbot.keyClick(panel.editor, Qt.Key.Key_Tab)  # to the tags: still being written
    qtbot.wait(50)
    assert window.notes_store.get(note_id).deleted == ""
    qtbot.keyClick(panel.tags_box, Qt.Key.Key_Backtab, SHIFT)
    qtbot.keyClicks(panel.editor, "words")
    window.reader.setFocus()
    qtbot.wait(50)
    assert window.notes_store.get(note_id).body == "words" and window.notes_store.get(note_id).deleted == ""


def test_a_new_note_while_the_last_is_still_empty_discards_the_empty_one(window, qtbot):
    panel = _new_note(window, qtbot)
    first = panel.current_note()
    qtbot.keyClick(panel.editor, Qt.Key.Key_N, CTRL | SHIFT)  # again, the editor keeping the focus
    assert panel.current_note() != first
    assert window.notes_store.get(first).deleted != ""
    assert [n.id for n in window.notes_store.notes()] == [panel.current_note()]
