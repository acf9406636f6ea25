"""Citations of the bundled report, built from its one metadata record (``meta.toml``).

Five formats: Chicago (17th ed., notes-bibliography, bibliography entry) and APA 7 for
people, each as plain text and as HTML with the title in italics; BibTeX, RIS and CSL-JSON
for reference managers. A section is cited as a part of the report ("In" the report, in
Chicago); APA cites the whole report, since a section of a report by one author is not a
reference of its own (the section goes in the in-text citation).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, NamedTuple

from desktop.core.escape import escape

if TYPE_CHECKING:
    from desktop.core.notes.store import Note

STYLES = ("chicago", "apa")
FORMATS = ("chicago", "apa", "bibtex", "ris", "csl-json")
MONTHS_BIBTEX = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


class Reference(NamedTuple):
    """One reference in two forms: plain text, and HTML where the title is in ``<i>``."""

    text: str
    html: str


def _field(meta: Mapping[str, object], key: str) -> str:
    return str(meta.get(key) or "")


def _publisher(meta: Mapping[str, object]) -> str:
    """The publisher's name alone: "Stockholm Centre for Eastern European Studies"."""
    first = _field(meta, "publisher").split(",")[0]
    return re.sub(r"\s*\([^)]*\)", "", first).strip()


def _series(meta: Mapping[str, object]) -> str:
    return f"{_field(meta, 'series')} No. {_field(meta, 'number')}".strip()


def _author(meta: Mapping[str, object]) -> tuple[str, str]:
    """(family, given) of the author."""
    family, _, given = (_field(meta, "author_sort") or _field(meta, "author")).partition(", ")
    return family, given


def reference(
    meta: Mapping[str, object], style: str = "chicago", section_title: str | None = None
) -> Reference:
    """The report (and a section of it) in ``style``, plain and with italics."""
    family, given = _author(meta)
    url = _field(meta, "url")
    if style == "apa":
        initials = " ".join(f"{part[0]}." for part in given.split() if part)
        title = _field(meta, "title_sentence_case") or _field(meta, "title")
        head = f"{family}, {initials} ({_field(meta, 'year')}). "
        tail = f" ({_series(meta)}). {_publisher(meta)}." + (f" {url}" if url else "")
        return Reference(f"{head}{title}{tail}", f"{escape(head)}<i>{escape(title)}</i>{escape(tail)}")
    if style != "chicago":
        raise ValueError(f"unknown citation style {style!r}; choose one of {', '.join(STYLES)}")
    title = _field(meta, "title")
    head = f"{family}, {given}." + (f" “{closed(section_title)}” In" if section_title else "")
    tail = f". {_series(meta)}. {_field(meta, 'place')}: {_publisher(meta)}, {_field(meta, 'date')}." + (
        f" {url}." if url else ""
    )
    return Reference(f"{head} {title}{tail}", f"{escape(head)} <i>{escape(title)}</i>{escape(tail)}")


def closed(title: str) -> str:
    """A title with the full stop that ends it in a reference, unless its own "?" or "!" ends it
    (Chicago 6.119: the stronger mark stays and the period goes)."""
    return title if title.rstrip().endswith(("?", "!")) else f"{title}."


def in_text(meta: Mapping[str, object], style: str, section_title: str, paragraph: int) -> str:
    """The parenthetical citation of one paragraph: "(Author 2021, Conclusions section, para. 3)".

    Both guides cite an unpaginated source by section and paragraph number (APA 7 8.28,
    Chicago 14.160); APA puts a comma after the author. See ``desktop.core.locator``.
    """
    family, _given = _author(meta)
    author = f"{family}, {_field(meta, 'year')}" if style == "apa" else f"{family} {_field(meta, 'year')}"
    return f"({author}, {section_title} section, para. {paragraph})"


def cite(meta: Mapping[str, object], style: str = "chicago", section_title: str | None = None) -> str:
    """A plain-text reference to the report (and a section of it) in ``style``."""
    return reference(meta, style, section_title).text


def _key(meta: Mapping[str, object]) -> str:
    family = re.sub(r"\W", "", _author(meta)[0].lower())
    first_word = re.sub(r"\W", "", _field(meta, "title").split(" ")[0].lower())
    return f"{family}{_field(meta, 'year')}{first_word}"


def _bibtex_value(text: str) -> str:
    return re.sub(r"([&%$#_])", r"\\\1", text)


def bibtex(meta: Mapping[str, object], section_title: str | None = None) -> str:
    """A ``@techreport`` entry (the place of a section in ``note``)."""
    month = meta.get("month")
    fields = [
        ("author", _field(meta, "author_sort")),
        ("title", "{" + _bibtex_value(_field(meta, "title")) + "}"),  # braces keep its capitals
        ("institution", _publisher(meta)),
        ("address", _field(meta, "place")),
        ("type", _field(meta, "series")),
        ("number", _field(meta, "number")),
        ("year", _field(meta, "year")),
        ("url", _field(meta, "url")),
        ("language", {"en": "english"}.get(_field(meta, "language"), _field(meta, "language"))),
    ]
    if section_title:
        fields.append(("note", f"Section “{_bibtex_value(section_title)}”"))
    lines = [f"@techreport{{{_key(meta)},"]
    lines += [
        f"  {name} = {{{_bibtex_value(value) if name != 'title' else value}}}," for name, value in fields
    ]
    if isinstance(month, int) and 1 <= month <= 12:
        lines.append(f"  month = {MONTHS_BIBTEX[month - 1]},")
    return "\n".join(lines) + "\n}\n"


def _note_text(note: Note, titles: Mapping[str, str]) -> str:
    parts = [titles.get(note.section_id, note.section_id)]
    if note.quote:
        parts.append(f"“{note.quote}”")
    if note.body:
        parts.append(note.body)
    if note.tags:
        parts.append("Tags: " + ", ".join(note.tags))
    return " — ".join(" ".join(part.split()) for part in parts)


def ris(
    meta: Mapping[str, object],
    section_title: str | None = None,
    notes: Sequence[Note] = (),
    titles: Mapping[str, str] | None = None,
) -> str:
    """A ``TY  - RPRT`` record; each note becomes an ``N1`` line (Zotero makes child notes of them)."""
    month = meta.get("month")
    date = f"{_field(meta, 'year')}/{month:02d}//" if isinstance(month, int) else _field(meta, "year")
    rows = [
        ("TY", "RPRT"),
        ("AU", _field(meta, "author_sort")),
        ("TI", _field(meta, "title")),
        ("T3", _field(meta, "series")),
        ("VL", _field(meta, "number")),  # the report number, as Zotero reads it for a report
        ("PY", _field(meta, "year")),
        ("DA", date),
        ("PB", _publisher(meta)),
        ("CY", _field(meta, "place")),
        ("LA", _field(meta, "language")),
        ("UR", _field(meta, "url")),
    ]
    if section_title:
        rows.append(("SE", section_title))
    rows += [("N1", _note_text(note, titles or {})) for note in notes]
    rows.append(("ER", ""))
    return "".join(f"{tag}  - {value}\r\n" for tag, value in rows)


def csl_json(meta: Mapping[str, object], section_title: str | None = None) -> list[dict[str, object]]:
    """One CSL-JSON item: the report, or a section of it as a chapter-like item of its own.

    The series is named once: a report's series is its ``genre`` with its ``number`` (CSL
    styles print "<series> No. <number>"); ``collection-title`` as well would print it twice. A
    chapter with a ``genre`` reads as a foreword ("“X” to …"), so a section names the series
    as the collection its container belongs to. Titles are stored in sentence case, as CSL
    asks: styles that want title case (Chicago) make it, APA keeps it.
    """
    family, given = _author(meta)
    month = meta.get("month")
    date_parts: list[object] = [meta.get("year")] + ([month] if isinstance(month, int) else [])
    title = _field(meta, "title_sentence_case") or _field(meta, "title")
    item: dict[str, object] = {
        "id": _key(meta),
        "type": "report",
        "title": title,
        "author": [{"family": family, "given": given}],
        "issued": {"date-parts": [date_parts]},
        "publisher": _publisher(meta),
        "publisher-place": _field(meta, "place"),
        "genre": _field(meta, "series"),
        "number": _field(meta, "number"),
        "URL": _field(meta, "url"),
        "language": _field(meta, "language"),
    }
    if section_title:
        del item["genre"], item["number"]
        slug = re.sub(r"\W+", "-", section_title.lower()).strip("-")
        item.update(
            {
                "id": f"{item['id']}-{slug}",
                "type": "chapter",
                "title": section_title,
                "container-title": title,
                "collection-title": _field(meta, "series"),
                "collection-number": _field(meta, "number"),
            }
        )
    return [item]


def citation(
    meta: Mapping[str, object],
    format_id: str,
    section_title: str | None = None,
    notes: Sequence[Note] = (),
    titles: Mapping[str, str] | None = None,
    paragraph: int | None = None,
) -> str:
    """The reference as ``dossier cite --format`` prints it (``notes`` go into RIS only).

    With a ``paragraph`` of the section, each format carries the locator: Chicago and APA add
    the parenthetical citation on a line of its own, BibTeX and RIS name it with the section,
    CSL-JSON gives the item a ``locator`` with the label ``paragraph``.
    """
    if paragraph is not None and section_title:
        return _with_paragraph(meta, format_id, section_title, notes, titles, paragraph)
    if format_id in STYLES:
        return cite(meta, format_id, section_title) + "\n"
    if format_id == "bibtex":
        return bibtex(meta, section_title)
    if format_id == "ris":
        return ris(meta, section_title, notes, titles)
    if format_id == "csl-json":
        return json.dumps(csl_json(meta, section_title), ensure_ascii=False, indent=2) + "\n"
    raise ValueError(f"unknown citation format {format_id!r}; choose one of {', '.join(FORMATS)}")


def _with_paragraph(
    meta: Mapping[str, object],
    format_id: str,
    section_title: str,
    notes: Sequence[Note],
    titles: Mapping[str, str] | None,
    paragraph: int,
) -> str:
    """``citation`` of one paragraph of a section (kept apart: the locator is this block's only job)."""
    if format_id in STYLES:
        located_in_text = in_text(meta, format_id, section_title, paragraph)
        return f"{cite(meta, format_id, section_title)}\n{located_in_text}\n"
    located = f"{section_title}, para. {paragraph}"
    if format_id == "bibtex":  # note = {Section “…”, para. N}: the locator after the quoted title
        return bibtex(meta, section_title).replace("”},\n", f"”, para. {paragraph}}},\n", 1)
    if format_id == "ris":
        return ris(meta, located, notes, titles)
    if format_id == "csl-json":
        items = csl_json(meta, section_title)
        for item in items:
            item.update({"locator": str(paragraph), "label": "paragraph"})
        return json.dumps(items, ensure_ascii=False, indent=2) + "\n"
    return citation(meta, format_id, section_title, notes, titles)  # an unknown format says so


# Reference-manager formats for File ▸ Export Citation: (format id, dialog label, suffix).
FILE_FORMATS = (("bibtex", "BibTeX", ".bib"), ("ris", "RIS", ".ris"), ("csl-json", "CSL-JSON", ".json"))
