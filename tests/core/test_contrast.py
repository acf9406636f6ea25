"""Contrast ratios as WCAG 2 defines them."""

from __future__ import annotations

import pytest

from desktop.core.contrast import contrast_ratio, relative_luminance


def test_black_on_white_is_21_and_a_colour_on_itself_is_1():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert contrast_ratio("#ffffff", "#000000") == pytest.approx(21)
    assert contrast_ratio("#a9c8ec", "#a9c8ec") == pytest.approx(1)


def test_a_known_pair():
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # WCAG's grey
    assert relative_luminance("#808080") == pytest.approx(0.2159, abs=0.001)


def test_a_malformed_colour_is_refused():
    with pytest.raises(ValueError):
        contrast_ratio("#fff", "#000000")
