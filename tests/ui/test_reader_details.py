"""Smaller things a reader notices: the selection shows, the pencils are big enough, dialogs
open somewhere sensible, long titles can be read, footnotes keep their links."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from desktop.core.contrast import SELECTION_ON_PAGE, TEXT_ON_SELECTION, contrast_ratio
from desktop.ui import theme


def word_point(reader, words: str) -> QPoint:
    found = reader.document().find(words)
    assert not found.isNull()
    reader.scroll_to_position(found.selectionStart(), margin=100)
    cursor = QTextCursor(reader.document())
    cursor.setPosition(found.selectionStart() + 2)
    rect = reader.cursorRect(cursor)
    return QPoint(rect.x(), rect.center().y())


@pytest.mark.parametrize("theme_name", ["light", "dark"])
def test_a_selected_word_stands_out_from_the_page(window, qtbot, theme_name):
    window.set_theme(theme_name)
    reader = window.reader
    point = word_point(reader, "Uzbekistan has twice")
    qtbot.mouseDClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert reader.textCursor().selectedText() == "Uzbekistan"
    start = QTextCursor(reader.document())
    start.setPosition(reader.textCursor().selectionStart())
    end = QTextCursor(reader.document())
    end.setPosition(reader.textCursor().selectionEnd())
    left, right = reader.cursorRect(start), reader.cursorRect(end)
    shot = reader.viewport().grab().toImage()
    seen = Counter(
        shot.pixelColor(x, y).name()
        for x in range(left.x() + 1, right.x() - 1)
        for y in range(left.top() + 1, left.bottom() - 1)
    )
    selection = seen.most_common(1)[0][0]  # the background under the selected word
    colours = theme.colours(theme_name)
    assert contrast_ratio(selection, colours["base"]) >= SELECTION_ON_PAGE
    assert contrast_ratio(selection, colours["text"]) >= TEXT_ON_SELECTION
