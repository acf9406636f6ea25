"""Full-text search over the report: queries as people type them.

A query is cut into terms: bare words, hyphenated or numbered chunks
(``six-party``, ``Storm-333``) as phrases, and quoted phrases. All terms must
match; when together they find nothing, the best partial matches (any term,
ranked by bm25) are returned instead, flagged ``exact=False``. The last word
is completed as a prefix while the reader is still typing it. Since the index
is stemmed, a bare ``negotia*`` would miss ``negotiations`` (stored as the stem
``negoti``), so the prefix is also expanded through the table of unstemmed
words the build keeps.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field

from desktop.core.words import search_words

_CHUNK = re.compile(r'"([^"]*)("?)|(\S+)')
_MARKED = re.compile("\x02(.*?)\x03", re.S)
MAX_PREFIX_EXPANSIONS = 12
TITLE_WEIGHT = 10.0


@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]
    prefix: bool = False


@dataclass(frozen=True)
class Hit:
    kind: str
    id: str
    section_id: str
    section_title: str
    snippet: str
    snippet_html: str
    score: float
    terms: tuple[str, ...] = ()

    def as_json(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "id": self.id,
            "section_id": self.section_id,
            "section_title": self.section_title,
            "snippet": self.snippet,
            "score": self.score,
        }


@dataclass
class SearchResults:
    query: str
    hits: list[Hit] = field(default_factory=list)
    exact: bool = True

    @property
    def terms(self) -> tuple[str, ...]:
        """Every word that matched in any passage, for highlighting in the text."""
        seen: dict[str, None] = {}
        for hit in self.hits:
            if hit.kind != "section":
                continue
            seen.update(dict.fromkeys(hit.terms))
        return tuple(seen)


def parse_query(query: str) -> list[Term]:
    """Terms of a query; the last is a prefix unless the reader has finished it."""
    terms: list[Term] = []
    last_open = False
    for match in _CHUNK.finditer(query):
        quoted, closing, bare = match.groups()
        words = tuple(search_words(quoted if bare is None else bare))
        if not words:
            continue
        terms.append(Term(words))
        last_open = bare is not None or not closing
    if terms and last_open and query and not query[-1].isspace():
        terms[-1] = Term(terms[-1].words, prefix=True)
    return terms


def _quote(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


class Searcher:
    """Runs queries against the ``search`` FTS5 table of a content database."""

    def __init__(self, connection: sqlite3.Connection, section_titles: dict[str, str]) -> None:
        self.connection = connection
        self.section_titles = section_titles
        self.has_glossary = bool(
            connection.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'glossary_search'"
            ).fetchone()
        )

    def _expansions(self, stem: str) -> list[str]:
        rows = self.connection.execute(
            "SELECT word FROM vocab WHERE word > ? AND word < ? ORDER BY count DESC LIMIT ?",
            (stem, stem + "\U0010ffff", MAX_PREFIX_EXPANSIONS),
        )
        return [row[0] for row in rows]

    def _term_expression(self, term: Term) -> str:
        phrase = " ".join(term.words)
        if not term.prefix:
            return _quote(phrase)
        head = term.words[:-1]
        options = [_quote(phrase) + "*"]
        for word in self._expansions(term.words[-1]):
            options.append(_quote(" ".join((*head, word))))
        return "(" + " OR ".join(options) + ")" if len(options) > 1 else options[0]

    def _run(self, expression: str, limit: int, coverage: dict[int, int] | None = None) -> list[Hit]:
        sql = f"""
            SELECT search.rowid, p.id, p.section_id, p.kind,
                   bm25(search, {TITLE_WEIGHT}, 1.0) AS rank,
                   CASE p.kind WHEN 'heading'
                        THEN highlight(search, 0, char(2), char(3))
                        ELSE snippet(search, 1, char(2), char(3), '…', 24) END AS snip,
                   highlight(search, 0, char(2), char(3)) || ' '
                        || highlight(search, 1, char(2), char(3)) AS marked
            FROM search JOIN paragraphs AS p ON p.rowid = search.rowid
            WHERE search MATCH ?
            ORDER BY p.kind != 'heading', rank
            LIMIT ?
        """
        rows = self.connection.execute(sql, (expression, -1 if coverage else limit)).fetchall()
        if coverage:
            # Partial matches: the paragraphs that match the most terms come first.
            rows.sort(key=lambda row: (-coverage.get(row[0], 0), row[4]))
            del rows[limit:]
        hits = []
        for _rowid, paragraph_id, section_id, _kind, rank, snippet, marked in rows:
            terms = tuple(dict.fromkeys(word.lower() for word in _MARKED.findall(marked)))
            hits.append(
                Hit(
                    kind="section",
                    id=paragraph_id,
                    section_id=section_id,
                    section_title=self.section_titles.get(section_id, ""),
                    snippet=_MARKED.sub(r"**\1**", snippet),
                    snippet_html=_escape_marked(snippet),
                    score=round(-rank, 4),
                    terms=terms,
                )
            )
        return hits

    def _glossary_hits(self, expression: str, limit: int) -> list[Hit]:
        rows = self.connection.execute(
            "SELECT g.id, g.term, g.kind, g.short, bm25(glossary_search, 10.0, 6.0, 2.0, 1.0) AS rank,"
            " highlight(glossary_search, 0, char(2), char(3)) || ' ' ||"
            " highlight(glossary_search, 1, char(2), char(3)) AS marked"
            " FROM glossary_search JOIN glossary AS g ON g.rowid = glossary_search.rowid"
            " WHERE glossary_search MATCH ? ORDER BY rank LIMIT ?",
            (expression, limit),
        )
        hits = []
        for entry_id, term, kind, short, rank, marked in rows:
            snippet = f"{term}: {short}"
            hits.append(
                Hit(
                    kind="glossary",
                    id=entry_id,
                    section_id="",
                    section_title=f"Glossary · {kind.replace('-', ' ')}",
                    snippet=snippet,
                    snippet_html=f"<b>{_escape_marked(term)}</b>: {_escape_marked(short)}",
                    score=round(-rank, 4),
                    terms=tuple(dict.fromkeys(word.lower() for word in _MARKED.findall(marked))),
                )
            )
        return hits

    def search(self, query: str, limit: int = 20, glossary_limit: int = 3) -> SearchResults:
        """At most ``limit`` hits for ``query``, best first.

        Up to ``glossary_limit`` glossary entries come first (kind "glossary"), then passages
        of the report (kind "section"); when no passage has every term, the passages with the
        most of them, flagged ``exact=False``.
        """
        terms = parse_query(query)
        results = SearchResults(query)
        if not terms:
            return results
        expressions = [self._term_expression(term) for term in terms]
        # Glossary entries lead, but never take more than half of the places.
        glossary_limit = min(glossary_limit, limit // 2)
        glossary = []
        if self.has_glossary and glossary_limit:
            glossary = self._glossary_hits(" AND ".join(expressions), glossary_limit)
        results.hits = self._run(" AND ".join(expressions), limit)
        if not results.hits and len(expressions) > 1:
            coverage: dict[int, int] = {}
            for expression in expressions:
                for (rowid,) in self.connection.execute(
                    "SELECT rowid FROM search WHERE search MATCH ?", (expression,)
                ):
                    coverage[rowid] = coverage.get(rowid, 0) + 1
            results.hits = self._run(" OR ".join(expressions), limit, coverage)
            results.exact = False
        results.hits = (glossary + results.hits)[:limit]
        return results


def _escape_marked(text: str) -> str:
    from html import escape

    escaped = escape(text, quote=False)
    return escaped.replace("\x02", "<b>").replace("\x03", "</b>")
