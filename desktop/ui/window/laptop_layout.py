"""The first start's dock layout for the window's width: the text keeps a reading measure.

On a wide screen the docks sit on both sides (contents, search and notes left; map, glossary
and facts right). Where that would leave the text fewer than ``MIN_CHARS`` characters a line
(1366×768 and 1280×720 laptops), every dock goes to one side, tabbed under the map, so the
text keeps its measure. Whatever the reader then arranges is saved and comes back.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QTextBrowser

TYPE_CHECKING = False  # typing's, without importing typing: see desktop/ui/__init__.py
if TYPE_CHECKING:
    from desktop.ui.window.panels import PanelManager

MIN_CHARS = 60  # characters a line of the text at the first start, at least
AIM_CHARS = 62  # what the layout aims for, so that an estimate a little off still keeps 60
LEFT_WIDTH, RIGHT_WIDTH = 270, 430  # the docks' widths on a wide screen
NARROW_LEFT, NARROW_RIGHT = 230, 380  # the least they may be on both sides
ONE_SIDE_WIDTH = 360  # the one column of docks on a laptop


def _sides(panels: PanelManager) -> dict[str, list[list[str]]]:
    """For each side, its stacks top to bottom, each the names of the panels tabbed there."""
    sides: dict[str, dict[int, list[str]]] = {"left": {}, "right": {}, "bottom": {}}
    for row in panels.table:
        sides[row.area].setdefault(row.stack, []).append(row.name)
    return {side: [stacks[key] for key in sorted(stacks)] for side, stacks in sides.items()}


def arrange(window: QMainWindow, panels: PanelManager) -> None:
    """The docks' places before any saved layout, as the panel table says: each side's stacks
    one above the other, the panels of a stack tabbed, the table's ``front`` panel in front."""
    panels.place()
    dock = panels.dock
    for stacks in _sides(panels).values():
        for upper, lower in pairwise(stacks):
            window.splitDockWidget(dock(upper[0]), dock(lower[0]), Qt.Orientation.Vertical)
        for stack in stacks:
            for first, second in pairwise(stack):
                window.tabifyDockWidget(dock(first), dock(second))
    for row in panels.table:
        if row.hidden or not panels.available(row):
            dock(row.name).hide()
    for row in panels.table:
        if row.front:
            dock(row.name).raise_()
    sides = _sides(panels)
    if sides["left"] and sides["right"]:
        firsts = [dock(sides["left"][0][0]), dock(sides["right"][-1][0])]
        window.resizeDocks(firsts, [LEFT_WIDTH, RIGHT_WIDTH], Qt.Orientation.Horizontal)
    right = sides["right"]
    if len(right) >= 2:
        window.resizeDocks([dock(right[0][0]), dock(right[1][0])], [330, 420], Qt.Orientation.Vertical)


def fit_docks(
    window: QMainWindow, panels: PanelManager, text_width: Callable[[int], int], width: int
) -> bool:
    """Lay out the docks for a window ``width`` wide, ``text_width(chars)`` being the reader's
    width for lines of that many characters; True when the docks went to one side."""
    free = width - text_width(AIM_CHARS)
    if free >= LEFT_WIDTH + RIGHT_WIDTH:
        return False
    sides = _sides(panels)
    dock = panels.dock
    if free >= NARROW_LEFT + NARROW_RIGHT and sides["left"] and sides["right"]:  # both sides, narrower
        left = max(NARROW_LEFT, free - RIGHT_WIDTH)
        sizes = [left, min(RIGHT_WIDTH, free - left)]
        firsts = [dock(sides["left"][0][0]), dock(sides["right"][0][0])]
        window.resizeDocks(firsts, sizes, Qt.Orientation.Horizontal)
        return False
    # The right side's top panel (the map) above, every other panel tabbed below it, the left
    # side's front panel (Contents) first and in front.
    top = (sides["right"] or sides["left"])[0][0]
    others = [row.name for row in panels.table if row.name != top and row.area != "bottom"]
    others.sort(key=lambda name: not (panels.rows[name].front and panels.rows[name].area == "left"))
    first = dock(others[0])
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, first)
    window.splitDockWidget(dock(top), first, Qt.Orientation.Vertical)
    for name in others[1:]:
        window.tabifyDockWidget(first, dock(name))
    first.raise_()
    column = max(240, min(ONE_SIDE_WIDTH, free))
    window.resizeDocks([dock(top)], [column], Qt.Orientation.Horizontal)
    height = window.height()  # the panels below get the larger share: they hold the reading aids
    shares = [height * 9 // 20, height * 11 // 20]
    window.resizeDocks([dock(top), first], shares, Qt.Orientation.Vertical)
    return True


def chars_per_line(reader: QTextBrowser) -> int:
    """How many characters the text's lines hold now: the median full line of the paragraphs
    from the middle of the view on (a paragraph's last line and headings left out)."""
    block = reader.cursorForPosition(reader.viewport().rect().center()).block()
    lengths: list[int] = []
    for _ in range(40):
        if not block.isValid():
            break
        layout = block.layout()
        if layout is not None and layout.lineCount() > 2:
            lengths += [layout.lineAt(i).textLength() for i in range(layout.lineCount() - 1)]
        block = block.next()
    return sorted(lengths)[len(lengths) // 2] if lengths else 0
