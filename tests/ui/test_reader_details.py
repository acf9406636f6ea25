"""Smaller things a reader notices: the selection shows, the pencils are big enough, dialogs
open somewhere sensible, long titles can be read, footnotes keep their links."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

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


def ink_box(image, rect, background: str) -> tuple[int, int]:
    """Width and height of what is drawn (pixels unlike ``background``) inside ``rect``."""
    from PySide6.QtGui import QColor

    page = QColor(background).getRgb()[:3]
    xs, ys = [], []
    for x in range(max(0, rect.left()), min(image.width(), rect.right() + 1)):
        for y in range(max(0, rect.top()), min(image.height(), rect.bottom() + 1)):
            pixel = image.pixelColor(x, y).getRgb()[:3]
            if sum(abs(a - b) for a, b in zip(pixel, page, strict=True)) > 90:
                xs.append(x)
                ys.append(y)
    return (max(xs) - min(xs) + 1, max(ys) - min(ys) + 1) if xs else (0, 0)


def test_the_note_pencil_in_the_margin_is_as_tall_as_a_line_of_text(window, qtbot):
    reader = window.reader
    window.notes.add("conclusions", body="a section note")
    reader.show_section("conclusions")
    qtbot.waitUntil(lambda: bool(reader.visible_markers()))
    rect, _note = reader.visible_markers()[0]
    shot = reader.viewport().grab().toImage()
    width, height = ink_box(shot, rect, theme.colours(reader.theme_name)["base"])
    body_em = reader.document().defaultFont().pointSizeF() * reader.logicalDpiY() / 72
    assert height >= 0.85 * body_em  # about as tall as the text's capitals and ascenders, not a speck
    assert width >= 10


def test_export_dialogs_start_in_documents_then_in_the_folder_last_used(
    make_window, qtbot, tmp_path, monkeypatch
):
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QFileDialog

    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    chosen = tmp_path / "papers"
    chosen.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.chdir(tmp_path)  # the working folder, where Qt would start by itself
    asked: list[str] = []

    def dialog(_parent, _title, start, _filters):
        asked.append(start)
        return str(chosen / Path(start).name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    window = make_window()
    window.notes_store.add("conclusions", "a note")

    def menu(name: str) -> None:
        window.findChild(QAction, name).trigger()

    menu("export-notes")
    assert Path(asked[0]).parent == home / "Documents"
    assert (chosen / "dossier-notes.md").exists()
    menu("export-citation")
    assert Path(asked[1]).parent == chosen  # the folder chosen last time
    window.close()
    again = make_window()
    again.findChild(QAction, "export-notes").trigger()
    assert Path(asked[2]).parent == chosen  # and on the next start


def test_a_long_section_title_in_the_contents_keeps_its_ends_and_shows_whole_on_hover(window, qtbot):
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QToolTip

    contents = window.contents
    window.contents_dock.activate()
    longest = max(window.store.sections, key=lambda s: len(s.title))
    item = contents.item_for(longest.id)
    window.resizeDocks([window.contents_dock], [180], Qt.Orientation.Horizontal)
    qtbot.waitUntil(
        lambda: (
            contents.visualItemRect(item).width()
            < QFontMetrics(contents.font()).horizontalAdvance(longest.title)
        )
    )
    rect = contents.visualItemRect(item)
    shown = QFontMetrics(contents.font()).elidedText(
        longest.title, contents.textElideMode(), rect.width() - 8
    )
    last_word = longest.title.split()[-1]
    assert shown != longest.title and shown.endswith(last_word)  # its end is still read in the row
    QToolTip.hideText()
    # The hover's tooltip event, sent to the list itself: late in a long session the offscreen
    # platform's simulated pointer no longer reliably reaches a new window (see test_window).
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication

    hover = QHelpEvent(QEvent.Type.ToolTip, rect.center(), contents.viewport().mapToGlobal(rect.center()))
    QApplication.sendEvent(contents.viewport(), hover)
    qtbot.waitUntil(lambda: QToolTip.text() == longest.title, timeout=3000)


def test_the_footnote_popup_keeps_the_footnotes_links(window, qtbot, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    from tests.ui.test_window import anchor_point

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    reader = window.reader
    reader.go_to_anchor("fnref:1")
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=anchor_point(reader, "fnref:1"))
    popup = reader.footnote_popup
    qtbot.waitUntil(popup.isVisible)
    # Tab walks the footnote's links, Enter follows one: the first is a glossary term.
    qtbot.keyClick(popup.label, Qt.Key.Key_Tab)
    qtbot.keyClick(popup.label, Qt.Key.Key_Return)
    assert window.glossary.current_entry() == "s-res-2593"
    assert not popup.isVisible()
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=anchor_point(reader, "fnref:1"))
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup.label, Qt.Key.Key_Tab)
    qtbot.keyClick(popup.label, Qt.Key.Key_Tab)
    qtbot.keyClick(popup.label, Qt.Key.Key_Return)
    assert opened == ["https://undocs.org/S/RES/2596%282021%29"]  # the source, in the browser


def test_the_reader_is_set_up_as_its_enum_named_values_say(window):
    # The values are given by number (see view.START_PROPERTIES): each must be the enum it names.
    from desktop.ui.reader.keys import interaction_flags

    reader = window.reader
    assert reader.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    assert reader.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOn
    assert reader.textInteractionFlags() == interaction_flags()
    assert not reader.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard  # no caret
