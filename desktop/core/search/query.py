"""Full-text search over the report: queries as people type them.

A query is cut into terms: bare words, hyphenated or numbered chunks
(``six-party``, ``Storm-333``) as phrases, and quoted phrases. Lone English stop
words ("what did peskov say") are dropped unless nothing else is left. All terms
must match; when together they find nothing, the passages with the rarest of them
are returned instead (each term weighed by its inverse document frequency, as
bm25 does), flagged ``exact=False``. The last word is completed as a prefix while
the reader is still typing it. Since the index is stemmed, a bare ``negotia*``
would miss ``negotiations`` (stored as the stem ``negoti``), so a prefix longer
than the index's own prefix table is completed through the table of unstemmed
words the build keeps (see ``Searcher._term_expression``).

Glossary entries lead: first those whose name (term or alias, folding case,
punctuation and spacing) is the query, then those whose name starts with it, then
those whose name has the query's words, and only then those that merely mention
them. Snippets mark what FTS5's ``highlight()`` says matched.
"""

from __future__ import annotations

import math
import re
import sqlite3
from collections import namedtuple
from collections.abc import Collection
from functools import cached_property

from desktop.core.escape import escape
from desktop.core.search.snippets import (
    STOP_WORDS,
    as_html,
    as_markdown,
    cut_snippet,
    marked_words,
    unmark_stop_words,
)
from desktop.core.search.words import fold, search_words

_CHUNK = re.compile(r'"([^"]*)("?)|(\S+)')
_NOT_NAME = re.compile(r"[\W_]+")
_PARENTHESIS = r"\s*\(([^)]*)\)\s*"  # compiled on use (by re's cache): only the build needs it
MAX_PREFIX_EXPANSIONS = 24
RANK_BUDGET = 2000
HIGHLIGHT_IN_PLACE_ROWS = 2000  # an index this small is cheap to match again for highlight()
TITLE_WEIGHT = 10.0
GLOSSARY_NAME_LIMIT = 8  # entries whose name matches: all shown, up to this many
GLOSSARY_LIMIT = 3  # entries that only mention the words fill the list up to this many
NAME_WEIGHT = 2.0  # in partial matches, a word that names an entry counts double
NAMED_RUN = 4  # the longest run of a query's words looked up as an entry's name


# Records are collections.namedtuples (subclassed only for methods): dataclasses load inspect,
# and typing.NamedTuple typing, both slow for a ``dossier search`` that starts afresh each time.


Term = namedtuple("Term", "words prefix", defaults=(False,), module=__name__)
Term.__doc__ = """A term of a query: its words (a tuple of str; more than one is a phrase), and
whether the last of them is a prefix the reader is still typing."""


_HIT_FIELDS = (
    "kind id section_id section_title snippet snippet_html score terms"
    " match"  # "words", "meaning" or "both" (desktop/core/search/meaning.py)
    " words_score meaning_score"  # the parts of ``score`` (floats): None where a part had no say
)


class Hit(namedtuple("Hit", _HIT_FIELDS, defaults=((), "words", None, None), module=__name__)):
    """One search hit: a glossary entry, a note or a passage (``kind``), with its snippet as
    Markdown and as HTML, its score (a float), and the words of the query it matched (``terms``)."""

    __slots__ = ()

    def as_json(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "id": self.id,
            "section_id": self.section_id,
            "section_title": self.section_title,
            "snippet": self.snippet,
            "score": self.score,
            "match": self.match,
            "score_parts": {
                "words": self.score
                if self.match == "words" and self.words_score is None
                else self.words_score,
                "meaning": self.meaning_score,
            },
        }


class SearchResults:
    """A query's hits, best first, and whether every word matched (else: the closest passages)."""

    def __init__(self, query: str, hits: list[Hit] | None = None, exact: bool = True) -> None:
        self.query = query
        self.hits: list[Hit] = hits if hits is not None else []
        self.exact = exact
        self.some_words = bool(self.hits)  # some passage has some of the words (see Searcher.search)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(query={self.query!r}, hits={len(self.hits)}, exact={self.exact})"

    @property
    def terms(self) -> tuple[str, ...]:
        """What to mark in the text: each quoted phrase whole, then every other word that matched
        in any passage (a phrase's own words are not marked wherever they stand alone)."""
        phrases = tuple(" ".join(t.words) for t in parse_query(self.query) if len(t.words) > 1)
        in_phrases = {word for phrase in phrases for word in phrase.split()}
        seen: dict[str, None] = dict.fromkeys(phrases)
        for hit in self.hits:
            if hit.kind != "section":
                continue
            seen.update(dict.fromkeys(t for t in hit.terms if fold(t) not in in_phrases))
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


def content_terms(terms: list[Term]) -> list[Term]:
    """``terms`` without lone stop words, unless stop words are all there is."""
    kept = [term for term in terms if len(term.words) > 1 or term.words[0] not in STOP_WORDS]
    return kept or terms


def name_key(text: str) -> str:
    """A name as compared with a query: folded, without punctuation or spaces ("c5 + 1" = "C5+1")."""
    return _NOT_NAME.sub("", fold(text))


def entry_names(term: str, aliases: str) -> set[str]:
    """The keys an entry answers to: its term with and without a parenthesis, the parenthesis, aliases."""
    names = {term, re.sub(_PARENTHESIS, " ", term), *re.findall(_PARENTHESIS, term), *aliases.split(" ; ")}
    return {key for key in map(name_key, names) if key}


def glossary_names(connection: sqlite3.Connection) -> list[tuple[str, int]]:
    """Every glossary entry's name keys beside its rowid, sorted (the content build keeps them)."""
    rows = connection.execute("SELECT rowid, term, aliases_text FROM glossary ORDER BY ord")
    return sorted((key, rowid) for rowid, term, aliases in rows for key in entry_names(term, aliases or ""))


def _with_other_forms(term: Term, expression: str) -> str:
    """A one-word term also matches the word's irregular forms ("leave" finds "left")."""
    from desktop.core.search.irregular import other_forms

    forms = other_forms(term.words[0]) if len(term.words) == 1 else ()
    return "(" + " OR ".join([expression, *map(_quote, forms)]) + ")" if forms else expression


class Searcher:
    """Runs queries against the ``search`` FTS5 table of a content database."""

    def __init__(self, connection: sqlite3.Connection, section_titles: dict[str, str]) -> None:
        self.connection = connection
        self.section_titles = section_titles
        self._glossary_read: dict[int, tuple[str, str, str, str]] = {}
        # The tables a search may use, and how each was made (one look at the schema).
        self._schema: dict[str, str] = dict(
            connection.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'table'"
                " AND name IN ('search', 'glossary_search', 'glossary_names')"
            ).fetchall()
        )
        self.has_glossary = "glossary_search" in self._schema

    @cached_property
    def _row_count(self) -> int:
        return self.connection.execute("SELECT max(rowid) FROM paragraphs").fetchone()[0] or 0

    @property
    def _names_kept(self) -> bool:
        """Whether the content build kept the entries' name keys (the ``glossary_names`` table)."""
        return "glossary_names" in self._schema

    @cached_property
    def _worked_out_names(self) -> list[tuple[str, int]]:
        """The name keys of a database built without them, worked out here."""
        return glossary_names(self.connection)

    def _names(self, keys: Collection[str] = (), prefix: str = "") -> list[tuple[str, int]]:
        """``(name key, entry rowid)`` pairs sorted, of the keys ``keys``, or of those that start
        with ``prefix``. Looked up in the table each time: a search asks for a few keys, and
        reading all of them (hundreds) would cost a one-off search far more."""
        high = prefix + "\uffff"
        if not self._names_kept:
            wanted = set(keys)
            return [
                (key, rowid)
                for key, rowid in self._worked_out_names
                if (prefix <= key < high if prefix else key in wanted)
            ]
        if prefix:
            rows = self.connection.execute(
                "SELECT key, entry FROM glossary_names WHERE key >= ? AND key < ? ORDER BY key, entry",
                (prefix, high),
            )
        else:
            wanted = tuple(dict.fromkeys(keys))
            rows = self.connection.execute(
                "SELECT key, entry FROM glossary_names"
                f" WHERE key IN ({','.join('?' * len(wanted))}) ORDER BY key, entry",
                wanted,
            )
        return [(key, rowid) for key, rowid in rows]

    def _glossary_rows(self, rowids: list[int]) -> dict[int, tuple[str, str, str, str]]:
        """The id, term, kind and short text of these entries, kept once read (a search reads the
        few it shows, not the whole glossary)."""
        known = self._glossary_read
        missing = [rowid for rowid in rowids if rowid not in known]
        if missing:
            rows = self.connection.execute(
                "SELECT rowid, id, term, kind, short FROM glossary"
                f" WHERE rowid IN ({','.join(str(int(rowid)) for rowid in missing)})"
            )
            known.update((row[0], tuple(row[1:])) for row in rows)
        return known

    def _names_entry(self, text: str) -> bool:
        """Whether ``text`` is the name of a glossary entry (its term or an alias)."""
        return self.has_glossary and bool(self._names([name_key(text)]))

    def _expansions(self, stem: str) -> tuple[bool, list[str]]:
        """Whether the report has the word ``stem``, and its commonest longer completions."""
        rows = self.connection.execute(
            "SELECT word FROM vocab WHERE word >= ? AND word < ? ORDER BY word = ? DESC, count DESC LIMIT ?",
            (stem, stem + "\U0010ffff", stem, MAX_PREFIX_EXPANSIONS + 1),
        )
        words = [row[0] for row in rows]
        whole = bool(words) and words[0] == stem
        return whole, words[1:] if whole else words[:MAX_PREFIX_EXPANSIONS]

    def _term_expression(self, term: Term) -> str:
        """The FTS5 expression of a term; a prefix is completed through the vocabulary.

        FTS5 stems a prefix before matching it ("died*" becomes "di*", "diplomatic" and all),
        and a prefix longer than the index's prefix table makes it merge the lists of every
        word that starts with it, tens of milliseconds over a large library. So only short
        prefixes use ``*``; a longer one is the word itself, when the report has it, or'd with
        its commonest completions.
        """
        phrase = " ".join(term.words)
        if not term.prefix:
            return _with_other_forms(term, _quote(phrase))
        head, typed = term.words[:-1], term.words[-1]
        if len(typed) <= self._index_options[1]:
            return _quote(phrase) + "*"
        whole, completions = self._expansions(typed)
        if not whole and not completions:
            return _quote(phrase) + "*"
        options = [_quote(phrase)] if whole else []
        options += [_quote(" ".join((*head, word))) for word in completions]
        expression = "(" + " OR ".join(options) + ")" if len(options) > 1 else options[0]
        return _with_other_forms(term, expression) if whole else expression

    def _ranked(self, expression: str, limit: int, titles_first: bool = False) -> list[tuple[int, float]]:
        """``(rowid, rank)`` of the best matches, ranked by bm25 (section titles first if asked).

        Ranking is linear in the number of matches, so when a query matches more than
        RANK_BUDGET passages (a common word over a large library), only the first
        RANK_BUDGET of them are ranked: a bounded wait instead of a slow keystroke. The inner
        LIMIT stops the match there, so the query is matched once, not once to find the bound
        and again to rank. A title matched iff its bm25 with the body weighed 0 is non-zero.
        """
        rows = self.connection.execute(
            "SELECT rowid, score FROM (SELECT rowid, bm25(search, ?, 1.0) AS score,"
            f" {'bm25(search, 1.0, 0.0) < 0' if titles_first else '0'} AS titled"
            " FROM search WHERE search MATCH ? LIMIT ?) ORDER BY titled DESC, score LIMIT ?",
            (TITLE_WEIGHT, expression, RANK_BUDGET, limit),
        )
        return [(rowid, score) for rowid, score in rows]

    def _partial(self, expressions: list[str], names: list[bool], limit: int) -> list[tuple[int, float]]:
        """Passages with some of the terms: the rarer the terms a passage has, the sooner it comes.

        Each term counts its inverse document frequency (bm25's weight), so "soldiers" outweighs
        "soviet"; a term that names a glossary entry counts NAME_WEIGHT times as much, so of
        "peskov" and "say", equally rare in the report, the name wins. bm25 of all the terms
        together breaks ties.
        """
        weight, _total = self._term_weights(expressions, names)
        ranked = self._ranked(" OR ".join(expressions), -1)
        ranked.sort(key=lambda row: (-round(weight.get(row[0], 0.0), 6), row[1]))
        return ranked[:limit]

    def _term_weights(self, expressions: list[str], names: list[bool]) -> tuple[dict[int, float], float]:
        """Each passage's sum of the weights of the terms it has, and the sum over all the terms."""
        weight: dict[int, float] = {}
        total = self._row_count
        all_terms = 0.0
        for expression, named in zip(expressions, names, strict=True):
            rowids = [
                rowid
                for (rowid,) in self.connection.execute(
                    "SELECT rowid FROM search WHERE search MATCH ? LIMIT ?", (expression, RANK_BUDGET)
                )
            ]
            idf = math.log(1 + (total - len(rowids) + 0.5) / (len(rowids) + 0.5))
            idf *= NAME_WEIGHT if named else 1.0
            all_terms += idf
            for rowid in rowids:
                weight[rowid] = weight.get(rowid, 0.0) + idf
        return weight, all_terms

    def word_coverage(self, query: str) -> dict[int, float]:
        """For each passage with any of the query's words, the share of the query it has (0–1),
        each word weighed as in partial matches (rare words and names count more)."""
        terms = content_terms(parse_query(query))
        if not terms:
            return {}
        expressions = [self._term_expression(term) for term in terms]
        names = [self._names_entry("".join(term.words)) for term in terms]
        weight, total = self._term_weights(expressions, names)
        return {rowid: value / total for rowid, value in weight.items()} if total else {}

    def passage_hits(self, query: str, chosen: list[tuple[int, float]]) -> list[Hit]:
        """Hits for the passages ``chosen`` (rowid, rank as bm25 gives it: lower is better), each
        marked with the query's words it has (none for a passage found by meaning alone)."""
        terms = content_terms(parse_query(query))
        keep = frozenset(word for term in terms for word in term.words if word in STOP_WORDS)
        expression = " OR ".join(self._term_expression(term) for term in terms)
        return self._hits(expression, chosen, keep) if terms else []

    @cached_property
    def _index_options(self) -> tuple[str, int]:
        """The index's tokenizer and its longest indexed prefix, read from its own schema."""
        options: dict[str, str] = {}
        for name, value in re.findall(r"(tokenize|prefix)\s*=\s*'([^']*)'", self._schema.get("search") or ""):
            options.setdefault(name, value)  # the first of each, as written
        lengths = [int(n) for n in options.get("prefix", "").split() if n.isdigit()]
        return options.get("tokenize", "unicode61"), max(lengths, default=0)

    @cached_property
    def _marking(self) -> sqlite3.Connection:
        """A scratch FTS5 table, tokenized as the index is, that holds only the passages shown."""
        scratch = sqlite3.connect(":memory:", check_same_thread=False)
        tokenize = self._index_options[0].replace("'", "")
        scratch.execute(f"CREATE VIRTUAL TABLE shown USING fts5(title, body, tokenize='{tokenize}')")
        return scratch

    def _marked(self, expression: str, rows: dict[int, tuple[str, str, str, str]]) -> dict[int, str]:
        """Each passage's text with FTS5's own marks around what ``expression`` matched.

        ``highlight()`` on the index matches the query again over every passage (FTS5 does not
        narrow a MATCH by ``rowid IN``): cheap on a report, milliseconds over a library. There
        the passages shown are matched again in a scratch table of their own.
        """
        if self._row_count <= HIGHLIGHT_IN_PLACE_ROWS:
            marked = self.connection.execute(
                "SELECT rowid, highlight(search, 0, char(2), char(3))"
                " || highlight(search, 1, char(2), char(3)) FROM search"
                f" WHERE search MATCH ? AND rowid IN ({','.join(map(str, rows))})",
                (expression,),
            )
            return {rowid: text for rowid, text in marked}
        scratch = self._marking
        scratch.execute("DELETE FROM shown")
        scratch.executemany(
            "INSERT INTO shown(rowid, title, body) VALUES (?, ?, ?)",
            (
                (rowid, text if kind == "heading" else "", "" if kind == "heading" else text)
                for rowid, (_id, _section, kind, text) in rows.items()
            ),
        )
        marked = scratch.execute(
            "SELECT rowid, highlight(shown, 0, char(2), char(3)) || highlight(shown, 1, char(2), char(3))"
            " FROM shown WHERE shown MATCH ?",
            (expression,),
        )
        return dict(marked.fetchall())

    def _hits(self, expression: str, chosen: list[tuple[int, float]], keep: frozenset[str]) -> list[Hit]:
        if not chosen:
            return []
        rowids = ",".join(str(rowid) for rowid, _ in chosen)
        rows = {
            row[0]: row[1:]
            for row in self.connection.execute(
                f"SELECT rowid, id, section_id, kind, text FROM paragraphs WHERE rowid IN ({rowids})"
            )
        }
        marks = self._marked(expression, rows)
        hits = []
        for rowid, rank in chosen:
            if rowid not in rows:
                continue
            paragraph_id, section_id, kind, text = rows[rowid]
            marked = unmark_stop_words(marks.get(rowid, text), keep)
            snippet = marked if kind == "heading" else cut_snippet(marked)
            hits.append(
                Hit(
                    kind="section",
                    id=paragraph_id,
                    section_id=section_id,
                    section_title=self.section_titles.get(section_id, ""),
                    snippet=as_markdown(snippet),
                    snippet_html=as_html(snippet),
                    score=round(-rank, 4),
                    terms=tuple(marked_words(marked)),
                )
            )
        return hits

    def _passages(self, expression: str, limit: int) -> list[tuple[int, float]]:
        """Section titles that match come first, then the best passages."""
        return self._ranked(expression, limit, titles_first=True)

    def _entries_named_within(self, terms: list[Term]) -> list[int]:
        """Entries a part of the query names exactly: "when did Uzbekistan leave the CSTO" names
        Uzbekistan and the CSTO (runs of up to NAMED_RUN words, so "Central Asia" counts too)."""
        words = [word for term in terms for word in term.words]
        runs = [
            name_key("".join(words[start:end]))
            for start in range(len(words))
            for end in range(start + 1, min(len(words), start + NAMED_RUN) + 1)
        ]
        entries: dict[str, list[int]] = {}
        for key, rowid in self._names([key for key in runs if len(key) >= 2]):
            entries.setdefault(key, []).append(rowid)
        return list(dict.fromkeys(rowid for key in runs for rowid in entries.get(key, ())))

    def _glossary_hits(self, terms: list[Term], expression: str, limit: int) -> list[Hit]:
        """Entries named by the query, then entries whose name has its words, then mentions."""
        key = name_key("".join(word for term in terms for word in term.words))
        order: list[int] = []
        if len(key) >= 2:
            found = [(name != key, len(name), rowid) for name, rowid in self._names(prefix=key)]
            # The entry named exactly first, then "Taliban takeover" before a longer name.
            order = list(dict.fromkeys(rowid for *_, rowid in sorted(found)))
        order += [rowid for rowid in self._entries_named_within(terms) if rowid not in order]
        # One query for both: bm25 with heavy name weights puts the entries named first.
        matches = self.connection.execute(
            "SELECT rowid, instr(highlight(glossary_search, 0, char(2), char(3))"
            " || highlight(glossary_search, 1, char(2), char(3)), char(2)) > 0 AS named"
            " FROM glossary_search WHERE glossary_search MATCH ?"
            " ORDER BY bm25(glossary_search, 10.0, 6.0, 2.0, 1.0) LIMIT ?",
            (expression, GLOSSARY_NAME_LIMIT + GLOSSARY_LIMIT),
        ).fetchall()
        order += [rowid for rowid, named in matches if named and rowid not in order]
        order = order[: min(limit, GLOSSARY_NAME_LIMIT)]
        if len(order) < min(limit, GLOSSARY_LIMIT):
            order += [rowid for rowid, named in matches if not named and rowid not in order]
            order = order[: min(limit, GLOSSARY_LIMIT)]
        if not order:
            return []
        rows = self._glossary_rows(order)
        hits = []
        for place, rowid in enumerate(order):
            entry_id, term, kind, short = rows[rowid]
            hits.append(
                Hit(
                    kind="glossary",
                    id=entry_id,
                    section_id="",
                    section_title=f"Glossary · {kind.replace('-', ' ')}",
                    snippet=f"{term}: {short}",
                    snippet_html=f"<b>{escape(term)}</b>: {escape(short)}",
                    score=float(len(order) - place),
                )
            )
        return hits

    def search(
        self, query: str, limit: int = 20, glossary_limit: int = GLOSSARY_NAME_LIMIT, partial: bool = True
    ) -> SearchResults:
        """At most ``limit`` hits for ``query``, best first.

        Glossary entries come first (kind "glossary"; up to ``glossary_limit`` and never more
        than half of the places), then passages of the report (kind "section"); when no
        passage has every term, the passages with the rarest of them, flagged ``exact=False``.
        Without ``partial`` those are not looked for (meaning will rank the passages): the
        results only say, in ``some_words``, whether any passage has any of the terms.
        """
        terms = parse_query(query)
        if terms and terms[-1].prefix and len(terms[-1].words) == 1 and len(terms[-1].words[0]) < 2:
            # One letter being typed narrows nothing yet (and would match almost every word).
            terms.pop()
        results = SearchResults(query)
        if not terms:
            return results
        terms = content_terms(terms)
        # A stop word the reader asked for on its own ("what is") may be marked; no other.
        keep = frozenset(word for term in terms for word in term.words if word in STOP_WORDS)
        expressions = [self._term_expression(term) for term in terms]
        glossary_limit = min(glossary_limit, limit // 2)
        glossary = []
        if self.has_glossary and glossary_limit:
            glossary = self._glossary_hits(terms, " AND ".join(expressions), glossary_limit)
        expression = " AND ".join(expressions)
        passages = self._hits(expression, self._passages(expression, limit), keep)
        if not passages and len(expressions) > 1 and not partial:
            results.exact = False
            results.some_words = bool(
                self.connection.execute(
                    "SELECT 1 FROM search WHERE search MATCH ? LIMIT 1", (" OR ".join(expressions),)
                ).fetchone()
            )
        elif not passages and len(expressions) > 1:
            expression = " OR ".join(expressions)
            names = [self._names_entry("".join(term.words)) for term in terms]
            passages = self._hits(expression, self._partial(expressions, names, limit), keep)
            results.exact = False
        results.hits = (glossary + passages)[:limit]
        return results
