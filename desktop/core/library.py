"""The library: the bundled report and every content folder the reader added, each a study edition.

A report is a content folder (``report/meta.toml``, ``report/report.md``, and optionally a
glossary, facts, map and editor's notes); its ``id`` (``meta.toml``) names it everywhere:
its compiled cache, its notes and backups, its window state. ``dossier library add DIR``
checks a folder strictly and copies it into the user's data dir, so the reader may later
move or delete the original; ``remove`` takes the copy away and keeps the report's notes.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import NamedTuple

from desktop.core.errors import UserError

_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,79}$")


class Report(NamedTuple):
    """One study edition: its id, what the library shows of it, and its content folder.

    A NamedTuple, not a dataclass: ``dataclasses`` (and the ``inspect`` it loads) would be
    imported by every command and the window's start for this one record."""

    id: str
    title: str
    author: str
    date: str
    folder: Path
    bundled: bool = False

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "title": self.title,
            "author": self.author,
            "date": self.date,
            "folder": str(self.folder),
            "bundled": self.bundled,
        }


def slug(text: str) -> str:
    """An id made of a title: lowercase words joined by hyphens."""
    return "-".join(re.findall(r"[a-z0-9]+", text.lower()))[:80].strip("-") or "report"


_ID_LINE = re.compile(r'^id\s*=\s*"([^"\n]*)"', re.MULTILINE)
_TITLE_LINE = re.compile(r'^title\s*=\s*"([^"\n]*)"', re.MULTILINE)


def report_id_of(folder: Path) -> str:
    """A content folder's report id, read without a TOML parser (the window's start path).

    ``meta.toml``'s ``id = "..."`` line, else its title as a slug (what ``read_report`` gives
    too; the content checker holds ``id`` to a plain string of lowercase letters and hyphens).
    """
    try:
        text = (folder / "report" / "meta.toml").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return slug(folder.name)
    found = _ID_LINE.search(text)
    if found:
        return found.group(1)
    title = _TITLE_LINE.search(text)
    return slug(title.group(1) if title else folder.name)


def read_report(folder: Path, bundled: bool = False) -> Report:
    """The report a content folder holds, from its ``report/meta.toml``; UserError in one line."""
    import tomllib  # not on the window's start path (``report_id_of`` is)

    meta_path = folder / "report" / "meta.toml"
    try:
        meta = tomllib.loads(meta_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UserError(f"{folder} is not a content folder (it has no report/meta.toml)") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise UserError(f"cannot read {meta_path} ({error})") from None
    title = str(meta.get("title", "")) or folder.name
    report_id = str(meta.get("id", "")) or slug(title)
    if not _ID.match(report_id):
        raise UserError(f"{meta_path}: id {report_id!r} must be lowercase letters, digits and hyphens")
    date = str(meta.get("date", "")) or str(meta.get("year", ""))
    return Report(report_id, title, str(meta.get("author", "")), date, folder, bundled)


class Library:
    """The reports a reader has: the bundled one first, then those added, by title."""

    def __init__(self, folder: Path, bundled: Path) -> None:
        self.folder = folder  # where added reports are copied (``paths.library_dir``)
        self.bundled_folder = bundled

    @property
    def bundled(self) -> Report:
        return read_report(self.bundled_folder, bundled=True)

    def added(self) -> list[Report]:
        """Every report copied into the library (a folder that cannot be read is left out)."""
        found = []
        try:
            folders = sorted(p for p in self.folder.iterdir() if p.is_dir() and not p.name.startswith("."))
        except OSError:
            return []
        for folder in folders:
            try:
                found.append(read_report(folder))
            except UserError:
                continue
        return sorted(found, key=lambda report: report.title.lower())

    def reports(self) -> list[Report]:
        return [self.bundled, *self.added()]

    def get(self, report_id: str) -> Report:
        for report in self.reports():
            if report.id == report_id:
                return report
        known = ", ".join(report.id for report in self.reports())
        raise UserError(f"no report {report_id!r} in the library (it has: {known})")

    def resolve(self, reference: str | None) -> Report:
        """A report by id, or the content folder at a path (opened where it is, not added)."""
        if not reference:
            return self.bundled
        candidate = Path(reference).expanduser()
        if (
            os.sep in reference
            or reference in (".", "..")
            or (candidate.is_dir() and not _ID.match(reference))
        ):
            if not candidate.is_dir():
                raise UserError(f"no content folder at {reference}")
            return read_report(candidate.resolve())
        if candidate.is_dir() and (candidate / "report" / "meta.toml").exists():
            return read_report(candidate.resolve())
        return self.get(reference)

    def add(self, folder: Path) -> Report:
        """Check ``folder`` strictly, then copy it into the library; UserError (one line) if it fails."""
        from desktop.core.content.check import check_folder

        if not folder.is_dir():
            raise UserError(f"no content folder at {folder}")
        report = read_report(folder)
        problems, _summary = check_folder(folder)
        if problems:
            more = (
                f" (and {len(problems) - 1} more; see 'dossier check-content {folder}')"
                if len(problems) > 1
                else ""
            )
            raise UserError(f"{folder} cannot be added: {problems[0]}{more}")
        if report.id in {known.id for known in self.reports()}:
            raise UserError(f"the library already has a report {report.id!r}; remove it first to replace it")
        import shutil  # only when the library changes

        target = self.folder / report.id
        staging = self.folder / f".adding-{report.id}-{os.getpid()}"
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            shutil.copytree(folder, staging, ignore=shutil.ignore_patterns(".*", "__pycache__"))
            os.rename(staging, target)  # whole or not at all
        except OSError as error:
            shutil.rmtree(staging, ignore_errors=True)
            raise UserError(f"cannot add {folder} to the library ({error.strerror or error})") from None
        return read_report(target)

    def remove(self, report_id: str) -> Report:
        """Take an added report's copy out of the library; its notes stay in the data dir."""
        report = self.get(report_id)
        if report.bundled:
            raise UserError(f"{report_id!r} is the bundled report; it cannot be removed")
        import shutil

        aside = self.folder / f".removed-{report.id}-{os.getpid()}"
        try:
            os.rename(report.folder, aside)  # gone from the library at once, even if deleting fails
        except OSError as error:
            raise UserError(f"cannot remove {report_id!r} ({error.strerror or error})") from None
        shutil.rmtree(aside, ignore_errors=True)
        return report
