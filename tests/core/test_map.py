"""Map geometry: neighbours from the shapes, the projection, places where they belong."""

from __future__ import annotations

import json
import math
import shutil
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop import paths
from desktop.cli import main
from desktop.core.content.build import build_database
from desktop.core.errors import ContentError
from desktop.core.map.geometry import LambertConformalConic, load_shapes, neighbours, shared_border


@pytest.fixture(scope="module")
def shapes():
    frame, shapes = load_shapes(paths.content_dir() / "map" / "countries.json")
    return frame, {shape.iso3: shape for shape in shapes}


def test_neighbours_come_from_the_shapes(shapes):
    _frame, by_code = shapes
    around = neighbours(list(by_code.values()))
    assert around["AFG"] == ["CHN", "IRN", "PAK", "TJK", "TKM", "UZB"]
    assert set(around["TJK"]) == {"AFG", "CHN", "KGZ", "UZB"}
    assert "KAZ" in around["UZB"] and "AFG" not in around["KAZ"] and "AFG" not in around["KGZ"]
    for code, others in around.items():
        for other in others:
            assert code in around[other], "sharing a border is mutual"


def test_the_frame_holds_the_countries_the_report_is_about(shapes):
    _frame, by_code = shapes
    assert {"AFG", "TJK", "UZB", "TKM", "KGZ", "KAZ", "PAK", "IRN", "CHN", "RUS", "IND"} <= set(by_code)


@given(st.floats(48, 86), st.floats(23, 54))
def test_projection_round_trip(lon, lat):
    projection = LambertConformalConic()
    back = projection.inverse(*projection.forward(lon, lat))
    assert back[0] == pytest.approx(lon, abs=1e-7) and back[1] == pytest.approx(lat, abs=1e-7)


def test_projection_keeps_distances_true_near_the_standard_parallels():
    projection = LambertConformalConic()
    kabul, dushanbe = projection.forward(69.17, 34.53), projection.forward(68.79, 38.56)
    # Great-circle Kabul-Dushanbe is about 449 km.
    assert math.dist(kabul, dushanbe) == pytest.approx(449, rel=0.02)


def test_every_place_lies_inside_its_country(store, shapes):
    _frame, by_code = shapes
    for place in store.atlas.places:
        if place.country in by_code:
            assert by_code[place.country].contains(place.lon, place.lat), place.id


def test_country_labels_sit_inside_their_countries(store, shapes):
    _frame, by_code = shapes
    for country in store.atlas.countries:
        assert by_code[country.iso3].contains(country.label_lon, country.label_lat), country.iso3


def test_labels_and_places_are_projected_where_the_projection_puts_them(store):
    # The build projects them once; the map draws them where the stored x, y say.
    projection = LambertConformalConic()
    for country in store.atlas.countries:
        x, y = projection.forward(country.label_lon, country.label_lat)
        assert (country.label_x, country.label_y) == pytest.approx((x, y), abs=1e-6), country.iso3
    for place in store.atlas.places:
        assert (place.x, place.y) == pytest.approx(projection.forward(place.lon, place.lat), abs=1e-6)


def test_the_durand_line_is_the_afghan_pakistani_border(shapes):
    _frame, by_code = shapes
    lines = shared_border(by_code["AFG"], by_code["PAK"])
    assert len(lines) == 1
    projection = LambertConformalConic()
    points = [projection.forward(lon, lat) for lon, lat in lines[0]]
    length = sum(math.dist(a, b) for a, b in pairwise(points))
    assert 2200 < length < 3200  # the Durand Line runs about 2,600 km


def test_places_the_report_names_are_on_the_map(store):
    ids = {place.entity_id for place in store.atlas.places}
    assert {"kabul", "dushanbe", "201st-military-base", "ayni-airbase", "shir-khan-bandar", "salang",
            "nughlu-dam", "andijan", "hindu-kush"} <= ids  # fmt: skip
    capitals = {place.name for place in store.atlas.places if place.kind == "capital"}
    assert {
        "Kabul",
        "Dushanbe",
        "Tashkent",
        "Ashgabat",
        "Bishkek",
        "Islamabad",
        "Tehran",
        "New Delhi",
    } <= capitals


def test_map_json(capsys):
    assert main(["map", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    afghanistan = next(c for c in data["countries"] if c["iso3"] == "AFG")
    assert afghanistan == {
        "iso3": "AFG",
        "name": "Afghanistan",
        "neighbours": ["CHN", "IRN", "PAK", "TJK", "TKM", "UZB"],
    }
    kabul = next(p for p in data["places"] if p["id"] == "kabul")
    assert set(kabul) == {"id", "name", "kind", "lat", "lon", "country"} and kabul["country"] == "AFG"


def test_a_report_place_in_the_frame_without_a_map_kind_is_a_build_error(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(paths.content_dir(), content)
    places = content / "map" / "places.toml"
    places.write_text(places.read_text(encoding="utf-8").replace('andijan = "city"\n', ""), encoding="utf-8")
    with pytest.raises(ContentError, match="'andijan' is in the frame but has no map kind"):
        build_database(content, tmp_path / "out.sqlite")


def test_each_countrys_stored_bounds_hold_its_outline(store):
    atlas = store.atlas
    for iso3, hole, points in atlas.rings(0):
        if hole:
            continue
        min_x, min_y, max_x, max_y = atlas.country_by_code[iso3].bounds
        xs, ys = points[0::2], points[1::2]
        assert min_x <= min(xs) + 1e-3 and max(xs) <= max_x + 1e-3, iso3
        assert min_y <= min(ys) + 1e-3 and max(ys) <= max_y + 1e-3, iso3
        assert max_x - min_x > 0 and max_y - min_y > 0
