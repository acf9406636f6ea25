"""What a selection of words in the text names: the entity behind "Show facts" and "Look up"."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.core.store import ReportStore

MAX_NAME_CHARS = 80  # a longer selection is a passage, not a name
_TRIM = " .,;:()\"'’"


def entity_named(store: ReportStore, words: str) -> str:
    """The entity ``words`` name exactly (a glossary term, alias or id, or an ISO3 code), or ""."""
    from desktop.core.glossary.entries import is_exact

    text = " ".join(words.split()).strip(_TRIM)
    if not text or len(text) > MAX_NAME_CHARS:
        return ""
    found = store.find_glossary(text, 1)
    if found and is_exact(found[0][1]):
        return found[0][0].id
    country = store.atlas.country_by_code.get(text.upper())
    return country.entity_id if country is not None else ""
