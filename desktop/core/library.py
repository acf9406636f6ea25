"""The library: the bundled report and every content folder the reader added, each a study edition.

A report is a content folder (``report/meta.toml``, ``report/report.md``, and optionally a
glossary, facts, map and editor's notes); its ``id`` (``meta.toml``) names it everywhere:
its compiled cache, its notes and backups, its window state. ``dossier library add DIR``
checks a folder strictly and copies it into the user's data dir, so the reader may later
move or delete the original; ``remove`` takes the copy away and keeps the report's notes.
"""

from __future__ import annotations

import errno
import os
import time
from pathlib import Path
from typing import NamedTuple

from desktop.core.errors import UserError
from desktop.core.messages import QT_TRANSLATE_NOOP
from desktop.core.report_id import ID_PATTERN as _ID
from desktop.core.report_id import report_id_of, slug  # noqa: F401 - also this module's names


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


def read_report(folder: Path, bundled: bool = False) -> Report:
    """The report a content folder holds, from its ``report/meta.toml``; UserError in one line."""
    import tomllib  # not on the window's start path (``report_id_of`` is)

    meta_path = folder / "report" / "meta.toml"
    if os.path.lexists(meta_path) and not meta_path.is_file():  # a pipe would never end; a folder is none
        raise UserError(QT_TRANSLATE_NOOP("Library", "{meta_path} is not a file"), meta_path=meta_path)
    try:
        meta = tomllib.loads(meta_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UserError(
            QT_TRANSLATE_NOOP("Library", "{folder} is not a content folder (it has no report/meta.toml)"),
            folder=folder,
        ) from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise UserError(
            QT_TRANSLATE_NOOP("Library", "cannot read {meta_path} ({error})"),
            meta_path=meta_path,
            error=error,
        ) from None
    title = str(meta.get("title", "")) or folder.name
    report_id = str(meta.get("id", "")) or slug(title)
    if not _ID.match(report_id):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Library", "{meta_path}: id {report_id!r} must be lowercase letters, digits and hyphens"
            ),
            meta_path=meta_path,
            report_id=report_id,
        )
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
            entries = list(self.folder.iterdir())
        except OSError:
            return []
        _clear_leftovers(entries)
        folders = sorted(p for p in entries if p.is_dir() and not p.name.startswith("."))
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
        raise UserError(
            QT_TRANSLATE_NOOP("Library", "no report {report_id!r} in the library (it has: {known})"),
            report_id=report_id,
            known=known,
        )

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
                raise UserError(
                    QT_TRANSLATE_NOOP("Library", "no content folder at {reference}"), reference=reference
                )
            return read_report(candidate.resolve())
        if candidate.is_dir() and (candidate / "report" / "meta.toml").exists():
            return read_report(candidate.resolve())
        return self.get(reference)

    def add(self, folder: Path) -> Report:
        """Check ``folder`` strictly, then copy it into the library; UserError (one line) if it fails.

        Only the folder's own files are copied: a link leading out of it, a pipe or a device is
        refused before anything is written, and a copy cut short (a full disk, a kill) never
        shows in the library and is cleared by the next ``added()``.
        """
        from desktop.core.content.check import check_folder

        if not folder.is_dir():
            raise UserError(QT_TRANSLATE_NOOP("Library", "no content folder at {folder}"), folder=folder)
        report = read_report(folder)
        files = _own_files(folder)
        problems, _summary = check_folder(folder)
        if problems:
            raise UserError(
                QT_TRANSLATE_NOOP("Library", "{folder} cannot be added: {first_problem}"),
                folder=folder,
                first_problem=first_problem(folder, problems),
            )
        if report.id == self.bundled.id:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Library",
                    "{id!r} is the bundled report's id; give this report another in its report/meta.toml",
                ),
                id=report.id,
            )
        if report.id in {known.id for known in self.added()}:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Library", "the library already has a report {id!r}; remove it first to replace it"
                ),
                id=report.id,
            )
        import shutil  # only when the library changes

        target = self.folder / report.id
        staging = self.folder / f"{_STAGING}{report.id}-{os.getpid()}"
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            _copy_files(folder, files, staging)
            os.rename(staging, target)  # whole or not at all
        except OSError as error:
            shutil.rmtree(staging, ignore_errors=True)
            if error.errno in (errno.ENOTEMPTY, errno.EEXIST) and target.is_dir():  # added meanwhile
                raise UserError(
                    QT_TRANSLATE_NOOP("Library", "the library already has a report {id!r}"), id=report.id
                ) from None
            raise UserError(
                QT_TRANSLATE_NOOP("Library", "cannot add {folder} to the library ({reason})"),
                folder=folder,
                reason=_reason(error),
            ) from None
        return read_report(target)

    def remove(self, report_id: str) -> Report:
        """Take an added report's copy out of the library; its notes stay in the data dir."""
        report = self.get(report_id)
        if report.bundled:
            raise UserError(
                QT_TRANSLATE_NOOP("Library", "{report_id!r} is the bundled report; it cannot be removed"),
                report_id=report_id,
            )
        import shutil

        aside = self.folder / f"{_REMOVING}{report.id}-{os.getpid()}"
        try:
            os.rename(report.folder, aside)  # gone from the library at once, even if deleting fails
        except OSError as error:
            raise UserError(
                QT_TRANSLATE_NOOP("Library", "cannot remove {report_id!r} ({reason})"),
                report_id=report_id,
                reason=error.strerror or error,
            ) from None
        shutil.rmtree(aside, ignore_errors=True)
        return report


_STAGING = ".adding-"  # a copy under way; hidden, so never listed
_REMOVING = ".removed-"  # a copy being deleted
_LEFTOVER_AGE_S = 24 * 3600  # where no process can be asked whether it still runs


def first_problem(folder: Path, problems: list[str]) -> str:
    """The first of ``check_folder``'s problems, and how many more there are, in one line."""
    if len(problems) <= 1:
        return problems[0] if problems else ""
    return f"{problems[0]} (and {len(problems) - 1} more; see 'dossier check-content {folder}')"


def _own_files(folder: Path) -> list[Path]:
    """The files a copy of ``folder`` holds (relative paths), hidden ones and ``__pycache__``
    left out; UserError for a link that leads out of the folder or nowhere, or anything that
    is not a plain file or folder (a pipe, a device, a socket)."""
    root = folder.resolve()
    files = []
    for parent, folders, names in os.walk(folder):
        folders[:] = sorted(name for name in folders if not name.startswith(".") and name != "__pycache__")
        for name in [*folders, *sorted(names)]:
            if name.startswith("."):
                continue
            path = Path(parent, name)
            shown = path.relative_to(folder).as_posix()
            if path.is_symlink():
                try:
                    resolved = path.resolve(strict=True)
                except (OSError, RuntimeError):
                    raise UserError(
                        QT_TRANSLATE_NOOP(
                            "Library", "{folder} cannot be added: {shown} is a link to nowhere"
                        ),
                        folder=folder,
                        shown=shown,
                    ) from None
                if resolved != root and root not in resolved.parents:
                    raise UserError(
                        QT_TRANSLATE_NOOP(
                            "Library",
                            "{folder} cannot be added: {shown} links to {resolved}, outside the folder",
                        ),
                        folder=folder,
                        shown=shown,
                        resolved=resolved,
                    )
                if resolved.is_dir():  # copied, it would be twice in the copy (or without end: a loop)
                    raise UserError(
                        QT_TRANSLATE_NOOP(
                            "Library", "{folder} cannot be added: {shown} links to a folder; copy it in"
                        ),
                        folder=folder,
                        shown=shown,
                    )
            if path.is_dir():
                continue
            if not path.is_file():
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Library",
                        "{folder} cannot be added: {shown} is not a plain file (a pipe or a device)",
                    ),
                    folder=folder,
                    shown=shown,
                )
            files.append(path.relative_to(folder))
    return files


def _copy_files(folder: Path, files: list[Path], target: Path) -> None:
    import shutil

    target.mkdir()
    for relative in files:
        (target / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(folder / relative, target / relative)


def _reason(error: OSError) -> str:
    return error.strerror or str(error)


def _clear_leftovers(entries: list[Path]) -> None:
    """Delete the copies an add or a remove left when it was cut short (a kill, a power cut)."""
    for entry in entries:
        name = entry.name
        if not name.startswith((_STAGING, _REMOVING)):
            continue
        pid = name.rpartition("-")[2]
        if pid.isdigit() and _running(int(pid), entry):
            continue
        import shutil  # only when something was left

        shutil.rmtree(entry, ignore_errors=True)


def _running(pid: int, entry: Path) -> bool:
    """Whether the process that left ``entry`` may still be at work on it."""
    if pid == os.getpid():
        return True
    if os.name != "posix":  # no harmless signal 0 there: only an old copy is surely abandoned
        try:
            return time.time() - entry.stat().st_mtime < _LEFTOVER_AGE_S
        except OSError:
            return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process: alive
        return True
    return True
