"""The notes dock keeps every keystroke: steady typing, two windows, a restored backup, a full disk."""

from __future__ import annotations

import os
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtGui import Qt as QtGuiNamespace  # Qt.mightBeRichText lives in QtGui
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from desktop.context import open_notes
from desktop.core.notes.anchoring import selector_for_quote

pytestmark = pytest.mark.gui

HOSTILE = [
    '<img src="/tmp/x.png"> look',
    "<b>bold</b> claim",
    "&lt;escaped&gt; text",
    '<div style="background: url(file:///etc/passwd)">x</div>',
    "<a href='file:///etc'>link</a>",
]


def fill_disk(notes) -> None:
    pages = notes.connection.execute("PRAGMA page_count").fetchone()[0]
    notes.connection.execute(f"PRAGMA max_page_count = {pages}")


def test_steady_typing_is_saved_within_a_second_without_a_pause(window, qtbot):
    note = window.notes.add("history", body="")
    started = time.monotonic()
    typed = ""
    saved_while_typing = []
    while time.monotonic() - started < 3.0:  # a key every 150 ms: never a 0.6 s pause
        qtbot.keyClick(window.notes.editor, "w")
        typed += "w"
        qtbot.wait(150)
        if time.monotonic() - started > 1.5:
            saved_while_typing.append(window.notes_store.get(note.id).body)
    assert all(saved for saved in saved_while_typing)  # kill -9 now would keep them
    assert typed.startswith(saved_while_typing[-1])
    assert len(saved_while_typing[-1]) >= len(typed) - 10  # at most ~1.5 s of keys behind


def test_two_windows_on_one_file_keep_both_texts(make_window, qtbot):
    first = make_window()
    note = first.notes.add("history", body="shared start")
    second = make_window()
    second.notes.open_note(note.id)
    first.notes.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(first.notes.editor, " and A's paragraph")
    assert first.notes.flush()
    second.notes.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(second.notes.editor, " and B's line")
    with qtbot.waitSignal(second.notes.message) as told:
        assert second.notes.flush()
    assert "another window" in told.args[0]
    bodies = sorted(n.body for n in open_notes(first.notes_store.path.parent).notes())
    assert bodies == ["shared start and A's paragraph", "shared start and B's line"]
    qtbot.keyClicks(second.notes.editor, " more")  # B goes on in its own copy
    assert second.notes.flush()
    assert first.notes_store.get(note.id).body == "shared start and A's paragraph"


def test_a_backup_restored_under_the_window_keeps_what_is_typed_after(window, qtbot, data_dir):
    note = window.notes.add("history", body="before")
    assert window.notes.flush()
    os.replace(data_dir / "notes.sqlite", data_dir / "notes.sqlite.replaced-test")  # as restore does
    restored = open_notes(data_dir)
    restored.add("withdrawal", "from the backup")
    window.notes.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.notes.editor, " typed after the restore")
    with qtbot.waitSignal(window.notes.store_replaced):
        assert not window.notes.flush()
    assert window.notes.editor.toPlainText() == "before typed after the restore"
    window.notes.set_store(open_notes(data_dir))  # what the window does on store_replaced
    bodies = sorted(n.body for n in open_notes(data_dir).notes())
    assert bodies == ["before typed after the restore", "from the backup"]
    assert window.notes.current_note() == note.id


def test_closing_while_saving_fails_keeps_the_text_for_the_next_start(make_window, qtbot, data_dir):
    first = make_window()
    note = first.notes.add("history", body="")
    fill_disk(first.notes_store)
    qtbot.keyClicks(first.notes.editor, "words I must not lose " * 400)
    message = first.notes.flush_or_recover()
    assert "unsaved-notes" in message and "next start" in message
    first.notes_store.connection.execute("PRAGMA max_page_count = 1073741823")
    first.close()
    make_window()  # the next start puts the text back
    qtbot.waitUntil(lambda: open_notes(data_dir).get(note.id).body.startswith("words I must not lose"))
    assert not list((data_dir / "unsaved-notes").glob("*.json"))


def test_no_notes_panel_text_or_tooltip_is_taken_for_rich_text(window, store):
    selector = selector_for_quote(store.section_text("russias-interests"), "de facto cordon sanitaire")
    for body in HOSTILE:
        window.notes_store.add("russias-interests", body, selector, tags=["<b>t</b>"])
    window.notes.refresh()
    panel = window.notes
    shown = []
    for item_id in panel.visible_note_ids():
        panel.open_note(item_id, focus=False)
        panel.tabs.setCurrentWidget(panel.preview)
        for widget in [panel, *panel.findChildren(QWidget)]:
            shown.append(widget.toolTip())
            if isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.PlainText:
                shown.append(widget.text())
            if isinstance(widget, QAbstractButton):
                shown.append(widget.text())
        for top in range(panel.tree.topLevelItemCount()):
            group = panel.tree.topLevelItem(top)
            shown += [group.toolTip(0)] + [group.child(i).toolTip(0) for i in range(group.childCount())]
    assert len(shown) > 100
    rich = [text for text in shown if text and QtGuiNamespace.mightBeRichText(text)]
    assert rich == []
    assert any("img src" in text for text in shown)  # the body is shown, as typed


def test_the_list_shows_plain_text_and_no_note_shows_an_empty_state(window, qtbot):
    window.notes_store.add("history", "**15,000** troops, [per the report](http://x)")
    window.notes.refresh()
    group = window.notes.tree.topLevelItem(0)
    assert group.child(0).text(0) == "15,000 troops, per the report"
    window.notes_dock.show()
    assert not window.notes.editor.isVisible()
    assert "No note selected" in window.notes.empty_state.text()
    window.reader.show_section("history")
    bar = window.reader.verticalScrollBar()
    before = bar.value()
    window.notes.empty_state.setFocus()
    qtbot.keyClick(QGuiApplication.focusObject(), Qt.Key.Key_Space)
    assert bar.value() == before
    window.notes.open_note(group.child(0).data(0, Qt.ItemDataRole.UserRole))
    assert window.notes.editor.isVisible()


def test_a_pathological_note_previews_as_typed(window, qtbot):
    note = window.notes_store.add("history", "[" * 50_000)
    window.notes.refresh()
    window.notes.open_note(note.id)
    window.notes.tabs.setCurrentWidget(window.notes.preview)
    assert "shown as typed" in window.notes.preview.toPlainText()
    assert window.notes.preview.toPlainText().count("[") >= 10_000 - 10


def test_the_list_pages_and_the_filter_reaches_every_note(make_window, qtbot, store, data_dir):
    from desktop.core.notes.bench_data import make_bench_notes

    make_bench_notes(data_dir / "notes.sqlite", store, 1000)
    panel = make_window().notes
    assert len(panel.visible_note_ids()) == 300 and "1000 notes" in panel.status.text()
    qtbot.mouseClick(panel.more_button, Qt.MouseButton.LeftButton)
    assert len(panel.visible_note_ids()) == 600
    last = panel.notes.listing(panel.order, limit=1000).notes[-1]  # the last note in reading order
    panel.filter_box.setText(last.quote)
    assert last.id in panel.visible_note_ids()
    assert "of 1000 notes" in panel.status.text()


def test_a_ten_megabyte_note_opens_at_its_start_and_is_never_cut(window, qtbot):
    body = "word " * 2_000_000
    note = window.notes_store.add("history", body)
    window.notes.refresh()
    window.notes.open_note(note.id)
    assert window.notes.editor.isReadOnly()
    assert "too long to edit here (10,000,000 characters)" in window.notes.quote_label.text()
    assert len(window.notes.editor.toPlainText()) < 200_000
    window.notes.tags_box.setFocus()
    qtbot.keyClicks(window.notes.tags_box, "long")
    assert window.notes.flush()
    saved = window.notes_store.get(note.id)
    assert saved.tags == ("long",) and saved.body == body


def test_restoring_a_backup_in_the_window_shows_the_restored_text(window, qtbot, data_dir):
    from desktop.core.notes.safety import make_backup

    note = window.notes.add("history", body="v1")
    make_backup(window.notes_store, data_dir)
    window.notes.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.notes.editor, " v2")
    assert window.notes.flush()
    assert window.restore_newest_backup()
    assert window.notes.current_note() == note.id
    assert window.notes.editor.toPlainText() == "v1"  # what the file now holds, not the old text
    window.notes.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.notes.editor, " after")
    assert window.notes.flush()
    assert [n.body for n in window.notes_store.notes()] == ["v1 after"]
