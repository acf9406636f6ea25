"""The report as one HTML document for print and PDF: the citation on page 1, the text with
its footnotes, each editor's note after the paragraph (or footnote) whose words it concerns, and
(when asked) each of the reader's notes right after the paragraph it is on.

Text logic, so it lives here without Qt; ``desktop/ui/window/printing.py`` lays it out on pages.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop.core.citation import reference
from desktop.core.content.corrections import Correction, corrections
from desktop.core.escape import escape
from desktop.core.locator import paragraph_number
from desktop.core.notes.anchoring import flat

if TYPE_CHECKING:
    from desktop.core.notes.store import Note
    from desktop.core.store import ReportStore

# In print a glossary term is just its words, and a footnote's "back" arrow has nowhere to go.
_TERM_LINK = re.compile(r'<a class="term" href="[^"]*">(.*?)</a>', re.S)
_BACKREF = re.compile(r'&#160;<a class="footnote-backref"[^>]*>.*?</a>', re.S)
_PARAGRAPH = re.compile(r'(<p id="([^"]+)">.*?</p>)', re.S)
_ANY_PARAGRAPH = re.compile(r'(<p(?: class="[^"]*")? id="([^"]+)"[^>]*>.*?</p>)', re.S)  # footnotes too
_HEADING_END = re.compile(r"</h[1-6]>")
STYLE = (
    "body { font-family: serif; font-size: 11pt; } h1 { font-size: 20pt; } h2 { font-size: 14pt; }"
    " .footnote { font-size: 9pt; } .citation { font-size: 10pt; margin-bottom: 18pt; }"
    " .note { font-family: sans-serif; font-size: 9.5pt; color: #204a20; margin-left: 24pt; }"
    " .editor-note { font-family: sans-serif; font-size: 9pt; color: #5a3a00; margin-left: 24pt; }"
)


def _note_html(note: Note, paragraph_id: str = "") -> str:
    located = paragraph_number(paragraph_id)
    parts = [f"<b>Note</b> (para. {located[1]})" if located else "<b>Note</b>"]
    if note.quote:
        parts.append(f"on “{escape(note.quote)}”")
    head = " ".join(parts)
    body = "<br>".join(escape(line) for line in note.body.splitlines()) if note.body else "(highlight)"
    tags = f"<br><i>Tags: {escape(', '.join(note.tags))}</i>" if note.tags else ""
    return f'<p class="note">{head}<br>{body}{tags}</p>'


def _editor_note_html(correction: Correction) -> str:
    return (
        f'<p class="editor-note"><b>Editor\'s note</b> on “{escape(correction.quote)}”<br>'
        f"{escape(correction.note)}<br><i>Source: {escape(correction.source)}</i></p>"
    )


def _with_editor_notes(html: str, notes: Sequence[Correction]) -> str:
    """``html`` with each editor's note after the paragraph or footnote it names: on paper the
    note cannot wait for a hover, and the report's own words stay as they are."""
    after: dict[str, list[Correction]] = {}
    for note in notes:
        after.setdefault(note.paragraph_id, []).append(note)
    if not after:
        return html

    def place(match: re.Match[str]) -> str:
        return match.group(1) + "".join(_editor_note_html(n) for n in after.get(match.group(2), []))

    return _ANY_PARAGRAPH.sub(place, html)


def _with_notes(store: ReportStore, section_id: str, html: str, notes: Sequence[Note]) -> str:
    """``html`` with each note after the paragraph holding its quote (section notes after the heading)."""
    if not notes:
        return html
    texts = {p.id: flat(p.text) for p in store.paragraphs(section_id)}
    after: dict[str, list[Note]] = {}
    heading: list[Note] = []
    for note in notes:
        quote = flat(note.quote)
        found = next((pid for pid, text in texts.items() if quote and quote in text), None)
        if found is None:
            heading.append(note)  # a section note, or a passage no longer found
        else:
            after.setdefault(found, []).append(note)

    def place(match: re.Match[str]) -> str:
        return match.group(1) + "".join(_note_html(n, match.group(2)) for n in after.get(match.group(2), []))

    html = _PARAGRAPH.sub(place, html)
    if heading:
        notes_html = "".join(_note_html(n) for n in heading)
        html = _HEADING_END.sub(lambda m: m.group(0) + notes_html, html, count=1)
    return html


def printable_html(store: ReportStore, section_id: str | None = None, notes: Sequence[Note] = ()) -> str:
    """The whole report (or one section) as HTML for a printer, the citation first."""
    meta = store.meta
    section = store.section(section_id) if section_id else None
    cite_as = reference(meta, "chicago", section.title if section else None)
    title, author = escape(str(meta.get("title", ""))), escape(str(meta.get("author", "")))
    head = f"<p class='citation'><b>{title}</b> · {author}<br>Cite as: {cite_as.html}</p>"
    chosen = [section] if section else store.sections
    editor_notes = corrections(store.connection)
    parts = [head]
    for part in chosen:
        own = [n for n in notes if n.section_id == part.id]
        html = _BACKREF.sub("", _TERM_LINK.sub(r"\1", store.section_html(part.id)))
        html = _with_editor_notes(html, [n for n in editor_notes if n.section_id == part.id])
        parts.append(_with_notes(store, part.id, html, own))
    return f"<html><head><style>{STYLE}</style></head><body>{''.join(parts)}</body></html>"
