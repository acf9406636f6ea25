"""The map's labels, markers and key at dock, laptop and large sizes, from the code the CLI uses."""

from __future__ import annotations

import json

import pytest
from PySide6.QtGui import QColor, QImage

from desktop.cli import main
from desktop.core.map.layout import overlaps
from desktop.core.map.style import MAP_COLOURS
from desktop.ui.map.render import home_view

pytestmark = pytest.mark.gui

AFGHANISTAN_AND_NEIGHBOURS = {"AFG", "CHN", "IRN", "PAK", "TJK", "TKM", "UZB"}
ALWAYS = AFGHANISTAN_AND_NEIGHBOURS | {"KAZ", "KGZ", "kabul", "dushanbe"}
FROM_800 = {"RUS", "IND", "tashkent", "islamabad", "ashgabat", "bishkek"}


@pytest.fixture(scope="module")
def layouts(store, qapp):
    result = {}
    for size in ((430, 280), (800, 520), (1400, 900)):
        view = home_view(store.atlas, *size)
        result[size] = view.layout()
        view.close()
    return result


@pytest.mark.parametrize("size", [(430, 280), (800, 520), (1400, 900)])
def test_what_matters_most_is_labelled(layouts, size):
    ids = {label["id"] for label in layouts[size]["labels"]}
    wanted = ALWAYS | (FROM_800 if size[0] >= 800 else set())
    assert wanted <= ids, wanted - ids


@pytest.mark.parametrize("size", [(430, 280), (800, 520), (1400, 900)])
def test_no_two_labels_overlap_and_none_leaves_the_view(layouts, size):
    boxes = [(label["x"], label["y"], label["w"], label["h"]) for label in layouts[size]["labels"]]
    for i, box in enumerate(boxes):
        x, y, w, h = box
        assert x >= 0 and y >= 0 and x + w <= size[0] and y + h <= size[1]
        for other in boxes[i + 1 :]:
            assert not overlaps(box, other), (layouts[size]["labels"][i], other)


@pytest.mark.parametrize("size", [(430, 280), (800, 520), (1400, 900)])
def test_every_marker_has_its_label_and_the_key_explains_it(layouts, size):
    layout = layouts[size]
    labelled = {label["id"] for label in layout["labels"] if label["kind"] == "place"}
    assert {marker["id"] for marker in layout["markers"]} == labelled
    explained = {entry["kind"] for entry in layout["legend"]}
    assert {marker["kind"] for marker in layout["markers"]} <= explained
    assert "line" in explained  # the Durand Line is in every home view


def test_a_more_important_label_is_never_dropped_for_a_lesser_one(layouts):
    # The small dock labels a subset of what the large view labels, in the same order of
    # importance: Afghanistan and its neighbours first, the rest after.
    small = [label["id"] for label in layouts[(430, 280)]["labels"]]
    large = [label["id"] for label in layouts[(1400, 900)]["labels"]]
    assert set(small) <= set(large)
    assert small == [label for label in large if label in small]
    assert set(small[:7]) == AFGHANISTAN_AND_NEIGHBOURS


def test_map_json_with_labels_is_what_the_view_draws(layouts, capsys):
    assert main(["map", "--json", "--labels", "800x520"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["labels"] == layouts[(800, 520)]["labels"]
    assert data["markers"] == layouts[(800, 520)]["markers"]
    assert {"countries", "places", "labels", "markers", "legend"} <= set(data)


def test_map_labels_needs_a_size_it_can_draw(capsys):
    assert main(["map", "--json", "--labels", "huge"]) == 2
    assert capsys.readouterr().err.startswith("dossier: argument --labels: needs WIDTHxHEIGHT")


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_map_png_draws_land_and_sea_in_the_theme(tmp_path, capsys, theme, store):
    target = tmp_path / f"map-{theme}.png"
    assert main(["map", "--png", str(target), "--size", "430x280", "--theme", theme, "--layer", "csto"]) == 0
    image = QImage(str(target))
    assert (image.width(), image.height()) == (430, 280)
    colours = {QColor(image.pixel(x, y)).name() for x in range(0, 430, 3) for y in range(0, 240, 3)}
    palette = MAP_COLOURS[theme]
    csto = store.atlas.settings.layer_colours(theme)["csto"]  # the report's own colour (map.toml)
    assert {palette["water"], palette["land"], palette["focus"], csto} <= colours


def test_map_png_never_overwrites_a_file(tmp_path, capsys):
    target = tmp_path / "mine.png"
    target.write_bytes(b"my picture")
    assert main(["map", "--png", str(target)]) == 2
    assert "never overwrites" in capsys.readouterr().err
    assert target.read_bytes() == b"my picture"
