"""Notes out and in as W3C Web Annotation JSON, for backup and exchange (Markdown: ``vault.py``).

The JSON follows the Web Annotation Data Model: an AnnotationCollection (with its page,
each with an IRI) whose items are Annotations with a TextualBody (the note,
``text/markdown``; a highlight has none), tagging bodies, and a target on the report's
public web address whose selector is the section (a FragmentSelector) refined by the
passage (a TextQuoteSelector), refined by its place in the section's text (a
TextPositionSelector), so other annotation tools can read it. Import reads what export
writes, and the flat selector lists of earlier exports, checks all of it before writing
any of it, and merges by id. Only a regular file is read, and no more of it than the limit on
its size; limits on the number of notes and on every field of a note (``model.py``) keep a
hostile or mistaken file from taking the machine's memory; times must be real ISO 8601 times,
and one in the future is brought back to now so it cannot win over every later edit. Each
annotation carries the stamps of its note's earlier versions (``dossier:history``), so that an
import can tell a later version from one edited on both sides.
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Mapping, Sequence
from pathlib import Path

from desktop.core.citation import cite
from desktop.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.core.notes.model import (
    MAX_BODY_CHARS,
    MAX_CONTEXT_CHARS,
    MAX_HISTORY,
    MAX_QUOTE_CHARS,
    MAX_TAG_CHARS,
    MAX_TAGS,
    MAX_TAGS_CHARS,
)
from desktop.core.notes.store import Note, NotesError, clean_tags, now

# The Web Annotation context, and our one extension term (a note in the trash) declared in it.
CONTEXT: list[object] = [
    "http://www.w3.org/ns/anno.jsonld",
    {"dossier": "https://dossier-reader.github.io/ns#"},
]
REPORT_KEY = "dossier:report"  # the collection's report id: notes are imported only into that report
HOMEPAGE = "https://github.com/dossier-reader/dossier"
FRAGMENT_SPEC = "http://tools.ietf.org/rfc/rfc3986"  # the section id is a URI fragment
MAX_IMPORT_BYTES = 64 * 1024 * 1024  # an export of 100,000 notes is about 60 MB
MAX_IMPORT_NOTES = 200_000
MAX_POSITION = 1 << 31  # no section is longer; beyond it SQLite's INTEGER overflows anyway
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def _annotation(note: Note, source: str) -> dict[str, object]:
    bodies: list[dict[str, object]] = []
    if note.body:  # a highlight has no body at all (the model has no empty bodies)
        bodies.append(
            {"type": "TextualBody", "value": note.body, "format": "text/markdown", "purpose": "commenting"}
        )
    bodies += [{"type": "TextualBody", "value": tag, "purpose": "tagging"} for tag in note.tags]
    # One selector: the section, refined by the passage's words (and its place in the section).
    selector: dict[str, object] = {
        "type": "FragmentSelector",
        "conformsTo": FRAGMENT_SPEC,
        "value": note.section_id,
    }
    if note.quote:
        quote: dict[str, object] = {
            "type": "TextQuoteSelector",
            "exact": note.quote,
            "prefix": note.prefix,
            "suffix": note.suffix,
        }
        if note.position >= 0:  # into the section's text (dossier sections), whitespace runs as one space
            quote["refinedBy"] = {
                "type": "TextPositionSelector",
                "start": note.position,
                "end": note.position + len(note.quote),
            }
        selector["refinedBy"] = quote
    annotation: dict[str, object] = {
        "id": f"urn:uuid:{note.id}",
        "type": "Annotation",
        "motivation": "commenting" if note.body else "highlighting",
        "created": note.created,
        "modified": note.updated,
        "target": {"source": source, "selector": selector},
    }
    if bodies:
        annotation["body"] = bodies
    if note.deleted:
        annotation["dossier:deleted"] = note.deleted
    if note.history:
        annotation["dossier:history"] = list(note.history)
    return annotation


def report_source(meta: Mapping[str, object]) -> str:
    """The report's public web address (what other tools match the document by), else a URN
    made of its id."""
    return str(meta.get("url") or f"urn:dossier:{meta.get('id') or 'report'}")


def exported_report(data: object) -> str:
    """The report id an export of ours names ("" for a file that names none)."""
    return str(data.get(REPORT_KEY, "")) if isinstance(data, dict) else ""


def export_json(notes: Sequence[Note], meta: Mapping[str, object]) -> dict[str, object]:
    from desktop import __version__

    source = report_source(meta)
    collection_id = f"{source}#dossier-notes"
    return {
        "@context": CONTEXT,
        "id": collection_id,
        "type": "AnnotationCollection",
        REPORT_KEY: str(meta.get("id", "")),
        "label": f"Notes on {meta.get('title', '')} ({cite(meta, 'chicago')})",
        "generator": {
            "id": f"{HOMEPAGE}#{__version__}",
            "type": "Software",
            "name": "Dossier",
            "homepage": HOMEPAGE,
        },
        "total": len(notes),
        "first": {
            "id": f"{collection_id}-page1",
            "type": "AnnotationPage",
            "partOf": collection_id,
            "startIndex": 0,
            "items": [_annotation(note, source) for note in notes],
        },
    }


def flat_selectors(target: object) -> object:
    """The selectors of a target as one flat list, whichever shape the file has.

    Today's shape is one FragmentSelector refined by a TextQuoteSelector refined by a
    TextPositionSelector; files from before list the three side by side. Anything that is
    not one of those is returned as it is, for the caller to refuse.
    """
    if not isinstance(target, dict):
        return None
    selector = target.get("selector")
    if isinstance(selector, list):
        return selector
    flat = []
    while isinstance(selector, dict) and len(flat) < 3:
        flat.append(selector)
        selector = selector.get("refinedBy")
    return flat or None


class NotesImportError(NotesError):
    """An import file that is not what export writes."""


def read_import_file(path: Path) -> object:
    """The JSON in ``path``: a regular file (never a device, a FIFO or a socket, which could be
    endless or block for ever), read no further than MAX_IMPORT_BYTES."""
    try:
        # O_NONBLOCK: opening a FIFO waits for a writer otherwise; it is refused just after.
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise NotesImportError(QT_TRANSLATE_NOOP("NotesImport", "{path} does not exist"), path=path) from None
    except IsADirectoryError:
        raise NotesImportError(
            QT_TRANSLATE_NOOP("NotesImport", "{path} is a folder, not a notes file"), path=path
        ) from None
    except OSError as error:
        raise NotesImportError(
            QT_TRANSLATE_NOOP("NotesImport", "{path} cannot be read ({strerror})"),
            path=path,
            strerror=error.strerror,
        ) from None
    try:
        status = os.fstat(handle)
        if stat.S_ISDIR(status.st_mode):
            raise NotesImportError(
                QT_TRANSLATE_NOOP("NotesImport", "{path} is a folder, not a notes file"), path=path
            )
        if not stat.S_ISREG(status.st_mode):
            raise NotesImportError(
                QT_TRANSLATE_NOOP(
                    "NotesImport", "{path} is not a regular file (a device, a pipe or a socket)"
                ),
                path=path,
            )
        if status.st_size > MAX_IMPORT_BYTES:
            raise NotesImportError(
                QT_TRANSLATE_NOOP("NotesImport", "{path} is too large to be a notes file (over {amount} MB)"),
                path=path,
                amount=MAX_IMPORT_BYTES >> 20,
            )
        with os.fdopen(handle, "rb", closefd=False) as stream:
            raw = stream.read(MAX_IMPORT_BYTES + 1)  # a file that grows while it is read
        if len(raw) > MAX_IMPORT_BYTES:
            raise NotesImportError(
                QT_TRANSLATE_NOOP("NotesImport", "{path} is too large to be a notes file (over {amount} MB)"),
                path=path,
                amount=MAX_IMPORT_BYTES >> 20,
            )
    except OSError as error:
        raise NotesImportError(
            QT_TRANSLATE_NOOP("NotesImport", "{path} cannot be read ({strerror})"),
            path=path,
            strerror=error.strerror,
        ) from None
    finally:
        os.close(handle)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise NotesImportError(
            QT_TRANSLATE_NOOP("NotesImport", "{path} is not UTF-8 text; export writes UTF-8 JSON"), path=path
        ) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise NotesImportError(
            QT_TRANSLATE_NOOP("NotesImport", "{path} is not JSON (line {lineno}, column {colno}: {msg})"),
            path=path,
            lineno=error.lineno,
            colno=error.colno,
            msg=error.msg,
        ) from None
    except RecursionError:
        raise NotesImportError(
            QT_TRANSLATE_NOOP("NotesImport", "{path} nests too deeply to be a notes file"), path=path
        ) from None
    except (ValueError, OverflowError):  # a number too long or too large to read
        raise NotesImportError(
            QT_TRANSLATE_NOOP("NotesImport", "{path} holds a number too large to be in a notes file"),
            path=path,
        ) from None


def _time(value: object, where: str, field: str, latest: str) -> str:
    """A valid ISO 8601 time, brought back to ``latest`` (now) if it lies in the future."""
    from datetime import datetime

    stamp = _text(value, where, field)
    try:
        valid = bool(_ISO.match(stamp)) and datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        valid = False
    if not valid:
        raise NotesImportError(
            QT_TRANSLATE_NOOP("NotesImport", "{where}: {stamp!r} is not an ISO 8601 time"),
            where=where,
            stamp=stamp[:40],
        )
    return min(_utc(stamp), latest)


def _utc(stamp: str) -> str:
    """``stamp`` in the form ``now()`` writes, so that two times compare as text."""
    from datetime import UTC, datetime

    moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _bounded(value: object, where: str, field: str, limit: int) -> str:
    text = _text(value, where, field)
    if len(text) > limit:
        raise NotesImportError(
            QT_TRANSLATE_NOOP("NotesImport", "{where}: {field} is longer than {limit:,} characters"),
            where=where,
            field=field,
            limit=limit,
        )
    return text


def _history(value: object, where: str, latest: str) -> tuple[str, ...]:
    if not isinstance(value, list) or len(value) > MAX_HISTORY:
        raise NotesImportError(
            QT_TRANSLATE_NOOP(
                "NotesImport", "{where}: dossier:history must be a list of at most {max_history} times"
            ),
            where=where,
            max_history=MAX_HISTORY,
        )
    return tuple(_time(stamp, where, "dossier:history", latest) for stamp in value)


def _text(value: object, where: str, field: str) -> str:
    if not isinstance(value, str):
        raise NotesImportError(
            QT_TRANSLATE_NOOP("NotesImport", "{where}: {field} must be text"), where=where, field=field
        )
    return value


def parse_annotations(data: object, known_sections: set[str]) -> list[Note]:
    """Notes from exported JSON; any problem raises NotesImportError naming the item."""
    if isinstance(data, dict) and data.get("type") == "AnnotationCollection":
        page = data.get("first")
        items = page.get("items") if isinstance(page, dict) else None
    elif isinstance(data, list):
        items = data
    else:
        raise NotesImportError(
            QT_TRANSLATE_NOOP(
                "NotesImport", "not a Dossier notes export (expected a W3C AnnotationCollection)"
            )
        )
    if not isinstance(items, list):
        raise NotesImportError(
            QT_TRANSLATE_NOOP("NotesImport", "not a Dossier notes export (the collection has no items)")
        )
    if len(items) > MAX_IMPORT_NOTES:
        raise NotesImportError(
            QT_TRANSLATE_NOOP(
                "NotesImport", "the file holds {count} notes; Dossier imports at most {max_import_notes}"
            ),
            count=len(items),
            max_import_notes=MAX_IMPORT_NOTES,
        )
    latest = now()
    notes = []
    for number, item in enumerate(items, start=1):
        where = Message(QT_TRANSLATE_NOOP("NotesImport", "annotation {number}"), number=number)
        if not isinstance(item, dict) or item.get("type") != "Annotation":
            raise NotesImportError(
                QT_TRANSLATE_NOOP("NotesImport", "{where} is not an Annotation"), where=where
            )
        raw_id = _text(item.get("id"), where, "id")
        note_id = raw_id.removeprefix("urn:uuid:")
        if not re.fullmatch(r"[0-9a-fA-F-]{8,64}", note_id):
            raise NotesImportError(
                QT_TRANSLATE_NOOP("NotesImport", "{where}: id {raw_id!r} is not a Dossier note id"),
                where=where,
                raw_id=raw_id[:60],
            )
        selectors = flat_selectors(item.get("target"))
        if not isinstance(selectors, list):
            raise NotesImportError(
                QT_TRANSLATE_NOOP("NotesImport", "{where}: target has no selectors"), where=where
            )
        section = next(
            (
                s.get("value")
                for s in selectors
                if isinstance(s, dict) and s.get("type") == "FragmentSelector"
            ),
            None,
        )
        section_id = _text(section, where, QT_TRANSLATE_NOOP("NotesImport", "the section (FragmentSelector)"))
        if section_id not in known_sections:
            raise NotesImportError(
                QT_TRANSLATE_NOOP("NotesImport", "{where}: section {section_id!r} is not in this report"),
                where=where,
                section_id=section_id,
            )
        quote = next(
            (s for s in selectors if isinstance(s, dict) and s.get("type") == "TextQuoteSelector"), {}
        )
        position = next(
            (s for s in selectors if isinstance(s, dict) and s.get("type") == "TextPositionSelector"), {}
        )
        bodies = item.get("body", [])
        if not isinstance(bodies, list):
            raise NotesImportError(
                QT_TRANSLATE_NOOP("NotesImport", "{where}: body must be a list"), where=where
            )
        text = ""
        tags = []
        for body in bodies:
            if not isinstance(body, dict) or body.get("type") != "TextualBody":
                raise NotesImportError(
                    QT_TRANSLATE_NOOP("NotesImport", "{where}: every body must be a TextualBody"), where=where
                )
            value = _text(body.get("value"), where, QT_TRANSLATE_NOOP("NotesImport", "a body's value"))
            if body.get("purpose") == "tagging":
                tags.append(value)
                if len(tags) > MAX_TAGS:
                    raise NotesImportError(
                        QT_TRANSLATE_NOOP("NotesImport", "{where}: the note has over {max_tags:,} tags"),
                        where=where,
                        max_tags=MAX_TAGS,
                    )
                if len(value) > MAX_TAG_CHARS:
                    raise NotesImportError(
                        QT_TRANSLATE_NOOP(
                            "NotesImport", "{where}: a tag is longer than {max_tag_chars} characters"
                        ),
                        where=where,
                        max_tag_chars=MAX_TAG_CHARS,
                    )
            else:
                if len(value) > MAX_BODY_CHARS:
                    raise NotesImportError(
                        QT_TRANSLATE_NOOP(
                            "NotesImport", "{where}: the note is longer than {max_body_chars:,} characters"
                        ),
                        where=where,
                        max_body_chars=MAX_BODY_CHARS,
                    )
                text = value
        tags = list(clean_tags(tags))
        if len(", ".join(tags)) > MAX_TAGS_CHARS:
            raise NotesImportError(
                QT_TRANSLATE_NOOP(
                    "NotesImport", "{where}: the tags are longer than {max_tags_chars:,} characters in all"
                ),
                where=where,
                max_tags_chars=MAX_TAGS_CHARS,
            )
        created = _time(item.get("created"), where, "created", latest)
        modified = _time(item.get("modified", created), where, "modified", latest)
        start = position.get("start", -1) if isinstance(position, dict) else -1
        if not isinstance(start, int) or isinstance(start, bool) or not -1 <= start < MAX_POSITION:
            raise NotesImportError(
                QT_TRANSLATE_NOOP(
                    "NotesImport", "{where}: TextPositionSelector start must be a place in the text"
                ),
                where=where,
            )
        deleted = item.get("dossier:deleted", "")
        if deleted:
            deleted = _time(deleted, where, "dossier:deleted", latest)
        exact = _bounded(
            quote.get("exact", ""),
            where,
            QT_TRANSLATE_NOOP("NotesImport", "the quoted passage (exact)"),
            MAX_QUOTE_CHARS,
        )
        prefix = _bounded(quote.get("prefix", ""), where, "prefix", MAX_CONTEXT_CHARS)
        suffix = _bounded(quote.get("suffix", ""), where, "suffix", MAX_CONTEXT_CHARS)
        notes.append(
            Note(
                id=note_id,
                section_id=section_id,
                body=text,
                quote=exact,
                prefix=prefix,
                suffix=suffix,
                position=start,
                tags=tuple(tags),
                created=created,
                updated=modified,
                deleted=_text(deleted, where, "dossier:deleted"),
                history=_history(item.get("dossier:history", []), where, latest),
            )
        )
    ids = [note.id for note in notes]
    if len(set(ids)) != len(ids):
        raise NotesImportError(QT_TRANSLATE_NOOP("NotesImport", "the file lists the same note twice"))
    return notes
