"""What the reader marks over its text: highlights (notes, the passage, search hits) and the
margin markers of notes.

The reader owns one of each and only asks them to draw; where things are comes from
``desktop.core.notes.placement``.
"""

from __future__ import annotations

import bisect
from array import array

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import QTextEdit

from desktop.core.notes.placement import MarkerColumn, PlacedNotes, section_spans

TYPE_CHECKING = False  # typing's, without importing typing: see desktop/ui/__init__.py
if TYPE_CHECKING:  # what is marked is marked after the first paint: these classes' enums are not its
    from collections.abc import Iterator

    from PySide6.QtGui import QPainter, QTextCharFormat, QTextDocument

MARKER_SIZE = 22  # px: a marker's square in the left margin, about a line of the text
MARKER_GAP = 1  # px between markers stacked at one place


class DocumentIndex:
    """Where each anchor of a laid-out report is, and each section's span (walked once)."""

    def __init__(self, document: QTextDocument, section_ids: list[str]) -> None:
        self.anchors: dict[str, int] = {}
        for names, position in anchored(document):
            for name in names:
                self.anchors.setdefault(name, position)
        starts = sorted((self.anchors[s], s) for s in section_ids if s in self.anchors)
        self.starts = [position for position, _ in starts]
        self.section_ids = [section_id for _, section_id in starts]
        self.spans = section_spans(self.starts, self.section_ids, document.characterCount() - 1)
        self.text = document.toPlainText()


def anchored(document: QTextDocument) -> Iterator[tuple[list[str], int]]:
    """The anchor names of each stretch of text that has some, and where it starts, in order."""
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            names = fragment.charFormat().anchorNames()
            if names:
                yield names, fragment.position()
            fragments += 1
        block = block.next()


def section_at(document: QTextDocument, position: int, section_ids: frozenset[str]) -> str:
    """The section ``position`` is in (the last to start at or before it; the first, before any),
    walking the text only up to it: ``DocumentIndex``'s answer without making the index."""
    found = ""
    for names, at in anchored(document):
        section = next((name for name in names if name in section_ids), None)
        if section is None:
            continue
        if at > position:
            return found or section
        found = section
    return found


def first_anchor(document: QTextDocument, name: str) -> int | None:
    """Where the anchor ``name`` first is, walking the text only up to it (``DocumentIndex``
    walks all of it, once)."""
    return next((position for names, position in anchored(document) if name in names), None)


def extra_selection(
    document: QTextDocument, start: int, end: int, char_format: QTextCharFormat
) -> QTextEdit.ExtraSelection:
    """``start``–``end`` of ``document`` drawn in ``char_format`` over the text's own."""
    chosen = QTextEdit.ExtraSelection()
    cursor = QTextCursor(document)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    chosen.cursor = cursor
    chosen.format = char_format
    return chosen


def merged(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping ranges (sorted by start) as one: they are marked in one colour anyway."""
    spans: list[tuple[int, int]] = []
    for start, end in ranges:
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
    return spans


class Highlights:
    """The marked ranges: notes' passages, the passage jumped to, search hits, the current hit."""

    def __init__(self) -> None:
        self.hits: list[tuple[int, int]] = []
        self.index = -1
        self.passage: tuple[int, int] | None = None
        self.notes = PlacedNotes()  # the notes' passages

    def set_notes(self, placed: PlacedNotes) -> None:
        self.notes = placed

    @property
    def has_notes(self) -> bool:
        return self.notes.has_ranges

    def set_hits(self, hits: list[tuple[int, int]]) -> None:
        self.hits = hits
        self.index = -1
        self.passage = None

    @property
    def current(self) -> tuple[int, int] | None:
        return self.hits[self.index] if 0 <= self.index < len(self.hits) else None

    def first_hit_within(self, start: int, end: int) -> None:
        """Make the first hit inside ``start``–``end`` current, if there is one."""
        first = bisect.bisect_left(self.hits, (start, 0))
        if first < len(self.hits) and self.hits[first][0] < end:
            self.index = first

    def step(self, here: int, backwards: bool = False) -> bool:
        """Make the hit after (or before) ``here`` current, wrapping; True when it wrapped."""
        if backwards:
            index = bisect.bisect_left(self.hits, (here, 0)) - 1
            if self.current and self.current[0] == here:
                index = self.index - 1
            wrapped = index < 0
        else:
            index = bisect.bisect_right(self.hits, (here, 1 << 30))
            wrapped = index >= len(self.hits)
        self.index = index % len(self.hits)
        self.passage = None
        return wrapped

    def note_range(self, note_id: str) -> tuple[int, int] | None:
        return self.notes.range_of(note_id)

    def note_at(self, position: int) -> str | None:
        return self.notes.note_at(position)

    def hits_within(self, start: int, end: int) -> list[tuple[int, int]]:
        return self.hits[bisect.bisect_left(self.hits, (start, 0)) : bisect.bisect_left(self.hits, (end, 0))]

    def selections(
        self, document: QTextDocument, palette: dict[str, str], window: tuple[int, int]
    ) -> list[QTextEdit.ExtraSelection]:
        """What to mark in the part of the text between ``window``'s positions (Qt paints every
        extra selection it is given on every frame, so only the ones that can show are made)."""

        def selection(start: int, end: int, colour: str) -> QTextEdit.ExtraSelection:
            from PySide6.QtGui import QTextCharFormat  # here: none is made at the first paint

            char_format = QTextCharFormat()
            char_format.setBackground(QColor(colour))
            return extra_selection(document, start, end, char_format)

        marked = [selection(s, e, palette["note"]) for s, e in merged(self.notes.passages_within(*window))]
        if self.passage:
            marked.append(selection(*self.passage, palette["passage"]))
        marked += [selection(s, e, palette["hit"]) for s, e in self.hits_within(*window)]
        if self.current:
            marked.append(selection(*self.current, palette["current_hit"]))
        return marked


class MarginMarkers:
    """The ✎ markers beside notes' passages, laid out once per layout and drawn where visible.

    ``invalidate()`` is called whenever the text's layout may have changed (a new document,
    a new width, new notes); the column is then worked out again on the next paint or click.
    """

    def __init__(self) -> None:
        self.notes = PlacedNotes()
        self._column: MarkerColumn | None = None

    def __bool__(self) -> bool:
        return self.notes.marker_count > 0

    def set_notes(self, placed: PlacedNotes) -> None:
        self.notes = placed
        self._column = None

    @property
    def positions(self) -> list[tuple[int, str]]:
        """Every marker's position and note, in order (a list made on asking: for tests and tools)."""
        return list(self.notes.markers())

    def invalidate(self) -> None:
        self._column = None

    def column(self, document: QTextDocument) -> MarkerColumn:
        if self._column is None:
            self._column = MarkerColumn(self._line_tops(document), MARKER_SIZE, MARKER_GAP)
        return self._column

    def _line_tops(self, document: QTextDocument) -> array:
        """Each marker's line top, asking Qt once per paragraph, not once per note (positions
        are sorted, and thousands of notes share a few hundred paragraphs)."""
        layout = document.documentLayout()
        tops = array("d")
        block_end = -1
        block_start, top, line_starts, line_ys = 0, 0.0, [0], [0.0]
        for position in self.notes.marker_positions():
            if position >= block_end:
                block = document.findBlock(position)
                block_start, block_end = block.position(), block.position() + block.length()
                top = layout.blockBoundingRect(block).top()
                text_layout = block.layout()
                count = text_layout.lineCount() if text_layout is not None else 0
                lines = [text_layout.lineAt(i) for i in range(count)]
                line_starts = [line.textStart() for line in lines] or [0]
                line_ys = [line.y() for line in lines] or [0.0]
            line = max(0, bisect.bisect_right(line_starts, position - block_start) - 1)
            tops.append(top + line_ys[line] + 2)
        return tops

    @staticmethod
    def _rect(y: float, offset: int, left: int) -> QRect:
        return QRect(max(2, left - 26), int(y) - offset, MARKER_SIZE, MARKER_SIZE)

    def visible(
        self, document: QTextDocument, offset: int, height: int, left: int
    ) -> list[tuple[QRect, int]]:
        """The markers in the view scrolled to ``offset`` (view coordinates), with their places
        in order (``note_of`` names their notes: painting needs none)."""
        band = self.column(document).between(offset, offset + height)
        return [(self._rect(y, offset, left), marker) for y, marker in band]

    def note_of(self, marker: int) -> str:
        return self.notes.marker_note(marker)

    def note_at(self, document: QTextDocument, x: int, y: int, offset: int, left: int) -> str | None:
        marker = self.column(document).at(y + offset)
        if marker is None:
            return None
        column_left = max(2, left - 26)
        return self.notes.marker_note(marker) if column_left <= x < column_left + MARKER_SIZE else None

    def paint(self, painter: QPainter, rects: list[tuple[QRect, int]], colour: str) -> None:
        from PySide6.QtCore import Qt

        painter.setPen(QColor(colour))
        font = painter.font()
        # The glyph fills about two thirds of its em: this makes it about a line of the text
        # tall (in the interface's own size it was a speck).
        font.setPixelSize(MARKER_SIZE + 2)
        painter.setFont(font)
        for rect, _marker in rects:
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "✎")
