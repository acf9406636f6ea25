"""Which map labels show and where, over plain boxes (no Qt): priority, overlaps, markers."""

from __future__ import annotations

import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.map import layout as map_layout
from desktop.core.map.geometry import LOD_TOLERANCE_KM, LambertConformalConic, in_frame, view_within_frame
from desktop.core.map.layout import Candidate, label_text, overlaps, place_labels

AREA = (0.0, 0.0, 400.0, 300.0)


def country(name: str, tier: int, x: float, y: float, width: float = 80.0) -> Candidate:
    return Candidate(name, "country", name, (tier, 0), ((x, y),), (width, 14.0))


def place(name: str, tier: int, x: float, y: float) -> Candidate:
    return Candidate(name, "place", name, (tier, 0), ((x, y),), (60.0, 13.0), 5.0, "capital")


def test_a_more_important_label_wins_whatever_the_order_given():
    # Two labels want the same spot in a tight corridor: the lesser one goes, never the other.
    area = (0.0, 0.0, 120.0, 16.0)
    important, lesser = country("Uzbekistan", 0, 60, 8), country("Central Asia", 4, 60, 8)
    for given_order in ([important, lesser], [lesser, important]):
        shown = [p.candidate.text for p in place_labels(given_order, area)]
        assert shown == ["Uzbekistan"]


def test_a_place_whose_label_cannot_fit_loses_its_marker_too():
    # Kabul's label takes the only room; the lesser place nearby shows neither label nor marker.
    area = (0.0, 0.0, 140.0, 20.0)
    placed = place_labels([place("Kabul", 2, 8, 10), place("Salang", 3, 20, 10)], area)
    assert [p.candidate.id for p in placed] == ["Kabul"]


def test_a_label_set_apart_from_its_marker_gets_a_leader_line():
    # The spots right beside the marker are taken (say, by the key): the label moves a little
    # away and a leader line joins it to its marker.
    reserved = [(105.5, 80.0, 14.0, 40.0), (80.5, 80.0, 14.0, 40.0)]
    (kabul,) = place_labels([place("Kabul", 2, 100, 100)], AREA, reserved)
    assert kabul.leader is not None
    (start_x, start_y), (end_x, end_y) = kabul.leader
    assert abs(start_x - 100) <= 7 and abs(start_y - 100) <= 7  # it starts at the marker
    x, y, w, h = kabul.box
    assert x <= end_x <= x + w and y <= end_y <= y + h  # and ends on the label


def test_labels_beside_their_marker_need_no_leader():
    (kabul,) = place_labels([place("Kabul", 2, 100, 100)], AREA)
    assert kabul.leader is None
    assert kabul.box[0] == 100 + 5 + map_layout.MARKER_GAP  # to the right of the marker


@given(
    st.lists(
        st.tuples(
            st.integers(0, 4),
            st.floats(-20, 420),
            st.floats(-20, 320),
            st.floats(10, 150),
            st.booleans(),
        ),
        max_size=40,
    )
)
def test_placed_labels_never_overlap_each_other_or_markers_or_leave_the_area(specs):
    candidates = [
        Candidate(str(i), "place" if marker else "country", str(i), (tier, i), ((x, y),), (w, 13.0),
                  4.0 if marker else 0.0)
        for i, (tier, x, y, w, marker) in enumerate(specs)
    ]  # fmt: skip
    reserved = [(0.0, 280.0, 400.0, 20.0)]
    placed = place_labels(candidates, AREA, reserved)
    boxes = [p.box for p in placed] + reserved
    markers = [(*c.anchors[0], c.marker) for c in (p.candidate for p in placed) if c.marker]
    for i, box in enumerate(boxes):
        for other in boxes[i + 1 :]:
            assert not overlaps(box, other)
        for mx, my, r in markers:
            assert not overlaps(box, (mx - r, my - r, 2 * r, 2 * r))
    for p in placed:
        x, y, w, h = p.box
        assert x >= 0 and y >= 0 and x + w <= 400 and y + h <= 300


def test_map_labels_drop_alternative_spellings():
    assert label_text('Khorasan ("Khorosan")') == "Khorasan"
    assert label_text("Soviet Central Asia / former Soviet Central Asian republics") == "Soviet Central Asia"
    assert label_text("Kabul") == "Kabul"


def test_label_priority_follows_the_report(store):
    atlas = store.atlas
    rank = {c.iso3: map_layout.country_rank(atlas, c.iso3) for c in atlas.countries}
    assert rank["AFG"] < rank["UZB"] == rank["TJK"] < rank["KAZ"] == rank["RUS"] < rank["IRQ"]
    assert rank["QAT"] == rank["NPL"]  # the report names Doha, not Qatar
    kabul = map_layout.place_rank(atlas, "capital", False, "AFG", 0)
    tashkent = map_layout.place_rank(atlas, "capital", True, "UZB", 9)
    baku = map_layout.place_rank(atlas, "capital", True, "AZE", 10)
    salang = map_layout.place_rank(atlas, "tunnel", False, "AFG", 1)
    assert rank["KGZ"] < kabul < tashkent < baku < salang


def test_the_atlas_knows_the_frame_its_shapes_were_cut_to(store):
    west, south, east, north = store.atlas.frame
    assert (round(west, 3), round(south, 3), round(east, 3), round(north, 3)) == (48, 23, 86, 54)


def test_a_view_within_the_frame_never_reaches_past_its_edges(store):
    projection = LambertConformalConic()
    for aspect in (430 / 280, 1.0, 0.5, 3.0):
        x0, y0, x1, y1 = view_within_frame(store.atlas.frame, projection, (-145, -364), aspect)
        assert (x1 - x0) / (y1 - y0) == __import__("pytest").approx(aspect)
        for x in (x0, (x0 + x1) / 2, x1):
            for y in (y0, y1):
                assert in_frame(x, y, store.atlas.frame, projection)


def test_the_build_stores_every_level_of_detail_the_map_picks_from(store):
    levels = [
        row[0] for row in store.connection.execute("SELECT DISTINCT lod FROM country_rings ORDER BY lod")
    ]
    assert levels == list(range(len(LOD_TOLERANCE_KM)))


def test_the_atlas_does_not_import_the_store_back():
    code = "import sys, desktop.core.map.atlas; print('desktop.core.store' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_a_lesser_country_is_named_only_where_its_name_fits_inside_it():
    # A small country (x 100..140) with a long name: no label rather than one over its neighbours.
    def inside(x: float, y: float) -> bool:
        return 100 <= x <= 140

    small = Candidate(
        "ARE", "country", "United Arab Emirates", (4, 0), ((120, 100),), (150.0, 14.0), within=inside
    )
    assert place_labels([small], AREA) == []
    assert len(place_labels([small._replace(within=None)], AREA)) == 1
