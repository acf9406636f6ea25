"""Search as you type: a query box and what it finds (entries, notes, passages), best first."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.escape import escape
from desktop.core.locator import paragraph_number
from desktop.core.search.finder import Results
from desktop.core.search.query import Hit
from desktop.ui.accessibility import name_clear_button
from desktop.ui.i18n import said, translate

HIT_ROLE = Qt.ItemDataRole.UserRole
HTML_ROLE = Qt.ItemDataRole.UserRole + 1


class _HtmlDelegate(QStyledItemDelegate):
    """Draws a result's section title and snippet, matched words in bold."""

    WIDTH_MARGIN = 12

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(index.data(HTML_ROLE) or "")
        document.setTextWidth(max(80, option.rect.width() - self.WIDTH_MARGIN))
        return document

    def paint(self, painter, option, index) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        text_option = QStyleOptionViewItem(option)
        text_option.text = ""
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, text_option, painter, option.widget)
        document = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = option.state & QStyle.StateFlag.State_Selected
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.topLeft().x() + 6, option.rect.topLeft().y() + 4)
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt signature
        self.initStyleOption(option, index)
        width = option.widget.viewport().width() if option.widget else 300
        option.rect.setWidth(width)
        document = self._document(option, index)
        return QSize(width, int(document.size().height()) + 8)


def summary_line(results: Results) -> str:
    """``Results.summary`` in the UI's language (the command line keeps the core's English)."""
    query = results.query.strip()
    if not query:
        return ""
    if results.meaning_off is not None:
        return said(results.meaning_off)
    if not results.hits:
        return translate("Search", "Nothing found for “{query}”.").format(query=query)
    if results.by_meaning:
        return translate("Search", "No passage has all these words; closest in meaning first.")
    if not results.exact:
        return translate("Search", "No passage has all these words; closest matches first.")
    counts = results.counts
    parts = [
        (
            translate("Search", "{count} passage")
            if counts["section"] == 1
            else translate("Search", "{count} passages")
        ).format(count=counts["section"])
    ]
    if counts["glossary"]:
        entries = (
            translate("Search", "{count} glossary entry")
            if counts["glossary"] == 1
            else translate("Search", "{count} glossary entries")
        )
        parts.append(entries.format(count=counts["glossary"]))
    if counts["note"]:
        parts.append(
            (
                translate("Search", "{count} note")
                if counts["note"] == 1
                else translate("Search", "{count} notes")
            ).format(count=counts["note"])
        )
    return ", ".join(parts)


class SearchPanel(QWidget):
    """The query box and its results.

    ``search`` is the one call that finds everything (``desktop.core.search.finder.search_all``);
    the panel only draws what it returns. Esc leaves for the text and keeps the query and
    its results; a second Esc, or the box's clear button, empties them. A passage found by
    meaning alone says so above its snippet, which is then its sentence closest to the query.
    ``show_related`` lists the passages closest in meaning to one paragraph (``related``).

    Signals:
        result_activated(str, tuple): a paragraph id to show and the words to mark.
        entry_activated(str): a glossary entry was chosen among the results.
        note_activated(str): one of the reader's notes was chosen among the results.
        terms_changed(tuple): the words the current results matched (for F3 in the text).
        query_changed(str): the query the results are for (to restore it on the next start).
        escape_pressed(): the reader left the search (Esc in the box).
    """

    result_activated = Signal(str, tuple)
    entry_activated = Signal(str)
    note_activated = Signal(str)
    terms_changed = Signal(tuple)
    query_changed = Signal(str)
    escape_pressed = Signal()

    def __init__(
        self,
        search: Callable[[str], Results],
        parent: QWidget | None = None,
        related: Callable[[str], list[Hit]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.search = search
        self.related = related
        self.setObjectName("search")
        self.query_box = QLineEdit(self)
        self.query_box.setObjectName("search-box")
        self.query_box.setAccessibleName(translate("Search", "Search the report"))
        self.query_box.setPlaceholderText(translate("Search", "Search the report  (Ctrl+F)"))
        self.query_box.setClearButtonEnabled(True)
        name_clear_button(self.query_box, translate("Search", "Clear the search"))
        self.status = QLabel(self)
        self.status.setObjectName("search-status")
        self.status.setAccessibleName(translate("Search", "Search status"))
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # it repeats the query: never markup
        self.status.setWordWrap(True)
        self.results = QListWidget(self)
        self.results.setObjectName("search-results")
        self.results.setAccessibleName(translate("Search", "Search results"))
        self.results.setItemDelegate(_HtmlDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.results.setUniformItemSizes(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.query_box)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self._terms: tuple[str, ...] = ()
        self._escaped = False  # Esc was pressed once since the query last changed
        self.query_box.textChanged.connect(self.run_query)
        self.query_box.returnPressed.connect(self._activate_current_or_first)
        self.query_box.installEventFilter(self)
        self.results.itemActivated.connect(self._activate)
        self.results.itemClicked.connect(self._activate)

    def focus_query(self) -> None:
        self.query_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query_box.selectAll()
        if self._terms:
            self.terms_changed.emit(self._terms)  # back to the search: its marks come back in the text

    def query(self) -> str:
        return self.query_box.text()

    def set_query(self, query: str) -> None:
        """Show ``query`` and its results, as if the reader had typed it."""
        self.query_box.setText(query)

    def run_query(self, query: str) -> None:
        self._escaped = False
        results = self.search(query)
        self._show_hits(results.hits)
        self.status.setText(summary_line(results))
        self._terms = results.terms
        self.terms_changed.emit(self._terms)
        self.query_changed.emit(query)

    def show_related(self, paragraph_id: str) -> None:
        """List the passages closest in meaning to ``paragraph_id`` (the query box is emptied:
        typing goes back to searching)."""
        if self.related is None:
            return
        hits = self.related(paragraph_id)
        self.query_box.blockSignals(True)  # an emptied box is not a new (empty) search
        self.query_box.clear()
        self.query_box.blockSignals(False)
        self._escaped = False
        self._show_hits(hits)
        self.status.setText(
            translate("Search", "Passages related by meaning to {paragraph}: {count}").format(
                paragraph=paragraph_id, count=len(hits)
            )
            if hits
            else translate("Search", "No passage is related to {paragraph}.").format(paragraph=paragraph_id)
        )
        self._terms = ()
        self.terms_changed.emit(self._terms)

    def _show_hits(self, hits: list[Hit]) -> None:
        self.results.clear()
        for hit in hits:
            item = QListWidgetItem()
            item.setData(HIT_ROLE, hit)
            item.setData(HTML_ROLE, self._hit_html(hit))
            found_by = translate("Search", " (by meaning)") if hit.match == "meaning" else ""
            item.setText(f"{hit.section_title}{found_by}: {hit.snippet.replace('**', '')}")
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    @staticmethod
    def _hit_html(hit: Hit) -> str:
        located = paragraph_number(hit.id) if hit.kind == "section" else None
        place = f"§ {hit.section_title} ¶ {located[1]}" if located else hit.section_title
        label = {
            "glossary": translate("Search", "Glossary"),
            "note": translate("Search", "Your note · {section}").format(section=hit.section_title),
        }.get(hit.kind, place)
        # No word of the query is in the snippet to bold: say, quietly, why it is here.
        found_by = (
            translate("Search", " <span style='font-weight:normal'>· by meaning</span>")
            if hit.match == "meaning"
            else ""
        )
        return (
            f"<div style='font-size:small;font-weight:600'>{escape(label)}{found_by}</div>"
            f"<div>{hit.snippet_html}</div>"
        )

    def hits(self) -> list[Hit]:
        return [self.results.item(row).data(HIT_ROLE) for row in range(self.results.count())]

    def _activate(self, item: QListWidgetItem) -> None:
        hit: Hit = item.data(HIT_ROLE)
        if hit.kind == "glossary":
            self.entry_activated.emit(hit.id)
        elif hit.kind == "note":
            self.note_activated.emit(hit.id)
        else:
            self.result_activated.emit(hit.id, self._terms)

    def activate_first_passage(self) -> None:
        """Select and open the first hit in the report's text (glossary hits are listed above it)."""
        for row in range(self.results.count()):
            item = self.results.item(row)
            if item.data(HIT_ROLE).kind not in ("glossary", "note"):
                self.results.setCurrentRow(row)
                self._activate(item)
                return

    def _activate_current_or_first(self) -> None:
        item = self.results.currentItem() or self.results.item(0)
        if item is not None:
            self._activate(item)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if watched is self.query_box and event.type() == QEvent.Type.FocusIn and self._terms:
            self.terms_changed.emit(self._terms)  # back to the search: its marks come back in the text
        if (
            watched is self.query_box
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
        ):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.count():
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
                self.results.setCurrentRow(row)
                return True
            if key == Qt.Key.Key_Escape:
                if self._escaped:
                    self.query_box.clear()
                else:
                    self._escaped = True
                self.escape_pressed.emit()
                return True
        return super().eventFilter(watched, event)
