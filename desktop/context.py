"""Open the bundled report the same way for the window, the CLI and the benchmarks."""

from __future__ import annotations

from pathlib import Path

from desktop import paths
from desktop.core.content.cache import ensure_database
from desktop.core.store import ReportStore


def open_report(content: Path | None = None, cache: Path | None = None) -> ReportStore:
    """The compiled report, rebuilt first if ``content/`` changed since the last build or it is damaged.

    When the cache dir cannot hold it, it is built in a temporary folder and one line says so.
    """
    database = ensure_database(content or paths.content_dir(), cache or paths.cache_dir(), _tell)
    return ReportStore(database)


def _tell(message: str) -> None:
    import sys

    print(f"dossier: {message}", file=sys.stderr)


def open_notes(data: Path | None = None):
    """The reader's notes in the user data dir (created on first use).

    A damaged notes file is moved aside and a fresh one started; the one-line account of
    what happened goes to stderr. Without any usable notes file this raises NotesError.
    """
    import sys

    from desktop.core.notes.safety import open_notes_safely
    from desktop.core.notes.store import NotesError

    opened = open_notes_safely(data or paths.data_dir())
    if opened.store is None:  # the error says it, once
        raise NotesError(opened.problem.rstrip(".") or "notes are unavailable")
    if opened.problem:
        print(f"dossier: {opened.problem}", file=sys.stderr)
    return opened.store
