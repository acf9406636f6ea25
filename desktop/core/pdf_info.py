"""The document information of an exported PDF (Title, Author, Subject, Keywords).

Qt's PDF printer writes only a title and a creator, so the rest is added afterwards as a PDF
incremental update: the information dictionary is written again, under its own object number,
after the end of the file with a new cross-reference section pointing at it. The pages Qt wrote
are left byte for byte as they were, and every PDF reader reads the newer dictionary.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.errors import UserError
from desktop.core.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from desktop.core.store import ReportStore

# Kept from Qt's own dictionary (dates and producer); ours replace the rest.
KEPT_KEYS = ("Producer", "CreationDate", "ModDate", "Trapped")
KEYWORDS_SHOWN = 8


def report_keywords(store: ReportStore) -> list[str]:
    """The glossary's terms the report mentions most, most mentioned first."""
    totals = store.mention_totals()
    ranked = sorted(store.glossary, key=lambda entry: (-totals.get(entry.id, 0), entry.term))
    return [entry.term for entry in ranked[:KEYWORDS_SHOWN] if totals.get(entry.id)]


def pdf_metadata(
    meta: Mapping[str, object], keywords: Sequence[str] = (), section_title: str | None = None
) -> dict[str, str]:
    """Title, Author, Subject and Keywords for the report (or one of its sections)."""
    title = str(meta.get("title") or "")
    series = f"{meta.get('series') or ''} No. {meta.get('number') or ''}".strip()
    publisher = re.sub(r"\s*\([^)]*\)", "", str(meta.get("publisher") or "").split(",")[0])
    subject = ", ".join(part for part in (series, publisher, str(meta.get("date") or "")) if part)
    return {
        "Title": f"{section_title} — {title}" if section_title else title,
        "Author": str(meta.get("author") or ""),
        "Subject": subject,
        "Keywords": ", ".join(keywords[:KEYWORDS_SHOWN]),
        "Creator": "Dossier",
    }


def _text_string(text: str) -> bytes:
    """A PDF text string any reader decodes: UTF-16BE with its byte-order mark, in hex."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def set_document_info(path: Path, fields: Mapping[str, str]) -> None:
    """Give the PDF at ``path`` (a file this process just wrote) the information ``fields``."""
    data = path.read_bytes()
    trailer_at = data.rfind(b"trailer")
    startxref = re.search(rb"startxref\s+(\d+)", data[trailer_at:]) if trailer_at >= 0 else None
    if startxref is None:
        raise UserError(
            QT_TRANSLATE_NOOP("Files", "{name}: no PDF trailer to add the document information to"),
            name=path.name,
        )
    trailer = data[trailer_at : trailer_at + startxref.start()]
    info = re.search(rb"/Info\s+(\d+)\s+0\s+R", trailer)
    root = re.search(rb"/Root\s+(\d+\s+\d+\s+R)", trailer)
    size = re.search(rb"/Size\s+(\d+)", trailer)
    if root is None or size is None:
        raise UserError(
            QT_TRANSLATE_NOOP("Files", "{name}: the PDF trailer has no /Root or /Size"), name=path.name
        )
    number = int(info.group(1)) if info else int(size.group(1))
    entries = [b"/" + key.encode("ascii") + b" " + _text_string(value) for key, value in fields.items()]
    if info:
        # Qt's dictionary is plain: one entry a line, dates and names in ASCII.
        old = re.search(rb"\n%d 0 obj\s*<<(.*?)>>\s*endobj" % number, data, re.S)
        for key in KEPT_KEYS:
            kept = re.search(rb"^/" + key.encode("ascii") + rb"\s.*$", old.group(1), re.M) if old else None
            if kept and key not in fields:
                entries.append(kept.group(0).strip())
    body = b"%d 0 obj\n<<\n" % number + b"\n".join(entries) + b"\n>>\nendobj\n"
    lead = b"" if data.endswith(b"\n") else b"\n"
    object_at = len(data) + len(lead)
    xref_at = object_at + len(body)
    new_size = max(int(size.group(1)), number + 1)
    identifier = re.search(rb"/ID\s*\[[^\]]*\]", trailer)
    update = (
        lead
        + body
        + b"xref\n0 1\n0000000000 65535 f \n%d 1\n%010d 00000 n \n" % (number, object_at)
        + b"trailer\n<<\n/Size %d\n/Root %s\n/Info %d 0 R\n" % (new_size, root.group(1), number)
        + (identifier.group(0) + b"\n" if identifier else b"")
        + b"/Prev %s\n>>\nstartxref\n%d\n%%%%EOF\n" % (startxref.group(1), xref_at)
    )
    with path.open("ab") as stream:
        stream.write(update)
