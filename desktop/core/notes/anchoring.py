"""Anchor notes to passages so they survive edits to the text.

A passage is kept as a W3C text-quote selector (the exact words, a little text before
and after) plus a position hint, all over whitespace-normalised text (so line and
paragraph breaks never matter). Re-anchoring tries, in order: the exact quote where
its context fits best and nearest the hint; the text between the old prefix and
suffix (the quote itself was edited); the most similar window of the quote's length
(fuzzy, as Hypothesis does). A passage not found anywhere is an orphan: the caller
keeps the note and shows its quote.
"""

from __future__ import annotations

import re
from typing import NamedTuple

CONTEXT = 32
FUZZY_MIN_RATIO = 0.75
_SPACE = re.compile(r"\s+")


class Selector(NamedTuple):
    exact: str
    prefix: str
    suffix: str
    position: int  # start in the normalised text


def normalise(text: str) -> tuple[str, list[int]]:
    """Whitespace runs folded to one space; ``index[i]`` is where character ``i`` came from."""
    out: list[str] = []
    index: list[int] = []
    previous_space = True  # drop leading space
    for offset, char in enumerate(text):
        if char.isspace():
            if previous_space:
                continue
            out.append(" ")
            previous_space = True
        else:
            out.append(char)
            previous_space = False
        index.append(offset)
    if out and out[-1] == " ":
        out.pop()
        index.pop()
    return "".join(out), index


def flat(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def make_selector(text: str, start: int, end: int) -> Selector:
    """The selector of ``text[start:end]`` (offsets in the original, un-normalised text)."""
    normal, index = normalise(text)
    n_start = next((i for i, source in enumerate(index) if source >= start), len(normal))
    n_end = next((i for i, source in enumerate(index) if source >= end), len(normal))
    exact = normal[n_start:n_end].strip()
    n_start = normal.find(exact, n_start) if exact else n_start
    return Selector(
        exact=exact,
        prefix=normal[max(0, n_start - CONTEXT) : n_start],
        suffix=normal[n_start + len(exact) : n_start + len(exact) + CONTEXT],
        position=n_start,
    )


def selector_for_quote(text: str, quote: str) -> Selector | None:
    """The selector of the first place ``quote`` stands in ``text`` (whitespace-insensitive)."""
    normal, _ = normalise(text)
    wanted = flat(quote)
    start = normal.find(wanted) if wanted else -1
    if start < 0:
        return None
    return Selector(
        wanted,
        normal[max(0, start - CONTEXT) : start],
        normal[start + len(wanted) : start + len(wanted) + CONTEXT],
        start,
    )


def _occurrences(text: str, word: str) -> list[int]:
    """Every start of ``word`` in ``text`` (str.find: no regex to compile per note)."""
    found, start = [], text.find(word)
    while start >= 0:
        found.append(start)
        start = text.find(word, start + 1)
    return found


def _context_score(normal: str, start: int, end: int, selector: Selector) -> float:
    import difflib  # only when a quote stands in several places

    before = normal[max(0, start - len(selector.prefix)) : start]
    after = normal[end : end + len(selector.suffix)]
    score = 0.0
    if selector.prefix:
        score += difflib.SequenceMatcher(None, before, selector.prefix).ratio()
    if selector.suffix:
        score += difflib.SequenceMatcher(None, after, selector.suffix).ratio()
    return score


def locate(text: str, selector: Selector) -> tuple[int, int] | None:
    """Where the passage stands now, as (start, end) in the original ``text``; None if orphaned."""
    return Locator(text).locate(selector)


class Locator:
    """Locates many passages in one text, normalising the text once."""

    def __init__(self, text: str) -> None:
        self.normal, self.index = normalise(text)

    def locate(self, selector: Selector) -> tuple[int, int] | None:
        span = _locate_normalised(self.normal, selector)
        if span is None or span[1] <= span[0]:
            return None
        return self.index[span[0]], self.index[span[1] - 1] + 1


def _locate_normalised(normal: str, selector: Selector) -> tuple[int, int] | None:
    exact = selector.exact
    if not exact:
        return None
    # 1. The exact words: the occurrence whose context fits best, then the nearest to the hint.
    found = _occurrences(normal, exact)
    if len(found) == 1:
        return found[0], found[0] + len(exact)
    if found:
        best = max(
            found,
            key=lambda s: (
                round(_context_score(normal, s, s + len(exact), selector), 3),
                -abs(s - selector.position),
            ),
        )
        return best, best + len(exact)
    # 2. The words were edited but their surroundings stand: take what lies between.
    if len(selector.prefix) >= 8 and len(selector.suffix) >= 8:
        for p in [start + len(selector.prefix) for start in _occurrences(normal, selector.prefix)]:
            s = normal.find(selector.suffix, p)
            if s >= 0 and abs((s - p) - len(exact)) <= max(12, len(exact) // 2):
                return p, s
    # 3. Fuzzy: the window most like the quote, if it is like enough.
    return _fuzzy(normal, selector)


def _fuzzy(normal: str, selector: Selector) -> tuple[int, int] | None:
    import difflib  # only for passages that moved

    exact = selector.exact
    size = len(exact)
    if size < 8 or not normal:
        return None
    matcher = difflib.SequenceMatcher(None, normal, exact, autojunk=False)
    best: tuple[float, int, int] | None = None
    # Candidate windows start around each block the two texts share.
    starts = set()
    for block in matcher.get_matching_blocks():
        if block.size >= 4:
            starts.add(max(0, block.a - block.b))
    for start in sorted(starts):
        for length in (size, int(size * 0.9), int(size * 1.1)):
            window = normal[start : start + length]
            ratio = difflib.SequenceMatcher(None, window, exact, autojunk=False).ratio()
            distance = abs(start - selector.position)
            if best is None or (ratio, -distance) > (best[0], -abs(best[1] - selector.position)):
                best = (ratio, start, start + length)
    if best is None or best[0] < FUZZY_MIN_RATIO:
        return None
    return best[1], min(best[2], len(normal))
