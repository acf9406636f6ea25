"""``dossier:`` links: a place in the report that the app opens when it is the registered
handler (the desktop entry's ``x-scheme-handler/dossier``; ``dossier dossier://...``).

    dossier://section/<section id>                 the section
    dossier://section/<section id>?note=<note id>  the note's passage in it, the note open
    dossier://section/<section id>?para=<N>        its N-th paragraph (see desktop.core.locator)
"""

from __future__ import annotations

import re
from typing import NamedTuple
from urllib.parse import parse_qs, quote, urlsplit

from desktop.core.errors import UserError
from desktop.core.messages import QT_TRANSLATE_NOOP

SCHEME = "dossier"
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,99}")


class Place(NamedTuple):
    section_id: str
    note_id: str | None = None
    paragraph: int | None = None


def place_url(section_id: str, note_id: str | None = None, paragraph: int | None = None) -> str:
    url = f"{SCHEME}://section/{quote(section_id, safe='')}"
    if note_id:
        return f"{url}?note={quote(note_id, safe='')}"
    return f"{url}?para={paragraph}" if paragraph else url


def is_dossier_url(text: str) -> bool:
    return text[: len(SCHEME) + 1].lower() == f"{SCHEME}:"


def parse_place(url: str) -> Place:
    """The place a ``dossier:`` URL names; UserError in one line for anything else."""
    parts = urlsplit(url.strip())
    path = parts.path.strip("/")
    if parts.scheme.lower() != SCHEME or parts.netloc.lower() != "section" or not _ID.fullmatch(path):
        raise UserError(
            QT_TRANSLATE_NOOP("DossierLink", "not a Dossier link: {url!r} (expected dossier://section/ID)"),
            url=url[:80],
        )
    notes = parse_qs(parts.query).get("note", [])
    note_id = notes[0] if notes else None
    if note_id is not None and not re.fullmatch(r"[0-9a-fA-F-]{8,64}", note_id):
        raise UserError(
            QT_TRANSLATE_NOOP("DossierLink", "not a Dossier note id in the link: {note_id!r}"),
            note_id=note_id[:60],
        )
    paras = parse_qs(parts.query).get("para", [])
    if paras and not re.fullmatch(r"[1-9][0-9]{0,5}", paras[0]):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DossierLink", "not a paragraph number in the link: {para!r} (expected para=N, N from 1)"
            ),
            para=paras[0][:20],
        )
    return Place(path, note_id, int(paras[0]) if paras else None)
