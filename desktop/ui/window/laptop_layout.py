"""The first start's dock layout for the window's width: the text keeps a reading measure.

On a wide screen the docks sit on both sides (contents, search and notes left; map, glossary
and facts right). Where that would leave the text fewer than ``MIN_CHARS`` characters a line
(1366×768 and 1280×720 laptops), every dock goes to one side, tabbed under the map, so the
text keeps its measure. Whatever the reader then arranges is saved and comes back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF

if TYPE_CHECKING:
    from desktop.ui.reader.view import ReaderView
    from desktop.ui.window.main_window import MainWindow

MIN_CHARS = 60  # characters a line of the text at the first start, at least
AIM_CHARS = 62  # what the layout aims for, so that an estimate a little off still keeps 60
LEFT_WIDTH, RIGHT_WIDTH = 270, 430  # the docks' widths on a wide screen
NARROW_LEFT, NARROW_RIGHT = 230, 380  # the least they may be on both sides
ONE_SIDE_WIDTH = 360  # the one column of docks on a laptop
BESIDE_TEXT = 40  # px the reader spends beside its text column: scroll bar, document margins


def arrange(window: MainWindow) -> None:
    """The docks' places before any saved layout: contents, search and notes tabbed on the
    left, the map above the glossary and facts on the right (facts in front: its opening text
    says how to use the map, facts and glossary)."""
    window.splitDockWidget(window.map_dock, window.glossary_dock, Qt.Orientation.Vertical)
    window.tabifyDockWidget(window.glossary_dock, window.facts_dock)
    window.facts_dock.raise_()
    window.tabifyDockWidget(window.contents_dock, window.search_dock)
    window.tabifyDockWidget(window.search_dock, window.notes_dock)
    if window.notes_store is None:
        window.notes_dock.hide()
    window.contents_dock.raise_()
    window.resizeDocks(
        [window.contents_dock, window.glossary_dock], [LEFT_WIDTH, RIGHT_WIDTH], Qt.Orientation.Horizontal
    )
    window.resizeDocks([window.map_dock, window.glossary_dock], [330, 420], Qt.Orientation.Vertical)


def text_width_for(reader: ReaderView, chars: int) -> int:
    """The reader's width that gives ``chars`` characters a line of the report's own text."""
    from desktop.ui.reader.view import MIN_SIDE_MARGIN

    sample = reader.document().toPlainText()[:4000]  # the report's words, not the font's average
    per_char = QFontMetricsF(reader.document().defaultFont()).horizontalAdvance(sample) / max(1, len(sample))
    return int(per_char * chars + 2 * MIN_SIDE_MARGIN + BESIDE_TEXT)


def fit_docks(window: MainWindow, width: int) -> bool:
    """Lay out the docks for a window ``width`` wide; True when they went to one side."""
    free = width - text_width_for(window.reader, AIM_CHARS)
    if free >= LEFT_WIDTH + RIGHT_WIDTH:
        return False
    if free >= NARROW_LEFT + NARROW_RIGHT:  # both sides, narrower
        left = max(NARROW_LEFT, free - RIGHT_WIDTH)
        sizes = [left, min(RIGHT_WIDTH, free - left)]
        window.resizeDocks([window.contents_dock, window.map_dock], sizes, Qt.Orientation.Horizontal)
        return False
    # The map above, every other panel tabbed below it, Contents first and in front.
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, window.contents_dock)
    window.splitDockWidget(window.map_dock, window.contents_dock, Qt.Orientation.Vertical)
    for dock in (window.search_dock, window.notes_dock, window.glossary_dock, window.facts_dock):
        window.tabifyDockWidget(window.contents_dock, dock)
    window.contents_dock.raise_()
    column = max(240, min(ONE_SIDE_WIDTH, free))
    window.resizeDocks([window.map_dock], [column], Qt.Orientation.Horizontal)
    height = window.height()  # the panels below get the larger share: they hold the reading aids
    shares = [height * 9 // 20, height * 11 // 20]
    window.resizeDocks([window.map_dock, window.contents_dock], shares, Qt.Orientation.Vertical)
    return True


def chars_per_line(reader: ReaderView) -> int:
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
