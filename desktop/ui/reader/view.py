"""The report, typeset in a QTextBrowser.

The reader never follows a link by itself: internal anchors (sections,
footnotes) are handled here, http(s) links open in the system browser on a
click, anything else (file:, javascript:, data:) is refused. No resource is
ever loaded from disk or network.
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import QPoint, QRect, QSize, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QTextCursor
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget

from desktop.core.notes.placement import PlacedNotes, hit_spans
from desktop.core.store import ReportStore
from desktop.ui import theme
from desktop.ui.i18n import translate
from desktop.ui.reader import keys as reader_keys
from desktop.ui.reader.marks import DocumentIndex, Highlights, MarginMarkers, first_anchor
from desktop.ui.reader.marks import section_at as walked_section_at

TYPE_CHECKING = False  # typing's, without importing typing: see desktop/ui/__init__.py
if TYPE_CHECKING:  # what the first paint never needs is imported where it is used
    from PySide6.QtCore import QByteArray, QUrl

    from desktop.core.content.corrections import Correction
    from desktop.core.notes.anchoring import Selector
    from desktop.core.notes.store import Note
    from desktop.ui.links import LinkRouter
    from desktop.ui.reader.editor_notes import EditorNotes
    from desktop.ui.reader.footnotes import FootnotePopup

BASE_POINT_SIZE = 12.5
MEASURE_CHARS = 70
MIN_SIDE_MARGIN = 28
TOP_SLACK = 36  # pixels below the top edge that still count as "at the top"
BESIDE_TEXT = 40  # px the reader spends beside its text column: scroll bar, document margins
PASSAGE_FADES_MS = 4000  # a passage jumped to is marked this long, then the mark fades


LINE_SLACK = 48  # px: a character found this far from the point asked about is on that line
# Loaded first: the section read last, whole, and this many characters of HTML after it (over
# 4,500 px of text at the default size, the report's end aside: a screenful below any line of
# that section on the tallest screen). Parsing is what the first paint waits for.
PART_CHARS = 16_000

# Set through Qt's property system by value: naming Qt's enums here would make PySide build Qt's
# whole namespace of enum classes (93 of them, some 20 ms) before the first paint.
# tests/ui/test_reader_details.py holds each value to the enum it stands for.
START_PROPERTIES = {
    "contextMenuPolicy": 3,  # Qt.ContextMenuPolicy.CustomContextMenu: the reader's own menu
    # Qt.ScrollBarPolicy.ScrollBarAlwaysOn: the report is always longer than the window, so the
    # viewport's width never changes under resizeEvent's feet when the bar would otherwise appear.
    "verticalScrollBarPolicy": 2,
    "textInteractionFlags": 5,  # keys.interaction_flags(): select with the mouse, follow links
}


class ReaderView(QTextBrowser):
    """The report's text.

    Signals:
        section_changed(str): the section at the top of the view is now this one.
        term_activated(str): the reader clicked a glossary term (its entry id).
        note_clicked(str): the reader clicked a note's highlight or its margin marker.
        message(str): a line for the status bar.
        first_painted(): the text was painted for the first time (what can wait for it, waits).
    """

    section_changed = Signal(str)
    term_activated = Signal(str)
    note_clicked = Signal(str)
    message = Signal(str)
    first_painted = Signal()

    def __init__(
        self,
        store: ReportStore,
        theme_name: str = "light",
        zoom: int = 100,
        mark_terms: bool | str = "first",
        parent: QWidget | None = None,
        first_section: str = "",
    ) -> None:
        """With ``first_section``, only the report from that section on (a screenful and more) is
        loaded, to be painted sooner; ``load_whole`` puts the whole report in its place."""
        super().__init__(parent)
        self.store = store
        self.setObjectName("reader")
        self.setAccessibleName(translate("Reader", "Report text"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        for name, value in START_PROPERTIES.items():
            self.setProperty(name, value)
        # Not an editor: no caret (F7 asks for one), and Tab moves on to the next panel rather
        # than walking the links of the whole report (which scrolled the page away).
        self.setCursorWidth(0)
        self.setTabChangesFocus(True)
        self._theme = theme_name
        self._zoom = zoom
        self._mark_terms = {True: "first", False: "none"}.get(mark_terms, mark_terms)
        self._quiet_html = ""  # the report with only first mentions marked (made once)
        self._part_from = first_section  # the first section loaded while only part of the report is
        self._index: DocumentIndex | None = None  # see _anchor_index
        self._current_section = ""
        self.history = reader_keys.History()
        self._fade_timer = None  # a QTimer, made when a passage is first marked
        self.highlights = Highlights()
        self._editor_notes: EditorNotes | None = None  # made when the whole report is placed
        self.markers = MarginMarkers()
        self._viewport_size = QSize(0, 0)  # kept by resizeEvent
        self._footnote_popup: FootnotePopup | None = None
        self._links: LinkRouter | None = None  # made when a link is first followed or described
        self.anchorClicked.connect(self._follow_link)
        self.highlighted.connect(self._on_link_hovered)
        self.verticalScrollBar().valueChanged.connect(self._update_current_section)
        self.verticalScrollBar().valueChanged.connect(self._follow_scroll)
        self._marked_span = (0, 0)
        self._loading = False
        self._painted = False
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
        self._loading = True  # while the text is replaced, its positions mean nothing: mark nothing
        try:
            self.setHtml(self._html())
        finally:
            self._loading = False
        self._index = None  # worked out again on first use
        if self._editor_notes is not None:
            self._editor_notes.spans = []  # placed again with the index
        self.markers.invalidate()
        if self.isVisible():  # otherwise the first resize sets the measure, laying out once
            self._apply_measure()
        self._apply_selections()

    def _html(self) -> str:
        """The report, every glossary mention marked ("all") or only each section's first."""
        if self._part_from:
            from desktop.core.glossary.term_links import first_mentions

            part = self.store.document_html(self._part_from, PART_CHARS)
            return part if self._mark_terms == "all" else first_mentions(part)
        if self._mark_terms == "all":
            return self.store.document_html()
        if not self._quiet_html:
            from desktop.core.glossary.term_links import first_mentions

            self._quiet_html = first_mentions(self.store.document_html())
        return self._quiet_html

    @property
    def whole(self) -> bool:
        """Whether the whole report is loaded (not only the part shown first)."""
        return not self._part_from

    def load_whole(self) -> None:
        """The whole report in place of the part loaded first, the view kept to the pixel: the
        same line of the same section stays where it was on screen."""
        if not self._part_from:
            return
        bar = self.verticalScrollBar()
        section = self.section_at(self.top_position() or 0)
        anchor = self._anchors.get(section)
        above = reader_keys.position_y(self, anchor) if anchor is not None else None
        offset = bar.value() - above if above is not None else None
        self._part_from = ""
        self._load()
        anchor = self._anchors.get(section)
        above = reader_keys.position_y(self, anchor) if anchor is not None else None
        if offset is not None and above is not None:
            bar.setValue(round(above + offset))
        self._update_current_section()

    @property
    def loading(self) -> bool:
        """True while the text is being replaced: its positions mean nothing then."""
        return self._loading

    def _anchor_index(self) -> DocumentIndex:
        """Where every anchor and section is (worked out once per document, on first use)."""
        if self._index is None:
            self._index = DocumentIndex(self.document(), [s.id for s in self.store.sections])
            if not self._part_from:  # the editor's notes come with the whole report (load_whole)
                from desktop.core.content.corrections import corrections

                self.editor_notes.place(
                    self.document(), self._index.anchors, corrections(self.store.connection)
                )
        return self._index

    @property
    def _anchors(self) -> dict[str, int]:
        return self._anchor_index().anchors

    @property
    def footnote_popup(self) -> FootnotePopup:
        """Made the first time a footnote is opened."""
        if self._footnote_popup is None:
            from desktop.ui.reader.footnotes import FootnotePopup

            self._footnote_popup = FootnotePopup(self)
            self._footnote_popup.go_to_note.connect(self.go_to_anchor)
            self._footnote_popup.link_clicked.connect(self.links.follow)
        return self._footnote_popup

    @property
    def links(self) -> LinkRouter:
        """How the reader's links are followed: in-report anchors and glossary terms here, web
        links outside (made on first use: no link is followed before the first paint)."""
        if self._links is None:
            from desktop.ui.links import LinkRouter

            self._links = LinkRouter(
                {"": self._on_internal_link, "term": lambda url: self.term_activated.emit(url.path())},
                self.message.emit,
            )
        return self._links

    def _follow_link(self, url: QUrl) -> None:
        self.links.follow(url)

    @property
    def editor_notes(self) -> EditorNotes:
        """The editor's notes in the text (placed with the whole report, made then)."""
        if self._editor_notes is None:
            from desktop.ui.reader.editor_notes import EditorNotes

            self._editor_notes = EditorNotes()
        return self._editor_notes

    def _editor_spans(self) -> list:
        return self._editor_notes.spans if self._editor_notes is not None else []

    def anchor_position(self, name: str) -> int | None:
        if self._index is None and self._part_from:  # before the first paint: the reading position's
            return first_anchor(self.document(), name)  # section leads the part, found without the index
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
        self.markers.invalidate()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        # Keep the same words at the top; at the very top (every start) nothing to keep.
        top = self.top_position() if self.isVisible() and self.verticalScrollBar().value() > 0 else None
        # QAbstractScrollArea sends the viewport's resizes here: its size, without asking for
        # viewport(), whose first call makes PySide type every QWidget subclass.
        self._viewport_size = event.size()
        self._apply_measure()  # margins first, so the text is laid out once for the new width
        super().resizeEvent(event)
        if top is not None and self.isVisible():
            self.scroll_to_position(top)
        self._follow_scroll()

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

    def set_mark_terms(self, on: bool | str) -> None:
        """Mark glossary terms: "first" mentions in a section, "all", or "none" (True is "first")."""
        on = {True: "first", False: "none"}.get(on, on)
        if on != self._mark_terms:
            self._reload(lambda: setattr(self, "_mark_terms", on))

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
        scrolled = self.verticalScrollBar().value()
        if scrolled == 0:
            return 0  # the top of the report (and no layout needed to know it)
        # A point between blocks (in the margins above the text or around a heading) finds no
        # character, and Qt answers with the last one: the first line is looked for a little
        # lower until the character found is on screen.
        x = self._viewport_size.width() // 2
        for y in range(4, max(5, self._viewport_size.height() // 2), 12):
            cursor = self.cursorForPosition(QPoint(x, y))
            if -LINE_SLACK <= self.cursorRect(cursor).top() <= y + LINE_SLACK:
                return cursor.position()
        return self.cursorForPosition(QPoint(x, 4)).position()

    def viewport_height(self) -> int:
        return self._viewport_size.height()

    def scroll_to_position(self, position: int, margin: int = 12) -> None:
        y = reader_keys.position_y(self, position) if position > 0 else 0.0
        if y is None:
            return
        self.verticalScrollBar().setValue(int(max(0, y - margin)))  # 0: the title page and all
        self._update_current_section()

    def land_on(self, position: int) -> None:
        """Scroll so ``position`` sits a third of the way down the view, with whole lines."""
        reader_keys.land(self, position)
        section_id = self.section_at(position)  # the section landed in, even with its start above
        if section_id and section_id != self._current_section:
            self._current_section = section_id
            self.section_changed.emit(section_id)

    def _remember(self) -> None:
        top = self.top_position()
        if top is not None:
            self.history.jumped_from(top)

    def go_back(self, forward: bool = False) -> bool:
        """Return to where the last jump started (or, ``forward``, undo a Back)."""
        position = self.history.step(self.top_position() or 0, forward)
        if position is None:
            self.message.emit(
                translate("Reader", "Nothing to go forward to.")
                if forward
                else translate("Reader", "Nothing to go back to.")
            )
            return False
        self.scroll_to_position(position)
        return True

    def go_forward(self) -> bool:
        return self.go_back(forward=True)

    @property
    def caret_browsing(self) -> bool:
        from PySide6.QtCore import Qt

        return bool(self.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard)

    def toggle_caret_browsing(self) -> None:
        reader_keys.set_caret_browsing(self, not self.caret_browsing)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if not reader_keys.handle_key(self, event.key(), event.modifiers()):
            super().keyPressEvent(event)

    def go_to_anchor(self, name: str, remember: bool = True) -> bool:
        position = self._anchors.get(name)
        if position is None:
            self.message.emit(
                translate("Reader", "No place called {name!r} in the report.").format(name=name)
            )
            return False
        if remember:
            self._remember()
        self.scroll_to_position(position)
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        self.setTextCursor(cursor)
        return True

    def show_section(self, section_id: str) -> bool:
        self.leave_search()
        return self.go_to_anchor(section_id)

    def leave_search(self) -> None:
        """The reader moved on from a search (to a section, a note): its marks go, so they do not
        stay yellow in every section; they come back with the query (Ctrl+F, or a result)."""
        if self.highlights.hits:
            self.set_search_terms(())

    def step_section(self, step: int) -> None:
        """Go to the next (``step`` 1) or previous (-1) section."""
        ids = [s.id for s in self.store.sections]
        index = ids.index(self._current_section) + step if self._current_section in ids else 0
        if 0 <= index < len(ids):
            self.show_section(ids[index])

    def current_section(self) -> str:
        return self._current_section

    def section_at(self, position: int) -> str:
        index = self._anchor_index()
        found = bisect.bisect_right(index.starts, position) - 1
        return index.section_ids[max(0, found)] if index.section_ids else ""

    def _update_current_section(self) -> None:
        if self._loading:
            return
        # Before the first paint, the part loaded first is walked only up to the top of the view
        # (its index of anchors is made after the paint, with the whole report).
        walk = self._index is None and self._part_from and not self._painted
        if not walk and not self._anchor_index().section_ids:
            return
        position = self.cursorForPosition(QPoint(self._viewport_size.width() // 2, TOP_SLACK)).position()
        if self.verticalScrollBar().value() >= self.verticalScrollBar().maximum() > 0:
            position = self.document().characterCount()  # at the very end: the last section
        if walk:
            sections = frozenset(section.id for section in self.store.sections)
            section_id = walked_section_at(self.document(), position, sections)
            if not section_id:
                return
        else:
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

    def _on_internal_link(self, url: QUrl) -> None:
        fragment = url.fragment()
        if fragment.startswith("fn:"):
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
        where = self.viewport().mapToGlobal(self.cursorRect(cursor).bottomLeft() + QPoint(0, 6))
        self.footnote_popup.show_note(anchor, self.footnote_text(anchor), where, self._footnote_html(anchor))

    def _footnote_html(self, anchor: str) -> str:
        from desktop.core.footnotes import footnote_html

        paragraph = self.store.paragraph(anchor)
        return footnote_html(self.store.section_html(paragraph.section_id), anchor) if paragraph else ""

    def _on_link_hovered(self, url: QUrl) -> None:
        from desktop.ui.reader.footnotes import hover_link  # the first hover loads it

        hover_link(self, url)

    # -- notes ------------------------------------------------------------------------------------
    def section_span(self, section_id: str) -> tuple[int, int] | None:
        """Document positions where a section's text starts and ends."""
        return self._anchor_index().spans.get(section_id)

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
        """The section and selector of the paragraph at the cursor (the keyboard path), or of the
        one a third of the way down the view when the cursor is off screen."""
        block = self.textCursor().block()
        if not self.caret_browsing and not self.viewport().rect().intersects(self.cursorRect()):
            y = int(self.viewport_height() * reader_keys.LAND_AT)
            block = self.cursorForPosition(QPoint(self._viewport_size.width() // 2, y)).block()
        if not block.isValid() or not block.text().strip():
            return None
        return self._selector_for(block.position(), block.position() + len(block.text()))

    def _selector_for(self, start: int, end: int) -> tuple[str, Selector] | None:
        section_id = self.section_at(start)
        span = self.section_span(section_id)
        if span is None:
            return None
        from desktop.core.notes.anchoring import make_selector

        selector = make_selector(self.section_text(section_id), start - span[0], end - span[0])
        return (section_id, selector) if selector.exact else None

    def show_placement(self, placed: PlacedNotes) -> None:
        """Mark where notes sit (see ``desktop.core.notes.placement``), replacing what was marked.
        ``placed`` is kept as it is, not copied: it must not change after."""
        had_markers = bool(self.markers)
        if not len(placed) and not had_markers and not self.highlights.has_notes:
            return  # nothing placed, nothing to place (a first start)
        self.highlights.set_notes(placed)
        self.markers.set_notes(placed)
        self._apply_selections()
        if self.markers or had_markers:  # the pencils in the margin changed
            self.viewport().update()

    def plain_text(self) -> str:
        """The whole text as the reader shows it (positions are the document's)."""
        return self._anchor_index().text

    def section_spans(self) -> dict[str, tuple[int, int]]:
        return self._anchor_index().spans

    def section_ids(self) -> list[str]:
        """The sections in reading order."""
        return self._anchor_index().section_ids

    def note_range(self, note_id: str) -> tuple[int, int] | None:
        return self.highlights.note_range(note_id)

    def show_note(self, note: Note) -> bool:
        """Scroll to a note's passage (or its section) and mark it."""
        found = self.note_range(note.id)
        if found is None:
            return self.show_section(note.section_id)
        self.leave_search()
        self._remember()
        self._mark_passage(found, cursor_at_hit=False)
        return True

    def _left_margin(self) -> int:
        return int(self.document().rootFrame().frameFormat().leftMargin())

    def visible_markers(self) -> list[tuple[QRect, str]]:
        """The note markers drawn in the view now (view coordinates) and their notes."""
        return [(rect, self.markers.note_of(marker)) for rect, marker in self._marker_rects()]

    def _marker_rects(self) -> list[tuple[QRect, int]]:
        if not self.markers:
            return []
        offset = self.verticalScrollBar().value()
        return self.markers.visible(
            self.document(), offset, self._viewport_size.height(), self._left_margin()
        )

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self._painted:  # the text is on screen: what waited for it may come
            self._painted = True
            self.first_painted.emit()
        shown = self._marker_rects()
        editor_marks = self.editor_notes.margin_marks(self, self._marked_span) if self._editor_spans() else []
        if shown or editor_marks:  # not at the first paint (nothing is placed yet): QPainter's enums wait
            from PySide6.QtGui import QPainter

            painter = QPainter(self.viewport())
            self.markers.paint(painter, shown, theme.colours(self._theme)["accent"])
            self.editor_notes.paint(painter, editor_marks, self._theme)
            painter.end()

    def _editor_note_at(self, point: QPoint) -> Correction | None:
        return self.editor_notes.under(self, point) if self._editor_spans() else None

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().mouseMoveEvent(event)
        correction = self._editor_note_at(event.position().toPoint())
        if correction is not None:
            self.editor_notes.show_tooltip(self, correction, event.globalPosition().toPoint())

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.markers:
            point = event.position().toPoint()
            offset = self.verticalScrollBar().value()
            note_id = self.markers.note_at(self.document(), point.x(), point.y(), offset, self._left_margin())
            if note_id is not None:
                self.note_clicked.emit(note_id)
                event.accept()
                return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().mouseReleaseEvent(event)
        if self.textCursor().hasSelection():
            return
        correction = self._editor_note_at(event.position().toPoint())
        if correction is not None:
            from desktop.ui.reader.editor_notes import describe

            self.footnote_popup.show_html(describe(correction), event.globalPosition().toPoint())
            return
        if not self.highlights.has_notes:
            return
        note_id = self.highlights.note_at(self.cursorForPosition(event.position().toPoint()).position())
        if note_id is not None:
            self.note_clicked.emit(note_id)

    def width_for_chars(self, chars: int) -> int:
        """The reader's width that gives ``chars`` characters a line of the report's own text."""
        sample = self.document().toPlainText()[:4000]  # the report's words, not the font's average
        advance = QFontMetricsF(self.document().defaultFont()).horizontalAdvance(sample)
        return int(advance / max(1, len(sample)) * chars + 2 * MIN_SIDE_MARGIN + BESIDE_TEXT)

    # -- marks over the text: search hits, F3, the passage jumped to --------------------------------
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
            self.message.emit(
                translate("Reader", "No search hits to step through: type in the search box (Ctrl+F).")
            )
            return False
        wrapped = self.highlights.step(self.textCursor().position(), backwards)
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.highlights.current[0])
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self._apply_selections()
        note = translate("Reader", " (wrapped around)") if wrapped else ""
        self.message.emit(
            translate("Reader", "Hit {number} of {count}").format(
                number=self.highlights.index + 1, count=self.hit_count
            )
            + note
        )
        return True

    def _visible_span(self) -> tuple[int, int]:
        """Document positions from half a screen above the view to half a screen below it."""
        height = self._viewport_size.height()
        width = self._viewport_size.width()
        start = self.cursorForPosition(QPoint(0, -height // 2)).position() if height else 0
        end = self.cursorForPosition(QPoint(width, height + height // 2)).position() if height else 0
        return start, max(end, start + 1)

    @property
    def marked_span(self) -> tuple[int, int]:
        """The stretch of the text marked now (half a screen around the view): what to draw."""
        return self._marked_span

    def _apply_selections(self) -> None:
        """Mark what can show now; scrolling past the marked stretch marks the next one."""
        self._marked_span = self._visible_span()
        palette = theme.colours(self._theme)
        marked = self.highlights.selections(self.document(), palette, self._marked_span)
        if self._editor_spans():
            marked += self.editor_notes.selections(self.document(), self._theme, self._marked_span)
        self.setExtraSelections(marked)

    def _follow_scroll(self) -> None:
        if self._loading or not (self.highlights.has_notes or self.highlights.hits or self._editor_spans()):
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
