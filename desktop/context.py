"""Open the bundled report the same way for the window, the CLI and the benchmarks."""

from __future__ import annotations

from pathlib import Path

from desktop import paths
from desktop.core.contentdb import ensure_database
from desktop.core.store import ReportStore


def open_report(content: Path | None = None, cache: Path | None = None) -> ReportStore:
    """The compiled report, rebuilt first if ``content/`` changed since the last build."""
    database = ensure_database(content or paths.content_dir(), cache or paths.cache_dir())
    return ReportStore(database)


def open_notes(data: Path | None = None):
    """The reader's notes in the user data dir (created on first use)."""
    from desktop.core.notes import NOTES_FILE, NotesError, NotesStore

    folder = data or paths.data_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise NotesError(f"the data folder {folder} cannot be created ({error.strerror})") from None
    return NotesStore(folder / NOTES_FILE)
