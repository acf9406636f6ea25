"""The map in the window: click, hover, layers, zoom, export, and the link to the text."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage

from desktop.core.map.geometry import LambertConformalConic


def country_point(window, iso3: str) -> QPoint:
    """A viewport point inside a country (its label point), after showing the whole map."""
    country = window.atlas.country_by_code[iso3]
    x, y = LambertConformalConic().forward(country.label_lon, country.label_lat)
    window.map.centerOn(QPointF(x, -y))
    return window.map.mapFromScene(QPointF(x, -y))


def test_clicking_a_country_opens_its_facts(window, qtbot):
    point = country_point(window, "TJK")
    assert window.map.country_at(QPointF(point)) == "TJK"
    qtbot.mouseClick(window.map.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.facts.current_entity() == "tajikistan"
    assert window.facts_dock.isVisible()
    text = window.facts.view.toPlainText()
    assert "Tajikistan" in text and "Shares a border with Afghanistan" in text
    assert window.map.selected == "TJK"


def test_a_country_without_a_glossary_entry_still_has_a_header(window, qtbot):
    point = country_point(window, "NPL")
    qtbot.mouseClick(window.map.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.facts.current_entity() == "NPL"
    assert "Not named in the report" in window.facts.view.toPlainText()


def test_hover_names_the_country(window, qtbot):
    point = country_point(window, "UZB")
    with qtbot.waitSignal(window.map.hovered) as hovered:
        qtbot.mouseMove(window.map.viewport(), point)
    assert hovered.args == ["Uzbekistan"]
    assert window.map.hovered_code == "UZB"


def test_a_layer_toggle_changes_what_is_drawn(window):
    window.map.reset_view()
    kazakhstan = window.map.countries["KAZ"]
    before_fill = kazakhstan.brush().color().name()
    before = window.map.grab().toImage()
    window.map_panel.layer_actions["borders-afghanistan"].trigger()
    assert kazakhstan.brush().color().name() == before_fill  # not a neighbour of Afghanistan
    tajikistan = window.map.countries["TJK"].brush().color().name()
    assert tajikistan == window.map.colour("borders-afghanistan").name()
    assert window.map.grab().toImage() != before
    window.map_panel.layer_actions["borders-afghanistan"].trigger()
    assert window.map.countries["TJK"].brush().color().name() == window.map.colour("land").name()


def test_keyboard_zoom_pan_and_reset(window, qtbot):
    view = window.map
    view.setFocus()
    view.reset_view()
    home = view.pixels_per_km
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.pixels_per_km > home * 1.4
    centre = view.mapToScene(view.viewport().rect().center())
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.mapToScene(view.viewport().rect().center()).x() > centre.x()
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert view.pixels_per_km == pytest.approx(home)


def test_zooming_in_swaps_to_finer_shapes(window):
    view = window.map
    view.reset_view()
    coarse = view.level_of_detail
    for _ in range(12):
        view.zoom_by(1.3)
    assert view.level_of_detail < coarse
    assert view.level_of_detail == 0


def test_reading_a_section_outlines_the_countries_it_names(window):
    window.reader.show_section("withdrawal")
    assert {"TJK", "AFG"} <= window.map.mentioned
    assert "KAZ" not in window.map.mentioned
    pen = window.map.countries["TJK"].pen()
    assert pen.color().name() == window.map.colour("mentioned").name()


def test_export_writes_a_valid_png_and_svg(window, tmp_path):
    png, svg = tmp_path / "map.png", tmp_path / "map.svg"
    assert window.map_panel.export_png(str(png))
    image = QImage(str(png))
    assert not image.isNull() and image.width() == window.map.viewport().width()
    assert window.map_panel.export_svg(str(svg))
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    assert len(root.findall(".//{http://www.w3.org/2000/svg}path")) > 10
    from PySide6.QtSvg import QSvgRenderer

    assert QSvgRenderer(str(svg)).isValid()


def test_country_shapes_follow_the_builds_rings(window):
    # Zoomed right in, every vertex the build stored for Afghanistan is where the map draws it
    # (scene y runs down).
    for _ in range(20):
        window.map.zoom_by(1.3)
    assert window.map.level_of_detail == 0
    path = window.map.countries["AFG"].path()
    drawn = [(path.elementAt(i).x, path.elementAt(i).y) for i in range(path.elementCount())]
    stored = [
        (points[i], -points[i + 1])
        for iso3, _hole, points in window.atlas.rings(0)
        if iso3 == "AFG"
        for i in range(0, len(points), 2)
    ]
    assert len(stored) > 1000
    assert set(stored) <= set(drawn) and len(drawn) <= len(stored) + 2 * len(window.atlas.rings(0))


def test_the_facts_panel_opens_with_how_to_use_it(window):
    text = window.facts.view.toPlainText()
    assert f"{len(window.atlas.facts)} facts from the report" in text and "Ctrl+I" in text


def test_the_map_comes_back_home_when_its_dock_is_shown_again(window, qtbot):
    view = window.map
    home, scale = view.mapToScene(view.viewport().rect().center()), view.pixels_per_km
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.mapToScene(view.viewport().rect().center()).x() > home.x() + 1
    window.map_dock.hide()
    window.map_dock.show()
    qtbot.waitUntil(view.isVisible)
    assert view.pixels_per_km == pytest.approx(scale)
    assert view.mapToScene(view.viewport().rect().center()).x() == pytest.approx(home.x(), abs=1)
