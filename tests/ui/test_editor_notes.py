"""The editor's notes in the text: marked, explained on hover and click, the words untouched."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip

from desktop.core.content.corrections import corrections


def _c5_note(window):
    return next(c for c in corrections(window.store.connection) if c.id == "c5-plus-1-began-2015")


def test_the_words_a_note_concerns_are_underlined_and_the_text_is_unchanged(window, qtbot):
    correction = _c5_note(window)
    before = window.reader.document().toPlainText()
    window.reader.show_section(correction.section_id)
    window.reader.scroll_to_position(window.reader.anchor_position(correction.paragraph_id))
    qtbot.wait(20)
    dashed = [
        s.cursor.selectedText()
        for s in window.reader.extraSelections()
        if s.format.underlineStyle() == QTextCharFormat.UnderlineStyle.DashUnderline
    ]
    assert correction.quote in [" ".join(text.split()) for text in dashed]
    assert window.reader.document().toPlainText() == before  # marks, never inserted words


def _dashed(reader) -> list[str]:
    return [
        " ".join(s.cursor.selectedText().split())
        for s in reader.extraSelections()
        if s.format.underlineStyle() == QTextCharFormat.UnderlineStyle.DashUnderline
    ]


def test_every_note_is_marked_on_its_words_in_a_paragraph_or_a_footnote(window, qtbot):
    notes = corrections(window.store.connection)
    assert any(note.paragraph_id.startswith("fn:") for note in notes)  # footnote 1's note among them
    reader = window.reader
    for note in notes:
        reader.show_section(note.section_id)
        reader.scroll_to_position(reader.anchor_position(note.paragraph_id))
        qtbot.waitUntil(lambda note=note: note.quote in _dashed(reader))


def test_a_click_on_the_words_opens_the_note_with_its_source(window, qtbot):
    correction = _c5_note(window)
    reader = window.reader
    reader.show_section(correction.section_id)
    start = (
        reader.document()
        .toPlainText()
        .find(correction.quote, reader.anchor_position(correction.paragraph_id))
    )
    reader.scroll_to_position(start)
    cursor = QTextCursor(reader.document())
    cursor.setPosition(start + 2)
    reader.setTextCursor(cursor)
    point = QPointF(reader.cursorRect(cursor).center())
    for kind in (QEvent.Type.MouseMove,):
        QApplication.sendEvent(
            reader.viewport(),
            QMouseEvent(kind, point, reader.viewport().mapToGlobal(point), Qt.MouseButton.NoButton,
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier),
        )  # fmt: skip
    qtbot.waitUntil(lambda: "2015" in QToolTip.text())
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=point.toPoint())
    popup = reader.footnote_popup
    assert popup.isVisible()
    assert "Editor's note" in popup.label.text() and "Source:" in popup.label.text()


def test_changing_the_theme_with_notes_and_marks_placed_keeps_every_mark_in_range(window, qtbot):
    # While the text is replaced, no mark may point past its end (Qt warns, and the test fails).
    correction = _c5_note(window)
    window.notes.add(correction.section_id, body="a note")
    window.reader.show_section(correction.section_id)
    window.set_theme("dark")
    window.set_theme("light")
    assert window.reader.document().toPlainText().count(correction.quote) >= 1
