"""Glossary mentions in the report's HTML as ``term:`` links: every mention is one, so each
answers hover (its definition) and click (its entry); only the first of each entry in each
section keeps the class ``term`` that marks it (a reader sees where a term first appears, not
five marked words a paragraph).

Later mentions carry the class ``term-again``, which the reader's stylesheet shows like the
text around it. The build links (``link_every_mention``); the reader quiets (``first_mentions``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.core.glossary.entries import AliasMatcher

SECTION = re.compile(r'<div class="section" id="section-')
TERM_LINK = re.compile(r'<a class="term" href="term:([^"]+)">')
_TAG = re.compile(r"(<[^>]+>)")
_LINKABLE_PARAGRAPH = re.compile(r"<p([^>]*)>(.*?)</p>", re.S)


def link_every_mention(html: str, matcher: AliasMatcher) -> str:
    """``html`` with every mention of a glossary entry in its paragraphs made a ``term:`` link
    (the outermost of nested ones; never inside an existing link or the series line)."""

    def link(match: re.Match[str]) -> str:
        if 'class="series"' in match.group(1):
            return match.group(0)  # the title page's series line is a label, not prose
        return f"<p{match.group(1)}>{_link_paragraph(match.group(2), matcher)}</p>"

    return _LINKABLE_PARAGRAPH.sub(link, html)


def _link_paragraph(inner: str, matcher: AliasMatcher) -> str:
    pieces = _TAG.split(inner)
    depth = 0  # inside an existing link (a footnote mark, a web link) nothing is linked again
    for index, piece in enumerate(pieces):
        if index % 2:
            if piece.startswith("<a ") or piece == "<a>":
                depth += 1
            elif piece == "</a>":
                depth = max(0, depth - 1)
            continue
        if depth or not piece:
            continue
        out, last = [], 0
        for start, end, entry_id in matcher.find(piece):
            out.append(piece[last:start])
            out.append(f'<a class="term" href="term:{entry_id}">{piece[start:end]}</a>')
            last = end
        out.append(piece[last:])
        pieces[index] = "".join(out)
    return "".join(pieces)


def first_mentions(html: str) -> str:
    """``html`` with every glossary link after an entry's first in its section made quiet."""
    parts = SECTION.split(html)
    out = [parts[0]]
    for part in parts[1:]:
        seen: set[str] = set()

        def quiet(match: re.Match[str], seen: set[str] = seen) -> str:
            entry = match.group(1)
            if entry in seen:
                return f'<a class="term-again" href="term:{entry}">'
            seen.add(entry)
            return match.group(0)

        out.append(TERM_LINK.sub(quiet, part))
    return '<div class="section" id="section-'.join(out)
