"""Notes made elsewhere: a single W3C Annotation, and Hypothesis JSON exports.

Readers annotate the report's web page with Hypothesis or Zotero; what those tools export
names no section of ours, only the words (a ``TextQuoteSelector``: exact, prefix, suffix).
Each annotation is anchored into our text by those words: the section where they stand,
the best-fitting place when they stand in several, else the most similar passage (the
anchoring the reader uses for notes whose passage was edited). One that anchors nowhere is
kept, as an orphan in the first section with its quote and the tag ``unanchored``, and
counted in the summary; one that names another web page and does not anchor is left out,
and counted too. Ids from elsewhere become stable UUIDs, so importing the same export
again updates the notes instead of adding them twice.

Dossier's own exports are read by ``web_annotation.parse_annotations``; ``is_foreign`` tells
the two apart.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, NamedTuple

from desktop.core.messages import QT_TRANSLATE_NOOP, Message, joined
from desktop.core.notes.anchoring import Locator, Selector, flat, make_selector, normalise
from desktop.core.notes.model import MergeResult, Note, clean_tags, now
from desktop.core.notes.web_annotation import (
    MAX_BODY_CHARS,
    MAX_IMPORT_NOTES,
    NotesImportError,
    flat_selectors,
    report_source,
)

if TYPE_CHECKING:
    from desktop.core.notes.store import NotesStore
    from desktop.core.store import ReportStore

UNANCHORED_TAG = "unanchored"
_DOSSIER_ID = re.compile(r"(urn:uuid:)?[0-9a-fA-F-]{8,64}")
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$")


class ForeignImport(NamedTuple):
    """What an import of notes from elsewhere did: the merge, and how the passages anchored."""

    merge: MergeResult
    anchored: int
    orphans: int  # kept, in the first section, tagged ``unanchored``
    other_documents: int  # about another web page and not found here: left out

    def summary(self) -> Message:
        parts = [
            self.merge.summary(),
            Message(QT_TRANSLATE_NOOP("NotesImport", "{count} anchored in the text"), count=self.anchored),
        ]
        if self.orphans:
            orphans = QT_TRANSLATE_NOOP(
                "NotesImport", "{count} not found in the text, kept as orphans tagged “{tag}”"
            )
            parts.append(Message(orphans, count=self.orphans, tag=UNANCHORED_TAG))
        if self.other_documents:
            others = QT_TRANSLATE_NOOP("NotesImport", "{count} about another document left out")
            parts.append(Message(others, count=self.other_documents))
        return joined("; ", *parts)


def _items(data: object) -> list[object] | None:
    """The annotations of a file from elsewhere, whichever shape it has, or None."""
    if isinstance(data, dict) and data.get("type") == "Annotation":
        return [data]  # one W3C Annotation, not in a collection
    if isinstance(data, dict) and isinstance(data.get("rows"), list):
        return data["rows"]  # Hypothesis' search API, saved as it answers
    if isinstance(data, dict) and data.get("type") == "AnnotationCollection":
        page = data.get("first")
        items = page.get("items") if isinstance(page, dict) else None
        return items if isinstance(items, list) else None
    return data if isinstance(data, list) else None


def _selectors(item: Mapping[str, object]) -> list[dict[str, object]]:
    """Every selector of every target, flattened (refinements and lists alike)."""
    found = []
    for target in _targets(item):
        selectors = flat_selectors(target)
        found += [sel for sel in selectors if isinstance(sel, dict)] if isinstance(selectors, list) else []
    return found


def _names_words_only(item: object) -> bool:
    """An annotation that finds its passage by the words alone: no section of ours named."""
    if not isinstance(item, dict):
        return False
    kinds = {selector.get("type") for selector in _selectors(item)}
    return "FragmentSelector" not in kinds and ("TextQuoteSelector" in kinds or "uri" in item)


def is_foreign(data: object) -> bool:
    """True for a file Dossier did not write: one W3C Annotation, a Hypothesis export, or
    annotations that name their passage by its words only. Anything else is left to the strict
    reader of Dossier's own exports, and to its messages."""
    if isinstance(data, dict) and data.get("type") == "Annotation":
        return True
    items = _items(data)
    return bool(items) and any(_names_words_only(item) for item in items)


class _Passage(NamedTuple):
    section_id: str
    selector: Selector


class _Anchorer:
    """Finds a quote's section and place, normalising each section's text once."""

    def __init__(self, sections: Sequence[tuple[str, str]]) -> None:
        self.sections = [(section_id, text, normalise(text)[0]) for section_id, text in sections]
        self._locators: dict[str, Locator] = {}

    def anchor(self, exact: str, prefix: str, suffix: str, fuzzy: bool = True) -> _Passage | None:
        wanted = flat(exact)
        if not wanted:
            return None
        prefix, suffix = flat(prefix), flat(suffix)
        # The exact words, in the section whose text around them fits the context best.
        best: tuple[int, str, int] | None = None
        for order, (section_id, _text, normal) in enumerate(self.sections):
            start = normal.find(wanted)
            while start >= 0:
                fit = _fit(normal, start, start + len(wanted), prefix, suffix)
                if best is None or (fit, -order) > (best[0], -self._order(best[1])):
                    best = (fit, section_id, start)
                start = normal.find(wanted, start + 1)
        if best is not None:
            return self._passage(best[1], best[2], len(wanted))
        if not fuzzy:
            return None
        # Else the passage most like the quote (its words edited, or typed differently).
        for section_id, text, _normal in self.sections:
            locator = self._locators.setdefault(section_id, Locator(text))
            found = locator.locate(Selector(wanted, prefix, suffix, -1))
            if found is not None:
                return _Passage(section_id, make_selector(text, *found))
        return None

    def _order(self, section_id: str) -> int:
        return next(i for i, (sid, _, _) in enumerate(self.sections) if sid == section_id)

    def _passage(self, section_id: str, start: int, length: int) -> _Passage:
        text = next(text for sid, text, _ in self.sections if sid == section_id)
        _, index = normalise(text)
        return _Passage(section_id, make_selector(text, index[start], index[start + length - 1] + 1))


def _fit(normal: str, start: int, end: int, prefix: str, suffix: str) -> int:
    """How many characters of the context next to the words match (prefix and suffix)."""
    before, after = normal[:start].rstrip(), normal[end:].lstrip()
    prefix, suffix = prefix.rstrip(), suffix.lstrip()
    matched = 0
    while matched < min(len(before), len(prefix)) and before[-1 - matched] == prefix[-1 - matched]:
        matched += 1
    ahead = 0
    while ahead < min(len(after), len(suffix)) and after[ahead] == suffix[ahead]:
        ahead += 1
    return matched + ahead


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _stamp(value: object, latest: str) -> str:
    """An ISO 8601 time in the form ``now()`` writes; now for a missing one, never the future."""
    from datetime import UTC, datetime

    if not isinstance(value, str) or not _ISO.match(value):
        return latest
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return latest
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    stamp = moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    return min(stamp, latest)


def _targets(item: Mapping[str, object]) -> list[dict[str, object]]:
    target = item.get("target")
    targets = target if isinstance(target, list) else [target]
    return [t if isinstance(t, dict) else {"source": t} for t in targets if isinstance(t, dict | str)]


def _quote(item: Mapping[str, object]) -> tuple[str, str, str]:
    for selector in _selectors(item):
        if selector.get("type") == "TextQuoteSelector":
            return _text(selector.get("exact")), _text(selector.get("prefix")), _text(selector.get("suffix"))
    return "", "", ""


def _section_named(item: Mapping[str, object], known: set[str]) -> str | None:
    """The section a Dossier-shaped annotation names (a FragmentSelector), if it is ours."""
    for selector in _selectors(item):
        if selector.get("type") == "FragmentSelector" and selector.get("value") in known:
            return str(selector["value"])
    return None


def _bodies(item: Mapping[str, object]) -> tuple[str, list[str]]:
    """The note's text and tags: Hypothesis' ``text`` and ``tags``, or W3C bodies."""
    if "text" in item or "tags" in item:
        tags = item.get("tags")
        return _text(item.get("text")), [t for t in tags if isinstance(t, str)] if isinstance(
            tags, list
        ) else []
    if isinstance(item.get("bodyValue"), str):
        return item["bodyValue"], []  # type: ignore[return-value]
    body = item.get("body", [])
    bodies = body if isinstance(body, list) else [body]
    text, tags = [], []
    for entry in bodies:
        if isinstance(entry, str):
            continue  # a body by IRI: nothing to read offline
        if isinstance(entry, dict) and isinstance(entry.get("value"), str):
            (tags if entry.get("purpose") == "tagging" else text).append(entry["value"])
    return "\n\n".join(text), tags


def _sources(item: Mapping[str, object]) -> set[str]:
    found = {_text(item.get("uri"))}
    found |= {_text(t.get("source")) for t in _targets(item)}
    return {s.rstrip("/").removeprefix("https://").removeprefix("http://") for s in found if s}


def _note_id(item: Mapping[str, object], number: int) -> str:
    raw = _text(item.get("id"))
    if _DOSSIER_ID.fullmatch(raw) and len(raw.removeprefix("urn:uuid:")) == 36:
        return raw.removeprefix("urn:uuid:")
    # Stable across imports of the same file: the same annotation updates its note.
    return str(uuid.uuid5(uuid.NAMESPACE_URL, raw or f"dossier-import:{number}"))


def parse_foreign(data: object, report: ReportStore) -> tuple[list[Note], int, int, int]:
    """Notes anchored in the report from a file of another tool: (notes, anchored, orphans,
    other documents left out). A file that holds no annotation raises NotesImportError."""
    items = _items(data)
    if not items:
        raise NotesImportError(
            QT_TRANSLATE_NOOP(
                "NotesImport",
                "no annotations found (expected a W3C Annotation, a collection or a Hypothesis export)",
            )
        )
    if len(items) > MAX_IMPORT_NOTES:
        raise NotesImportError(
            QT_TRANSLATE_NOOP(
                "NotesImport", "the file holds {count} notes; Dossier imports at most {max_import_notes}"
            ),
            count=len(items),
            max_import_notes=MAX_IMPORT_NOTES,
        )
    sections = [(section.id, report.section_text(section.id)) for section in report.sections]
    if not sections:
        raise NotesImportError(
            QT_TRANSLATE_NOOP("NotesImport", "the report has no sections to anchor notes in")
        )
    anchorer = _Anchorer(sections)
    known = {section_id for section_id, _ in sections}
    ours = report_source(report.meta).rstrip("/").removeprefix("https://").removeprefix("http://")
    latest = now()
    notes: list[Note] = []
    anchored = orphans = elsewhere = 0
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise NotesImportError(
                QT_TRANSLATE_NOOP("NotesImport", "annotation {number} is not an object"), number=number
            )
        text, tags = _bodies(item)
        if len(text) > MAX_BODY_CHARS:
            raise NotesImportError(
                QT_TRANSLATE_NOOP(
                    "NotesImport",
                    "annotation {number}: the note is longer than {max_body_chars:,} characters",
                ),
                number=number,
                max_body_chars=MAX_BODY_CHARS,
            )
        exact, prefix, suffix = _quote(item)
        sources = _sources(item)
        # A note on another page is looked for word for word only: the likeness search takes a
        # tenth of a second a note, too long for an export of someone's every annotation.
        elsewhere_page = (
            bool(sources)
            and ours not in sources
            and not any(source.startswith("urn:dossier") for source in sources)
        )
        passage = anchorer.anchor(exact, prefix, suffix, fuzzy=not elsewhere_page)
        named = _section_named(item, known)
        if passage is None and named and not exact:
            passage = _Passage(named, Selector("", "", "", -1))  # a note on a whole section
        if passage is None:
            if elsewhere_page:
                elsewhere += 1
                continue
            orphans += 1
            tags = [*tags, UNANCHORED_TAG]
            section_id, selector = sections[0][0], Selector(flat(exact), flat(prefix), flat(suffix), -1)
        else:
            anchored += 1
            section_id, selector = passage
        created = _stamp(item.get("created"), latest)
        notes.append(
            Note(
                id=_note_id(item, number),
                section_id=section_id,
                body=text,
                quote=selector.exact,
                prefix=selector.prefix,
                suffix=selector.suffix,
                position=selector.position,
                tags=clean_tags(tags),
                created=created,
                updated=max(created, _stamp(item.get("updated", item.get("modified")) or created, latest)),
            )
        )
    ids = [note.id for note in notes]
    if len(set(ids)) != len(ids):
        raise NotesImportError(QT_TRANSLATE_NOOP("NotesImport", "the file lists the same annotation twice"))
    return notes, anchored, orphans, elsewhere


def import_foreign(report: ReportStore, store: NotesStore, data: object) -> ForeignImport:
    """Anchor and merge the annotations of another tool's file, all or none."""
    notes, anchored, orphans, elsewhere = parse_foreign(data, report)
    return ForeignImport(store.merge(notes), anchored, orphans, elsewhere)
