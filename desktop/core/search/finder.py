"""One search over everything a reader can find: glossary entries, their own notes, passages.

The window's Search panel and ``dossier search`` both call :func:`search_all`, so they show
the same hits in the same order: glossary entries first (names before mentions), then the
reader's notes, then the report's passages, best first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.core.search.query import Hit, SearchResults

if TYPE_CHECKING:
    from desktop.core.notes.store import NotesStore
    from desktop.core.store import ReportStore

KINDS = ("glossary", "note", "section")
NOTES_LIMIT = 10  # notes never crowd the passages out


class Results(SearchResults):
    """Hits in display order, with how many of each kind and whether every word matched."""

    @property
    def counts(self) -> dict[str, int]:
        """How many hits of each kind ("glossary", "note", "section"), every kind present."""
        counts = dict.fromkeys(KINDS, 0)
        for hit in self.hits:
            counts[hit.kind] = counts.get(hit.kind, 0) + 1
        return counts

    def summary(self) -> str:
        """One line for the reader: "12 passages, 2 glossary entries, 1 note"."""
        if not self.query.strip():
            return ""
        if not self.hits:
            return f"Nothing found for “{self.query.strip()}”."
        if not self.exact:
            return "No passage has all these words; closest matches first."
        counts = self.counts
        parts = [f"{counts['section']} passage{'s' if counts['section'] != 1 else ''}"]
        if counts["glossary"]:
            parts.append(f"{counts['glossary']} glossary entr{'ies' if counts['glossary'] != 1 else 'y'}")
        if counts["note"]:
            parts.append(f"{counts['note']} note{'s' if counts['note'] != 1 else ''}")
        return ", ".join(parts)


def search_all(store: ReportStore, notes: NotesStore | None, query: str, limit: int = 50) -> Results:
    """At most ``limit`` hits for ``query``: glossary entries, then notes, then passages.

    A smaller ``limit`` gives the first hits of a larger one, in the same order.
    """
    found = store.searcher.search(query, limit=limit)
    glossary = [hit for hit in found.hits if hit.kind == "glossary"]
    passages = [hit for hit in found.hits if hit.kind != "glossary"]
    mine: list[Hit] = []
    if notes is not None and query.strip():
        from desktop.core.notes.store import note_hits

        titles = store.searcher.section_titles
        mine = note_hits(notes, query, titles, min(NOTES_LIMIT, limit // 2))
    return Results(query, (glossary + mine + passages)[:limit], found.exact)
