"""The map without a mouse, its toolbar in the dock, and the large map."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.gui


def test_choosing_tajikistan_from_the_keyboard_shows_its_facts(window, qtbot):
    view = window.map
    view.reset_view()
    view.setFocus()
    before = view.grab().toImage()
    for _ in range(30):
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        if view.focused_target == ("country", "TJK"):
            break
    assert view.focused_target == ("country", "TJK")
    assert view.hasFocus()  # Tab moved between countries, not out of the map
    assert view.grab().toImage() != before  # the focus ring shows
    with qtbot.waitSignal(view.country_selected) as chosen:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert chosen.args == ["TJK"]
    assert window.facts.current_entity() == "tajikistan"
    assert "Tajikistan" in window.facts.view.toPlainText()


def test_shift_tab_steps_back_and_places_are_reached_too(window, qtbot):
    view = window.map
    view.reset_view()
    view.setFocus()
    targets = view.focus_targets()
    assert targets[0] == ("country", "AFG") and ("place", "kabul") in targets
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.focused_target == targets[1]
    qtbot.keyClick(view, Qt.Key.Key_Backtab)
    assert view.focused_target == targets[0]
    for _ in range(targets.index(("place", "kabul"))):
        qtbot.keyClick(view, Qt.Key.Key_Tab)
    with qtbot.waitSignal(view.place_selected) as chosen:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert chosen.args == ["kabul"]


def test_hover_selection_and_emphasis_look_different(window, qtbot):
    view = window.map
    view.reset_view()
    view.select_country("TJK")
    view.hovered_code = "UZB"
    fills = {code: view.fill_for(code).name() for code in ("TJK", "UZB", "AFG", "KAZ")}
    assert len(set(fills.values())) == 4, fills


def test_the_map_toolbar_fits_the_dock_at_the_default_window_size(window, qtbot):
    window.resize(1440, 900)
    qtbot.waitUntil(lambda: window.map_panel.width() < 700)
    toolbar = window.map_panel.toolbar
    hidden = [
        a.text() or a.objectName() for a in toolbar.actions() if not toolbar.widgetForAction(a).isVisible()
    ]
    assert hidden == []


def test_the_large_map_gives_the_map_the_window_and_back(window, qtbot):
    window.resize(1440, 900)
    qtbot.waitUntil(lambda: window.map_dock.width() > 0)
    narrow = window.map_dock.width()
    window.large_map.action.trigger()
    qtbot.waitUntil(lambda: window.map_dock.width() > window.width() * 0.55)
    assert window.facts_dock.isVisible() and not window.reader.isVisible()
    assert window.map_dock.geometry().right() <= window.facts_dock.geometry().left()  # facts beside it
    window.large_map.action.trigger()
    qtbot.waitUntil(window.reader.isVisible)
    assert window.map_dock.width() == pytest.approx(narrow, abs=40)


def test_closing_in_the_large_map_saves_the_usual_layout(make_window, qtbot):
    window = make_window()
    window.large_map.action.trigger()
    qtbot.waitUntil(lambda: not window.reader.isVisible())
    window.close()
    again = make_window()
    again.restore_state()  # what the app does at start-up
    qtbot.wait(10)
    assert again.contents_dock.isVisible() and again.glossary_dock.isVisible()
    assert again.map_dock.geometry().left() > again.reader.geometry().right()  # the map is on the right
    assert not again.large_map.action.isChecked()
