"""The window as a reader uses it: contents, search, footnotes, zoom, themes, restarts."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFontMetricsF, QGuiApplication, QMouseEvent, QPalette, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip


def anchor_point(reader, name: str) -> QPoint:
    """The middle of the first character of an anchor, in viewport coordinates."""
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.anchor_position(name))
    left = reader.cursorRect(cursor)
    cursor.setPosition(reader.anchor_position(name) + 1)
    right = reader.cursorRect(cursor)
    return QPoint((left.x() + right.x()) // 2, left.center().y())


def top_section(reader) -> str:
    return reader.section_at(reader.top_position())


def test_clicking_the_contents_scrolls_to_the_section(window, qtbot):
    item = window.contents.item_for("soviet-invasion")
    rect = window.contents.visualItemRect(item)
    qtbot.mouseClick(window.contents.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.reader.verticalScrollBar().value() > 0
    assert top_section(window.reader) == "soviet-invasion"
    assert window.reader.current_section() == "soviet-invasion"


def test_contents_follow_the_scrolling(window):
    window.reader.scroll_to_position(window.reader.anchor_position("conclusions"))
    assert window.contents.current_section() == "conclusions"
    window.reader.verticalScrollBar().setValue(0)
    assert window.contents.current_section() == "title-page"


def test_contents_by_keyboard(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.contents.hasFocus()
    window.contents.setCurrentItem(window.contents.item_for("withdrawal"))
    qtbot.keyClick(window.contents, Qt.Key.Key_Return)
    assert top_section(window.reader) == "withdrawal"


def test_contents_model_is_well_behaved(window, qtmodeltester):
    qtmodeltester.check(window.contents.model())


def test_search_as_you_type_and_jump(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.query_box.hasFocus()
    qtbot.keyClicks(window.search.query_box, "negotia")
    hits = window.search.hits()
    assert hits, "results appear while typing"
    assert window.search.results.count() == len(hits)
    row = next(i for i, hit in enumerate(hits) if hit.kind == "section")
    for _ in range(row):
        qtbot.keyClick(window.search.query_box, Qt.Key.Key_Down)
    target = hits[row]
    qtbot.keyClick(window.search.query_box, Qt.Key.Key_Return)
    reader = window.reader
    assert reader.current_section() == target.section_id
    marked = [text.lower() for text in reader.highlighted_text()]
    assert "negotiations" in marked
    # The passage is on screen.
    cursor = reader.textCursor()
    assert reader.viewport().rect().contains(reader.cursorRect(cursor).center())


def test_clicking_a_result_jumps_there(window, qtbot):
    window.focus_search()
    qtbot.keyClicks(window.search.query_box, "Salang")
    row = next(i for i, hit in enumerate(window.search.hits()) if hit.kind == "section")
    item = window.search.results.item(row)
    rect = window.search.results.visualItemRect(item)
    qtbot.mouseClick(window.search.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.reader.current_section() == "economic-return"
    assert "Salang" in window.reader.highlighted_text()


def test_search_status_says_when_nothing_matches(window, qtbot):
    window.focus_search()
    qtbot.keyClicks(window.search.query_box, "zeppelinx")
    assert window.search.results.count() == 0
    assert "Nothing found" in window.search.status.text()


def test_f3_steps_through_hits_in_the_text(window, qtbot):
    window.focus_search()
    qtbot.keyClicks(window.search.query_box, "Lavrov ")
    reader = window.reader
    assert reader.hit_count >= 3
    window.focus_reader()
    qtbot.keyClick(reader, Qt.Key.Key_F3)
    first = reader.current_hit
    qtbot.keyClick(reader, Qt.Key.Key_F3)
    second = reader.current_hit
    assert first and second and second[0] > first[0]
    assert reader.document().toPlainText()[second[0] : second[1]] == "Lavrov"
    qtbot.keyClick(reader, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert reader.current_hit == first


def test_escape_leaves_the_search_for_the_text(window, qtbot):
    window.focus_search()
    qtbot.keyClicks(window.search.query_box, "Kabul")
    qtbot.keyClick(window.search.query_box, Qt.Key.Key_Escape)
    assert window.reader.hasFocus()
    assert window.search.query_box.text() == "Kabul"  # kept: a second Esc empties it


def test_footnote_popup_on_click_and_a_way_back(window, qtbot):
    reader = window.reader
    reader.go_to_anchor("fnref:2")
    point = anchor_point(reader, "fnref:2")
    before = reader.verticalScrollBar().value()
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=point)
    popup = reader.footnote_popup
    qtbot.waitUntil(popup.isVisible)
    assert "The C5+1 format consists of the US plus" in re.sub(r"<[^>]+>", "", popup.label.text())
    popup.go_to_note.emit("fn:2")  # "Go to the note"
    popup.hide()
    assert reader.verticalScrollBar().value() > before
    assert reader.go_back()
    assert reader.verticalScrollBar().value() == before


def test_footnote_shows_on_hover(window, qtbot):
    reader = window.reader
    reader.go_to_anchor("fnref:1")
    # The move is sent to the text itself: after a hundred windows in one test session the
    # offscreen platform's simulated pointer no longer reliably reaches a new window.
    point = QPointF(anchor_point(reader, "fnref:1"))
    move = QMouseEvent(
        QEvent.Type.MouseMove, point, reader.viewport().mapToGlobal(point),
        Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(reader.viewport(), move)
    qtbot.waitUntil(lambda: "Two resolutions were passed" in QToolTip.text(), timeout=4000)


def test_zoom_keys_change_the_text_size_and_are_remembered(window, qtbot, make_window):
    reader = window.reader
    normal = reader.body_point_size
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert reader.body_point_size > normal
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert reader.body_point_size < normal
    smaller = reader.body_point_size
    window.close()
    again = make_window()
    assert again.reader.body_point_size == smaller
    qtbot.keyClick(again, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert again.reader.body_point_size == normal


def test_theme_switch_changes_what_is_drawn(window):
    def base_lightness() -> int:
        return window.reader.viewport().palette().color(QPalette.ColorRole.Base).lightness()

    window.menus.theme_actions["dark"].trigger()
    assert window.preferences.theme == "dark"
    assert base_lightness() < 80
    assert window.reader.theme_name == "dark"
    window.menus.theme_actions["light"].trigger()
    assert base_lightness() > 200


def test_theme_follows_the_system_unless_overridden(window, monkeypatch):
    from desktop.ui import theme

    assert window.preferences.theme == "system"
    monkeypatch.setattr(theme, "resolve", lambda mode: "dark" if mode == "system" else mode)
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # the desktop turns dark
    assert window.reader.theme_name == "dark"


def test_reading_position_and_layout_survive_a_restart(make_window, qtbot):
    first = make_window()
    first.reader.show_section("post-2001")
    first.reader.verticalScrollBar().setValue(first.reader.verticalScrollBar().value() + 120)
    top = first.reader.top_position()
    first.search_dock.raise_()
    first.close()
    second = make_window()
    second.restore_state()
    second.restore_reading_position()
    assert second.reader.current_section() == "post-2001"
    assert abs(second.reader.top_position() - top) < 80


def test_reader_never_follows_links_by_itself(window, monkeypatch):
    reader = window.reader
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    assert not reader.openLinks() and not reader.openExternalLinks()
    text = reader.document().toPlainText()
    for url in ("file:///etc/passwd", "javascript:alert(1)", "data:text/html,<b>x</b>"):
        reader.anchorClicked.emit(QUrl(url))
        assert reader.document().toPlainText() == text
        assert "does not open" in window.statusBar().currentMessage()
    assert opened == []
    reader.anchorClicked.emit(QUrl("https://undocs.org/S/RES/2596%282021%29"))
    assert [url.host() for url in opened] == ["undocs.org"]


def test_every_panel_has_an_accessible_name(window):
    for widget in (
        window.reader,
        window.contents,
        window.search.query_box,
        window.search.results,
        window.contents_dock,
        window.search_dock,
    ):
        assert widget.accessibleName()


def test_about_box_cites_the_report(window, qtbot, monkeypatch):
    from desktop.ui.window.about import AboutDialog

    shown = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown.append(self.label.text()) or 0)
    window.show_about()
    assert shown and "Janse, Diana" in shown[0] and "SCEEUS Report No. 1" in shown[0]


def test_keyboard_back_returns_after_a_jump(window, qtbot):
    reader = window.reader
    start = reader.verticalScrollBar().value()
    reader.show_section("conclusions")
    window.focus_reader()
    qtbot.keyClick(reader, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert reader.verticalScrollBar().value() == start


def expected_margin(reader) -> float:
    measure = QFontMetricsF(reader.document().defaultFont()).averageCharWidth() * 70
    return max(28, (reader.viewport().width() - measure) / 2)


def test_the_text_column_is_centred_in_what_is_visible(window, store, qtbot):
    # The margins follow the width the text really has: as first shown, and on every resize.
    from desktop.ui.reader.view import ReaderView

    wide = ReaderView(store)
    qtbot.addWidget(wide)
    wide.resize(1400, 700)
    wide.show()
    qtbot.waitExposed(wide)
    for reader, width in ((wide, None), (window.reader, 1500), (window.reader, 1000)):
        if width:
            window.resize(width, 800)
        frame = reader.document().rootFrame().frameFormat()
        assert frame.leftMargin() == frame.rightMargin()
        assert abs(frame.leftMargin() - expected_margin(reader)) < 1, (width, frame.leftMargin())


def test_a_screenshot_search_opens_the_first_passage_not_a_glossary_entry(window, qtbot):
    window.focus_search()
    window.search.query_box.setText("cordon sanit")
    assert window.search.hits()[0].kind == "glossary"  # entries are listed first...
    window.search.activate_first_passage()
    assert window.reader.current_section() == "russias-interests"  # ...the text is where it goes
    assert "cordon" in [text.lower() for text in window.reader.highlighted_text()]


def test_ctrl_home_and_ctrl_end_go_to_the_start_and_the_end(window, qtbot):
    reader = window.reader
    reader.show_section("russias-interests")
    bar = reader.verticalScrollBar()
    qtbot.keyClick(reader, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == bar.maximum()
    qtbot.keyClick(reader, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == 0


def test_docks_can_be_tabbed_together_and_animate_by_qt_s_default(qtbot, store, data_dir):
    # The window leaves Qt's default dock options (not set again before the first paint).
    from PySide6.QtWidgets import QMainWindow

    from desktop.ui.window.main_window import build_window

    window = build_window(store, data_dir)
    qtbot.addWidget(window)
    options = window.dockOptions()
    assert options & QMainWindow.DockOption.AllowTabbedDocks
    assert options & QMainWindow.DockOption.AnimatedDocks
