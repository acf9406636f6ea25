"""A report's example queries (``report/examples.toml``): what ``dossier bench`` times.

Each report may say what its readers type; a folder without the file gets a few words taken
from its own text, so the bench measures any report of the library.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import NamedTuple

from desktop.core.content.records import Field, Problems, check_fields, read_toml

EXAMPLES_FILE = "report/examples.toml"
FIELDS = (
    Field("search", "strs"), Field("glossary", "strs"), Field("notes_filter", "strs"),
    Field("cli_search", "str"), Field("note_tags", "strs"), Field("meaning", "strs"),
)  # fmt: skip


class Examples(NamedTuple):
    search: list[str]
    glossary: list[str]
    notes_filter: list[str]
    cli_search: str
    note_tags: list[str]
    meaning: list[str]  # questions in a reader's words, not the report's


def load_examples(content: str | os.PathLike[str], problems: Problems | None = None) -> Examples:
    """The examples of ``content``, or ones made of its report's words where it has none."""
    content = Path(content)
    problems = problems if problems is not None else Problems()
    toml = read_toml(content / "report" / "examples.toml", EXAMPLES_FILE, problems)
    data = toml.data if toml is not None else {}
    if toml is not None:
        check_fields(data, FIELDS, "examples.toml", toml, 1, problems)
    words = _common_words(content)
    return Examples(
        search=list(data.get("search") or [" ".join(words[i : i + 2]) for i in range(0, 16, 2)]),
        glossary=list(data.get("glossary") or words[:8]),
        notes_filter=list(data.get("notes_filter") or words[:4]),
        cli_search=str(data.get("cli_search") or (words[0] if words else "the")),
        note_tags=list(data.get("note_tags") or ["reading", "question", "history", "policy", "idea"]),
        meaning=list(data.get("meaning") or [f"what does the report say about {w}" for w in words[:6]]),
    )


def _common_words(content: Path) -> list[str]:
    """The report's most frequent longer words (for a report without examples)."""
    try:
        text = (content / "report" / "report.md").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return []
    counts: dict[str, int] = {}
    for word in re.findall(r"[a-z]{6,}", text.lower()):
        counts[word] = counts.get(word, 0) + 1
    return sorted(counts, key=lambda word: -counts[word])[:16]
