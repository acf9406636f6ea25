"""The map's colours, marker symbols and legend, as plain data (no Qt).

These are the app's own colours (land, sea, states, named lines); a layer's colours belong
to its report and come from the content folder's ``map/map.toml``.

Land and sea must be told apart at a glance in both themes, and no layer may be a colour
that reads as water: ``tests/core/test_map_style.py`` checks both with numbers (the WCAG
contrast ratio and the CIE76 colour difference), so a new colour cannot quietly break it.
"""

from __future__ import annotations

from collections.abc import Iterable

MAP_COLOURS = {
    "light": {
        "water": "#a9cbe3", "land": "#f4f0e4", "focus": "#f0d9a8", "border": "#857b6a", "coast": "#4f7ea3",
        "label": "#2f2c28", "halo": "#fbf9f3", "place": "#262626", "muted": "#5c5853",
        "hover": "#fff8c9", "selected": "#c0461b", "selected_fill": "#f2c0a4", "keyboard": "#1a56b0",
        "mentioned": "#1f5fa8", "line": "#b5461a", "panel": "#fbf9f3", "margin": "#d9d7d1",
    },
    "dark": {
        "water": "#0f1c2a", "land": "#4a4a46", "focus": "#6b5a36", "border": "#9a938a", "coast": "#6f9cc4",
        "label": "#eeeae2", "halo": "#2a2a28", "place": "#f2eee6", "muted": "#c4bfb7",
        "hover": "#67665c", "selected": "#ff9a66", "selected_fill": "#7a4a36", "keyboard": "#8fc1ff",
        "mentioned": "#8fc1ff", "line": "#ff9a66", "panel": "#2a2a28", "margin": "#222325",
    },
}  # fmt: skip

# Marker kind -> (symbol drawn, colour key, legend label).
MARKERS = {
    "capital": ("square", "place", "Capital"),
    "city": ("dot", "place", "City"),
    "base": ("triangle", "selected", "Military base"),
    "crossing": ("diamond", "place", "Border crossing"),
    "tunnel": ("open-diamond", "place", "Tunnel"),
    "dam": ("bar", "place", "Dam"),
}
AREA_KINDS = ("region", "range")  # named areas: italic labels, no marker


def marker_style(kind: str) -> tuple[str, str, str]:
    return MARKERS.get(kind, ("dot", "place", kind.capitalize()))


def legend(
    marker_kinds: Iterable[str],
    layers: Iterable[tuple[str, str]] = (),
    mentioned: bool = False,
    lines: Iterable[str] = (),
    selected: bool = False,
) -> list[tuple[str, str]]:
    """``(kind, label)`` for every fill, outline, line and marker kind drawn, in a fixed order."""
    entries = [(f"layer:{layer}", name) for layer, name in layers]
    if mentioned:
        entries.append(("outline:mentioned", "Named in this section"))
    if selected:
        entries.append(("outline:selected", "Selected"))
    entries += [("line", name) for name in dict.fromkeys(lines)]
    shown = set(marker_kinds)
    entries += [(kind, MARKERS[kind][2]) for kind in MARKERS if kind in shown]
    entries += [(kind, marker_style(kind)[2]) for kind in sorted(shown - set(MARKERS))]
    return entries


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of ``#rrggbb``."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first: str, second: str) -> float:
    light, dark = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def colour_difference(first: str, second: str) -> float:
    """CIE76 delta E between two ``#rrggbb`` colours (about 2.3 is just noticeable)."""

    def lab(colour: str) -> tuple[float, float, float]:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
        x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
        y = 0.2126 * r + 0.7152 * g + 0.0722 * b
        z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

        def f(t: float) -> float:
            return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

        return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))

    a, b = lab(first), lab(second)
    return sum((p - q) ** 2 for p, q in zip(a, b, strict=True)) ** 0.5
