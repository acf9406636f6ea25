"""Zoom (Ctrl+= / Ctrl+- / Ctrl+0): the text and the panels together.

The text has its own size (the reader's body font); the panels' fonts grow and shrink with it
from the application's own font, so contents, glossary, facts and notes stay legible beside a
larger text. At 100% on a fresh window nothing is set (a first start pays nothing for it).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QApplication, QDockWidget


def scale_panels(docks: Iterable[QDockWidget], percent: int) -> None:
    """Give every dock (and the panels in it) the application font at ``percent``."""
    from PySide6.QtCore import Qt

    docks = set(docks)
    if percent == 100 and not any(d.testAttribute(Qt.WidgetAttribute.WA_SetFont) for d in docks):
        return
    font = QApplication.font()
    font.setPointSizeF(font.pointSizeF() * percent / 100)
    for dock in docks:
        dock.setFont(font)
