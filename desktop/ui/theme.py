"""Light and dark themes: the application palette and the reader's stylesheet.

"system" follows the desktop's colour scheme (Qt 6.5+ style hints); an explicit
"light" or "dark" overrides it.
"""

from __future__ import annotations

from string import Template

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from desktop import paths

TYPE_CHECKING = False  # typing's, without importing typing: see desktop/ui/__init__.py
if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

SERIF = ["Charis SIL", "Source Serif 4", "Literata", "Georgia", "DejaVu Serif", "Liberation Serif", "serif"]
SANS = "'Source Sans 3', 'Noto Sans', 'DejaVu Sans', sans-serif"

COLOURS = {
    "light": {
        "window": "#f3f1ec",
        "base": "#fbfaf7",
        "text": "#1f1f1f",
        "heading": "#1d2b45",
        "muted": "#5f5f5f",
        "accent": "#8a3b12",
        "link": "#1f5fa8",
        "rule": "#d8d4cc",
        "highlight": "#a9c8ec",  # stands out on the page (core/contrast.py)
        "passage": "#e9dff6",  # a passage jumped to: not the selection's blue, and it fades
        "term": "#2b4c7e",
        "note": "#dcedd0",
        "hit": "#ffe58a",
        "current_hit": "#ffb347",
    },
    "dark": {
        "window": "#26272b",
        "base": "#1c1d20",
        "text": "#dedcd7",
        "heading": "#ecebe8",
        "muted": "#a6a49f",
        "accent": "#e3a07c",
        "link": "#8cb8f0",
        "rule": "#3a3b3e",
        "highlight": "#34527a",  # likewise
        "passage": "#3f3454",
        "term": "#b5c9e8",
        "note": "#2f4a2a",
        "hit": "#6e5b17",
        "current_hit": "#a8611b",
    },
}


def resolve(mode: str, last_seen: str = "") -> str:
    """``light`` or ``dark`` for a preference of ``system``, ``light`` or ``dark``; for
    ``system``, ``last_seen`` (the desktop's scheme as last asked) if given, without asking."""
    if mode in ("light", "dark"):
        return mode
    if last_seen in ("light", "dark"):
        return last_seen
    from PySide6.QtCore import Qt  # only now: its namespace of enums is costly (see PanelManager.place)

    hints = QGuiApplication.styleHints()
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


def colours(name: str) -> dict[str, str]:
    return COLOURS[name]


def palette(name: str) -> QPalette:
    c = COLOURS[name]
    result = QPalette()
    roles = QPalette.ColorRole
    for role, key in (
        (roles.Window, "window"),
        (roles.Base, "base"),
        (roles.AlternateBase, "window"),
        (roles.Text, "text"),
        (roles.WindowText, "text"),
        (roles.ButtonText, "text"),
        (roles.Button, "window"),
        (roles.ToolTipBase, "base"),
        (roles.ToolTipText, "text"),
        (roles.Highlight, "highlight"),
        (roles.HighlightedText, "text"),
        (roles.Link, "link"),
        (roles.PlaceholderText, "muted"),
        (roles.BrightText, "accent"),
    ):
        result.setColor(role, QColor(c[key]))
    result.setColor(QPalette.ColorGroup.Disabled, roles.Text, QColor(c["muted"]))
    result.setColor(QPalette.ColorGroup.Disabled, roles.WindowText, QColor(c["muted"]))
    return result


def reader_stylesheet(name: str, mark_terms: bool | str = True) -> str:
    """The report's CSS in the ``name`` theme; unmarked glossary terms look like the text."""
    template = Template((paths.resources_dir() / "reader.css").read_text(encoding="utf-8"))
    colours = COLOURS[name]
    term = colours["term"] if mark_terms not in (False, "none") else colours["text"]
    return template.safe_substitute(colours, sans=SANS, term=term)


def apply_palette(window: QWidget, name: str) -> None:
    """Give the application and ``window`` the palette of theme ``name`` (only if it differs)."""
    from PySide6.QtWidgets import QApplication

    chosen = palette(name)
    app = QApplication.instance()
    if isinstance(app, QApplication) and app.palette() != chosen:
        app.setPalette(chosen)
    if window.palette() != chosen:
        window.setPalette(chosen)
