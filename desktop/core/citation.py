"""Citations of the bundled report, built from its one metadata record."""

from __future__ import annotations

from collections.abc import Mapping

STYLES = ("chicago", "apa")


def cite(meta: Mapping[str, object], style: str = "chicago", section_title: str | None = None) -> str:
    """A plain-text reference to the report (and a section of it) in ``style``."""
    author_sort = str(meta.get("author_sort") or meta.get("author", ""))
    title = str(meta.get("title", ""))
    series = f"{meta.get('series', '')} No. {meta.get('number', '')}".strip()
    publisher = str(meta.get("publisher", "")).split(",")[0].strip()
    if style == "apa":
        surname, _, given = author_sort.partition(", ")
        initials = " ".join(f"{part[0]}." for part in given.split() if part)
        where = f", section “{section_title}”" if section_title else ""
        return f"{surname}, {initials} ({meta.get('year', '')}). {title} ({series}){where}. {publisher}."
    if style != "chicago":
        raise ValueError(f"unknown citation style {style!r}; choose one of {', '.join(STYLES)}")
    where = f" “{section_title}.”" if section_title else ""
    return (
        f"{author_sort}.{where} {title}. {series}. "
        f"{meta.get('place', '')}: {publisher}, {meta.get('date', '')}."
    )
