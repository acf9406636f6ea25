"""Open a report of the library the same way for the window, the CLI and the benchmarks.

Which report: ``--report ID|DIR`` (the CLI puts it in ``DOSSIER_REPORT``), else the bundled
one (the window also remembers the last one it showed, see ``last_report``). Each report has
its own compiled cache, notes folder and window state, named by its id.

The bundled report's way in (``current_edition``, ``open_report``, ``existing_notes``) works
on plain strings, without ``pathlib`` or ``typing``: each ``dossier search`` starts here.
"""

from __future__ import annotations

import os
from collections import namedtuple

from desktop import locations
from desktop.core.content.cache import ensure_database
from desktop.core.errors import ContentError
from desktop.core.store import ReportStore


class Edition(namedtuple("Edition", "id folder bundled", module=__name__)):
    """The report being studied: its id, its content folder (a str), and whether it is the bundled one."""

    __slots__ = ()

    @property
    def key(self) -> str | None:
        """What names its own folders (``paths.report_data_dir``): None for the bundled report."""
        return None if self.bundled else self.id


def library():
    """The bundled report and every report the reader added."""
    from desktop import paths
    from desktop.core.library import Library

    return Library(paths.library_dir(), paths.content_dir())


def current_edition(reference: str | None = None) -> Edition:
    """The report ``reference`` (an id or a content folder) names, else ``DOSSIER_REPORT``'s,
    else the bundled one; UserError in one line for an unknown id or a folder that is none."""
    from desktop.core.report_id import report_id_of

    reference = reference or os.environ.get(locations.REPORT_ENV) or ""
    bundled = locations.content_folder()
    bundled_id = report_id_of(bundled)
    if reference == bundled_id:  # the usual start: no need to read the library (nor load a TOML parser)
        return Edition(bundled_id, bundled, True)
    if reference:
        report = library().resolve(reference)
        is_bundled = report.bundled or os.path.realpath(report.folder) == os.path.realpath(bundled)
        return Edition(report.id, os.fspath(report.folder), is_bundled)
    return Edition(bundled_id, bundled, True)


def open_report(
    content: str | os.PathLike[str] | None = None, cache: str | os.PathLike[str] | None = None
) -> ReportStore:
    """The compiled report, rebuilt first if its content changed since the last build or it is damaged.

    Without ``content``, the current edition's. When the cache dir cannot hold it, it is
    built in a temporary folder and one line says so.
    """
    if content is None:
        content, key = _current_folder()
    else:
        bundled = os.path.realpath(content) == os.path.realpath(locations.content_folder())
        key = None if bundled else _key_of(content)
    try:
        database = ensure_database(content, cache or locations.report_cache_folder(key), _tell)
    except ContentError as error:
        if key is None:  # the bundled report: its editors want every problem
            raise
        raise ContentError(_one_problem(content, str(error))) from None
    return ReportStore(database)


def _one_problem(content: str | os.PathLike[str], problems: str) -> str:
    """A content folder's problems as one line that names the folder (as ``library add`` says it)."""
    from desktop.core.library import first_problem

    lines = [f"{os.fspath(content)}/{line}" if line else "" for line in problems.splitlines()]
    return f"the report cannot be opened: {first_problem(content, [line for line in lines if line])}"


def _key_of(content: str | os.PathLike[str]) -> str:
    from desktop.core.report_id import report_id_of

    return report_id_of(content)


def _current_folder() -> tuple[str, str | None]:
    """The current edition's content folder and key (``Edition.key``). With no report named,
    the bundled one's, known without reading its id (every ``dossier search`` starts here)."""
    if not os.environ.get(locations.REPORT_ENV):
        return locations.content_folder(), None
    edition = current_edition()
    return edition.folder, edition.key


def notes_dir(data: str | os.PathLike[str] | None = None) -> str:
    """The current edition's notes folder (under ``data``, else the user data dir)."""
    return locations.report_data_folder(_current_folder()[1], data)


def last_report() -> str:
    """The id the window showed last, or "" (no file, or one that holds no id)."""
    from desktop import paths

    try:
        text = paths.last_report_file(paths.data_dir()).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError, paths.PathError):
        return ""
    return text if text and len(text) <= 80 and "/" not in text else ""


def remember_last_report(report_id: str) -> None:
    """Keep ``report_id`` for the next window start (best effort: a read-only disk forgets)."""
    from desktop import paths

    target = paths.last_report_file(paths.data_dir())
    temporary = target.with_name(f".last-report.{os.getpid()}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_text(report_id + "\n", encoding="utf-8")
        os.replace(temporary, target)
    except OSError:
        temporary.unlink(missing_ok=True)


def _tell(message: str) -> None:
    import sys

    print(f"dossier: {message}", file=sys.stderr)


def open_notes(data: str | os.PathLike[str] | None = None):
    """The reader's notes of the current edition (created on first use); ``data`` is a notes
    folder given outright (tests), else the edition's own.

    A damaged notes file is moved aside and a fresh one started; the one-line account of
    what happened goes to stderr. Without any usable notes file this raises NotesError.
    """
    import sys
    from pathlib import Path

    from desktop.core.notes.safety import open_notes_safely
    from desktop.core.notes.store import NotesError

    opened = open_notes_safely(Path(data or notes_dir()))
    if opened.store is None:  # the error says it, once
        raise NotesError(str(opened.problem).rstrip(".") or "notes are unavailable")
    if opened.problem:
        print(f"dossier: {opened.problem}", file=sys.stderr)
    return opened.store


def notes_to_search():
    """What a search reads of the current edition's notes: the notes file opened read-only when
    nothing about it needs care (``reading.plain_notes``), else as ``open_notes`` opens it (and
    says what it did); None where there is no notes file (none is created)."""
    from desktop.core.notes.reading import plain_notes

    return plain_notes(notes_dir()) or existing_notes()


def existing_notes():
    """The current edition's notes if it has a notes file, else None: a command that only reads
    them (a search, a citation) never creates one."""
    from desktop.core.notes import NOTES_FILE

    if not os.path.exists(os.path.join(notes_dir(), NOTES_FILE)):
        return None
    return open_notes()
