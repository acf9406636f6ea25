"""Where Dossier finds its content, resources, cache and user data, as ``Path`` objects.

Nothing else in the package builds a path: the rules are ``desktop/locations.py``'s (worked
out as strings there, so that ``dossier search`` needs no ``pathlib``); this module gives the
same folders as Paths to the window and the commands, and adds the folders only they use
(resources, translations, the library, preferences and window state).

Nothing here creates a directory or imports Qt.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from desktop import locations
from desktop.locations import (  # noqa: F401 - the names the rest of Dossier takes from here
    APP_ID,
    APP_NAME,
    CACHE_DIR_ENV,
    CONFIG_DIR_ENV,
    DATA_DIR_ENV,
    REPORT_ENV,
    STATE_DIR_ENV,
    PathError,
)


def content_dir() -> Path:
    """The human-edited source of truth (report, glossary, map data)."""
    return Path(locations.content_folder())


def resources_dir() -> Path:
    """Icons and stylesheets (the desktop entry and metainfo are in ``packaging/``)."""
    return Path(locations.bundled_folder("_resources", "resources"))


def translations_dir() -> Path:
    """The UI's compiled translations (``dossier_<language>.qm``)."""
    return resources_dir() / "translations"


def home_dir() -> Path:
    """``$HOME``, else the password database's entry; PathError if neither gives a folder."""
    return Path(locations.home_folder())


def standard_location(
    kind: str, platform: str | None = None, environ: Mapping[str, str] | None = None
) -> Path:
    """The folder Qt would choose for ``kind`` (data, cache, config, state) of this app.

    ``platform`` and ``environ`` default to this process's; tests pass others.
    """
    return Path(locations.standard_folder(kind, platform, environ))


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The user's data (notes, backups, settings): never derived, never in the repo."""
    return Path(locations.data_folder(override))


def cache_dir() -> Path:
    """Derived files (the compiled content database) that can be rebuilt at any time."""
    return Path(locations.cache_folder())


def library_dir(data: Path | None = None) -> Path:
    """The content folders the reader added (``dossier library add``), one folder per report."""
    return data_dir(data) / "library"


def report_data_dir(report_id: str | None, data: Path | None = None) -> Path:
    """One report's notes, backups and unsaved text (``locations.report_data_folder``)."""
    return Path(locations.report_data_folder(report_id, data))


def report_cache_dir(report_id: str | None) -> Path:
    """One report's compiled database (``locations.report_cache_folder``)."""
    return Path(locations.report_cache_folder(report_id))


def last_report_file(data: Path | None = None) -> Path:
    """The id of the report the window showed last (a line of text, read before Qt loads)."""
    return state_dir(data) / "last-report"


def _data_overridden() -> bool:
    return bool(os.environ.get(DATA_DIR_ENV))


def _beside_data(kind: str, env_name: str, data: Path | None) -> Path:
    env = os.environ.get(env_name)
    if env:
        return Path(env).expanduser()
    if data is None and _data_overridden():
        return data_dir()
    if data is not None and (_data_overridden() or Path(data) != standard_location("data")):
        return Path(data)  # a data folder of one's own keeps its settings with it (tests, bench)
    return standard_location(kind)


def config_dir(data: Path | None = None) -> Path:
    """Preferences (``settings.ini``): the platform's config dir (``~/.config/Dossier``).

    When the data dir is overridden (``--data-dir``, ``DOSSIER_DATA_DIR``), or ``data`` is a
    folder other than the standard one, preferences stay in that folder, so a test or a
    portable copy never writes to the real config dir. ``DOSSIER_CONFIG_DIR`` overrides both.
    """
    return _beside_data("config", CONFIG_DIR_ENV, data)


def state_dir(data: Path | None = None) -> Path:
    """Window state (``state.ini``): the platform's state dir (``~/.local/state/Dossier``),
    with the same rule as ``config_dir``; ``DOSSIER_STATE_DIR`` overrides it."""
    return _beside_data("state", STATE_DIR_ENV, data)
