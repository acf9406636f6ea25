"""The editor's notes in the text: where the public record differs from the report.

The report's words are never changed: the words a note concerns get a dashed underline in
the note colour and an "ed." mark in the right margin; hovering shows the note, a click
opens it with its source. Distinct from footnotes (the report's own) and from the reader's
notes (green, ✎ in the left margin).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QTextCursor

from desktop.core.escape import escape
from desktop.ui.i18n import translate
from desktop.ui.reader.marks import extra_selection

TYPE_CHECKING = False  # typing's, without importing typing: see desktop/ui/__init__.py
if TYPE_CHECKING:  # the notes are placed after the first paint: these Qt classes' enums are not its
    from PySide6.QtGui import QPainter, QTextDocument
    from PySide6.QtWidgets import QTextBrowser, QTextEdit

    from desktop.core.content.corrections import Correction

COLOUR = {"light": "#a3460c", "dark": "#f0a46b"}  # unlike links, notes, hits and the selection
MARK = "ed."


def describe(correction: Correction) -> str:
    """The note as rich text: every string from content escaped."""
    return (
        translate(
            "EditorNotes",
            "<p><b>Editor's note</b> <span style='color:gray'>(not the report's words)</span></p>",
        )
        + f"<p>{escape(correction.note)}</p>"
        + translate("EditorNotes", "<p style='color:gray'>Source: {source}</p>").format(
            source=escape(correction.source)
        )
    )


class EditorNotes:
    """Where the editor's notes sit in a reader's document, and how they are drawn."""

    def __init__(self) -> None:
        self.spans: list[tuple[int, int, Correction]] = []

    def place(self, document: QTextDocument, anchors: dict[str, int], notes: list[Correction]) -> None:
        """Find each note's words in its paragraph (the whole paragraph if they are not there)."""
        spans = []
        for correction in notes:
            position = anchors.get(correction.paragraph_id)
            if position is None:
                continue
            block = document.findBlock(position)
            offset = block.text().replace("\xa0", " ").find(correction.quote)
            if offset >= 0:
                start, end = block.position() + offset, block.position() + offset + len(correction.quote)
            else:
                start, end = block.position(), block.position() + block.length() - 1
            spans.append((start, end, correction))
        self.spans = sorted(spans, key=lambda span: span[:2])

    def within(self, start: int, end: int) -> list[tuple[int, int, Correction]]:
        return [span for span in self.spans if span[0] < end and span[1] > start]

    def at(self, position: int) -> Correction | None:
        return next((c for s, e, c in self.spans if s <= position < e), None)

    def selections(
        self, document: QTextDocument, theme_name: str, window: tuple[int, int]
    ) -> list[QTextEdit.ExtraSelection]:
        shown = self.within(*window)
        if not shown:
            return []
        from PySide6.QtGui import QTextCharFormat

        char_format = QTextCharFormat()
        char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        char_format.setUnderlineColor(QColor(COLOUR[theme_name]))
        return [extra_selection(document, s, e, char_format) for s, e, _c in shown]

    def margin_marks(self, reader: QTextBrowser, window: tuple[int, int]) -> list[tuple[QRect, Correction]]:
        """The "ed." marks beside the first line of each note in view (viewport coordinates)."""
        right = reader.viewport().width() - int(reader.document().rootFrame().frameFormat().rightMargin())
        marks = []
        for start, _end, correction in self.within(*window):
            cursor = QTextCursor(reader.document())
            cursor.setPosition(start)
            line = reader.cursorRect(cursor)
            marks.append((QRect(right + 6, line.top(), 24, line.height()), correction))
        return marks

    def under(self, reader: QTextBrowser, point: QPoint) -> Correction | None:
        """The note whose words, or whose "ed." mark, are at ``point`` (viewport coordinates)."""
        for rect, correction in self.margin_marks(reader, reader.marked_span):
            if rect.contains(point):
                return correction
        return self.at(reader.cursorForPosition(point).position())

    def paint(self, painter: QPainter, marks: list[tuple[QRect, Correction]], theme_name: str) -> None:
        from PySide6.QtCore import Qt

        painter.setPen(QColor(COLOUR[theme_name]))
        for rect, _correction in marks:
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, MARK)

    def show_tooltip(self, reader: QTextBrowser, correction: Correction, where: QPoint) -> None:
        from PySide6.QtWidgets import QToolTip

        QToolTip.showText(where, describe(correction), reader)
