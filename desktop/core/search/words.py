"""Words as the search index sees them, shared by the build and the query side."""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+")


def fold(text: str) -> str:
    """Lower case without diacritics, as FTS5's ``remove_diacritics 2`` folds."""
    lowered = text.lower()
    if lowered.isascii():  # nothing to decompose: most queries never load unicodedata's tables
        return lowered
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def search_words(text: str) -> list[str]:
    """The unstemmed words of ``text`` in order."""
    return _WORD.findall(fold(text))
