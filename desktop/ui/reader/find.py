"""The reader's marks over its text: search hits and F3 stepping, the passage a jump lands on
(marked for a few seconds), glossary mentions and quotes, and the extra selections that show
them. A mixin of ``ReaderView``, kept apart as calibre keeps its viewer's search and highlights.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCursor

from desktop.core.notes.placement import hit_spans
from desktop.ui import theme

PASSAGE_FADES_MS = 4000  # a passage jumped to is marked this long, then the mark fades


class PassageMarks:
    """Search hits, the passage jumped to and what shows them (``ReaderView`` mixes it in)."""

    def set_search_terms(self, terms: tuple[str, ...]) -> None:
        """Mark every occurrence of ``terms`` in the text; F3 steps through them."""
        self.highlights.set_hits(hit_spans(self.document().toPlainText(), terms))
        self._apply_selections()

    @property
    def hit_count(self) -> int:
        return len(self.highlights.hits)

    @property
    def current_hit(self) -> tuple[int, int] | None:
        return self.highlights.current

    def _mark_passage(self, span: tuple[int, int], cursor_at_hit: bool = True) -> None:
        """Land on ``span``, mark it for a few seconds and put the cursor at its start (or hit)."""
        self.highlights.passage = span
        self.land_on(span[0])
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.current_hit[0] if cursor_at_hit and self.current_hit else span[0])
        self.setTextCursor(cursor)
        self._apply_selections()
        if self._fade_timer is None:
            from PySide6.QtCore import QTimer

            self._fade_timer = QTimer(self, singleShot=True, interval=PASSAGE_FADES_MS)
            self._fade_timer.timeout.connect(self.fade_passage)
        self._fade_timer.start()

    @property
    def passage(self) -> tuple[int, int] | None:
        """The passage marked after a jump (None once the mark has faded)."""
        return self.highlights.passage

    def fade_passage(self) -> None:
        self.highlights.passage = None
        self._apply_selections()

    def show_passage(self, paragraph_id: str, terms: tuple[str, ...] = ()) -> bool:
        """Scroll to a paragraph and highlight it and the matched words in it."""
        position = self._anchors.get(paragraph_id)
        if position is None:
            return False
        if terms:
            self.set_search_terms(terms)
        self._remember()
        block = self.document().findBlock(position)
        span = (block.position(), block.position() + block.length() - 1)
        self.highlights.first_hit_within(*span)
        self._mark_passage(span)
        return True

    def show_mention(self, paragraph_id: str, aliases: tuple[str, ...]) -> bool:
        """Jump to a paragraph that mentions a glossary entry; mark every mention in the text.

        The mentions follow the glossary's own rules (word boundaries, case for acronyms), so
        F3 then steps through every place the report names the entry.
        """
        if self._anchors.get(paragraph_id) is None:
            return False
        from desktop.core.glossary.entries import AliasMatcher  # loaded on first use, not at start

        matcher = AliasMatcher.for_aliases("entry", aliases)
        text = self.document().toPlainText()
        self.highlights.set_hits(sorted((start, end) for start, end, _ in matcher.find(text, nested=True)))
        return self.show_passage(paragraph_id)

    def show_quote(self, paragraph_id: str, quote: str) -> bool:
        """Jump to a paragraph and mark the exact words quoted from it."""
        position = self._anchors.get(paragraph_id)
        if position is None:
            return False
        block = self.document().findBlock(position)
        offset = block.text().replace("\xa0", " ").find(quote)
        self.highlights.set_hits([])
        self._remember()
        if offset < 0:
            span = (block.position(), block.position() + block.length() - 1)
        else:
            span = (block.position() + offset, block.position() + offset + len(quote))
        self._mark_passage(span)
        return offset >= 0

    def find_next(self, backwards: bool = False) -> bool:
        """Move to the next (or previous) search hit after the cursor, wrapping around."""
        if not self.highlights.hits:
            self.message.emit("No search hits to step through: type in the search box (Ctrl+F).")
            return False
        wrapped = self.highlights.step(self.textCursor().position(), backwards)
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.highlights.current[0])
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self._apply_selections()
        note = " (wrapped around)" if wrapped else ""
        self.message.emit(f"Hit {self.highlights.index + 1} of {self.hit_count}{note}")
        return True

    def _visible_span(self) -> tuple[int, int]:
        """Document positions from half a screen above the view to half a screen below it."""
        height = self._viewport_size.height()
        width = self._viewport_size.width()
        start = self.cursorForPosition(QPoint(0, -height // 2)).position() if height else 0
        end = self.cursorForPosition(QPoint(width, height + height // 2)).position() if height else 0
        return start, max(end, start + 1)

    def _apply_selections(self) -> None:
        """Mark what can show now; scrolling past the marked stretch marks the next one."""
        self._marked_span = self._visible_span()
        palette = theme.colours(self._theme)
        marked = self.highlights.selections(self.document(), palette, self._marked_span)
        marked += self.editor_notes.selections(self.document(), self._theme, self._marked_span)
        self.setExtraSelections(marked)

    def _follow_scroll(self) -> None:
        if self._loading or not (
            self.highlights.note_ranges or self.highlights.hits or self.editor_notes.spans
        ):
            return
        start, end = self._marked_span
        height, width = self._viewport_size.height(), self._viewport_size.width()
        top = self.cursorForPosition(QPoint(0, 0)).position()
        bottom = self.cursorForPosition(QPoint(width, height)).position()
        if top < start or bottom > end:
            self._apply_selections()

    def highlighted_text(self) -> list[str]:
        """The texts currently marked in and around the view (what a reader sees highlighted)."""
        return [s.cursor.selectedText() for s in self.extraSelections()]

    def hit_texts(self) -> list[str]:
        """The words of every hit F3 steps through, in the whole text."""
        text = self.document().toPlainText()
        return [text[start:end] for start, end in self.highlights.hits]
