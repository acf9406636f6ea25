"""The timeline panel in the window: built on first show, legible from 1878 to 2021 with no
label over another, and a click or Enter lands on the sentence and lights its places."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor


@pytest.fixture
def timeline(window, qtbot):
    window.resize(1366, 768)
    window.panels.focus("timeline")
    panel = window.timeline_dock.panel
    qtbot.waitUntil(lambda: panel.view.layout_ is not None and panel.view.viewport().width() > 400)
    return panel


def _texts(panel):
    return [item for item in panel.view.layout_.texts if item.scene() is not None]


def test_the_window_starts_without_building_the_timeline(window):
    assert not window.timeline_dock.built and not window.timeline_dock.isVisible()
    assert window.timeline_dock.widget().objectName() != "timeline"  # a placeholder until shown
    assert (
        window.findChild(type(window.menuBar().actions()[0]), "focus-timeline").shortcut().toString()
        == "Ctrl+5"
    )


def _assert_no_overlap(panel):
    rects = [(item.text(), item.sceneBoundingRect()) for item in _texts(panel)]
    assert len(rects) > 40
    for index, (text_a, a) in enumerate(rects):
        for text_b, b in rects[index + 1 :]:
            assert not a.intersects(b), f"{text_a!r} overlaps {text_b!r}"


def test_no_two_texts_overlap_and_1878_to_2021_are_legible(timeline):
    layout = timeline.view.layout_
    _assert_no_overlap(timeline)
    view = timeline.view.viewport().rect()
    for item in _texts(timeline):
        assert view.contains(timeline.view.mapFromScene(item.sceneBoundingRect()).boundingRect())
        assert item.font().pointSizeF() >= 8
    years = [int(item.text()) for item in layout.texts if item.text().isdigit()]
    assert min(years) <= 1878 and max(years) >= 2020
    # The first Russian mission (1878) and the events of 2021 are marked, in view, and named.
    assert "russian-mission-to-kabul-1878" in layout.labels
    assert any(timeline.by_id[key].date.startswith("2021-08") for key in layout.labels)
    for event_id in ("russian-mission-to-kabul-1878", "fall-of-kabul-2021"):
        marker = layout.markers[event_id].sceneBoundingRect()
        assert view.contains(timeline.view.mapFromScene(marker).boundingRect())
    assert len(layout.labels) >= 30
    # Months of 2021 are apart: July and August 2021 are not one blot.
    july, august = (
        layout.markers[key].sceneBoundingRect().center().x()
        for key in ("taliban-in-moscow-2021", "fall-of-kabul-2021")
    )
    assert august - july >= 6
    # An event without room for its name gets it when the keyboard reaches it; still no overlap.
    hidden = next(key for key in layout.markers if key not in layout.labels)
    timeline.set_current(hidden)
    assert hidden in timeline.view.layout_.labels
    _assert_no_overlap(timeline)


def test_a_click_lands_on_the_sentence_and_lights_its_places_on_the_map(window, timeline, qtbot):
    marker = timeline.view.layout_.markers["soviet-invasion-1979"]
    point = timeline.view.mapFromScene(marker.sceneBoundingRect().center())
    with qtbot.waitSignal(timeline.event_activated) as activated:
        qtbot.mouseClick(timeline.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert activated.args == ["soviet-invasion-1979"]
    reader = window.reader
    assert reader.current_section() == "soviet-invasion"
    assert "On Christmas Day 1979, the Soviet Union invaded Afghanistan" in " ".join(
        reader.highlighted_text()
    )
    assert reader.viewport().rect().contains(reader.cursorRect(reader.textCursor()).center())
    assert window.map.mentioned == {"AFG"}
    assert window.facts.current_entity() == "soviet-invasion-1979"  # the subject of its fact


def test_arrows_move_between_events_and_enter_jumps(window, timeline, qtbot):
    view = timeline.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert timeline.current == "great-game"
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert timeline.current == "russian-mission-to-kabul-1878"
    assert "1878: First Russian mission to Kabul" in view.accessibleDescription()
    with qtbot.waitSignal(timeline.passage_requested) as asked:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert asked.args == ["history.p1", "Russia sent its first diplomatic mission to Kabul in 1878."]
    assert "Russia sent its first diplomatic mission to Kabul in 1878." in window.reader.highlighted_text()[0]
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert timeline.current == "putin-refugee-warning-2021"  # 22 August 2021, the last dated
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert timeline.current == "fall-of-kabul-2021"
    qtbot.keyClick(view, Qt.Key.Key_Up)  # the lane above, the nearest event in time
    assert timeline.current != "fall-of-kabul-2021"
    assert timeline.by_id[timeline.current].date.startswith("2021")


def test_reading_a_section_highlights_its_events(window, timeline, qtbot):
    window.reader.show_section("economic-return")
    qtbot.waitUntil(lambda: "debt-cancelled-2007" in timeline.section_events)
    assert timeline.section_events == {
        "debt-cancelled-2007", "trade-triples-2008-2010", "afsotr-2008", "nughlu-dam-2010",
        "karzai-state-visit-2011", "trade-rank-2014",
    }  # fmt: skip
    from desktop.ui.timeline.scene import COLOURS

    label = timeline.view.layout_.labels["debt-cancelled-2007"]
    assert label.brush().color() == QColor(COLOURS["light"]["section"])


def test_filters_and_the_period_narrow_what_is_drawn(window, timeline, qtbot):
    every = len(timeline.view.layout_.markers)
    timeline.actor_box.setCurrentIndex(timeline.actor_box.findData("putin"))
    assert set(timeline.view.layout_.markers) == {
        "putin-confirms-contacts-2015", "putin-refugee-warning-2021", "putin-offers-tajikistan-help-2021",
    }  # fmt: skip
    timeline.actor_box.setCurrentIndex(0)
    timeline.place_box.setCurrentIndex(timeline.place_box.findData("sochi"))
    assert set(timeline.view.layout_.markers) == {"karzai-sochi-2014"}
    timeline.place_box.setCurrentIndex(0)
    assert len(timeline.view.layout_.markers) == every
    # A drag across the timeline picks a period and zooms to it.
    layout = timeline.view.layout_
    x0 = int(layout.left + layout.axis.x(1979.5))
    x1 = int(layout.left + layout.axis.x(1990))
    viewport = timeline.view.viewport()
    with qtbot.waitSignal(timeline.period_changed) as changed:
        qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=QPoint(x0, 60))
        qtbot.mouseMove(viewport, QPoint((x0 + x1) // 2, 60))
        qtbot.mouseMove(viewport, QPoint(x1, 60))
        qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=QPoint(x1, 60))
    start, end = changed.args
    assert 1979 < start < 1980 and 1989.5 < end < 1990.5
    shown = set(timeline.view.layout_.markers)
    assert {"soviet-invasion-1979", "soviet-withdrawal-1989"} <= shown and "great-game" not in shown
    assert timeline.period_button.text() == "1979–1989"
    # Only this period's places on the map.
    with qtbot.waitSignal(timeline.places_changed) as places:
        timeline.places_button.click()
    assert "afghanistan" in places.args[0] and "sochi" not in places.args[0]
    assert window.map.mentioned == {"AFG"}
    qtbot.keyClick(timeline.view, Qt.Key.Key_Escape)
    assert len(timeline.view.layout_.markers) == every and timeline.period_button.text() == "All time"


def test_lanes_by_country_and_both_themes(window, timeline):
    timeline.lanes_box.setCurrentIndex(timeline.lanes_box.findData("country"))
    lane_names = {item.text() for item in timeline.view.layout_.texts if item.font().bold()}
    assert {"Afghanistan", "Russia"} <= lane_names
    light = timeline.view.scene().backgroundBrush().color()
    window.set_theme("dark")
    dark = timeline.view.scene().backgroundBrush().color()
    assert light.lightness() > 200 and dark.lightness() < 60


def test_export_png_and_svg(timeline, tmp_path):
    from PySide6.QtGui import QImage

    assert timeline.export("png", str(tmp_path / "t.png"))
    image = QImage(str(tmp_path / "t.png"))
    assert image.width() == timeline.view.viewport().width()
    assert timeline.export("svg", str(tmp_path / "t.svg"))
    svg = (tmp_path / "t.svg").read_text(encoding="utf-8")
    assert "<svg" in svg and "First Russian mission to Kabul" in svg


def test_the_window_zoom_scales_the_timeline_and_keeps_labels_apart(window, timeline, qtbot):
    before = timeline.view.layout_.labels["russian-mission-to-kabul-1878"].font().pointSizeF()
    window.preferences.zoom_in()
    window.preferences.zoom_in()
    qtbot.waitUntil(lambda: next(iter(timeline.view.layout_.labels.values())).font().pointSizeF() > before)
    _assert_no_overlap(timeline)
