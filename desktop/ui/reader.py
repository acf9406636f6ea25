"""The report, typeset in a QTextBrowser.

The reader never follows a link by itself: internal anchors (sections,
footnotes) are handled here, http(s) links open in the system browser on a
click, anything else (file:, javascript:, data:) is refused. No resource is
ever loaded from disk or network.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QFrame, QTextBrowser, QTextEdit, QVBoxLayout, QWidget

from desktop.core.anchoring import Locator, Selector, make_selector
from desktop.core.notes import Note
from desktop.core.store import GlossaryEntry, ReportStore
from desktop.ui import theme

if TYPE_CHECKING:  # Qt types the first paint never needs are imported where they are used
    from PySide6.QtCore import QByteArray, QUrl

BASE_POINT_SIZE = 12.5
MEASURE_CHARS = 70
MIN_SIDE_MARGIN = 28
TOP_SLACK = 36  # pixels below the top edge that still count as "at the top"


class FootnotePopup(QFrame):
    """A footnote shown beside its reference; a link goes to the note itself.

    Signals:
        go_to_note(str): the footnote anchor to jump to.
    """

    go_to_note = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName("Footnote")
        from PySide6.QtWidgets import QLabel

        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setOpenExternalLinks(False)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.label.linkActivated.connect(self._on_link)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.label)
        self._anchor = ""

    def show_note(self, anchor: str, text: str, where: QPoint) -> None:
        from desktop.core.escape import escape

        self._anchor = anchor
        self.label.setText(
            f"<p>{escape(text)}</p><p><a href='#{escape(anchor)}'>Go to the note ↓</a>"
            "&nbsp;&nbsp;<span style='color:gray'>Esc closes</span></p>"
        )
        self.setFixedWidth(420)
        self.adjustSize()
        self.move(where)
        self.show()
        self.label.setFocus()

    def _on_link(self, _link: str) -> None:
        self.hide()
        self.go_to_note.emit(self._anchor)


class ReaderView(QTextBrowser):
    """The report's text.

    Signals:
        section_changed(str): the section at the top of the view is now this one.
        term_activated(str): the reader clicked a glossary term (its entry id).
        note_clicked(str): the reader clicked a note's highlight or its margin marker.
        message(str): a line for the status bar.
    """

    section_changed = Signal(str)
    term_activated = Signal(str)
    note_clicked = Signal(str)
    message = Signal(str)

    def __init__(
        self,
        store: ReportStore,
        theme_name: str = "light",
        zoom: int = 100,
        mark_terms: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("reader")
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setAccessibleName("Report text")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Always there (the report is always longer than the window), so the viewport's width
        # never changes under resizeEvent's feet when the scroll bar would otherwise appear.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self._theme = theme_name
        self._zoom = zoom
        self._mark_terms = mark_terms
        self._index: tuple[dict[str, int], list[int], list[str]] | None = None  # see _anchor_index
        self._current_section = ""
        self._history: list[int] = []
        self._hits: list[tuple[int, int]] = []
        self._hit_index = -1
        self._passage: tuple[int, int] | None = None
        self._note_ranges: list[tuple[int, int, str]] = []
        self._note_markers: list[tuple[int, str]] = []
        self._viewport_size = QSize(0, 0)  # kept by resizeEvent
        self._footnote_popup: FootnotePopup | None = None
        self.anchorClicked.connect(self._on_anchor_clicked)
        self.highlighted.connect(self._on_link_hovered)
        self.verticalScrollBar().valueChanged.connect(self._update_current_section)
        self._load()

    # -- loading and typesetting -------------------------------------------------
    def _body_font(self) -> QFont:
        font = QFont()
        font.setFamilies(theme.SERIF)
        font.setPointSizeF(BASE_POINT_SIZE * self._zoom / 100)
        return font

    def _load(self) -> None:
        document = self.document()
        document.setDefaultFont(self._body_font())
        document.setDefaultStyleSheet(theme.reader_stylesheet(self._theme, self._mark_terms))
        document.setDocumentMargin(8)
        self.setHtml(self.store.document_html())
        self._index = None  # worked out again on first use
        if self.isVisible():  # otherwise the first resize sets the measure, laying out once
            self._apply_measure()
        self._apply_selections()

    def _anchor_index(self) -> tuple[dict[str, int], list[int], list[str]]:
        """Anchor name -> position, and where each section starts (walked once, on first use)."""
        if self._index is None:
            anchors: dict[str, int] = {}
            block = self.document().begin()
            while block.isValid():
                fragments = block.begin()
                while not fragments.atEnd():
                    fragment = fragments.fragment()
                    for name in fragment.charFormat().anchorNames():
                        anchors.setdefault(name, fragment.position())
                    fragments += 1
                block = block.next()
            starts = sorted((anchors[s.id], s.id) for s in self.store.sections if s.id in anchors)
            self._index = (anchors, [position for position, _ in starts], [sid for _, sid in starts])
        return self._index

    @property
    def _anchors(self) -> dict[str, int]:
        return self._anchor_index()[0]

    @property
    def _section_starts(self) -> list[int]:
        return self._anchor_index()[1]

    @property
    def _section_ids(self) -> list[str]:
        return self._anchor_index()[2]

    @property
    def footnote_popup(self) -> FootnotePopup:
        """Made the first time a footnote is opened."""
        if self._footnote_popup is None:
            self._footnote_popup = FootnotePopup(self)
            self._footnote_popup.go_to_note.connect(self.go_to_anchor)
        return self._footnote_popup

    def anchor_position(self, name: str) -> int | None:
        return self._anchors.get(name)

    def _apply_measure(self) -> None:
        """Keep lines near MEASURE_CHARS characters by centring a text column."""
        metrics = QFontMetricsF(self._body_font())
        measure = metrics.averageCharWidth() * MEASURE_CHARS
        side = max(MIN_SIDE_MARGIN, (self._viewport_size.width() - measure) / 2)
        frame = self.document().rootFrame()
        frame_format = frame.frameFormat()
        if abs(frame_format.leftMargin() - side) < 1:
            return
        frame_format.setLeftMargin(side)
        frame_format.setRightMargin(side)
        frame_format.setTopMargin(24)
        frame_format.setBottomMargin(48)
        frame.setFrameFormat(frame_format)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        # Keep the same words at the top; at the very top (every start) nothing to keep.
        top = self.top_position() if self.isVisible() and self.verticalScrollBar().value() > 0 else None
        # QAbstractScrollArea sends the viewport's resizes here: its size, without asking for
        # viewport(), whose first call makes PySide type every QWidget subclass (about 4 ms).
        self._viewport_size = event.size()
        self._apply_measure()  # margins first, so the text is laid out once for the new width
        super().resizeEvent(event)
        if top is not None and self.isVisible():
            self.scroll_to_position(top)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(900, 700)

    def set_theme(self, name: str) -> None:
        if name == self._theme:
            return
        self._reload(lambda: setattr(self, "_theme", name))

    @property
    def theme_name(self) -> str:
        return self._theme

    def set_zoom(self, percent: int) -> None:
        if percent == self._zoom:
            return
        self._reload(lambda: setattr(self, "_zoom", percent))

    def set_mark_terms(self, on: bool) -> None:
        """Show glossary terms in their own colour, or like the text around them."""
        if on != self._mark_terms:
            self._reload(lambda: setattr(self, "_mark_terms", on))

    @property
    def marks_terms(self) -> bool:
        return self._mark_terms

    @property
    def zoom(self) -> int:
        return self._zoom

    @property
    def body_point_size(self) -> float:
        return self.document().defaultFont().pointSizeF()

    def _reload(self, change) -> None:
        top = self.top_position()
        change()
        self._load()
        if top is not None:
            self.scroll_to_position(top)

    # -- positions and navigation ---------------------------------------------------
    def top_position(self) -> int | None:
        """The document position of the first character at the top of the view."""
        if not self.document().characterCount():
            return None
        if self.verticalScrollBar().value() == 0:
            return 0  # the top of the report (and no layout needed to know it)
        return self.cursorForPosition(QPoint(self._viewport_size.width() // 2, 4)).position()

    def scroll_to_position(self, position: int, margin: int = 12) -> None:
        if position <= 0:  # the very start: the top, title page and all
            self.verticalScrollBar().setValue(0)
            self._update_current_section()
            return
        document = self.document()
        block = document.findBlock(position)
        if not block.isValid():
            return
        layout = document.documentLayout()
        y = layout.blockBoundingRect(block).top()
        text_layout = block.layout()
        if text_layout is not None and text_layout.lineCount():
            line = text_layout.lineForTextPosition(position - block.position())
            if line.isValid():
                y += line.y()
        self.verticalScrollBar().setValue(int(max(0, y - margin)))
        self._update_current_section()

    def _remember(self) -> None:
        top = self.top_position()
        if top is not None:
            self._history.append(top)
            del self._history[:-50]

    def go_back(self) -> bool:
        """Return to where the last jump started; False when there is nowhere to go."""
        if not self._history:
            self.message.emit("Nothing to go back to.")
            return False
        self.scroll_to_position(self._history.pop())
        return True

    def go_to_anchor(self, name: str, remember: bool = True) -> bool:
        position = self._anchors.get(name)
        if position is None:
            self.message.emit(f"No place called {name!r} in the report.")
            return False
        if remember:
            self._remember()
        self.scroll_to_position(position)
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        self.setTextCursor(cursor)
        return True

    def show_section(self, section_id: str) -> bool:
        return self.go_to_anchor(section_id)

    def current_section(self) -> str:
        return self._current_section

    def section_at(self, position: int) -> str:
        index = bisect.bisect_right(self._section_starts, position) - 1
        return self._section_ids[max(0, index)] if self._section_ids else ""

    def _update_current_section(self) -> None:
        if not self._section_ids:
            return
        position = self.cursorForPosition(QPoint(self._viewport_size.width() // 2, TOP_SLACK)).position()
        if self.verticalScrollBar().value() >= self.verticalScrollBar().maximum() > 0:
            position = self.document().characterCount()  # at the very end: the last section
        section_id = self.section_at(position)
        if section_id != self._current_section:
            self._current_section = section_id
            self.section_changed.emit(section_id)

    # -- links and footnotes ----------------------------------------------------------
    def loadResource(self, kind: int, name: QUrl) -> QByteArray:  # noqa: N802 - Qt override
        # Never load images or files, whatever the HTML asks for. (An empty QByteArray,
        # not None: PySide mis-counts references to a None returned from this override.)
        from PySide6.QtCore import QByteArray

        return QByteArray()

    def _on_anchor_clicked(self, url: QUrl) -> None:
        scheme = url.scheme().lower()
        if scheme in ("http", "https"):
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(url)
            self.message.emit(f"Opened in your browser: {url.toString()}")
            return
        if scheme != "term" and (scheme or url.path()):
            self.message.emit(f"Dossier does not open {scheme or 'file'} links: {url.toString()[:80]}")
            return
        fragment = url.fragment()
        if scheme == "term":
            self.term_activated.emit(url.path())
        elif fragment.startswith("fn:"):
            self.show_footnote_popup(fragment)
        elif fragment.startswith("fnref:"):
            if not self.go_back():
                self.go_to_anchor(fragment, remember=False)
        else:
            self.go_to_anchor(fragment)

    def footnote_text(self, anchor: str) -> str:
        paragraph = self.store.paragraph(anchor)
        return paragraph.text if paragraph else ""

    def show_footnote_popup(self, anchor: str) -> None:
        reference = self._anchors.get(anchor.replace("fn:", "fnref:", 1))
        cursor = QTextCursor(self.document())
        cursor.setPosition(reference if reference is not None else 0)
        rect: QRect = self.cursorRect(cursor)
        where = self.viewport().mapToGlobal(rect.bottomLeft() + QPoint(0, 6))
        self.footnote_popup.show_note(anchor, self.footnote_text(anchor), where)

    def _on_link_hovered(self, url: QUrl) -> None:
        from PySide6.QtWidgets import QToolTip  # made on the first hover

        if not url.isValid() or url.isEmpty():
            QToolTip.hideText()
            self.message.emit("")
            return
        fragment = url.fragment()
        if url.scheme() == "term":
            entry = self.store.glossary_entry(url.path())
            if entry is not None:
                QToolTip.showText(self.cursor().pos(), term_tooltip(entry), self)
                self.message.emit(f"{entry.term}: click to open it in the glossary")
        elif not url.scheme() and fragment.startswith("fn:"):
            QToolTip.showText(self.cursor().pos(), self.footnote_text(fragment), self)
        elif url.scheme() in ("http", "https"):
            self.message.emit(f"Opens in your browser: {url.toString()}")

    # -- search hits ----------------------------------------------------------------------
    def set_search_terms(self, terms: tuple[str, ...]) -> None:
        """Mark every occurrence of ``terms`` in the text; F3 steps through them."""
        self._hits = []
        self._hit_index = -1
        self._passage = None
        words = [t for t in terms if t]
        if words:
            pattern = r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b"
            text = self.document().toPlainText()
            self._hits = [(m.start(), m.end()) for m in re.finditer(pattern, text, re.IGNORECASE)]
        self._apply_selections()

    @property
    def hit_count(self) -> int:
        return len(self._hits)

    @property
    def current_hit(self) -> tuple[int, int] | None:
        return self._hits[self._hit_index] if 0 <= self._hit_index < len(self._hits) else None

    def show_passage(self, paragraph_id: str, terms: tuple[str, ...] = ()) -> bool:
        """Scroll to a paragraph and highlight it and the matched words in it."""
        position = self._anchors.get(paragraph_id)
        if position is None:
            return False
        if terms:
            self.set_search_terms(terms)
        self._remember()
        block = self.document().findBlock(position)
        self._passage = (block.position(), block.position() + block.length() - 1)
        first = bisect.bisect_left(self._hits, (block.position(), 0))
        if first < len(self._hits) and self._hits[first][0] < self._passage[1]:
            self._hit_index = first
        self.scroll_to_position(block.position(), margin=80)
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.current_hit[0] if self.current_hit else block.position())
        self.setTextCursor(cursor)
        self._apply_selections()
        return True

    def show_mention(self, paragraph_id: str, aliases: tuple[str, ...]) -> bool:
        """Jump to a paragraph that mentions a glossary entry; mark every mention in the text.

        The mentions follow the glossary's own rules (word boundaries, case for acronyms), so
        F3 then steps through every place the report names the entry.
        """
        position = self._anchors.get(paragraph_id)
        if position is None:
            return False
        from desktop.core.glossary import AliasMatcher  # loaded on first use, not at start

        matcher = AliasMatcher.for_aliases("entry", aliases)
        text = self.document().toPlainText()
        self._hits = sorted((start, end) for start, end, _ in matcher.find(text, nested=True))
        self._hit_index = -1
        return self.show_passage(paragraph_id)

    def show_quote(self, paragraph_id: str, quote: str) -> bool:
        """Jump to a paragraph and mark the exact words quoted from it."""
        position = self._anchors.get(paragraph_id)
        if position is None:
            return False
        block = self.document().findBlock(position)
        offset = block.text().replace("\xa0", " ").find(quote)
        self.set_search_terms(())
        self._remember()
        if offset < 0:
            self._passage = (block.position(), block.position() + block.length() - 1)
        else:
            self._passage = (block.position() + offset, block.position() + offset + len(quote))
        self.scroll_to_position(self._passage[0], margin=80)
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._passage[0])
        self.setTextCursor(cursor)
        self._apply_selections()
        return offset >= 0

    def find_next(self, backwards: bool = False) -> bool:
        """Move to the next (or previous) search hit after the cursor, wrapping around."""
        if not self._hits:
            self.message.emit("No search hits to step through: type in the search box (Ctrl+F).")
            return False
        here = self.textCursor().position()
        if backwards:
            index = bisect.bisect_left(self._hits, (here, 0)) - 1
            if self.current_hit and self.current_hit[0] == here:
                index = self._hit_index - 1
            wrapped = index < 0
            index %= len(self._hits)
        else:
            index = bisect.bisect_right(self._hits, (here, 1 << 30))
            wrapped = index >= len(self._hits)
            index %= len(self._hits)
        self._hit_index = index
        self._passage = None
        start = self._hits[index][0]
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self._apply_selections()
        note = " (wrapped around)" if wrapped else ""
        self.message.emit(f"Hit {index + 1} of {len(self._hits)}{note}")
        return True

    def _selection(self, start: int, end: int, colour: str) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        char_format = QTextCharFormat()
        char_format.setBackground(QColor(colour))
        selection.format = char_format
        return selection

    def _apply_selections(self) -> None:
        palette = theme.colours(self._theme)
        selections = []
        selections += [self._selection(s, e, palette["note"]) for s, e, _ in self._note_ranges]
        if self._passage:
            selections.append(self._selection(*self._passage, palette["highlight"]))
        selections += [self._selection(s, e, palette["hit"]) for s, e in self._hits]
        if self.current_hit:
            selections.append(self._selection(*self.current_hit, palette["current_hit"]))
        self.setExtraSelections(selections)

    # -- notes ------------------------------------------------------------------------------------
    def section_span(self, section_id: str) -> tuple[int, int] | None:
        """Document positions where a section's text starts and ends."""
        if section_id not in self._section_ids:
            return None
        index = self._section_ids.index(section_id)
        start = self._section_starts[index]
        end = (
            self._section_starts[index + 1]
            if index + 1 < len(self._section_starts)
            else self.document().characterCount() - 1
        )
        return start, end

    def section_text(self, section_id: str) -> str:
        span = self.section_span(section_id)
        return self.document().toPlainText()[span[0] : span[1]] if span else ""

    def selection_selector(self) -> tuple[str, Selector] | None:
        """The section and text-quote selector of the selected words (None without a selection)."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return self._selector_for(cursor.selectionStart(), cursor.selectionEnd())

    def paragraph_selector(self) -> tuple[str, Selector] | None:
        """The section and selector of the whole paragraph at the cursor (the keyboard path)."""
        block = self.textCursor().block()
        if not block.isValid() or not block.text().strip():
            return None
        return self._selector_for(block.position(), block.position() + len(block.text()))

    def _selector_for(self, start: int, end: int) -> tuple[str, Selector] | None:
        section_id = self.section_at(start)
        span = self.section_span(section_id)
        if span is None:
            return None
        selector = make_selector(self.section_text(section_id), start - span[0], end - span[0])
        return (section_id, selector) if selector.exact else None

    def place_notes(self, notes: list[Note]) -> set[str]:
        """Highlight notes' passages and put markers beside them; return the orphaned ones."""
        had_markers = bool(self._note_markers)
        if not notes and not had_markers and not self._note_ranges:
            return set()  # nothing placed, nothing to place (a first start)
        text = self.document().toPlainText()
        ranges: list[tuple[int, int, str]] = []
        markers: list[tuple[int, str]] = []
        orphans: set[str] = set()
        locators: dict[str, Locator] = {}  # one normalisation per section, not per note
        for note in notes:
            span = self.section_span(note.section_id)
            if span is None:
                orphans.add(note.id)
                continue
            selector = note.selector
            if selector is None:
                markers.append((span[0], note.id))
                continue
            locator = locators.get(note.section_id)
            if locator is None:
                locator = locators[note.section_id] = Locator(text[span[0] : span[1]])
            found = locator.locate(selector)
            if found is None:
                orphans.add(note.id)
                markers.append((span[0], note.id))
                continue
            ranges.append((span[0] + found[0], span[0] + found[1], note.id))
            markers.append((span[0] + found[0], note.id))
        self._note_ranges = sorted(ranges)
        self._note_markers = sorted(markers)
        self._apply_selections()
        if self._note_markers or had_markers:  # the pencils in the margin changed
            self.viewport().update()
        return orphans

    def note_range(self, note_id: str) -> tuple[int, int] | None:
        return next(((s, e) for s, e, n in self._note_ranges if n == note_id), None)

    def show_note(self, note: Note) -> bool:
        """Scroll to a note's passage (or its section) and mark it."""
        found = self.note_range(note.id)
        if found is None:
            return self.show_section(note.section_id)
        self._remember()
        self._passage = found
        self.scroll_to_position(found[0], margin=80)
        cursor = QTextCursor(self.document())
        cursor.setPosition(found[0])
        self.setTextCursor(cursor)
        self._apply_selections()
        return True

    def _marker_rects(self) -> list[tuple[QRect, str]]:
        layout = self.document().documentLayout()
        left = int(self.document().rootFrame().frameFormat().leftMargin())
        offset = self.verticalScrollBar().value()
        rects: list[tuple[QRect, str]] = []
        for position, note_id in self._note_markers:
            block = self.document().findBlock(position)
            line_y = 0.0
            if block.layout() is not None and block.layout().lineCount():
                line = block.layout().lineForTextPosition(position - block.position())
                line_y = line.y() if line.isValid() else 0.0
            y = int(layout.blockBoundingRect(block).top() + line_y) - offset
            rect = QRect(max(2, left - 26), y + 2, 18, 18)
            while any(r.intersects(rect) for r, _ in rects):
                rect.translate(0, 19)  # several notes at one place stack downwards
            rects.append((rect, note_id))
        return rects

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self._note_markers:
            return
        height = self._viewport_size.height()
        shown = [
            rect for rect, _note_id in self._marker_rects() if rect.bottom() >= 0 and rect.top() <= height
        ]
        if not shown:
            return
        painter = QPainter(self.viewport())
        painter.setPen(QColor(theme.colours(self._theme)["accent"]))
        for rect in shown:
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "✎")
        painter.end()

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        point = event.position().toPoint()
        for rect, note_id in self._marker_rects():
            if rect.contains(point):
                self.note_clicked.emit(note_id)
                event.accept()
                return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().mouseReleaseEvent(event)
        if self.textCursor().hasSelection() or not self._note_ranges:
            return
        position = self.cursorForPosition(event.position().toPoint()).position()
        for start, end, note_id in self._note_ranges:
            if start <= position < end:
                self.note_clicked.emit(note_id)
                return

    def highlighted_text(self) -> list[str]:
        """The texts currently marked in the view (what a reader sees highlighted)."""
        return [s.cursor.selectedText() for s in self.extraSelections()]


def term_tooltip(entry: GlossaryEntry) -> str:
    from desktop.core.escape import escape

    return f"<b>{escape(entry.term)}</b><br>{escape(entry.short)}"
