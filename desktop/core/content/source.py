"""The report's Markdown, rendered once and cut into sections, paragraphs and footnotes.

The report is rendered as a whole (so footnotes keep their numbers), split into sections at
each heading, and every footnote is hung at the end of the section that cites it. Problems
(a heading without an id, a footnote cited but never defined...) are collected with the
line they stand on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from desktop.core.content.records import Field, Problems, check_fields, read_toml
from desktop.core.htmltext import html_to_text
from desktop.core.markdown_render import render_markdown

_HEADING = re.compile(r"<h([1-6])(?: [^>]*)?>(.*?)</h\1>", re.S)
_HEADING_ID = re.compile(r'\bid="([^"]+)"')
_FOOTNOTE_ITEM = re.compile(r'<li id="fn:([^"]+)">\s*(.*?)\s*</li>', re.S)
_FOOTNOTE_REF = re.compile(r'href="#fn:([^"]+)"')
_PARAGRAPH = re.compile(r"<p( [^>]*)?>(.*?)</p>", re.S)
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*$")
_SECTION_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
META_FIELDS = (
    Field("title", "str", True), Field("author", "str", True), Field("author_sort", "str"),
    Field("series", "str"), Field("number", "str"), Field("year", "int", True), Field("month", "int"),
    Field("date", "str"), Field("publisher", "str"), Field("publisher_short", "str"), Field("place", "str"),
    Field("copyright", "str"), Field("language", "str"), Field("url", "str"),
    Field("title_sentence_case", "str"), Field("id", "id"),
)  # fmt: skip
REPORT_FILE = "report/report.md"


@dataclass(frozen=True)
class Paragraph:
    id: str
    section_id: str
    ordinal: int
    kind: str  # "heading", "para" or "footnote"
    text: str


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    level: int
    order: int
    html: str
    text: str
    paragraphs: tuple[Paragraph, ...]


def _check_markdown_headings(source: str, where: str, problems: Problems) -> None:
    """Every heading needs an explicit, well-formed ``{#id}``, unique in the file."""
    seen: dict[str, int] = {}
    in_fence = False
    for number, line in enumerate(source.splitlines(), start=1):
        if line.startswith("```"):
            in_fence = not in_fence
        match = None if in_fence else _MD_HEADING.match(line)
        if not match:
            continue
        id_match = re.search(r"\{:?\s*#([^\s}]+)\s*\}$", match.group(2))
        if not id_match:
            problems.add(where, number, f"heading {match.group(2)!r} has no {{#id}}")
            continue
        section_id = id_match.group(1)
        if not _SECTION_ID.match(section_id):
            problems.add(
                where, number, f"section id {section_id!r} must be lowercase letters, digits and hyphens"
            )
        elif section_id in seen:
            problems.add(where, number, f"section id {section_id!r} already used on line {seen[section_id]}")
        else:
            seen[section_id] = number


def _line_of(source: str, needle: str) -> int:
    index = source.find(needle)
    return source.count("\n", 0, index) + 1 if index >= 0 else 1


def _footnote_paragraph(number: str, inner: str) -> str:
    inner = inner.strip()
    if inner.startswith("<p>") and inner.endswith("</p>"):
        inner = inner[3:-4]
    return f'<p class="footnote" id="fn:{number}"><sup>{number}</sup>&#160;{inner}</p>'


def _number_paragraph(match: re.Match[str], paragraphs: list[Paragraph]) -> str:
    """Give a rendered paragraph its anchor id and record its plain text."""
    section_id = paragraphs[0].section_id
    ordinal = len(paragraphs)
    paragraph_id = f"{section_id}.p{ordinal}"
    paragraphs.append(Paragraph(paragraph_id, section_id, ordinal, "para", html_to_text(match.group(2))))
    return f'<p id="{paragraph_id}"{match.group(1) or ""}>{match.group(2)}</p>'


def split_report(
    html: str, where: str = "report.md", problems: Problems | None = None, source: str = ""
) -> list[Section]:
    """Cut rendered report HTML into sections with their own footnotes and paragraphs.

    Problems go to ``problems`` (lines found in the Markdown ``source``); without it, the
    first raises ContentError.
    """
    own = problems is None
    problems = Problems() if problems is None else problems
    body, _, notes_html = html.partition('<div class="footnote">')
    footnotes = {number: inner for number, inner in _FOOTNOTE_ITEM.findall(notes_html)}
    chunks = re.split(r"(?m)^(?=<h[1-6][ >])", body)
    preamble = ""
    if chunks and not _HEADING.match(chunks[0].lstrip()):
        preamble = chunks.pop(0)
    if not chunks:
        problems.add(where, 1, "the report has no headings")
        if own:
            problems.raise_if_any()
        return []

    sections: list[Section] = []
    cited: set[str] = set()
    for order, chunk in enumerate(chunks):
        heading = _HEADING.match(chunk.lstrip())
        assert heading is not None
        id_match = _HEADING_ID.search(chunk.lstrip()[: heading.end()])
        if not id_match:
            title = html_to_text(heading.group(2))
            if not any(title in problem.message for problem in problems):  # said already, with its line
                problems.add(where, _line_of(source, title), f"heading {title!r} has no {{#id}}")
            continue
        section_id = id_match.group(1)
        if order == 0:
            chunk = preamble + chunk
        refs = list(dict.fromkeys(_FOOTNOTE_REF.findall(chunk)))
        missing = [number for number in refs if number not in footnotes]
        missing += re.findall(r"\[\^([^\]\s]+)\]", chunk)  # Markdown leaves undefined ones as text
        for number in dict.fromkeys(missing):
            problems.add(
                where, _line_of(source, f"[^{number}]"), f"footnote [^{number}] is cited but never defined"
            )
        refs = [number for number in refs if number in footnotes]
        cited.update(refs)
        notes = "".join(_footnote_paragraph(number, footnotes[number]) for number in refs)

        paragraphs = [Paragraph(f"{section_id}.h", section_id, 0, "heading", html_to_text(heading.group(2)))]

        chunk = _PARAGRAPH.sub(lambda m, found=paragraphs: _number_paragraph(m, found), chunk.strip())
        for number in refs:
            ordinal = len(paragraphs)
            paragraphs.append(
                Paragraph(
                    f"fn:{number}",
                    section_id,
                    ordinal,
                    "footnote",
                    html_to_text(_footnote_paragraph(number, footnotes[number])),
                )
            )
        section_html = chunk + (f'<div class="footnotes">{notes}</div>' if notes else "")
        sections.append(
            Section(
                id=section_id,
                title=paragraphs[0].text,
                level=int(heading.group(1)),
                order=order,
                html=section_html,
                text="\n\n".join(p.text for p in paragraphs[1:]),
                paragraphs=tuple(paragraphs),
            )
        )
    for number in sorted(set(footnotes) - cited):
        problems.add(
            where, _line_of(source, f"[^{number}]:"), f"footnote [^{number}] is defined but never cited"
        )
    if own:
        problems.raise_if_any()
    return sections


def load_meta(content: Path, problems: Problems) -> dict[str, object]:
    """The report's bibliographic metadata, every key known and typed."""
    toml = read_toml(content / "report" / "meta.toml", "report/meta.toml", problems)
    if toml is None:
        if not (content / "report" / "meta.toml").exists():
            problems.add("report/meta.toml", 1, "missing")
        return {}
    check_fields(toml.data, META_FIELDS, "meta.toml", toml, 1, problems)
    return toml.data


def load_report(content: Path, problems: Problems | None = None) -> list[Section]:
    """The report's sections; without ``problems``, the first problem raises ContentError."""
    own = problems is None
    problems = Problems() if problems is None else problems
    path = content / "report" / "report.md"
    try:
        source = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        problems.add(REPORT_FILE, 1, "missing")
        problems.unreadable.add(REPORT_FILE)
        source = None
    except UnicodeDecodeError as error:
        problems.add(REPORT_FILE, 1, f"not UTF-8 text ({error.reason} at byte {error.start})")
        problems.unreadable.add(REPORT_FILE)
        source = None
    sections: list[Section] = []
    if source is not None:
        _check_markdown_headings(source, REPORT_FILE, problems)
        sections = split_report(render_markdown(source), REPORT_FILE, problems, source)
        if not sections:
            problems.unreadable.add(REPORT_FILE)  # nothing to check quotes against
    if own:
        problems.raise_if_any()
    return sections
