"""Where Dossier finds its content, resources, cache and user data.

Nothing else in the package builds a path. Bundled content and resources sit
inside the package in an installed wheel (``desktop/_content``,
``desktop/_resources``) and beside it in a source checkout (``content/``,
``resources/``). The user data dir comes from Qt's standard location unless
``--data-dir`` or ``DOSSIER_DATA_DIR`` overrides it; the content cache may be
redirected with ``DOSSIER_CACHE_DIR`` (tests and benchmarks do).

Nothing here creates a directory or imports Qt at import time.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Dossier"
DATA_DIR_ENV = "DOSSIER_DATA_DIR"
CACHE_DIR_ENV = "DOSSIER_CACHE_DIR"

_PACKAGE = Path(__file__).resolve().parent


def _bundled(installed_name: str, checkout_name: str) -> Path:
    installed = _PACKAGE / installed_name
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / checkout_name


def content_dir() -> Path:
    """The human-edited source of truth (report, glossary, map data)."""
    return _bundled("_content", "content")


def resources_dir() -> Path:
    """Icons, stylesheets, the desktop entry."""
    return _bundled("_resources", "resources")


def _standard_location(kind: str) -> Path:
    # Qt knows each platform's conventions; imported only when a path is asked for.
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    if QCoreApplication.applicationName() != APP_NAME:
        QCoreApplication.setApplicationName(APP_NAME)
    location = getattr(QStandardPaths.StandardLocation, kind)
    return Path(QStandardPaths.writableLocation(location))


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The user's data (notes, backups, settings): never derived, never in the repo."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    return _standard_location("AppDataLocation")


def cache_dir() -> Path:
    """Derived files (the compiled content database) that can be rebuilt at any time."""
    env = os.environ.get(CACHE_DIR_ENV)
    if env:
        return Path(env).expanduser()
    return _standard_location("CacheLocation")
