"""An Anki deck to study the report from: its glossary, its facts and the notes tagged ``card``.

Written with genanki as an ``.apkg`` (a zip holding Anki's SQLite collection). Each card has
a ``dossier:`` link back to its passage and the citation of its paragraph. The deck's, the
note type's and every note's ids are derived from the report and the item's own id, never
from the time, so importing a second export into Anki updates the cards instead of adding
them again (Anki matches notes by GUID, decks and note types by id).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from desktop.core.citation import cite
from desktop.core.dossier_url import place_url
from desktop.core.escape import escape
from desktop.core.notes.anchoring import flat

if TYPE_CHECKING:
    from desktop.core.notes.model import Note
    from desktop.core.store import ReportStore

CARD_TAG = "card"  # a note with this tag becomes a card
FIELDS = ("Front", "Back", "Citation", "Link")
CARD_CSS = """.card { font-family: serif; font-size: 20px; text-align: left; max-width: 36em; margin: auto; }
.quote { font-style: italic; }
.citation, .link { font-size: 14px; color: #555; margin-top: 1em; }"""
BACK = (
    '{{FrontSide}}<hr id="answer">{{Back}}'
    '<div class="citation">{{Citation}}</div>'
    '<div class="link"><a href="{{Link}}">Open in Dossier</a></div>'
)


class Card(NamedTuple):
    """One Anki note: its stable key, its fields (HTML) and its tags."""

    key: str  # "glossary:csto", "fact:…", "note:<id>": the GUID is derived from it
    front: str
    back: str
    citation: str
    link: str
    tags: tuple[str, ...]


def _stable_id(seed: str) -> int:
    """A 31-bit id Anki accepts for a deck or note type, the same for the same seed."""
    return (1 << 30) + int.from_bytes(hashlib.sha256(seed.encode("utf-8")).digest()[:4], "big") % (1 << 30)


def report_key(report: ReportStore) -> str:
    """What names this report across exports: its id, else its web address or title."""
    meta = report.meta
    return str(meta.get("id") or meta.get("url") or meta.get("title") or "report")


def _paragraph_number(report: ReportStore, section_id: str, paragraph_id: str = "", words: str = "") -> int:
    """The paragraph's number in its section (1 for the first after the heading), or 0."""
    paragraphs = [row for row in report.paragraphs(section_id) if row.kind == "para"]
    wanted = flat(words)
    for number, row in enumerate(paragraphs, start=1):
        if (paragraph_id and row.id == paragraph_id) or (wanted and wanted in flat(row.text)):
            return number
    return 0


def paragraph_citation(report: ReportStore, section_id: str, paragraph_id: str = "", words: str = "") -> str:
    """The report's Chicago citation for a section, with its paragraph where it is known."""
    title = report.section_titles.get(section_id)
    text = cite(report.meta, "chicago", title).rstrip(".")
    number = _paragraph_number(report, section_id, paragraph_id, words)
    return f"{text}, para. {number}." if number else f"{text}."


def _anki_tags(kind: str, tags: Sequence[str] = ()) -> tuple[str, ...]:
    # An Anki tag cannot hold a space.
    return ("dossier", kind, *("_".join(tag.split()) for tag in tags if tag != CARD_TAG))


def glossary_cards(report: ReportStore) -> list[Card]:
    cards = []
    for entry in report.glossary:
        quote = entry.quotes[0] if entry.quotes else None
        mentions = report.mentions(entry.id)
        section_id = quote["section_id"] if quote else (mentions[0].section_id if mentions else "")
        if not section_id:
            continue  # nothing in the report to link back to
        back = entry.body_html or f"<p>{escape(entry.short)}</p>"
        if quote:
            back += f'<p class="quote">“{escape(quote["text"])}”</p>'
        cards.append(
            Card(
                f"glossary:{entry.id}",
                escape(entry.term),
                back,
                escape(paragraph_citation(report, section_id, quote["paragraph_id"] if quote else "")),
                place_url(section_id),
                _anki_tags("glossary", [entry.kind] if entry.kind else ()),
            )
        )
    return cards


def fact_cards(report: ReportStore) -> list[Card]:
    return [
        Card(
            f"fact:{fact.id}",
            escape(fact.statement),
            f'<p class="quote">“{escape(fact.quote)}”</p>'
            + (f"<p>{escape(fact.date)}</p>" if fact.date else ""),
            escape(paragraph_citation(report, fact.section_id, fact.paragraph_id)),
            place_url(fact.section_id),
            _anki_tags("fact", fact.tags),
        )
        for fact in report.atlas.facts
    ]


def note_cards(report: ReportStore, notes: Sequence[Note]) -> list[Card]:
    """The notes tagged ``card``: the passage on the front, the note on the back."""
    from desktop.core.markdown_render import render_note

    cards = []
    for note in notes:
        if CARD_TAG not in note.tags or note.deleted:
            continue
        front = f'<p class="quote">“{escape(note.quote)}”</p>' if note.quote else ""
        front = front or escape(report.section_titles.get(note.section_id, note.section_id))
        cards.append(
            Card(
                f"note:{note.id}",
                front,
                render_note(note.body) if note.body else "",
                escape(paragraph_citation(report, note.section_id, words=note.quote)),
                place_url(note.section_id, note.id),
                _anki_tags("note", note.tags),
            )
        )
    return cards


def deck_cards(report: ReportStore, notes: Sequence[Note]) -> list[Card]:
    return glossary_cards(report) + fact_cards(report) + note_cards(report, notes)


def write_deck(report: ReportStore, notes: Sequence[Note], path: Path) -> int:
    """Write the deck to ``path`` (an ``.apkg``); the number of cards."""
    import genanki

    key = report_key(report)
    title = str(report.meta.get("title") or key)
    model = genanki.Model(
        _stable_id(f"dossier-model:{key}"),
        f"Dossier: {title}",
        fields=[{"name": name} for name in FIELDS],
        templates=[{"name": "Card 1", "qfmt": "{{Front}}", "afmt": BACK}],
        css=CARD_CSS,
    )
    deck = genanki.Deck(_stable_id(f"dossier-deck:{key}"), f"Dossier::{title}")
    cards = deck_cards(report, notes)
    for card in cards:
        deck.add_note(
            genanki.Note(
                model=model,
                fields=[card.front, card.back, card.citation, card.link],
                tags=list(card.tags),
                guid=genanki.guid_for(key, card.key),
            )
        )
    genanki.Package(deck).write_to_file(str(path))
    return len(cards)
