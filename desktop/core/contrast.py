"""Colour contrast as WCAG 2 measures it, so the themes' choices are numbers a test can hold."""

from __future__ import annotations

# A selection must stand out from the page it lies on (WCAG asks 3:1 of controls, a
# tint under text can give less and still read) while the text on it stays readable (AA).
SELECTION_ON_PAGE = 1.6
TEXT_ON_SELECTION = 4.5


def relative_luminance(colour: str) -> float:
    """The relative luminance (0 black .. 1 white) of a ``#rrggbb`` colour."""
    value = colour.lstrip("#")
    if len(value) != 6:
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first: str, second: str) -> float:
    """WCAG's contrast ratio of two ``#rrggbb`` colours: 1 (the same) to 21 (black on white)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
