"""Many notes at once, for ``dossier bench`` and the tests of the notes dock at scale."""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from pathlib import Path

from desktop.core.notes.anchoring import CONTEXT, normalise
from desktop.core.notes.store import NotesStore, now

TAGS = ("security", "history", "trade", "reading", "question")  # the report's own come from its examples


def make_bench_notes(
    store_path: str | Path, report, n: int, seed: int = 11, tags: Sequence[str] = TAGS
) -> int:
    """Add ``n`` notes spread over the report's sections (quotes from their text, bodies of its
    words, one tag each) to the notes file at ``store_path``, in one transaction; returns ``n``.

    ``report`` is a ReportStore. Rows go in with one executemany (the full-text index follows
    by its triggers), so 100,000 notes take seconds, not minutes.
    """
    rng = random.Random(seed)
    texts = {s.id: normalise(report.section_text(s.id))[0] for s in report.sections}
    texts = {section_id: text for section_id, text in texts.items() if len(text) > 200}
    sections = sorted(texts)
    words = [word for text in texts.values() for word in text.split() if word.isalpha()]
    stamp = now()
    rows = []
    for number in range(n):
        section_id = sections[number % len(sections)]
        text = texts[section_id]
        start = rng.randrange(0, len(text) - 80)
        exact = text[start : start + rng.randint(20, 60)].strip()
        body = " ".join(rng.choice(words) for _ in range(rng.randint(10, 80)))
        rows.append(
            (f"00000000-0000-4000-8000-{number:012d}", section_id, exact,
             text[max(0, start - CONTEXT) : start], text[start + len(exact) : start + len(exact) + CONTEXT],
             start, body, json.dumps([rng.choice(tags)]), stamp, stamp)
        )  # fmt: skip
    Path(store_path).parent.mkdir(parents=True, exist_ok=True)
    notes = NotesStore(Path(store_path))
    try:
        with notes.connection:
            notes.connection.execute("BEGIN IMMEDIATE")
            notes.connection.executemany(
                "INSERT INTO notes (id, section_id, quote, prefix, suffix, position, body, tags, created,"
                " updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
    finally:
        notes.close()
    return n
