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
    from desktop.ui.main_window import MainWindow
    from desktop.ui.reader import ReaderView

MIN_CHARS = 60  # characters a line of the text at the first start, at least
LEFT_WIDTH, RIGHT_WIDTH = 270, 430  # the docks' widths on a wide screen
ONE_SIDE_WIDTH = 360  # the one column of docks on a laptop


def text_width_for(reader: ReaderView, chars: int) -> int:
    """The reader's width that gives ``chars`` characters a line (with its least margins).

    The font's average character is a little wider than the report's, which leaves room for
    the scroll bar."""
    from desktop.ui.reader import MIN_SIDE_MARGIN

    metrics = QFontMetricsF(reader.document().defaultFont())
    return int(metrics.averageCharWidth() * chars + 2 * MIN_SIDE_MARGIN)


def fit_docks(window: MainWindow, width: int) -> bool:
    """Lay out the docks for a window ``width`` wide; True when they went to one side."""
    needed = text_width_for(window.reader, MIN_CHARS)
    if width - needed >= LEFT_WIDTH + RIGHT_WIDTH:
        return False
    # The map above, every other panel tabbed below it, Contents first and in front.
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, window.contents_dock)
    window.splitDockWidget(window.map_dock, window.contents_dock, Qt.Orientation.Vertical)
    for dock in (window.search_dock, window.notes_dock, window.glossary_dock, window.facts_dock):
        window.tabifyDockWidget(window.contents_dock, dock)
    window.contents_dock.raise_()
    column = max(240, min(ONE_SIDE_WIDTH, width - needed))
    window.resizeDocks([window.map_dock], [column], Qt.Orientation.Horizontal)
    return True


def chars_per_line(reader: ReaderView) -> int:
    """How many characters the text's body lines hold now (the longest full line in view)."""
    document = reader.document()
    block = reader.cursorForPosition(reader.viewport().rect().center()).block()
    best = 0
    for _ in range(40):  # the paragraphs from the middle of the view on
        if not block.isValid():
            break
        layout = block.layout()
        if layout is not None and layout.lineCount() > 2:  # a paragraph, not a heading
            best = max(best, *(layout.lineAt(i).textLength() for i in range(layout.lineCount() - 1)))
        block = block.next()
    return best if best else len(document.toPlainText().splitlines()[0])
