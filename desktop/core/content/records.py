"""Reading the TOML record files people edit (glossary, facts, corrections): typed fields, line numbers.

Every problem is collected as ``FILE:LINE: message`` rather than raised at the first, so an
editor sees them all at once. A record's fields are declared once (``Field``): the loaders
and the strict checker (``content_check``) read the same declarations.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from desktop.core.errors import ContentError

_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
# A line of a text field that is really TOML: `key = "value"`, `key = [..]`, `[[entry]]`, `[table]`.
_TOML_LINE = re.compile(
    r"""^\s*(?:[A-Za-z_][\w-]*\s*=\s*(?:["'\[{]|\d|true\b|false\b)|\[\[?\s*[\w.-]+\s*\]\]?\s*$)"""
)
_CODE_SPAN = re.compile(r"`[^`]*`")
_MARKUP = re.compile(r"\*\*?|`|\]\(")  # Markdown in a field shown as plain text (short, statement...)
_LINK = re.compile(r"\[[^\[\]]*\]\([^()\s]*\)")


class Problem(NamedTuple):
    where: str  # the file, relative to the content folder's parent ("glossary/terms.toml")
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.where}:{self.line}: {self.message}"


class Problems(list[Problem]):
    """Every problem found, in the order found, and the files that could not be read at all.

    While a file is unreadable, checks of references into it are skipped: its records are
    unknown, not missing, and a hundred "unknown entry" lines would bury the one that matters.
    """

    def __init__(self) -> None:
        super().__init__()
        self.unreadable: set[str] = set()
        self.dropped: set[str] = set()  # ids of records too broken to use: known, so not "unknown"

    def readable(self, folder: str) -> bool:
        """Whether every file under ``folder`` ("glossary/") that was tried could be read."""
        return not any(where.startswith(folder) for where in self.unreadable)

    def add(self, where: str, line: int, message: str) -> None:
        self.append(Problem(where, max(1, line), message))

    def raise_if_any(self) -> None:
        if self:
            raise ContentError("\n".join(str(problem) for problem in self))


@dataclass(frozen=True)
class Field:
    """One key of a record: its type, whether it must be there, and how its text is checked."""

    name: str
    # "id", "str", "text" (Markdown), "strs" (list of str), "strmap" (table of str), "float", "int",
    # "bool", "table" (a [table]), "list" (of [[tables]])
    kind: str
    required: bool = False


@dataclass
class TomlFile:
    """A parsed TOML file that still knows which line each record and key stands on."""

    where: str
    source: str
    data: dict[str, object]
    _lines: list[str] = field(default_factory=list, init=False, repr=False)
    _quoted: list[bool] = field(default_factory=list, init=False, repr=False)  # starts inside '''...'''

    def __post_init__(self) -> None:
        self._lines = self.source.splitlines()
        inside = ""
        for line in self._lines:
            self._quoted.append(bool(inside))
            for delimiter in re.findall(r"\'\'\'|\"\"\"", line):
                if not inside:
                    inside = delimiter
                elif delimiter == inside:
                    inside = ""

    def _toml_lines(self, start: int = 1):
        """``(number, line)`` of the lines that are TOML, not the inside of a multi-line string."""
        for number in range(start, len(self._lines) + 1):
            if not self._quoted[number - 1]:
                yield number, self._lines[number - 1]

    def record_lines(self, table: str) -> list[int]:
        """The line of each ``[[table]]`` header, in order (1-based)."""
        header = re.compile(rf"^\s*\[\[\s*{re.escape(table)}\s*\]\]")
        return [number for number, line in self._toml_lines() if header.match(line)]

    def key_line(self, start: int, key: str) -> int:
        """The line of ``key = ...`` in the record that starts on line ``start``."""
        pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
        for number, line in self._toml_lines(start):
            if number > start and line.lstrip().startswith("["):
                break
            if pattern.match(line):
                return number
        return start

    def text_line(self, start: int, key: str, text_line: str) -> int:
        """The file line holding ``text_line``, a line of the value of ``key`` in this record."""
        first = self.key_line(start, key)
        wanted = text_line.strip()
        for number in range(first, len(self._lines) + 1):
            if wanted and wanted in self._lines[number - 1]:
                return number
        return first


def read_toml(path: Path, where: str, problems: Problems) -> TomlFile | None:
    """The file parsed, or None with the reason among ``problems`` (a missing file is not a problem)."""
    import tomllib  # the build's, not the reader's

    try:
        source = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except UnicodeDecodeError as error:
        problems.add(where, 1, f"not UTF-8 text ({error.reason} at byte {error.start})")
        problems.unreadable.add(where)
        return None
    except OSError as error:
        problems.add(where, 1, f"cannot be read ({error.strerror})")
        problems.unreadable.add(where)
        return None
    try:
        return TomlFile(where, source, tomllib.loads(source))
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        at = re.search(r"\(at line (\d+), column \d+\)$", message)
        line = int(at.group(1)) if at else 1
        problems.add(where, line, f"not valid TOML: {message}")
        problems.unreadable.add(where)
        return None


def _type_ok(value: object, kind: str) -> bool:
    if kind in ("id", "str", "text"):
        return isinstance(value, str)
    if kind == "strs":
        return isinstance(value, list) and all(isinstance(item, str) for item in value)
    if kind == "strmap":
        return isinstance(value, dict) and all(isinstance(item, str) for item in value.values())
    if kind == "float":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "table":
        return isinstance(value, dict)
    if kind == "list":  # of [[tables]], checked record by record by their own fields
        return isinstance(value, list)
    return isinstance(value, bool)


_TYPE_NAMES = {
    "id": "a string", "str": "a string", "text": "a string", "strs": "a list of strings",
    "strmap": "a table of strings",
    "float": "a number", "int": "a whole number", "bool": "true or false", "table": "a [table]",
    "list": "a list of [[tables]]",
}  # fmt: skip


def markdown_problem(text: str) -> tuple[str, str]:
    """Why ``text`` is not balanced Markdown (emphasis, links) and the paragraph where; or ("", "")."""
    for line in text.split("\n\n"):
        why = _paragraph_problem(line)
        if why:
            return why, line.strip()
    return "", ""


def _paragraph_problem(paragraph: str) -> str:
    bare = _CODE_SPAN.sub("", paragraph)
    bare = re.sub(r"(?m)^\s*[*+-]\s", "", bare)  # list bullets are not emphasis
    if bare.count("**") % 2:
        return "unbalanced ** (bold) in Markdown"
    if bare.replace("**", "").count("*") % 2:
        return "unbalanced * (italics) in Markdown"
    if bare.count("`") % 2:
        return "unbalanced ` (code) in Markdown"
    rest = _LINK.sub("", bare)
    if "](" in rest or rest.count("[") != rest.count("]"):
        return "unbalanced [ ] or ( ) of a Markdown link"
    return ""


def check_fields(
    raw: Mapping[str, object],
    fields: Sequence[Field],
    noun: str,
    toml: TomlFile,
    start: int,
    problems: Problems,
) -> bool:
    """Unknown keys, missing or empty required ones, wrong types and stray syntax in text.

    ``start`` is the line of the record's header. True when the record can be used (all its
    required keys there, every key of its type); a broken record's id goes to ``problems.dropped``.
    """
    declared = {f.name: f for f in fields}
    record_id = raw.get("id") if isinstance(raw.get("id"), str) else ""
    label = f"{noun} {record_id!r}" if record_id else noun
    usable = True
    for key in raw:
        if key not in declared:
            known = ", ".join(declared)
            problems.add(
                toml.where, toml.key_line(start, key), f"{label} has unknown key {key!r} (known: {known})"
            )  # the record is still usable
    for spec in fields:
        if spec.name not in raw:
            if spec.required:
                problems.add(toml.where, start, f"{label} lacks {spec.name}")
                usable = False
            continue
        value = raw[spec.name]
        line = toml.key_line(start, spec.name)
        if not _type_ok(value, spec.kind):
            problems.add(toml.where, line, f"{label}: {spec.name} must be {_TYPE_NAMES[spec.kind]}")
            usable = False
            continue
        if spec.required and value in ("", []):
            problems.add(toml.where, line, f"{label}: {spec.name} is empty")
            usable = False
        if spec.kind == "id" and not _ID.match(str(value)):
            problems.add(
                toml.where, line, f"{spec.name} {value!r} must be lowercase letters, digits and hyphens"
            )
            usable = False
        texts = [value] if isinstance(value, str) else value if spec.kind == "strs" else []
        for text in texts:
            for text_line in str(text).splitlines():
                if _TOML_LINE.match(text_line):
                    problems.add(
                        toml.where,
                        toml.text_line(start, spec.name, text_line),
                        f"{label}: {spec.name} holds a line of TOML: {text_line.strip()[:60]!r} "
                        "(close the string before it)",
                    )
            if spec.kind == "str" and (markup := _MARKUP.search(str(text))):
                problems.add(
                    toml.where, line,
                    f"{label}: {spec.name} is plain text, so {markup.group(0)!r} would show as typed",
                )  # fmt: skip
            why, where = markdown_problem(str(text)) if spec.kind == "text" else ("", "")
            if why:
                at = toml.text_line(start, spec.name, where.splitlines()[0])
                problems.add(toml.where, at, f"{label}: {spec.name} has {why}")
    if not usable and record_id:
        problems.dropped.add(record_id)
    return usable


def records(toml: TomlFile, table: str, problems: Problems) -> list[tuple[int, Mapping[str, object]]]:
    """``(header line, record)`` for every ``[[table]]`` record of the file."""
    raw = toml.data.get(table, [])
    if not isinstance(raw, list) or not all(isinstance(item, dict) for item in raw):
        problems.add(toml.where, 1, f"{table} must be a list of [[{table}]] tables")
        return []
    lines = toml.record_lines(table)
    if len(lines) != len(raw):  # written as an inline array: no per-record lines
        lines = [1] * len(raw)
    return list(zip(lines, raw, strict=True))


def checked_records(
    path: Path, table: str, fields: Sequence[Field], problems: Problems, noun: str = ""
) -> tuple[TomlFile | None, list[tuple[int, Mapping[str, object]]]]:
    """The file and its ``[[table]]`` records whose fields pass ``check_fields``; every other
    problem (bad TOML, an unknown table, a bad field) is added to ``problems``."""
    toml = read_toml(path, f"{path.parent.name}/{path.name}", problems)
    if toml is None:
        return None, []
    for other in sorted(set(toml.data) - {table}):
        problems.add(toml.where, 1, f"unknown table {other!r}; use [[{table}]]")
    return toml, [
        (line, raw)
        for line, raw in records(toml, table, problems)
        if check_fields(raw, fields, noun or table, toml, line, problems)
    ]
