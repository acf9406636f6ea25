"""One search over everything a reader can find: glossary entries, their own notes, passages.

The window's Search panel and ``dossier search`` both call :func:`search_all`, so they show
the same hits in the same order: glossary entries first (names before mentions), then the
reader's notes, then the report's passages, best first.

When the words find passages but none has every word of the query (a question in the reader's
own words: "moscow wrote off loans"), the passages are ranked by meaning blended with the share
of the query's words each has (desktop/core/search/meaning.py). That is the one rule that loads
the model: a query whose words all meet in a passage is answered by the words alone, so a name
or a phrase keeps its passages first and ``dossier search`` never imports numpy for it; a
query none of whose words the report uses finds nothing, so a typo says so.
"""

from __future__ import annotations

import desktop  # the stores named in annotations below: loaded by whoever hands them in
from desktop.core.messages import Message
from desktop.core.search.query import Hit, SearchResults

KINDS = ("glossary", "note", "section")
NOTES_LIMIT = 10  # notes never crowd the passages out
MEANING_LIMIT = 10  # passages found by meaning alone: the closest few, never the whole report
# How much having the query's words adds to a passage's meaning score (a z-score, about -2 to
# 4): a passage with every word but one gets most of it. Chosen on tests/data/paraphrases.toml.
WORDS_WEIGHT = 1.0


class Results(SearchResults):
    """Hits in display order, with how many of each kind and whether every word matched."""

    by_meaning = False  # the passages were ranked by meaning (no passage had every word)
    meaning_off: Message | None = None  # why meaning could not rank them (the model's files refused)

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
        if self.by_meaning:
            return "No passage has all these words; closest in meaning first."
        if not self.exact:
            return "No passage has all these words; closest matches first."
        counts = self.counts
        parts = [f"{counts['section']} passage{'s' if counts['section'] != 1 else ''}"]
        if counts["glossary"]:
            parts.append(f"{counts['glossary']} glossary entr{'ies' if counts['glossary'] != 1 else 'y'}")
        if counts["note"]:
            parts.append(f"{counts['note']} note{'s' if counts['note'] != 1 else ''}")
        return ", ".join(parts)


def wants_meaning(found: SearchResults) -> bool:
    """Whether meaning should rank ``found``'s passages: the words found some, none has them all."""
    return not found.exact and found.some_words


def search_all(
    store: desktop.core.store.ReportStore,
    notes: desktop.core.notes.store.NotesStore | desktop.core.notes.reading.NotesReader | None,
    query: str,
    limit: int = 50,
    meaning: bool = True,
) -> Results:
    """At most ``limit`` hits for ``query``: glossary entries, then notes, then passages.

    A smaller ``limit`` gives the first hits of a larger one, in the same order. Without
    ``meaning`` (or without the model installed) passages are found by their words alone.
    """
    # Meaning ranks the passages with only some of the words: they are not looked for by words
    # unless meaning cannot rank them. Whether it can is asked only then (the meaning module,
    # and the model's files, are nothing a query answered by its words needs).
    found = store.searcher.search(query, limit=limit, partial=not meaning)
    by_meaning = meaning and wants_meaning(found)
    meaning_off = None
    passages: list[Hit] | None = None
    if by_meaning:
        from desktop.core.search.meaning import ModelUnavailableError, available

        try:
            if available():
                passages = blended_passages(
                    store, query, max(0, limit - sum(h.kind == "glossary" for h in found.hits))
                )
        except ModelUnavailableError as refused:  # by words, as without the model, saying why
            meaning_off = refused.message
        if passages is None:  # by words: the passages with some of them too
            by_meaning = False
            found = store.searcher.search(query, limit=limit, partial=True)
    glossary = [hit for hit in found.hits if hit.kind == "glossary"]
    if passages is None:
        passages = [hit for hit in found.hits if hit.kind != "glossary"]
    mine: list[Hit] = []
    if notes is not None and query.strip():
        from desktop.core.notes.reading import note_hits

        titles = store.searcher.section_titles
        mine = note_hits(notes, query, titles, min(NOTES_LIMIT, limit // 2))
    results = Results(query, (glossary + mine + passages)[:limit], found.exact)
    results.by_meaning = by_meaning
    results.meaning_off = meaning_off
    results.some_words = found.some_words
    return results


def blended_passages(store: desktop.core.store.ReportStore, query: str, limit: int) -> list[Hit]:
    """Passages ranked by meaning plus the share of the query's words they have, best first.

    Each hit says how it was found (``match``): by its words, by meaning (its snippet is then
    the sentence closest to the query, there being no word to mark), or both.
    """
    from desktop.core.escape import escape

    coverage = store.searcher.word_coverage(query)
    meanings = store.meaning.scores(query)
    if not meanings:
        return []
    close = set(sorted(meanings, key=lambda rowid: -meanings[rowid].score)[:MEANING_LIMIT])
    floor = min(found.score for found in meanings.values())
    blended = {
        rowid: (meanings[rowid].score if rowid in meanings else floor)
        + WORDS_WEIGHT * coverage.get(rowid, 0.0)
        for rowid in close | set(coverage)
    }
    chosen = sorted(blended, key=lambda rowid: -blended[rowid])[:limit]
    if not chosen:
        return []
    worded = {
        hit.id: hit
        for hit in store.searcher.passage_hits(query, [(r, -blended[r]) for r in chosen if r in coverage])
    }
    ids = dict(
        store.connection.execute(
            f"SELECT rowid, id FROM paragraphs WHERE rowid IN ({','.join(map(str, chosen))})"
        )
    )
    titles = store.searcher.section_titles
    hits = []
    for rowid in chosen:
        meaning = meanings.get(rowid)
        words = coverage.get(rowid)
        parts = {
            "score": round(blended[rowid], 4),
            "words_score": round(words, 4) if words else None,
            "meaning_score": meaning.score if meaning else None,
        }
        if words and ids[rowid] in worded:
            match = "both" if rowid in close else "words"
            hits.append(worded[ids[rowid]]._replace(match=match, **parts))
            continue
        paragraph = store.paragraph(ids[rowid])
        sentence = store.meaning.vectors.sentence(meaning.sentence_index) if meaning else ""
        hits.append(
            Hit(
                kind="section",
                id=paragraph.id,
                section_id=paragraph.section_id,
                section_title=titles.get(paragraph.section_id, ""),
                snippet=sentence,
                snippet_html=escape(sentence),
                match="meaning",
                **parts,
            )
        )
    return hits
