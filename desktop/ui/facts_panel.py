"""Facts about one entity: its summary and what the report states, each a link to the passage.

Dense, for a side panel: a fact is its statement and where it is; the report's exact words show
on demand ("quote"), or in its place when the statement says nearly the same.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QTextBrowser, QVBoxLayout, QWidget

from desktop.core.escape import escape
from desktop.core.glossary.entries import kind_name
from desktop.core.map.atlas import Atlas
from desktop.ui.i18n import translate
from desktop.ui.links import LinkRouter

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl

    from desktop.core.map.facts import Fact

SAME_WORDS = 0.75  # a statement this close to its quote is shown as the quote alone


def says_the_same(statement: str, quote: str) -> bool:
    """Whether a fact's statement only repeats its quote (compared word for word, any case)."""
    from difflib import SequenceMatcher  # the first facts shown load it, not start-up

    words = [w.strip(".,;:“”\"'()").casefold() for w in (statement, quote)]
    return SequenceMatcher(None, words[0].split(), words[1].split()).ratio() >= SAME_WORDS


class FactsPanel(QWidget):
    """The facts side panel.

    Signals:
        passage_requested(str, str): a paragraph id and the quote to mark in it.
        related_requested(str): list the passages closest in meaning to this paragraph.
        entry_requested(str): open this glossary entry.
        country_requested(str): show this ISO3 country on the map.
        message(str): a line for the status bar.
    """

    passage_requested = Signal(str, str)
    related_requested = Signal(str)
    entry_requested = Signal(str)
    country_requested = Signal(str)
    message = Signal(str)

    def __init__(self, atlas: Atlas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.atlas = atlas
        self.setObjectName("facts")
        self.view = QTextBrowser(self)
        self.view.setObjectName("facts-view")
        self.view.setAccessibleName(translate("Facts", "Facts"))
        self.view.setOpenLinks(False)
        self.view.setOpenExternalLinks(False)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.view, 1)
        self.links = LinkRouter(
            {
                "fact": self._open_fact,
                "quote": self._toggle_quote,
                "related": lambda url: self.related_requested.emit(url.path()),
                "entry": lambda url: self.entry_requested.emit(url.path()),
                "country": lambda url: self.country_requested.emit(url.path()),
            },
            self.message.emit,
        )
        self.view.anchorClicked.connect(self.links.follow)
        self._entity = ""
        self._quotes_open: set[str] = set()
        self._entity_shown = ""
        self.view.setHtml(
            translate(
                "Facts",
                "<p>{count} facts from the report, each backed by its exact words.</p>"
                "<p>Click a country or a place on the map, a glossary entry, or select a name in the "
                "text (then <b>Ctrl+I</b>) to see what the report says about it.</p>",
            ).format(count=atlas.fact_count)
        )

    def current_entity(self) -> str:
        return self._entity

    def show_entity(self, entity_id: str) -> bool:
        entity = self.atlas.entity(entity_id)
        if entity is None:
            return False
        self._entity = entity_id
        facts = self.atlas.facts_for(entity_id)
        kind = kind_name(entity.kind)
        parts = [f"<h2>{escape(entity.name)}</h2><p style='color:gray'>{escape(kind)}</p><ul>"]
        parts += [f"<li>{escape(line)}</li>" for line in entity.summary]
        parts.append("</ul><p>")
        links = []
        if self.atlas.store.glossary_entry(entity_id) is not None:
            label = translate("Facts", "Glossary entry")
            links.append(f"<a href='entry:{escape(entity_id)}'>{label}</a>")
        iso3 = self.atlas.country_of_entity.get(entity_id) or (
            entity_id if entity_id in self.atlas.country_by_code else ""
        )
        if iso3:
            label = translate("Facts", "Show on the map")
            links.append(f"<a href='country:{escape(iso3)}'>{label}</a>")
        parts.append(" · ".join(links) + "</p>")
        if facts:
            parts.append(translate("Facts", "<h3>What the report says</h3>"))
        parts += [self._fact_html(fact) for fact in facts]
        scroll = self.view.verticalScrollBar().value() if entity_id == self._entity_shown else 0
        self._entity_shown = entity_id
        self.view.setHtml("".join(parts))
        self.view.verticalScrollBar().setValue(scroll)
        return True

    def _fact_html(self, fact: Fact) -> str:
        section = self.atlas.store.section(fact.section_id)
        where = escape(section.title if section else fact.section_id)
        date = f"<b>{escape(fact.date)}</b> · " if fact.date else ""
        same = says_the_same(fact.statement, fact.quote)
        text = f"“{escape(fact.quote)}”" if same else escape(fact.statement)
        go_to = translate("Facts", "Go to the passage")
        links = f"<a href='fact:{escape(fact.id)}'>{go_to}</a>"
        if not same:
            shown = fact.id in self._quotes_open
            hide, show = translate("Facts", "hide the quote"), translate("Facts", "quote")
            links += f" · <a href='quote:{escape(fact.id)}'>{hide if shown else show}</a>"
        quote = (
            f"<br><span style='color:gray'>“{escape(fact.quote)}”</span>"
            if fact.id in self._quotes_open and not same
            else ""
        )
        from desktop.core.search.meaning import available  # the first facts shown load it, not start-up

        if available():  # without the model, the link would list nothing
            related = translate("Facts", "Related passages")
            links += f" · <a href='related:{escape(fact.paragraph_id)}'>{related}</a>"
        links += f" <span style='color:gray'>· {where}</span>"
        return f"<p style='margin-bottom:4px'>{date}{text}{quote}<br><small>{links}</small></p>"

    def _toggle_quote(self, url: QUrl) -> None:
        self._quotes_open.symmetric_difference_update({url.path()})
        self.show_entity(self._entity)

    def _open_fact(self, url: QUrl) -> None:
        fact = next((f for f in self.atlas.facts if f.id == url.path()), None)
        if fact is not None:
            self.passage_requested.emit(fact.paragraph_id, fact.quote)
