"""Where am I, and what have I read: the status bar's place in the report, a read mark per
section in Contents, kept across starts; Notes ▸ Recent Notes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction


def page_down(qtbot, window, times: int) -> None:
    window.reader.setFocus()
    for _ in range(times):
        qtbot.keyClick(window.reader, Qt.Key.Key_PageDown)


def test_reading_through_fills_the_sections_and_moves_the_place(make_window, qtbot):
    window = make_window()
    progress, contents = window.reading_progress, window.contents
    qtbot.waitUntil(lambda: progress.label.text().startswith("0%"))
    assert contents.read_fraction("executive-summary") < 1.0
    page_down(qtbot, window, 6)  # through the title page and the executive summary
    qtbot.waitUntil(lambda: contents.read_fraction("executive-summary") == 1.0)
    assert not contents.item_for("executive-summary").icon(0).isNull()  # its mark is drawn
    assert contents.read_fraction("conclusions") == 0.0
    place = int(progress.label.text().split("%")[0])
    assert place > 0 and progress.bar.value() > 0
    assert "sections read" in progress.label.text() and not progress.label.text().startswith("0% · 0 of")
    window.reader.show_section("conclusions")  # a jump reads only what it shows
    qtbot.waitUntil(lambda: contents.read_fraction("conclusions") > 0)
    assert contents.read_fraction("withdrawal") < 1.0
    assert int(progress.label.text().split("%")[0]) > place
    window.close()
    again = make_window()
    qtbot.waitUntil(lambda: again.contents.read_fraction("executive-summary") == 1.0)
    assert again.contents.read_fraction("withdrawal") < 1.0


def test_recent_notes_lists_the_last_edited_and_opens_one(window, qtbot):
    store = window.notes_store
    first = store.add("conclusions", "first note")
    second = store.add("withdrawal", "second note")
    store.update(first.id, body="first note, edited last")
    window.refresh_notes()
    menu = window.findChild(QAction, "recent-notes").menu()
    menu.aboutToShow.emit()
    labels = [a.text() for a in menu.actions()]
    assert labels[0].startswith("&1 first note, edited last") and labels[1].startswith("&2 second note")
    assert "Conclusions" in labels[0]  # and where it is
    menu.actions()[1].trigger()
    assert window.notes.current_note() == second.id
    assert window.notes_dock.isVisible()


def test_the_read_marks_take_the_themes_colour(window, qtbot):
    contents = window.contents
    qtbot.waitUntil(lambda: not contents.item_for("executive-summary").icon(0).isNull())

    def mark_colours() -> set[str]:
        image = contents.item_for("title-page").icon(0).pixmap(24, 24).toImage()
        return {
            image.pixelColor(x, y).name()
            for x in range(image.width())
            for y in range(image.height())
            if image.pixelColor(x, y).alpha() > 200
        }

    window.set_theme("light")
    light = mark_colours()
    window.set_theme("dark")
    assert mark_colours() != light and mark_colours()
