"""A report's id: what names its cache, notes and window state (``meta.toml``'s ``id``).

Read here without a TOML parser or ``pathlib``: the window's start and ``dossier search`` both
need the bundled report's id before anything else (``desktop/core/library.py`` reads the rest
of ``meta.toml``).
"""

from __future__ import annotations

import os
import re

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,79}$")
_ID_LINE = re.compile(r'^id\s*=\s*"([^"\n]*)"', re.MULTILINE)
_TITLE_LINE = re.compile(r'^title\s*=\s*"([^"\n]*)"', re.MULTILINE)


def slug(text: str) -> str:
    """An id made of a title: lowercase words joined by hyphens."""
    return "-".join(re.findall(r"[a-z0-9]+", text.lower()))[:80].strip("-") or "report"


def report_id_of(folder: str | os.PathLike[str]) -> str:
    """A content folder's report id, read without a TOML parser (the window's start path).

    ``meta.toml``'s ``id = "..."`` line, else its title as a slug (what ``read_report`` gives
    too; the content checker holds ``id`` to a plain string of lowercase letters and hyphens).
    """
    name = os.path.basename(os.fspath(folder).rstrip("/" + os.sep))
    meta_path = os.path.join(folder, "report", "meta.toml")
    try:
        if not os.path.isfile(meta_path):  # a named pipe would block the window's start
            return slug(name)
        with open(meta_path, encoding="utf-8") as file:
            text = file.read()
    except (OSError, UnicodeDecodeError):
        return slug(name)
    found = _ID_LINE.search(text)
    if found and ID_PATTERN.match(found.group(1)):  # it names folders: never a path
        return found.group(1)  # (a table's "id" may be any text)
    title = _TITLE_LINE.search(text)
    return slug(title.group(1) if title else name)
