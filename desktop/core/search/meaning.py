"""Search by meaning: passages that say what the reader asks, in other words than theirs.

The model is WordLlama's ``l2_supercat`` at 256 dimensions (a static table of token vectors,
16 MB, MIT), read from the files the ``wordllama`` wheel installs: nothing is downloaded, no
hub is asked, nothing is cached outside the install. It loads on the first query that needs
it, never at start-up (the README's Search by meaning section says why this model).

Passage vectors (each paragraph, each of its sentences, each word of the report) are
computed once per compiled report and kept beside the content database in a sidecar named
after it, so a changed text (a new database) gets new vectors and a stale sidecar is removed
with its database. A query is embedded when asked; the ranking is brute force over the
report's paragraphs, a few hundred dot products.

A paragraph's meaning score blends three views, each made comparable by z-scores over the
report: the query against the paragraph (0.3) and against its best sentence (0.7), then that
(0.6) with how closely each of the query's words has a near word in the paragraph (0.4,
weighed by how rare the query word is in the report). No cosine threshold tells a question
from nonsense with this model (both reach 0.1–0.5), so which queries go by meaning is decided
by their words (desktop/core/search/finder.py). The weights were chosen on
``tests/data/paraphrases.toml``; the README gives the figures.
"""

from __future__ import annotations

import contextlib
import functools
import io
import math
import os
import re
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from desktop.core.search.snippets import STOP_WORDS
from desktop.core.search.words import search_words

if TYPE_CHECKING:
    import sqlite3

    import numpy as np

MODEL = "wordllama-l2_supercat-256"
SIDECAR_SUFFIX = f".{MODEL}.npz"
NEAR_CACHE_WORDS = 2048  # words whose nearness is kept (a few MB at most)
RELATED_WORDS = 12  # a paragraph's rarest words stand for it when finding its relatives
MIN_WORDS = 8  # shorter paragraphs (a title page's lines, a copyright) answer no question
PARAGRAPH_WEIGHT = 0.3  # against the best sentence's 0.7: one sentence usually holds the answer
WORD_WEIGHT = 0.4  # word-by-word nearness, against the whole query's 0.6
_SENTENCE = re.compile(r"(?<=[.!?…])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")


def _numpy():
    """numpy, loaded with one thread for BLAS and the tokenizer.

    Every product here is a few hundred rows by 256: more threads only add hand-offs, which on
    a busy two-core laptop made a 0.5 ms product take 20 ms and a query's tokenizing 4 ms. The
    settings count only before numpy and the tokenizer load (never yet, in the app); a
    caller's own settings are kept.
    """
    for variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(variable, "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    import numpy

    return numpy


@functools.cache
def available() -> bool:
    """Whether the model's package is installed (the core works without it, by words only)."""
    import importlib.util

    return importlib.util.find_spec("wordllama") is not None


def content_words(text: str) -> list[str]:
    """The words of ``text`` that carry meaning: folded, no English function words, no one-letter words."""
    return [word for word in search_words(text) if word not in STOP_WORDS and len(word) > 1]


# The files the wordllama wheel installs in its own folder (wordllama.WordLlama.load's
# "project root"), read directly: tests/core/test_meaning.py checks the vectors are the ones
# WordLlama.load(...).embed gives.
WEIGHTS = "weights/l2_supercat_256.safetensors"
TOKENIZER = "tokenizers/l2_supercat_tokenizer_config.json"
TENSOR = "embedding.weight"


def model_folder() -> Path:
    """Where the installed wordllama package keeps its files (found without importing it)."""
    import importlib.util

    spec = importlib.util.find_spec("wordllama")
    if spec is None or spec.origin is None:
        raise FileNotFoundError("the wordllama package is not installed")
    return Path(spec.origin).parent


class Model:
    """The embedding model, loaded once, on first use, from the installed package's files only.

    The table of token vectors and the tokenizer are read straight from the files the wheel
    ships, not through ``WordLlama.load``: that keeps the table in float16 as shipped (16 MB
    rather than 33 MB as float32) and imports neither ``requests`` nor pydantic, so the load is
    about twice as quick, memory grows by 55 MB instead of 95 MB, and no code that can reach a
    network is even loaded. A text's vector is the mean of its tokens' vectors, as WordLlama's.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._table = None
        self._tokenizer = None
        self.load_seconds: float | None = None

    @property
    def loaded(self) -> bool:
        return self._table is not None

    def load(self) -> None:
        """Load now (a window may do this in idle time); safe from any thread, loads once."""
        with self._lock:
            if self._table is not None:
                return
            started = time.perf_counter()
            _numpy()
            from safetensors.numpy import load_file
            from tokenizers import Tokenizer

            folder = model_folder()
            self._tokenizer = Tokenizer.from_file(str(folder / TOKENIZER))
            self._table = load_file(str(folder / WEIGHTS))[TENSOR]
            self.load_seconds = time.perf_counter() - started

    def embed(self, texts: list[str]) -> np.ndarray:
        """Unit vectors of ``texts`` (float32, one row each; a text with no token gives a zero row)."""
        np = _numpy()

        self.load()
        vectors = np.zeros((len(texts), self._table.shape[1]), dtype=np.float32)
        for row, encoded in enumerate(self._tokenizer.encode_batch(texts, add_special_tokens=False)):
            if encoded.ids:
                vectors[row] = self._table[encoded.ids].mean(axis=0, dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.where(norms == 0, 1.0, norms)


_model = Model()


def model() -> Model:
    """The one model of the process (loading it twice would cost memory for nothing)."""
    return _model


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Where each sentence of ``text`` starts and ends (offsets into ``text``)."""
    spans = []
    start = 0
    for match in _SENTENCE.finditer(text):
        spans.append((start, match.start() + len(match.group(0).rstrip())))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


class Passage(NamedTuple):
    rowid: int
    id: str
    section_id: str
    kind: str
    text: str


class Meaning(NamedTuple):
    """How close one passage is to a query, and which sentence said it best."""

    rowid: int
    score: float  # the blend of z-scores the ranking uses
    closeness: float  # the best sentence's cosine with the query
    sentence: str  # "" where not asked for (``MeaningIndex.scores``): see ``sentence_index``
    sentence_index: int = -1


class Vectors:
    """The report's passage, sentence and word vectors, built once per compiled report."""

    def __init__(self, passages: list[Passage], arrays: dict[str, np.ndarray]) -> None:
        np = _numpy()

        self.passages = passages
        self.paragraphs = arrays["paragraphs"]
        self.sentences = arrays["sentences"]
        self.sentence_owner = arrays["sentence_owner"]
        self.sentence_spans = arrays["sentence_spans"]
        self.words_by_column = np.ascontiguousarray(arrays["words"].T)  # a query's product reads it so
        self.word_list = [str(w) for w in arrays["word_list"]]
        self.word_index = {word: i for i, word in enumerate(self.word_list)}
        self.word_indptr = arrays["word_indptr"]
        self.word_indices = arrays["word_indices"]
        self.word_df = arrays["word_df"]
        self.candidate = np.array(
            [p.kind != "heading" and len(p.text.split()) >= MIN_WORDS for p in passages], dtype=bool
        )
        self.row_of = {p.rowid: i for i, p in enumerate(passages)}
        self._near_cache: dict[str, np.ndarray] = {}
        self.row_of_id = {p.id: i for i, p in enumerate(passages)}

    @staticmethod
    def compute(passages: list[Passage], embed) -> dict[str, np.ndarray]:
        """Every array a query needs, from the passages' texts and an embedding function."""
        np = _numpy()

        spans, owner, sentence_texts = [], [], []
        vocabulary: dict[str, int] = {}
        indptr, indices = [0], []
        for row, passage in enumerate(passages):
            for start, end in sentence_spans(passage.text):
                spans.append((start, end))
                owner.append(row)
                sentence_texts.append(passage.text[start:end])
            own = sorted({vocabulary.setdefault(w, len(vocabulary)) for w in content_words(passage.text)})
            indices.extend(own)
            indptr.append(len(indices))
        word_list = list(vocabulary)
        df = np.bincount(np.array(indices, dtype=np.int64), minlength=len(word_list))
        return {
            "paragraphs": embed([p.text for p in passages]),
            "sentences": embed(sentence_texts),
            "sentence_owner": np.array(owner, dtype=np.int32),
            "sentence_spans": np.array(spans, dtype=np.int32).reshape(-1, 2),
            "words": embed(word_list),
            "word_list": np.array(word_list, dtype=str),
            "word_indptr": np.array(indptr, dtype=np.int64),
            "word_indices": np.array(indices, dtype=np.int64),
            "word_df": df.astype(np.int32),
        }

    def _z(self, values: np.ndarray) -> np.ndarray:
        chosen = values[self.candidate]
        spread = float(chosen.std()) if chosen.size else 0.0
        return (values - (float(chosen.mean()) if chosen.size else 0.0)) / (spread or 1.0)

    def _nearest_in_each(self, word: str, embed) -> np.ndarray:
        """For each passage, the cosine of its word nearest to ``word`` (-1 for a passage with no
        words). Kept per word: as the reader types, every keystroke repeats the finished words."""
        np = _numpy()

        found = self._near_cache.get(word)
        if found is None:
            near = embed([word])[0] @ self.words_by_column  # one query word, every report word
            found = np.full(len(self.passages), -1.0, dtype=np.float32)
            starts = self.word_indptr[:-1]
            has_words = self.word_indptr[1:] > starts
            if has_words.any():
                found[has_words] = np.maximum.reduceat(near[self.word_indices], starts[has_words])
            if len(self._near_cache) >= NEAR_CACHE_WORDS:
                self._near_cache.clear()
            self._near_cache[word] = found
        return found

    def _word_nearness(self, words: list[str], embed) -> np.ndarray:
        """For each passage, how near its words come to each query word, rarer query words first."""
        np = _numpy()

        if not words or not len(self.word_indices):
            return np.zeros(len(self.passages), dtype=np.float32)
        total = len(self.passages) + 1
        weights = [
            math.log(total / (int(self.word_df[self.word_index[w]]) + 0.5))
            if w in self.word_index
            # A word the report never uses is the rarest of all.
            else math.log(total / 0.5)
            for w in words
        ]
        summed = sum(
            weight * self._nearest_in_each(w, embed) for weight, w in zip(weights, words, strict=True)
        )
        return summed / sum(weights)

    def scores(self, query_vector: np.ndarray, words: list[str], embed):
        """(blend, best sentence cosine, best sentence index) for every passage."""
        np = _numpy()

        count = len(self.passages)
        by_sentence = self.sentences @ query_vector
        best = np.full(count, -1.0, dtype=np.float32)
        np.maximum.at(best, self.sentence_owner, by_sentence)
        # The index of each passage's best sentence: the last sentence whose cosine is its best.
        best_sentence = np.full(count, -1, dtype=np.int64)
        order = np.arange(len(by_sentence))
        is_best = by_sentence >= best[self.sentence_owner]
        best_sentence[self.sentence_owner[is_best]] = order[is_best]
        whole = PARAGRAPH_WEIGHT * (self.paragraphs @ query_vector) + (1 - PARAGRAPH_WEIGHT) * best
        blend = (1 - WORD_WEIGHT) * self._z(whole) + WORD_WEIGHT * self._z(self._word_nearness(words, embed))
        return blend, best, best_sentence

    def sentence(self, index: int) -> str:
        if index < 0:
            return ""
        start, end = (int(x) for x in self.sentence_spans[index])
        return self.passages[int(self.sentence_owner[index])].text[start:end]


class MeaningIndex:
    """Search by meaning over one compiled report (its store's connection and database path)."""

    def __init__(
        self, connection: sqlite3.Connection, database: Path | None, use: Model | None = None
    ) -> None:
        self.connection = connection
        self.database = database
        self.model = use or model()
        self._vectors: Vectors | None = None
        self._lock = threading.Lock()

    def _passages(self) -> list[Passage]:
        rows = self.connection.execute(
            "SELECT rowid, id, section_id, kind, text FROM paragraphs ORDER BY rowid"
        )
        return [Passage(*row) for row in rows]

    @property
    def sidecar(self) -> Path | None:
        return self.database.with_name(self.database.name + SIDECAR_SUFFIX) if self.database else None

    @property
    def vectors(self) -> Vectors:
        """The report's vectors: read from the sidecar, or computed (and the sidecar written)."""
        with self._lock:
            if self._vectors is None:
                passages = self._passages()
                arrays = self._read_sidecar(len(passages))
                if arrays is None:
                    arrays = Vectors.compute(passages, self.model.embed)
                    self._write_sidecar(arrays)
                self._vectors = Vectors(passages, arrays)
            return self._vectors

    def warm_up(self) -> None:
        """Load the model and the vectors in a background thread, so that the first query
        that needs them does not wait (a window calls this when its search is first shown)."""
        if self._vectors is None and available():
            threading.Thread(target=lambda: self.vectors, name="meaning-warm-up", daemon=True).start()

    def _read_sidecar(self, passage_count: int) -> dict[str, np.ndarray] | None:
        np = _numpy()

        path = self.sidecar
        if path is None or not path.is_file():
            return None
        try:
            with np.load(path, allow_pickle=False) as stored:
                arrays = {key: stored[key] for key in stored.files}
        except (OSError, ValueError, KeyError, EOFError):
            return None  # damaged or from another version: computed again
        if len(arrays.get("paragraphs", ())) != passage_count or "word_df" not in arrays:
            return None
        return arrays

    def _write_sidecar(self, arrays: dict[str, np.ndarray]) -> None:
        """Beside the database, atomically; a read-only cache keeps the vectors in memory only."""
        np = _numpy()

        path = self.sidecar
        if path is None:
            return
        temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            buffer = io.BytesIO()
            np.savez(buffer, **arrays)
            temporary.write_bytes(buffer.getvalue())
            os.replace(temporary, path)
        except OSError:
            with contextlib.suppress(OSError):
                temporary.unlink()

    def search(self, query: str, limit: int = 20) -> list[Meaning]:
        """The passages closest in meaning to ``query``, best first, at most ``limit``."""
        vectors = self.vectors
        words = content_words(query)
        if not words:
            return []
        query_vector = self.model.embed([query])[0]
        blend, closeness, best_sentence = vectors.scores(query_vector, words, self.model.embed)
        return self._ranked(vectors, blend, closeness, best_sentence, limit)

    def scores(self, query: str) -> dict[int, Meaning]:
        """Every candidate passage's meaning for ``query``, by rowid (for blending with words)."""
        vectors = self.vectors
        words = content_words(query)
        if not words:
            return {}
        query_vector = self.model.embed([query])[0]
        blend, closeness, best_sentence = vectors.scores(query_vector, words, self.model.embed)
        return {
            hit.rowid: hit
            for hit in self._ranked(
                vectors, blend, closeness, best_sentence, len(vectors.passages), with_sentences=False
            )
        }

    @staticmethod
    def _ranked(
        vectors: Vectors, blend, closeness, best_sentence, limit: int, with_sentences: bool = True
    ) -> list[Meaning]:
        np = _numpy()

        order = [int(i) for i in np.argsort(-blend, kind="stable") if vectors.candidate[i]][:limit]
        return [
            Meaning(
                vectors.passages[i].rowid,
                round(float(blend[i]), 4),
                round(float(closeness[i]), 4),
                vectors.sentence(int(best_sentence[i])) if with_sentences else "",
                int(best_sentence[i]),
            )
            for i in order
        ]

    def related(self, paragraph_id: str, limit: int = 8) -> list[Meaning]:
        """The passages elsewhere in the report closest to ``paragraph_id`` (not itself or its
        neighbours, which the reader has in view). Raises KeyError for an unknown paragraph.

        The paragraph is the query: its own vector, and its rarest words for word nearness
        (its common words would make every passage look related)."""
        vectors = self.vectors
        row = vectors.row_of_id[paragraph_id]
        passage = vectors.passages[row]
        words = sorted(
            set(content_words(passage.text)),
            key=lambda w: (int(vectors.word_df[vectors.word_index[w]]) if w in vectors.word_index else 0, w),
        )[:RELATED_WORDS]
        if not words:
            return []
        blend, closeness, best_sentence = vectors.scores(vectors.paragraphs[row], words, self.model.embed)
        skip = {row}
        for neighbour in (row - 1, row + 1):
            if (
                0 <= neighbour < len(vectors.passages)
                and vectors.passages[neighbour].section_id == passage.section_id
            ):
                skip.add(neighbour)
        blend = blend.copy()
        blend[list(skip)] = -math.inf
        return [
            hit
            for hit in self._ranked(vectors, blend, closeness, best_sentence, limit + len(skip))
            if vectors.row_of[hit.rowid] not in skip
        ][:limit]


def related_hits(store, paragraph_id: str, limit: int = 8) -> list:
    """``related`` as search hits (kind "section", match "meaning"), for the window and the CLI."""
    from desktop.core.escape import escape
    from desktop.core.search.query import Hit

    titles = store.section_titles
    hits = []
    for found in store.meaning.related(paragraph_id, limit):
        paragraph = store.connection.execute(
            "SELECT id, section_id FROM paragraphs WHERE rowid = ?", (found.rowid,)
        ).fetchone()
        hits.append(
            Hit(
                kind="section",
                id=paragraph[0],
                section_id=paragraph[1],
                section_title=titles.get(paragraph[1], ""),
                snippet=found.sentence,
                snippet_html=escape(found.sentence),
                score=found.score,
                match="meaning",
                meaning_score=found.score,
            )
        )
    return hits
