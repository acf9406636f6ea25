"""Room on a laptop: the window maximised on a first start, splitters the reader drags and
finds again, the glossary's mentions reached without scrolling."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def first_start(store, data_dir, qtbot):
    from desktop.ui.window.main_window import build_window

    window = build_window(store, data_dir)
    qtbot.addWidget(window)
    window.restore_state()  # no saved state: the first start, as the app does it
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_laptop_screen_opens_the_window_maximised_and_a_second_start_keeps_it(store, data_dir, qtbot):
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert screen.width() <= 1440  # the offscreen screen is a small one
    window = first_start(store, data_dir, qtbot)
    qtbot.waitUntil(lambda: window.frameGeometry() == screen)
    assert window.isMaximized()
    window.close()
    again = first_start(store, data_dir, qtbot)
    qtbot.waitUntil(lambda: again.frameGeometry() == screen)
    assert again.isMaximized()


def test_a_wide_screen_opens_most_of_it_not_maximised(store, data_dir, qtbot):
    from desktop.ui.window.main_window import build_window

    window = build_window(store, data_dir)
    qtbot.addWidget(window)

    class Wide:
        def availableGeometry(self):
            return QRect(0, 0, 1920, 1080)

    window.screen = Wide
    window.restore_state()
    assert not window.isMaximized() and window.width() == 1440


def drag_splitter(qtbot, splitter, by: int) -> None:
    """Drag the splitter's divider ``by`` pixels down, with the mouse, as a reader would."""
    handle = splitter.handle(1)
    centre = handle.rect().center()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseMove(handle, centre + QPoint(0, by // 2))
    qtbot.mouseMove(handle, centre + QPoint(0, by))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=centre + QPoint(0, by))


def test_the_notes_list_and_editor_divider_is_dragged_and_kept_across_starts(make_window, qtbot):
    window = make_window()
    for number in range(8):
        window.notes_store.add("conclusions", f"note {number}")
    window.panels.focus("notes")
    panel = window.notes
    panel.refresh()
    qtbot.waitUntil(lambda: panel.splitter.sizes()[1] > 0)
    before = panel.splitter.sizes()
    drag_splitter(qtbot, panel.splitter, -60)
    dragged = panel.splitter.sizes()
    assert dragged[0] < before[0] - 30  # the list gave its room to the editor
    window.close()
    again = make_window()
    again.panels.focus("notes")
    qtbot.waitUntil(lambda: again.notes.splitter.sizes()[1] > 0)
    assert abs(again.notes.splitter.sizes()[0] - dragged[0]) <= 2


def test_a_long_quote_leaves_the_note_editor_its_lines(window, qtbot):
    text = window.store.section_text("withdrawal")
    from desktop.core.notes.anchoring import make_selector

    note = window.notes_store.add("withdrawal", "My note", make_selector(text, 0, 400))
    window.refresh_notes()
    window.open_note(note.id)
    editor = window.notes.editor
    qtbot.waitUntil(lambda: editor.isVisible())
    lines = editor.viewport().height() / editor.fontMetrics().lineSpacing()
    quote_box = window.notes.findChild(QWidget, "note-quote")
    assert quote_box.height() <= window.notes.quote_label.fontMetrics().lineSpacing() * 4
    assert lines >= 2 * quote_box.height() / window.notes.quote_label.fontMetrics().lineSpacing()


def test_the_glossary_shows_where_an_entry_is_mentioned_without_scrolling(window, qtbot):
    from tests.ui.test_glossary_ui import point_of_words

    reader = window.reader
    point = point_of_words(reader, "Uzbekistan has twice been a member of ", "CSTO")
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=point)
    glossary = window.glossary
    assert glossary.current_entry() == "csto"
    tab = glossary.pages.tabRect(1)
    assert glossary.pages.tabText(1).startswith("Mentioned in (")
    qtbot.mouseClick(glossary.pages, Qt.MouseButton.LeftButton, pos=tab.center())
    view = glossary.view
    first = view.document().find("Mentioned in")
    assert not first.isNull()
    assert view.verticalScrollBar().value() == 0
    assert view.cursorRect(first).bottom() < view.viewport().height()  # in sight, unscrolled
    qtbot.mouseClick(glossary.pages, Qt.MouseButton.LeftButton, pos=glossary.pages.tabRect(0).center())
    assert "Moscow-led military alliance" in view.toPlainText()
