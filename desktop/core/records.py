"""Reading the TOML record files people edit (glossary, facts): one set of checks and messages."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path

from desktop.core.errors import ContentError

_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def read_toml(path: Path, where: str) -> tuple[str, dict[str, object]]:
    """The file's text and its parsed tables; a clear ContentError naming the file otherwise."""
    import tomllib  # the build's, not the reader's

    try:
        source = path.read_text(encoding="utf-8")
        return source, tomllib.loads(source)
    except UnicodeDecodeError as error:
        raise ContentError(f"{where}: not UTF-8 text ({error.reason} at byte {error.start})") from None
    except tomllib.TOMLDecodeError as error:
        raise ContentError(f"{where}: {error}") from None


def line_of(source: str, record_id: str) -> int:
    match = re.search(rf'^\s*id\s*=\s*"{re.escape(record_id)}"', source, re.M)
    return source.count("\n", 0, match.start()) + 1 if match else 1


def check_record(
    raw: Mapping[str, object],
    noun: str,
    required: Iterable[str],
    optional: Iterable[str],
    where: str,
    source: str,
) -> tuple[str, str]:
    """The record's id and "file:line", after the checks every record kind shares."""
    record_id = str(raw.get("id", ""))
    at = f"{where}:{line_of(source, record_id) if record_id else 1}"
    required = tuple(required)
    missing = [key for key in required if not raw.get(key)]
    if missing:
        raise ContentError(f"{at}: {noun} {record_id or '?'!r} lacks {', '.join(missing)}")
    unknown = set(raw) - set(required) - set(optional)
    if unknown:
        raise ContentError(f"{at}: {noun} {record_id!r} has unknown key {sorted(unknown)[0]!r}")
    if not _ID.match(record_id):
        raise ContentError(f"{at}: id {record_id!r} must be lowercase letters, digits and hyphens")
    return record_id, at
