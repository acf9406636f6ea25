"""Editor's notes: where the public record differs from the report, without touching its words.

``content/corrections/corrections.toml`` holds them. Each names one paragraph (its section and
its number, as in the paragraph's anchor ``section.pN``), the exact words it concerns, a short
correction in our words and the named public record it rests on. The build checks that the
words stand verbatim in that paragraph; the reader marks them, the About box and
``dossier corrections`` list them. ``affects`` lists the facts and glossary entries whose own
words touch the claim the note corrects; the checker makes each of them say so.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import NamedTuple

from desktop.core.content.records import Field, Problems, checked_records

FIELDS = (
    Field("id", "id", True), Field("section_id", "str", True), Field("paragraph", "int", True),
    Field("quote", "str", True), Field("note", "str", True), Field("source", "str", True),
    Field("affects", "strs"),
)  # fmt: skip


class Correction(NamedTuple):
    id: str
    section_id: str
    paragraph: int  # the paragraph's number in its section (its anchor is "section_id.pN")
    quote: str  # the report's words it concerns, verbatim
    note: str  # the correction, in our words
    source: str  # the named public record it rests on
    section_title: str = ""  # filled in by the build, for people to read
    anchor: str = ""  # filled in by the build: the paragraph's own id ("fn:1" for a footnote)

    @property
    def paragraph_id(self) -> str:
        return self.anchor or f"{self.section_id}.p{self.paragraph}"

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "section_id": self.section_id,
            "paragraph": self.paragraph,
            "paragraph_id": self.paragraph_id,
            "quote": self.quote,
            "note": self.note,
            "source": self.source,
        }


class Located(NamedTuple):
    correction: Correction
    where: str
    line: int
    affects: tuple[str, ...] = ()  # fact and entry ids that must point to this note
    affects_line: int = 0


def load_corrections(path: Path, problems: Problems) -> list[Located]:
    toml, checked = checked_records(path, "correction", FIELDS, problems)
    found = []
    for line, raw in checked:
        correction = Correction(
            id=str(raw["id"]),
            section_id=str(raw["section_id"]),
            paragraph=int(raw["paragraph"]),  # type: ignore[call-overload]
            quote=" ".join(str(raw["quote"]).split()),
            note=" ".join(str(raw["note"]).split()),
            source=" ".join(str(raw["source"]).split()),
        )
        affects = tuple(raw.get("affects", ()))  # type: ignore[arg-type]
        where = (toml.where, toml.key_line(line, "id"))
        found.append(Located(correction, *where, affects, toml.key_line(line, "affects")))
    return found


def validate_corrections(
    located: Iterable[Located], paragraphs: Mapping[tuple[str, int], str], problems: Problems
) -> list[Correction]:
    """The corrections whose paragraph exists and holds their words; a problem for each other."""
    sections = {section for section, _ordinal in paragraphs}
    seen: dict[str, str] = {}
    valid = []
    for correction, where, line, *_affects in located:
        if correction.id in seen:
            problems.add(where, line, f"id {correction.id!r} already used at {seen[correction.id]}")
            continue
        seen[correction.id] = f"{where}:{line}"
        if correction.section_id not in sections:
            problems.add(
                where, line, f"correction {correction.id!r} names unknown section {correction.section_id!r}"
            )
            continue
        text = paragraphs.get((correction.section_id, correction.paragraph))
        if text is None:
            problems.add(
                where, line,
                f"correction {correction.id!r}: section {correction.section_id!r} has no paragraph "
                f"{correction.paragraph}",
            )  # fmt: skip
            continue
        if correction.quote not in text:
            elsewhere = [
                ordinal
                for (section, ordinal), other in paragraphs.items()
                if section == correction.section_id and correction.quote in other
            ]
            hint = f" (it is in paragraph {elsewhere[0]})" if elsewhere else ""
            problems.add(
                where, line,
                f"quote of correction {correction.id!r} is not verbatim in {correction.paragraph_id}: "
                f"{correction.quote[:70]!r}{hint}",
            )  # fmt: skip
            continue
        valid.append(correction)
    return valid


def corrections(connection: sqlite3.Connection) -> list[Correction]:
    """Every editor's note, in reading order of the content file."""
    try:
        rows = connection.execute(
            "SELECT id, section_id, paragraph, quote, note, source, section_title, paragraph_id"
            " FROM corrections ORDER BY ord"
        ).fetchall()
    except sqlite3.OperationalError:  # a database built without corrections
        return []
    return [Correction(*row) for row in rows]


def corrections_by_paragraph(connection: sqlite3.Connection) -> dict[tuple[str, int], list[Correction]]:
    """``(section id, paragraph number) -> its editor's notes``, for marking them in the text."""
    grouped: dict[tuple[str, int], list[Correction]] = {}
    for correction in corrections(connection):
        grouped.setdefault((correction.section_id, correction.paragraph), []).append(correction)
    return grouped
