"""The edition's own voice: what it puts in quotation marks, and what it says of corrected claims.

Two checks of ``dossier check-content`` over the words we write (an entry's short, body and
general text, a fact's statement), never over the report's:

- Text in quotation marks is the report's, verbatim, unless the entry names another source for
  it in ``quote_sources`` (``{"the quoted words" = "who said it, where, when"}``). A paraphrase
  in quotation marks puts words in someone's mouth; a term used as a word goes in *italics*.
- A fact or entry whose quote holds words an editor's note corrects must be listed in that
  note's ``affects``, and everything listed there must point to the note in its own words
  ("see the editor's note"), so the edition never states the report's error as its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from desktop.core.content.corrections import Correction, Located
from desktop.core.content.records import Problems
from desktop.core.content.source import Paragraph
from desktop.core.glossary.entries import Entry
from desktop.core.map.facts import Fact

_QUOTED = re.compile(r'"([^"\n]+)"|“([^”\n]+)”')
POINTER = "editor's note"  # what a fact or entry says to point to a note
ENTRY_TEXTS = ("short", "body", "general")


def _normal(text: str) -> str:
    return " ".join(text.replace("’", "'").replace("*", "").split())


def quoted_spans(text: str) -> list[str]:
    """The texts inside quotation marks (straight or curly), whitespace normalised."""
    return [_normal(match.group(1) or match.group(2)) for match in _QUOTED.finditer(text)]


def check_own_quotes(
    entries: Sequence[Entry], facts: Sequence[Fact], report: str, content: Path, problems: Problems
) -> None:
    """Every quotation in our own words is verbatim in ``report`` or has a named source."""
    report = _normal(report)
    for entry in entries:
        for key in ENTRY_TEXTS:
            for quoted in quoted_spans(getattr(entry, key)):
                if quoted in report:
                    continue
                source = entry.quote_sources.get(quoted, "").strip()
                if not source:
                    problems.add(
                        entry.where, entry.text_line(key, quoted.split(" ")[0]),
                        f"{key} of {entry.id!r} puts in quotation marks words the report does not have: "
                        f"{quoted[:70]!r} (quote the report verbatim, name the source in quote_sources, "
                        "or use *italics* for a term)",
                    )  # fmt: skip
        for quoted in entry.quote_sources:
            if not any(quoted in quoted_spans(getattr(entry, key)) for key in ENTRY_TEXTS):
                problems.add(
                    entry.where, entry.key_line("quote_sources"),
                    f"quote_sources of {entry.id!r} names {quoted[:70]!r}, which its text does not quote",
                )  # fmt: skip
    lines = _file_lines(content, facts)
    for fact in facts:
        for quoted in quoted_spans(fact.statement):
            if quoted not in report:
                where, line = _statement_line(fact, lines)
                problems.add(
                    where, line,
                    f"statement of fact {fact.id!r} puts in quotation marks words the report does not "
                    f"have: {quoted[:70]!r}",
                )  # fmt: skip


def check_corrected_claims(
    located: Iterable[Located],
    valid: Sequence[Correction],
    paragraphs: Sequence[Paragraph],
    entries: Sequence[Entry],
    quote_places: Mapping[tuple[str, str], int],
    facts: Sequence[Fact],
    content: Path,
    problems: Problems,
) -> None:
    """What an editor's note corrects is never stated in our voice without pointing to the note."""
    by_place = {(paragraph.section_id, paragraph.ordinal): paragraph for paragraph in paragraphs}
    usable = {correction.id for correction in valid}
    lines = _file_lines(content, facts)
    facts_by_id = {fact.id: fact for fact in facts}
    entries_by_id = {entry.id: entry for entry in entries}
    for correction, where, line, affects, affects_line in located:
        if correction.id not in usable:
            continue  # its own problem is reported already
        paragraph = by_place[(correction.section_id, correction.paragraph)]  # a footnote's id is "fn:N"
        text = paragraph.text
        start = text.find(correction.quote)
        corrected = (paragraph.id, start, start + len(correction.quote))
        for fact in facts:
            if _overlaps(corrected, fact.paragraph_id, text, fact.quote) and fact.id not in affects:
                fact_where, fact_line = _statement_line(fact, lines)
                problems.add(
                    fact_where, fact_line,
                    f"fact {fact.id!r} quotes words that editor's note {correction.id!r} corrects: list it "
                    f"in the note's affects ({where}:{line}) and say so in the statement",
                )  # fmt: skip
        for entry in entries:
            for quote in entry.report_quotes:
                place = quote_places.get((entry.id, quote))
                holder = paragraphs[place].id if place is not None else ""
                if _overlaps(corrected, holder, text, quote) and entry.id not in affects:
                    problems.add(
                        entry.where, entry.text_line("report_quotes", quote[:40]),
                        f"entry {entry.id!r} quotes words that editor's note {correction.id!r} corrects: "
                        f"list it in the note's affects ({where}:{line}) and say so in its text",
                    )  # fmt: skip
                    break
        for affected in affects:
            if affected in facts_by_id:
                fact = facts_by_id[affected]
                if POINTER not in fact.statement:
                    fact_where, fact_line = _statement_line(fact, lines)
                    problems.add(
                        fact_where, fact_line,
                        f"fact {fact.id!r} is affected by editor's note {correction.id!r} but its "
                        f"statement does not point to it (say \"see the {POINTER}\")",
                    )  # fmt: skip
            elif affected in entries_by_id:
                entry = entries_by_id[affected]
                if not any(POINTER in getattr(entry, key) for key in ENTRY_TEXTS):
                    problems.add(
                        entry.where, entry.line,
                        f"entry {entry.id!r} is affected by editor's note {correction.id!r} but its text "
                        f"does not point to it (say \"see the {POINTER}\")",
                    )  # fmt: skip
            elif (
                affected not in problems.dropped
                and problems.readable("glossary/")
                and problems.readable("facts/")
            ):
                problems.add(
                    where,
                    affects_line,
                    f"correction {correction.id!r} affects unknown fact or entry {affected!r}",
                )


def _overlaps(corrected: tuple[str, int, int], paragraph_id: str, text: str, quote: str) -> bool:
    """Whether ``quote``, where it stands in the corrected paragraph, shares words with the correction."""
    holder, start, end = corrected
    if paragraph_id != holder:
        return False
    found = text.find(quote)
    while found >= 0:
        if found < end and start < found + len(quote):
            return True
        found = text.find(quote, found + 1)
    return False


def _file_lines(content: Path, facts: Sequence[Fact]) -> dict[str, list[str]]:
    """The lines of each file the facts come from, to point at a statement rather than an id."""
    lines: dict[str, list[str]] = {}
    for fact in facts:
        where = fact.source.rpartition(":")[0]
        if where not in lines:
            try:
                lines[where] = (content / where).read_text(encoding="utf-8").splitlines()
            except (OSError, UnicodeDecodeError):
                lines[where] = []
    return lines


def _statement_line(fact: Fact, lines: Mapping[str, list[str]]) -> tuple[str, int]:
    where, _, start = fact.source.rpartition(":")
    number = int(start)
    for offset, text in enumerate(lines.get(where, [])[number - 1 :]):
        if offset and text.lstrip().startswith("[["):
            break
        if re.match(r"\s*statement\s*=", text):
            return where, number + offset
    return where, number
