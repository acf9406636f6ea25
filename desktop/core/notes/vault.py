"""Notes as Markdown for a notes vault (Obsidian, Logseq, Zettlr...): YAML front matter
with the report's record, a section per heading, each quote followed by where it stands
(the section's name, and a ``dossier:`` link that opens the app at the passage), each tag
as one vault tag.

Tags: vault apps read ``#word`` up to the first space or punctuation, so a tag becomes one
word: spaces (and ``/``, ``.``, ``,``...) turn into ``-``, ``+`` into ``plus``, ``&`` into
``and``, ``#`` is dropped, other punctuation goes, letters of every script, digits, ``_`` and
``-`` stay; a tag that would be all digits gets a leading ``_`` (``2021`` → ``#_2021``).
``foreign policy`` → ``#foreign-policy``, ``C5+1`` → ``#C5plus1``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from desktop.core.citation import cite
from desktop.core.dossier_url import place_url

if TYPE_CHECKING:
    from desktop.core.notes.store import Note
    from desktop.core.timeline.events import Event


def vault_tag(tag: str) -> str:
    """``tag`` as one vault tag, without its ``#`` ("" if nothing is left of it)."""
    text = tag.strip().replace("+", "plus").replace("&", "and").replace("#", "")
    text = re.sub(r"[\s/\\.,;:]+", "-", text)
    text = re.sub(r"[^\w-]", "", text)
    text = re.sub(r"-{2,}", "-", text).strip("-")
    return f"_{text}" if text.isdigit() else text


def _yaml(value: object) -> str:
    return json.dumps(str(value), ensure_ascii=False)  # a JSON string is a YAML string


def front_matter(meta: Mapping[str, object]) -> list[str]:
    month = meta.get("month")
    date = f"{meta.get('year')}-{month:02d}" if isinstance(month, int) else str(meta.get("year", ""))
    return [
        "---",
        f"title: {_yaml('Notes on ' + str(meta.get('title', 'the report')))}",
        f"author: {_yaml(meta.get('author', ''))}",
        f"date: {_yaml(date)}",
        f"source: {_yaml(meta.get('url', ''))}",
        f"report: {_yaml(meta.get('id', ''))}",
        f"citation: {_yaml(cite(meta, 'chicago'))}",
        "tags: [dossier]",
        "---",
        "",
    ]


def export_vault_markdown(
    groups: Sequence[tuple[str, Sequence[Note]]],
    titles: Mapping[str, str],
    meta: Mapping[str, object],
    paragraphs: Mapping[str, int] | None = None,
    events: Sequence[Event] = (),
) -> str:
    """Notes grouped by section in reading order, ready to drop into a vault; ``paragraphs``
    (note id -> paragraph number) adds each quote's "para. N" to where it stands, and a note on
    words that state a dated event (``events``, the timeline's) lists those events after its link."""
    lines = [*front_matter(meta), f"# Notes on {meta.get('title', 'the report')}", ""]
    by_section: dict[str, list[Event]] = {}
    if events:  # grouped once: an export of 10,000 notes looks only at each section's few events
        from desktop.core.timeline.events import events_in_section

        for section_id in dict.fromkeys(section for section, _notes in groups):
            by_section[section_id] = events_in_section(events, section_id)
    for section_id, notes in groups:
        title = titles.get(section_id, section_id)
        lines += [f"## {title}", ""]
        for note in notes:
            if note.quote:
                lines += ["> " + line if line else ">" for line in note.quote.splitlines() or [""]]
                lines.append("")
            number = (paragraphs or {}).get(note.id)
            where = f"*{title}*, para. {number}" if number else f"*{title}*"
            lines += [f"— {where} · [open in Dossier]({place_url(section_id, note.id)})", ""]
            lines += _timeline_lines(by_section.get(section_id, ()), section_id, note.quote)
            lines += [note.body.rstrip("\n"), ""] if note.body else []
            tags = [f"#{t}" for t in (vault_tag(tag) for tag in note.tags) if t]
            lines += [" ".join(tags), ""] if tags else []
            lines += [f"<!-- note {note.id}, {note.updated} -->", ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def _timeline_lines(events: Sequence[Event], section_id: str, quote: str) -> list[str]:
    """``On the timeline: 1878 First Russian mission to Kabul; ...`` for the events of a passage."""
    if not events or not quote:
        return []
    from desktop.core.timeline.events import events_in_passage

    found = events_in_passage(events, section_id, quote)
    if not found:
        return []
    dates = [f"**{e.date}{'–' + e.end if e.end else ''}** {e.title}" for e in found]
    return ["On the timeline: " + "; ".join(dates), ""]
