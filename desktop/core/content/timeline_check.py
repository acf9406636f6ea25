"""The timeline's checks: every event's words verbatim and its date in them, and no dated
sentence of the report left without an event.

Called once from ``content.check.load_content``; problems go in the same list as every other
content problem (``FILE:LINE: message``), so ``dossier check-content`` and the build show them.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from desktop.core.content.corrections import Correction
from desktop.core.content.records import Problems
from desktop.core.content.source import Paragraph
from desktop.core.glossary.entries import Entry
from desktop.core.timeline.dates import event_range, is_dated, missing_date_words, sentences
from desktop.core.timeline.events import EVENTS_FILE, TITLE_MAX, Event, Timeline, load_timeline


def check_timeline(
    content: Path,
    paragraphs: Sequence[Paragraph],
    entries: Sequence[Entry],
    corrections: Sequence[Correction],
    fact_ids: set[str],
    problems: Problems,
) -> Timeline:
    """The events of ``timeline/events.toml`` that hold, with their restatements located and
    their editor's notes filled in; a problem for every other one and every uncovered sentence.
    No file, no timeline: a report need not have one."""
    path = content / EVENTS_FILE
    if not path.exists():
        return Timeline([], [])
    located, eras, outside = load_timeline(path, problems)
    body = [p for p in paragraphs if p.kind == "para" and p.section_id not in outside]
    by_place = {(p.section_id, p.ordinal): p for p in paragraphs if p.kind == "para"}
    notes = {correction.id: correction for correction in corrections}
    checks = _EventChecks(by_place, body, {e.id: e.kind for e in entries}, notes, fact_ids, problems)
    seen: dict[str, int] = {}
    valid: list[Event] = []
    for event, where, line in located:
        if event.id in seen:
            problems.add(where, line, f"id {event.id!r} already used on line {seen[event.id]}")
            continue
        seen[event.id] = line
        checked = checks.check(event, where, line)
        if checked is not None:
            valid.append(checked)
    if problems.readable("timeline/"):
        for paragraph_id, sentence in undated_sentences(body, valid):
            problems.add(
                EVENTS_FILE, 1, f"{paragraph_id} states a date but no event quotes it: {sentence[:90]!r}"
            )
    return Timeline(valid, eras)


DATE_FORMS = "1979-12-27, 1979-12, 1979-Q4, 1979, 1970s, early 1970s, mid 2019; an end after the date"


class _EventChecks:
    """One event against the report, the glossary, the editor's notes and the facts."""

    def __init__(
        self,
        by_place: dict[tuple[str, int], Paragraph],
        body: Sequence[Paragraph],
        kinds: dict[str, str],
        notes: dict[str, Correction],
        fact_ids: set[str],
        problems: Problems,
    ) -> None:
        self.by_place, self.body, self.kinds, self.notes = by_place, body, kinds, notes
        self.fact_ids, self.problems = fact_ids, problems

    def check(self, event: Event, where: str, line: int) -> Event | None:
        """The event with its restatements located and its note filled in, or None if it fails."""
        add = self.problems.add
        label = f"event {event.id!r}"
        ok = self._words(event, label, where, line)
        if len(event.title) > TITLE_MAX:
            add(where, line, f"{label}: title is over {TITLE_MAX} characters")
        also = []
        for _unknown, quote in event.also:
            holders = [p for p in self.body if quote in p.text]
            year = event.date[:4] if event.date[:1].isdigit() else event.date  # a restatement may be vaguer
            if len(holders) != 1:
                why = "is not verbatim in the report" if not holders else "is in more than one paragraph"
                add(where, line, f"{label}: also {quote[:60]!r} {why}")
                ok = False
            elif missing := missing_date_words(year, quote):
                add(where, line, f"{label}: also {quote[:60]!r} does not say {missing[0]!r}")
                ok = False
            else:
                also.append((holders[0].id, quote))
        if self.problems.readable("glossary/"):
            for entity in event.actors:
                if entity not in self.kinds and entity not in self.problems.dropped:
                    add(where, line, f"{label}: actor {entity!r} is not a glossary entry")
            for place in event.places:
                known = place in self.kinds or place in self.problems.dropped
                if not known or self.kinds.get(place, "place") != "place":
                    add(where, line, f"{label}: place {place!r} is not a glossary place")
        if event.correction and event.correction not in self.notes:
            add(where, line, f"{label}: no editor's note {event.correction!r}")
        if event.fact and self.fact_ids and event.fact not in self.fact_ids:
            add(where, line, f"{label}: no fact {event.fact!r}")
        if not ok:
            return None
        note = self.notes[event.correction].note if event.correction in self.notes else ""
        return event._replace(also=tuple(also), correction_note=note)

    def _words(self, event: Event, label: str, where: str, line: int) -> bool:
        """Whether the date reads, the quote is verbatim in its paragraph and says the date."""
        add = self.problems.add
        if event_range(event.date, event.end) is None:
            what = f"{event.date!r} to {event.end!r}" if event.end else repr(event.date)
            add(where, line, f"{label}: date {what} is not a date ({DATE_FORMS})")
            return False
        paragraph = self.by_place.get((event.section_id, event.paragraph))
        if paragraph is None:
            add(where, line, f"{label}: there is no paragraph {event.section_id}.p{event.paragraph}")
            return False
        if event.quote not in paragraph.text:
            elsewhere = [p.id for p in self.body if event.quote in p.text]
            hint = f" (it is in {elsewhere[0]})" if elsewhere else ""
            add(where, line, f"{label}: quote is not verbatim in {paragraph.id}: {event.quote[:70]!r}{hint}")
            return False
        for date in filter(None, (event.date, event.end)):
            missing = ", ".join(map(repr, missing_date_words(date, event.quote)))
            if missing:
                add(where, line, f"{label}: its quote does not say the date {date!r} (no {missing})")
                return False
        return True


def dated_sentences(paragraphs: Sequence[Paragraph]) -> list[tuple[Paragraph, str]]:
    """Every sentence that states a date (a year 1800-2030, or a month with a year), in order."""
    return [(p, sentence) for p in paragraphs for sentence in sentences(p.text) if is_dated(sentence)]


def undated_sentences(paragraphs: Sequence[Paragraph], events: Sequence[Event]) -> list[tuple[str, str]]:
    """``(paragraph id, sentence)`` of each dated sentence no event's words fall in."""
    quoted: dict[str, list[str]] = {}
    for event in events:
        quoted.setdefault(event.paragraph_id, []).append(event.quote)
        for paragraph_id, quote in event.also:
            quoted.setdefault(paragraph_id, []).append(quote)
    missing = []
    for paragraph, sentence in dated_sentences(paragraphs):
        start = paragraph.text.find(sentence)
        end = start + len(sentence)
        spans = _spans(paragraph.text, quoted.get(paragraph.id, []))
        if not any(s < end and e > start for s, e in spans):
            missing.append((paragraph.id, sentence))
    return missing


def _spans(text: str, quotes: Sequence[str]) -> list[tuple[int, int]]:
    spans = []
    for quote in quotes:
        at = text.find(quote)
        if at >= 0:
            spans.append((at, at + len(quote)))
    return spans
