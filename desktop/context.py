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
