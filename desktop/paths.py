"""Where Dossier finds its content, resources, cache and user data.

Nothing else in the package builds a path. Bundled content and resources sit
inside the package in an installed wheel (``desktop/_content``,
``desktop/_resources``) and beside it in a source checkout (``content/``,
``resources/``). The user data dir is the platform's standard one unless
``--data-dir`` or ``DOSSIER_DATA_DIR`` overrides it; the content cache may be
redirected with ``DOSSIER_CACHE_DIR`` (tests and benchmarks do).

The standard locations are worked out here, without Qt, exactly as Qt's
``QStandardPaths.writableLocation`` chooses them (XDG on Linux and other Unix,
``~/Library`` on macOS, ``%APPDATA%``/``%LOCALAPPDATA%`` on Windows; a test
checks the two agree), so the command line never loads Qt to find a folder.
One deliberate difference: with no ``HOME`` Qt uses ``/`` (giving ``//.cache``);
this module asks the password database, as Python's ``expanduser`` does.

Nothing here creates a directory or imports Qt.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

APP_NAME = "Dossier"
# The reverse-DNS id: the desktop entry's and AppStream metainfo's name (packaging/), and Qt's
# desktop file name, so a desktop shell matches the window to its entry and icon.
APP_ID = "io.github.dossier_reader.Dossier"
DATA_DIR_ENV = "DOSSIER_DATA_DIR"
CACHE_DIR_ENV = "DOSSIER_CACHE_DIR"
CONFIG_DIR_ENV = "DOSSIER_CONFIG_DIR"
STATE_DIR_ENV = "DOSSIER_STATE_DIR"
REPORT_ENV = "DOSSIER_REPORT"  # the report to open (an id of the library or a content folder), as --report

_PACKAGE = Path(__file__).resolve().parent


class PathError(Exception):
    """No standard location can be found (no home folder at all); the message says what to set."""


def _bundled(installed_name: str, checkout_name: str) -> Path:
    installed = _PACKAGE / installed_name
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / checkout_name


def content_dir() -> Path:
    """The human-edited source of truth (report, glossary, map data)."""
    return _bundled("_content", "content")


def resources_dir() -> Path:
    """Icons and stylesheets (the desktop entry and metainfo are in ``packaging/``)."""
    return _bundled("_resources", "resources")


def translations_dir() -> Path:
    """The UI's compiled translations (``dossier_<language>.qm``)."""
    return resources_dir() / "translations"


def home_dir() -> Path:
    """``$HOME``, else the password database's entry; PathError if neither gives a folder."""
    home = os.environ.get("HOME", "")
    if not home:
        try:
            import pwd

            home = pwd.getpwuid(os.getuid()).pw_dir
        except (ImportError, KeyError, OSError):
            home = ""
    if not home and sys.platform == "win32":
        home = os.environ.get("USERPROFILE", "")
    if not home or not os.path.isabs(home):
        raise PathError(
            f"no home folder is known (HOME is not set); set HOME, or {DATA_DIR_ENV} and {CACHE_DIR_ENV}"
        )
    return Path(home)


# kind -> (XDG variable, default under home) on Linux; the macOS and Windows tables follow Qt's docs.
_XDG = {
    "data": ("XDG_DATA_HOME", ".local/share"),
    "cache": ("XDG_CACHE_HOME", ".cache"),
    "config": ("XDG_CONFIG_HOME", ".config"),
    "state": ("XDG_STATE_HOME", ".local/state"),
}
_MACOS = {
    "data": "Library/Application Support/{app}",
    "cache": "Library/Caches/{app}",
    "config": "Library/Preferences/{app}",
    "state": "Library/Preferences/{app}/State",
}
_WINDOWS = {  # (environment variable, known-folder fallback under the profile, path under it)
    "data": ("APPDATA", "AppData/Roaming", "{app}"),
    "cache": ("LOCALAPPDATA", "AppData/Local", "{app}/cache"),
    "config": ("LOCALAPPDATA", "AppData/Local", "{app}"),
    "state": ("LOCALAPPDATA", "AppData/Local", "{app}/State"),
}


def standard_location(
    kind: str, platform: str | None = None, environ: Mapping[str, str] | None = None
) -> Path:
    """The folder Qt would choose for ``kind`` (data, cache, config, state) of this app.

    ``platform`` and ``environ`` default to this process's; tests pass others.
    """
    platform = platform or sys.platform
    env = os.environ if environ is None else environ
    if platform == "darwin":
        return _home(env) / _MACOS[kind].format(app=APP_NAME)
    if platform == "win32":
        variable, fallback, tail = _WINDOWS[kind]
        base = env.get(variable, "")
        root = Path(base) if base else _home(env) / fallback
        return root / tail.format(app=APP_NAME)
    variable, default = _XDG[kind]
    base = env.get(variable, "")
    if not base.startswith("/"):  # the XDG spec: a relative path is to be ignored (Qt does too)
        base = str(_home(env) / default)
    return Path(base) / APP_NAME


def _home(env: Mapping[str, str]) -> Path:
    if env is os.environ:
        return home_dir()
    home = env.get("HOME") or env.get("USERPROFILE")
    if not home:
        raise PathError("no home folder is known (HOME is not set)")
    return Path(home)


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The user's data (notes, backups, settings): never derived, never in the repo."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    return standard_location("data")


def cache_dir() -> Path:
    """Derived files (the compiled content database) that can be rebuilt at any time."""
    env = os.environ.get(CACHE_DIR_ENV)
    if env:
        return Path(env).expanduser()
    return standard_location("cache")


def library_dir(data: Path | None = None) -> Path:
    """The content folders the reader added (``dossier library add``), one folder per report."""
    return data_dir(data) / "library"


def report_data_dir(report_id: str | None, data: Path | None = None) -> Path:
    """One report's notes, backups and unsaved text. ``None`` is the bundled report, whose notes
    stay where every earlier Dossier kept them (the data dir itself): an upgrade moves nothing."""
    root = data_dir(data)
    return root if report_id is None else root / "reports" / report_id


def report_cache_dir(report_id: str | None) -> Path:
    """One report's compiled database; each report has its own folder, so building one never
    removes another's. ``None`` is the bundled report (the cache dir itself, as before)."""
    return cache_dir() if report_id is None else cache_dir() / "reports" / report_id


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
