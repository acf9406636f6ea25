"""Paragraph locators: a place in the report as its section and paragraph number, for citing.

The report has no page numbers to trust, so a passage is cited as APA 7 (8.28) and Chicago
(14.160) ask for sources without stable pages: the section's name and the paragraph's number.

How paragraphs are numbered (stable as long as the report's text is): within each section,
its body paragraphs in reading order, from 1. The heading is not counted, nor are footnotes
(a footnote belongs to the paragraph that cites it). The number is the ``N`` of the anchor
``<section id>.pN`` that the content build gives each body paragraph, so the reader's margin,
``dossier cite --paragraph N`` and ``dossier://section/ID?para=N`` all name the same one.
"""

from __future__ import annotations

import bisect
import re
import weakref
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, NamedTuple

from desktop.core.notes.anchoring import Locator, Selector, flat

if TYPE_CHECKING:
    from desktop.core.notes.model import Note
    from desktop.core.store import ReportStore

_PARAGRAPH_ID = re.compile(r"(?P<section>.+)\.p(?P<number>[1-9][0-9]*)")


class ParagraphPlace(NamedTuple):
    """A paragraph's locator: its section's id and title, and its number in the section."""

    section_id: str
    section_title: str
    paragraph: int

    @property
    def label(self) -> str:
        """How a list shows it: "§ Conclusions ¶ 3"."""
        return f"§ {self.section_title} ¶ {self.paragraph}"

    @property
    def paragraph_id(self) -> str:
        return paragraph_id(self.section_id, self.paragraph)


def paragraph_id(section_id: str, number: int) -> str:
    """The anchor of a section's ``number``-th body paragraph."""
    return f"{section_id}.p{number}"


def paragraph_number(anchor: str) -> tuple[str, int] | None:
    """``(section id, number)`` of a body paragraph's anchor; None for any other anchor."""
    match = _PARAGRAPH_ID.fullmatch(anchor)
    return (match["section"], int(match["number"])) if match else None


def paragraph_at(anchors: Mapping[str, int], section_id: str, position: int) -> int | None:
    """The number of the body paragraph of ``section_id`` that holds ``position``.

    ``anchors`` are anchor names with their positions in one text (the reader's document): the
    paragraph is the last one of the section starting at or before ``position``.
    """
    best: tuple[int, int] | None = None
    for name, start in anchors.items():
        found = paragraph_number(name)
        if found is None or found[0] != section_id or start > position:
            continue
        if best is None or start > best[0]:
            best = (start, found[1])
    return best[1] if best else None


def paragraph_of(paragraphs: Sequence[str], selector: Selector) -> int | None:
    """The number of the paragraph (of a section's body ``paragraphs``, in order) where the
    selector's quote starts; None when the quote is not in them word for word."""
    return _SectionText(paragraphs).paragraph_of(selector)


class _SectionText:
    """A section's body paragraphs as one text, normalised once for many look-ups."""

    def __init__(self, paragraphs: Sequence[str]) -> None:
        self.text = "\n\n".join(paragraphs)
        self.locator = Locator(self.text)
        self.breaks = [i for i in range(len(self.text)) if self.text.startswith("\n\n", i)]

    def paragraph_of(self, selector: Selector) -> int | None:
        normal, exact = self.locator.normal, flat(selector.exact)
        first = normal.find(exact) if exact else -1
        if first < 0:
            return None  # a passage no longer found word for word has no paragraph to cite
        if normal.find(exact, first + 1) < 0:  # one place only (most quotes): no context to weigh
            start = self.locator.index[first]
        else:
            span = self.locator.locate(selector)
            if span is None:
                return None
            start = span[0]
        return bisect.bisect_right(self.breaks, start) + 1


class Paragraphs:
    """Locators of notes and paragraphs over one report; each section's text is read once."""

    def __init__(self, store: ReportStore) -> None:
        self.store = store
        self._bodies: dict[str, list[str]] = {}
        self._texts: dict[str, _SectionText] = {}
        self._of_note: dict[tuple[str, str, str, str, int], int | None] = {}

    def body(self, section_id: str) -> list[str]:
        """The texts of a section's body paragraphs, numbered from 1."""
        if section_id not in self._bodies:
            rows = self.store.paragraphs(section_id)
            self._bodies[section_id] = [row.text for row in rows if row.kind == "para"]
        return self._bodies[section_id]

    def count(self, section_id: str) -> int:
        return len(self.body(section_id))

    def place(self, section_id: str, number: int | None) -> ParagraphPlace | None:
        """The locator of a paragraph; None without a number, or for a number not in the section."""
        section = self.store.section(section_id)
        if section is None or number is None or not 1 <= number <= self.count(section_id):
            return None
        return ParagraphPlace(section_id, section.title, number)

    def of_anchor(self, anchor: str) -> ParagraphPlace | None:
        """The locator of a paragraph anchor (a search hit's id); None for a heading or footnote."""
        found = paragraph_number(anchor)
        return self.place(*found) if found else None

    def of_note(self, note: Note) -> ParagraphPlace | None:
        """Where a note's quote stands; None for a note on a whole section or an orphan."""
        selector = note.selector
        if selector is None:
            return None
        key = (note.section_id, *selector)
        if key not in self._of_note:  # a list asks again on every keystroke of its filter
            if note.section_id not in self._texts:
                self._texts[note.section_id] = _SectionText(self.body(note.section_id))
            self._of_note[key] = self._texts[note.section_id].paragraph_of(selector)
        return self.place(note.section_id, self._of_note[key])

    def numbers_of_notes(self, notes: Iterable[Note]) -> dict[str, int]:
        """Note id -> paragraph number, for the notes that have one (what exports carry)."""
        found = {}
        for note in notes:
            place = self.of_note(note)
            if place is not None:
                found[note.id] = place.paragraph
        return found


_PER_REPORT: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def paragraphs_of(store: ReportStore) -> Paragraphs:
    """The one ``Paragraphs`` of a report: where each note's quote stands is worked out once,
    however many exports and lists ask (an export in two formats, the notes list)."""
    found = _PER_REPORT.get(store)
    if found is None:
        found = _PER_REPORT[store] = Paragraphs(store)
    return found
