"""Copy with Citation puts rich text and plain text on the clipboard; File ▸ Export Citation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor


def _select(reader, words: str) -> None:
    document = reader.document()
    found = document.find(words)
    assert not found.isNull()
    cursor = reader.textCursor()
    cursor.setPosition(found.selectionStart())
    cursor.setPosition(found.selectionEnd(), QTextCursor.MoveMode.KeepAnchor)
    reader.setTextCursor(cursor)


def test_copy_with_citation_gives_italic_html_and_plain_text(window, qtbot):
    _select(window.reader, "cordon sanitaire")
    qtbot.keyClick(
        window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    data = QGuiApplication.clipboard().mimeData()
    assert data.hasHtml() and data.hasText()
    assert "<i>Russian Interests in Afghanistan</i>" in data.html()
    assert "“cordon sanitaire”" in data.html()
    assert data.text().startswith("“cordon sanitaire”")
    assert "In Russian Interests in Afghanistan. SCEEUS Report No. 1." in data.text()
    assert "<i>" not in data.text()
