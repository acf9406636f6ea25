"""Which glossary mentions in the report's HTML are marked as links: the first of each entry
in each section (a reader sees where a term first appears, not five links a paragraph).

Later mentions stay links (hover still defines them, a click still opens the entry) but carry
the class ``term-again``, which the reader's stylesheet shows like the text around it.
"""

from __future__ import annotations

import re

SECTION = re.compile(r'<div class="section" id="section-')
TERM_LINK = re.compile(r'<a class="term" href="term:([^"]+)">')


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
