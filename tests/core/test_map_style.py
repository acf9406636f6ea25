"""The map's colours in numbers: land against sea, layers against sea, states against each other."""

from __future__ import annotations

import pytest

from desktop.core.map.style import MAP_COLOURS, MARKERS, colour_difference, contrast_ratio, legend

LAND_FILLS = ("land", "focus", "hover", "selected_fill")


def layer_colours(theme: str) -> dict[str, str]:
    """Every layer colour of every content folder the tests know (the bundled report, the second)."""
    from desktop import paths
    from desktop.core.content.records import Problems
    from desktop.core.map.settings import load_map_settings
    from tests.conftest import SECOND_REPORT

    found = {}
    for folder in (paths.content_dir(), SECOND_REPORT):
        settings = load_map_settings(folder, Problems())
        found |= {f"{folder.name}:{k}": v for k, v in settings.layer_colours(theme).items()}
    assert found
    return found


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_land_and_sea_are_told_apart_at_a_glance(theme):
    colours = MAP_COLOURS[theme]
    assert contrast_ratio(colours["land"], colours["water"]) >= 1.3
    assert colour_difference(colours["land"], colours["water"]) >= 20


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_no_land_fill_can_be_mistaken_for_water(theme):
    colours = MAP_COLOURS[theme]
    for key in LAND_FILLS:
        assert colour_difference(colours[key], colours["water"]) >= 20, key
    for key, colour in layer_colours(theme).items():
        assert colour_difference(colour, colours["water"]) >= 20, key


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_hover_selection_and_afghanistans_emphasis_differ(theme):
    colours = MAP_COLOURS[theme]
    states = ("land", "focus", "hover", "selected_fill")
    for i, first in enumerate(states):
        for second in states[i + 1 :]:
            assert colour_difference(colours[first], colours[second]) >= 6, (first, second)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_margin_beyond_the_frame_is_neither_land_nor_sea(theme):
    colours = MAP_COLOURS[theme]
    assert colour_difference(colours["margin"], colours["water"]) >= 10
    assert colour_difference(colours["margin"], colours["land"]) >= 6


def test_the_legend_explains_every_marker_kind_shown_and_only_those():
    entries = legend({"capital", "base"}, [("csto", "CSTO members")], mentioned=True, lines=["Durand Line"])
    kinds = [kind for kind, _label in entries]
    assert kinds == ["layer:csto", "outline:mentioned", "line", "capital", "base"]
    assert {kind for kind, _ in legend(MARKERS)} == set(MARKERS)
