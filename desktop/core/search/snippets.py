"""Stop words, and snippets cut from text that FTS5's ``highlight()`` has marked.

Marks are ``\\x02`` before and ``\\x03`` after each matched token, as FTS5 wrote them, so a
snippet bolds exactly what the index matched (its Porter stemmer, not a guess at it).
Snippets are cut at spaces, never inside a word ("world's", not "s").
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.core.search.words import fold

# English function words: a question's "what", "did", "how many" say nothing about which
# passage answers it. Content words that are also common ("russia") stay: bm25 weighs those.
STOP_WORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had
    has have having he her here hers herself him himself his how i if in into is it its itself just
    many me more most much my myself no nor not of off on once only or other our ours ourselves out
    over own same she should so some such than that the their theirs them themselves then there
    these they this those through to too under until up very was we were what when where which while
    who whom why will with would you your yours yourself yourselves""".split()  # noqa: SIM905 - a word list reads better as text
)

MARK_OPEN, MARK_CLOSE = "\x02", "\x03"
_MARKED = re.compile("\x02(.*?)\x03", re.S)
_TOKEN = re.compile(r"\w+")


@lru_cache(maxsize=1 << 14)
def is_stop_word(word: str) -> bool:
    return fold(word) in STOP_WORDS


def unmark_stop_words(marked: str, keep: frozenset[str] = frozenset()) -> str:
    """Drop the marks around lone stop words (a prefix such as ``th*`` also matches "the")."""

    def unmark(match: re.Match[str]) -> str:
        word = match.group(1)
        return match.group(0) if not is_stop_word(word) or fold(word) in keep else word

    return _MARKED.sub(unmark, marked)


def marked_words(marked: str) -> list[str]:
    """The distinct words inside marks, lower case, in order of first appearance."""
    words = (word.lower() for span in _MARKED.findall(marked) for word in _TOKEN.findall(span))
    return list(dict.fromkeys(words))


def _balanced(text: str) -> str:
    """Close a mark left open by the cut, or open one the cut began inside."""
    first_open, first_close = text.find(MARK_OPEN), text.find(MARK_CLOSE)
    if first_close != -1 and (first_open == -1 or first_close < first_open):
        text = MARK_OPEN + text
    if text.rfind(MARK_OPEN) > text.rfind(MARK_CLOSE):
        text += MARK_CLOSE
    return text


def cut_snippet(marked: str, width: int = 24, lead: int = 5) -> str:
    """About ``width`` words of ``marked`` around the run holding the most matched words, cut at spaces.

    The window starts ``lead`` words before a mark; of all such windows, the one with the most
    different marked words wins ("Uzbekistan … CSTO … left", all the question asked, beats
    "Uzbekistan" named three times), then the one with the most marks, then the first.
    "…" shows where the text was cut.
    """
    words = marked.split(" ")  # not str.split(): the text's other spaces (no-break) stay as they are
    if len(words) <= width:
        return marked
    marked_at = [i for i, word in enumerate(words) if MARK_OPEN in word or MARK_CLOSE in word]
    keys = [_mark_key(words[i]) for i in marked_at]
    best, best_score = 0, (-1, -1)
    for index in marked_at:
        low = max(0, min(index - lead, len(words) - width))
        first, last = _count_below(marked_at, low), _count_below(marked_at, low + width)
        score = (len(set(keys[first:last])), last - first)
        if score > best_score:
            best, best_score = low, score
    high = min(len(words), best + width)
    start, end = best > 0, high < len(words)
    body = _balanced(" ".join(words[best:high]))
    return ("…" if start else "") + body + ("…" if end else "")


def _count_below(ascending: list[int], bound: int) -> int:
    """How many of ``ascending`` are below ``bound``: ``bisect_left``, for the few marks of one
    passage, without loading the bisect module into every ``dossier search``."""
    count = 0
    while count < len(ascending) and ascending[count] < bound:
        count += 1
    return count


def _mark_key(word: str) -> str:
    """A marked word as counted once: its marked letters, folded ("CSTO," and "(CSTO)" are one)."""
    inside = _MARKED.findall(word) or [word]
    return fold("".join(_TOKEN.findall(" ".join(inside))))


def as_markdown(marked: str) -> str:
    return _MARKED.sub(r"**\1**", marked).replace(MARK_OPEN, "").replace(MARK_CLOSE, "")


def as_html(marked: str) -> str:
    # str.replace, not escape()'s translate table: several times faster on a snippet's length.
    text = marked.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace(MARK_OPEN, "<b>").replace(MARK_CLOSE, "</b>")
