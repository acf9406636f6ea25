"""The glossary and index: filter as you type, read an entry, jump to its mentions."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.escape import escape
from desktop.core.glossary.entries import KIND_LABELS, KINDS, AliasMatcher, kind_name
from desktop.core.store import GlossaryEntry, ReportStore
from desktop.ui.accessibility import name_clear_button
from desktop.ui.i18n import translate
from desktop.ui.links import LinkRouter

ENTRY_ROLE = Qt.ItemDataRole.UserRole
SNIPPET_WIDTH = 70
MENTIONS_PAGE = 1  # the glossary's second tab: only where the report names the entry


class GlossaryPanel(QWidget):
    """Every term, organisation, person and place, grouped by kind.

    Signals:
        entry_shown(str): the entry now shown (its id).
        mention_requested(str, tuple): a paragraph id to show and the entry's aliases to mark.
        quote_requested(str, str): a paragraph id and the exact words to mark.
        related_requested(str): list the passages closest in meaning to this paragraph.
        message(str): a line for the status bar.
    """

    entry_shown = Signal(str)
    mention_requested = Signal(str, tuple)
    quote_requested = Signal(str, str)
    related_requested = Signal(str)
    message = Signal(str)

    def __init__(self, store: ReportStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("glossary")
        self.filter_box = QLineEdit(self)
        self.filter_box.setObjectName("glossary-filter")
        self.filter_box.setAccessibleName(translate("Glossary", "Filter the glossary"))
        self.filter_box.setPlaceholderText(translate("Glossary", "Find a term, person or place  (Ctrl+G)"))
        self.filter_box.setClearButtonEnabled(True)
        name_clear_button(self.filter_box, translate("Glossary", "Clear the filter"))
        self.entries = QTreeWidget(self)
        self.entries.setObjectName("glossary-entries")
        self.entries.setAccessibleName(translate("Glossary", "Glossary entries"))
        self.entries.setHeaderHidden(True)
        self.entries.setUniformRowHeights(True)
        self.view = QTextBrowser(self)
        self.view.setObjectName("glossary-entry")
        self.view.setAccessibleName(translate("Glossary", "Glossary entry"))
        self.view.setOpenLinks(False)
        self.view.setOpenExternalLinks(False)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.status = QLabel(self)
        self.status.setAccessibleName(translate("Glossary", "Glossary status"))
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        splitter = self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.entries)
        splitter.addWidget(self._entry_pages())
        splitter.setSizes([220, 380])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)

        self._items: dict[str, QTreeWidgetItem] = {}
        self._groups: dict[str, QTreeWidgetItem] = {}
        self._current = ""
        self._mention_counts = store.mention_totals()
        self._fill()
        self.filter_box.textChanged.connect(self.apply_filter)
        self.filter_box.returnPressed.connect(self._open_current)
        self.filter_box.installEventFilter(self)
        self.entries.currentItemChanged.connect(self._on_current_changed)
        self.entries.itemActivated.connect(self._on_activated)
        self.links = LinkRouter(
            {
                "term": lambda url: self.show_entry(url.path()),
                "mention": self._open_mention,
                "quote": self._open_quote,
                "related": lambda url: self.related_requested.emit(url.path()),
            },
            self.message.emit,
        )
        self.view.anchorClicked.connect(self.links.follow)
        self.apply_filter("")
        self.view.setHtml(
            translate(
                "Glossary",
                "<p>{count} organisations, formats, events, terms, people and places, "
                "each with where the report names it.</p>"
                "<p>Hover a marked term in the text for a one-line definition; click it to read "
                "the entry here. Type above to find one: typos, spaces and punctuation are forgiven "
                "(<i>ctso</i>, <i>c5 + 1</i>, <i>isisk</i>).</p>",
            ).format(count=len(self._items))
        )

    def _entry_pages(self) -> QWidget:
        """The entry view under two tabs: the whole entry, or only where the report names it
        (on a laptop "Mentioned in" sat some fifteen wheel clicks below the definition)."""
        from PySide6.QtWidgets import QTabBar

        self.pages = QTabBar(self)
        self.pages.setObjectName("glossary-pages")
        self.pages.setAccessibleName(translate("Glossary", "Show the entry or its mentions"))
        self.pages.setDocumentMode(True)
        self.pages.setExpanding(False)
        self.pages.addTab(translate("Glossary", "Entry"))
        self.pages.addTab(translate("Glossary", "Mentioned in"))
        self.pages.setEnabled(False)  # until an entry is shown
        self.pages.currentChanged.connect(self._show_page)
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.pages)
        column.addWidget(self.view, 1)
        return box

    def _show_page(self, *_args: object) -> None:
        entry = self.store.glossary_entry(self._current) if self._current else None
        if entry is None:
            return
        mentions = self.pages.currentIndex() == MENTIONS_PAGE
        self.view.setHtml(self._mentions_html(entry) if mentions else self.entry_html(entry))

    # -- the list -----------------------------------------------------------------------------
    def _fill(self) -> None:
        for kind in KINDS:
            members = [e for e in self.store.glossary if e.kind == kind]
            if not members:
                continue
            group = QTreeWidgetItem([KIND_LABELS[kind]])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.entries.addTopLevelItem(group)
            self._groups[kind] = group
            for entry in sorted(members, key=lambda e: e.term.casefold()):
                count = self._mention_counts.get(entry.id, 0)
                item = QTreeWidgetItem([f"{entry.term}  ({count})" if count else entry.term])
                item.setData(0, ENTRY_ROLE, entry.id)
                item.setToolTip(0, entry.short)
                group.addChild(item)
                self._items[entry.id] = item
        self.entries.expandAll()

    def apply_filter(self, text: str) -> None:
        """Show the entries whose term or alias fits ``text``, typos forgiven; best first."""
        if text.strip():  # finding an entry: the list has the room again
            self.splitter.setSizes([self.splitter.height() // 2] * 2)
        if not text.strip():
            for group in self._groups.values():
                group.setHidden(False)
                for index in range(group.childCount()):
                    group.child(index).setHidden(False)
            self.status.setText(translate("Glossary", "{count} entries").format(count=len(self._items)))
            return
        found = self.store.find_glossary(text, limit=len(self._items))
        ranks = {entry.id: rank for rank, (entry, _score) in enumerate(found)}
        for group in self._groups.values():
            visible = 0
            for index in range(group.childCount()):
                child = group.child(index)
                hidden = child.data(0, ENTRY_ROLE) not in ranks
                child.setHidden(hidden)
                visible += not hidden
            group.setHidden(visible == 0)
        self.status.setText(
            (
                translate("Glossary", "{count} match").format(count=1)
                if len(found) == 1
                else translate("Glossary", "{count} matches").format(count=len(found))
            )
            if found
            else translate("Glossary", "No entry fits.")
        )
        if found:
            best = self._items[found[0][0].id]
            blocked = self.entries.blockSignals(True)
            self.entries.setCurrentItem(best)
            self.entries.blockSignals(blocked)
            self.entries.scrollToItem(best)

    def visible_entries(self) -> list[str]:
        return [
            entry_id
            for entry_id, item in self._items.items()
            if not item.isHidden() and not item.parent().isHidden()
        ]

    def focus_filter(self) -> None:
        self.filter_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_box.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            watched is self.filter_box
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
        ):
            # Into the list, on the best match; arrows then move there.
            self.entries.setFocus(Qt.FocusReason.OtherFocusReason)
            current = self.entries.currentItem()
            if current is None or current.data(0, ENTRY_ROLE) is None or current.isHidden():
                self._select_first_visible()
            else:
                self.show_entry(current.data(0, ENTRY_ROLE))
            return True
        return super().eventFilter(watched, event)

    def _select_first_visible(self) -> None:
        visible = self.visible_entries()
        if visible:
            self.entries.setCurrentItem(self._items[visible[0]])

    def _open_current(self) -> None:
        item = self.entries.currentItem()
        if item is None or item.data(0, ENTRY_ROLE) is None:
            visible = self.visible_entries()
            if not visible:
                return
            item = self._items[visible[0]]
        self.show_entry(item.data(0, ENTRY_ROLE))

    def _on_current_changed(self, current: QTreeWidgetItem | None, previous: QTreeWidgetItem | None) -> None:
        if current is None:
            return
        if current.data(0, ENTRY_ROLE):
            self.show_entry(current.data(0, ENTRY_ROLE))
            return
        # A kind heading: arrows step over it to the next entry in the same direction.
        rect = self.entries.visualItemRect
        going_down = previous is None or rect(previous).top() < rect(current).top()
        if going_down:
            visible = [
                current.child(i) for i in range(current.childCount()) if not current.child(i).isHidden()
            ]
            target = visible[0] if visible else None
        else:
            target = self.entries.itemAbove(current)
        if target is not None and target is not previous:
            self.entries.setCurrentItem(target)

    def _on_activated(self, item: QTreeWidgetItem) -> None:
        entry_id = item.data(0, ENTRY_ROLE)
        if entry_id:
            self.show_entry(entry_id)
            self.view.setFocus()

    # -- one entry ------------------------------------------------------------------------------
    def current_entry(self) -> str:
        return self._current

    def show_entry(self, entry_id: str) -> bool:
        entry = self.store.glossary_entry(entry_id)
        if entry is None:
            self.message.emit(translate("Glossary", "No glossary entry {entry!r}.").format(entry=entry_id))
            return False
        self._current = entry_id
        item = self._items.get(entry_id)
        if item is not None and self.entries.currentItem() is not item:
            blocked = self.entries.blockSignals(True)
            if item.isHidden() or item.parent().isHidden():
                self.filter_box.clear()
            self.entries.setCurrentItem(item)
            self.entries.scrollToItem(item)
            self.entries.blockSignals(blocked)
        total = self._mention_counts.get(entry_id, 0)
        self.pages.setTabText(
            MENTIONS_PAGE,
            translate("Glossary", "Mentioned in ({count})").format(count=total)
            if total
            else translate("Glossary", "Mentioned in"),
        )
        self.pages.setEnabled(True)
        self._show_page()
        # The entry first: the list shrinks to three rows above it.
        self.splitter.setSizes([self.entries.sizeHintForRow(0) * 3 + 6, self.splitter.height()])
        self.entry_shown.emit(entry_id)
        return True

    def entry_html(self, entry: GlossaryEntry) -> str:
        kind = kind_name(entry.kind).capitalize()
        others = [a for a in entry.aliases if a != entry.term]
        parts = [
            f"<h2>{escape(entry.term)}</h2>",
            f"<p class='role'><i>{escape(entry.role)}</i></p>" if entry.role else "",
            f"<p style='color:gray'>{escape(kind)}"
            + (f" · also {escape(', '.join(others))}" if others else "")
            + "</p>",
            f"<p><b>{escape(entry.short)}</b></p>",
            entry.body_html,
        ]
        if entry.quotes:
            parts.append(translate("Glossary", "<h3>In the report</h3>"))
            from desktop.core.search.meaning import available  # loaded with the first entry shown

            with_related = available()  # without the model, the link would list nothing
            related_text = translate("Glossary", "Related passages")
            for index, quote in enumerate(entry.quotes):
                section = self.store.section(quote["section_id"])
                title = escape(section.title if section else quote["section_id"])
                related = (
                    f" · <a href='related:{escape(quote['paragraph_id'])}'>{related_text}</a>"
                    if with_related
                    else ""
                )
                parts.append(
                    f"<p style='margin-left:12px'>“{escape(quote['text'])}”<br>"
                    f"<a href='quote:{index}'>{title} →</a>{related}</p>"
                )
        if entry.general_html:
            parts.append(
                translate(
                    "Glossary",
                    "<h3>General knowledge <span style='font-weight:normal'>(not "
                    "from the report)</span></h3>",
                )
            )
            parts.append(entry.general_html)
        related = [self.store.glossary_entry(r) for r in entry.related]
        if any(related):
            links = ", ".join(f"<a href='term:{r.id}'>{escape(r.term)}</a>" for r in related if r)
            parts.append(translate("Glossary", "<h3>Related</h3>") + f"<p>{links}</p>")
        parts.append(self._mentions_html(entry))
        return "".join(parts)

    def _mentions_html(self, entry: GlossaryEntry) -> str:
        rows = self.store.mentions_by_section(entry.id)
        if not rows:
            return translate(
                "Glossary", "<h3>Mentioned in</h3><p style='color:gray'>Not named in the report itself.</p>"
            )
        total = sum(count for _section, count, _first in rows)
        matcher = AliasMatcher.for_aliases(entry.id, entry.aliases)
        times = (
            translate("Glossary", "<h3>Mentioned in <span style='font-weight:normal'>(once)</span></h3>")
            if total == 1
            else translate(
                "Glossary", "<h3>Mentioned in <span style='font-weight:normal'>({count} times)</span></h3>"
            ).format(count=total)
        )
        lines = [times]
        for section_id, count, first in rows:
            section = self.store.section(section_id)
            paragraph = self.store.paragraph(first)
            snippet = mention_snippet(paragraph.text if paragraph else "", matcher)
            lines.append(
                f"<p><a href='mention:{escape(first)}'>{escape(section.title if section else section_id)}</a>"
                f" <span style='color:gray'>({count})</span><br>{snippet}</p>"
            )
        return "".join(lines)

    def _open_mention(self, url: QUrl) -> None:
        entry = self.store.glossary_entry(self._current)
        if entry is not None:
            self.mention_requested.emit(url.path(), entry.aliases)

    def _open_quote(self, url: QUrl) -> None:
        entry = self.store.glossary_entry(self._current)
        if entry is not None and url.path().isdigit() and int(url.path()) < len(entry.quotes):
            quote = entry.quotes[int(url.path())]
            self.quote_requested.emit(quote["paragraph_id"], quote["text"])


def mention_snippet(text: str, matcher: AliasMatcher) -> str:
    """HTML: the words around the first mention, the mention in bold."""
    found = matcher.find(text, nested=True)
    if not found:
        return escape(text[: SNIPPET_WIDTH * 2])
    start, end, _ = found[0]
    left = max(0, start - SNIPPET_WIDTH)
    right = min(len(text), end + SNIPPET_WIDTH)
    before = text[left:start]
    if left:
        before = "…" + re.sub(r"^\S*\s", "", before)
    after = text[end:right]
    if right < len(text):
        after = re.sub(r"\s\S*$", "", after) + "…"
    return f"{escape(before)}<b>{escape(text[start:end])}</b>{escape(after)}"
