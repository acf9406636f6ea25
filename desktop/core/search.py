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
from functools import lru_cache

from desktop.core.words import fold, search_words

_CHUNK = re.compile(r'"([^"]*)("?)|(\S+)')
_MARKED = re.compile("\x02(.*?)\x03", re.S)
MAX_PREFIX_EXPANSIONS = 12
RANK_BUDGET = 2000
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


_SUFFIXES = ("ations", "ation", "ating", "ates", "ated", "ate", "ments", "ment", "ings", "ing", "ions", "ion",
             "ies", "ied", "ers", "er", "es", "ed", "e", "s", "ly", "y")  # fmt: skip
_TOKEN = re.compile(r"\w+")


@lru_cache(maxsize=1 << 16)
def light_stem(word: str) -> str:
    """A small suffix stripper, close to Porter's for marking matches in a snippet."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=1 << 16)
def _folded(word: str) -> str:
    return fold(word)


class Marker:
    """Marks the words of a text that a query matched (stems, and the prefix being typed)."""

    def __init__(self, terms: list[Term]) -> None:
        self.stems: set[str] = set()
        self.prefixes: list[str] = []
        self._seen: dict[str, bool] = {}
        for term in terms:
            words = list(term.words)
            if term.prefix:
                self.prefixes.append(words[-1])  # the word being typed, or already whole
            self.stems.update(light_stem(word) for word in words)

    def matches(self, word: str) -> bool:
        known = self._seen.get(word)
        if known is None:
            folded = _folded(word)
            known = light_stem(folded) in self.stems or any(folded.startswith(p) for p in self.prefixes)
            self._seen[word] = known
        return known

    def snippet(self, text: str, whole: bool = False, width: int = 24) -> tuple[str, list[str]]:
        """``text`` (or ~``width`` words around the first match) with \x02/\x03 around matches."""
        tokens = list(_TOKEN.finditer(text))
        hits = [m for m in tokens if self.matches(m.group(0))]
        matched = list(dict.fromkeys(m.group(0).lower() for m in hits))
        start, end = 0, len(text)
        if not whole and len(tokens) > width:
            first = tokens.index(hits[0]) if hits else 0
            low = max(0, first - width // 4)
            high = min(len(tokens), low + width)
            start = tokens[low].start() if low else 0
            end = tokens[high - 1].end() if high < len(tokens) else len(text)
        out, last = [], start
        for match in hits:
            if start <= match.start() and match.end() <= end:
                out += [text[last : match.start()], "\x02", match.group(0), "\x03"]
                last = match.end()
        out.append(text[last:end])
        body = "".join(out)
        return ("…" if start else "") + body + ("…" if end < len(text) else ""), matched


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

    def _ranked(self, expression: str, limit: int) -> list[tuple[int, float]]:
        """``(rowid, rank)`` of the best matches, ranked by bm25.

        Ranking is linear in the number of matches, so when a query matches more than
        RANK_BUDGET passages (a common word over a large library), only the first
        RANK_BUDGET of them are ranked: a bounded wait instead of a slow keystroke.
        """
        bound = self.connection.execute(
            "SELECT rowid FROM search WHERE search MATCH ? LIMIT 1 OFFSET ?", (expression, RANK_BUDGET)
        ).fetchone()
        where = "search MATCH ?" + (" AND rowid < ?" if bound else "")
        params: tuple[object, ...] = (expression, bound[0]) if bound else (expression,)
        rows = self.connection.execute(
            f"SELECT rowid, bm25(search, {TITLE_WEIGHT}, 1.0) AS score FROM search"
            f" WHERE {where} ORDER BY score LIMIT ?",
            (*params, limit),
        )
        return [(rowid, score) for rowid, score in rows]

    def _run(
        self, expression: str, terms: list[Term], limit: int, coverage: dict[int, int] | None = None
    ) -> list[Hit]:
        if coverage:
            # Partial matches: the paragraphs that match the most terms come first.
            ranked = self._ranked(expression, -1)
            ranked.sort(key=lambda row: (-coverage.get(row[0], 0), row[1]))
            chosen = ranked[:limit]
        else:
            # Section titles that match come first, then the best passages.
            titles = self._ranked(f"title : ({expression})", limit)
            seen = {rowid for rowid, _ in titles}
            body = [row for row in self._ranked(expression, limit + len(titles)) if row[0] not in seen]
            chosen = (titles + body)[:limit]
        marker = Marker(terms)
        marks = ",".join(str(rowid) for rowid, _ in chosen)
        rows = {
            row[0]: row[1:]
            for row in self.connection.execute(
                f"SELECT rowid, id, section_id, kind, text FROM paragraphs WHERE rowid IN ({marks})"
            )
        }
        hits = []
        for rowid, rank in chosen:
            if rowid not in rows:
                continue
            paragraph_id, section_id, kind, text = rows[rowid]
            snippet, matched = marker.snippet(text, whole=kind == "heading")
            terms_found = tuple(matched)
            hits.append(
                Hit(
                    kind="section",
                    id=paragraph_id,
                    section_id=section_id,
                    section_title=self.section_titles.get(section_id, ""),
                    snippet=_MARKED.sub(r"**\1**", snippet),
                    snippet_html=_escape_marked(snippet),
                    score=round(-rank, 4),
                    terms=terms_found,
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
        if terms and terms[-1].prefix and len(terms[-1].words) == 1 and len(terms[-1].words[0]) < 2:
            # One letter being typed narrows nothing yet (and would match almost every word).
            terms.pop()
        results = SearchResults(query)
        if not terms:
            return results
        expressions = [self._term_expression(term) for term in terms]
        # Glossary entries lead, but never take more than half of the places.
        glossary_limit = min(glossary_limit, limit // 2)
        glossary = []
        if self.has_glossary and glossary_limit:
            glossary = self._glossary_hits(" AND ".join(expressions), glossary_limit)
        results.hits = self._run(" AND ".join(expressions), terms, limit)
        if not results.hits and len(expressions) > 1:
            coverage: dict[int, int] = {}
            for expression in expressions:
                for (rowid,) in self.connection.execute(
                    "SELECT rowid FROM search WHERE search MATCH ?", (expression,)
                ):
                    coverage[rowid] = coverage.get(rowid, 0) + 1
            results.hits = self._run(" OR ".join(expressions), terms, limit, coverage)
            results.exact = False
        results.hits = (glossary + results.hits)[:limit]
        return results


def _escape_marked(text: str) -> str:
    from html import escape

    escaped = escape(text, quote=False)
    return escaped.replace("\x02", "<b>").replace("\x03", "</b>")
