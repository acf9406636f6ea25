"""Where Dossier finds its content, cache and user data, worked out as plain strings.

The rules live here, with ``os.path`` alone: ``dossier search`` finds the compiled report and
the notes without importing ``pathlib`` (with the ``urllib`` and ``ipaddress`` it loads, a
fifth of a search's start). ``desktop/paths.py`` gives the same folders as ``Path`` objects
to the window and the other commands; between them the two modules build every path.

Bundled content and resources sit inside the package in an installed wheel
(``desktop/_content``, ``desktop/_resources``) and beside it in a source checkout
(``content/``, ``resources/``). The user data dir is the platform's standard one unless
``--data-dir`` or ``DOSSIER_DATA_DIR`` overrides it; the content cache may be redirected with
``DOSSIER_CACHE_DIR`` (tests and benchmarks do).

The standard locations are worked out here, without Qt, exactly as Qt's
``QStandardPaths.writableLocation`` chooses them (XDG on Linux and other Unix, ``~/Library``
on macOS, ``%APPDATA%``/``%LOCALAPPDATA%`` on Windows; a test checks the two agree), so the
command line never loads Qt to find a folder. One deliberate difference: with no ``HOME`` Qt
uses ``/`` (giving ``//.cache``); this module asks the password database, as Python's
``expanduser`` does.

Nothing here creates a directory or imports Qt.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

APP_NAME = "Dossier"
# The reverse-DNS id: the desktop entry's and AppStream metainfo's name (packaging/), and Qt's
# desktop file name, so a desktop shell matches the window to its entry and icon.
APP_ID = "io.github.dossier_reader.Dossier"
DATA_DIR_ENV = "DOSSIER_DATA_DIR"
CACHE_DIR_ENV = "DOSSIER_CACHE_DIR"
CONFIG_DIR_ENV = "DOSSIER_CONFIG_DIR"
STATE_DIR_ENV = "DOSSIER_STATE_DIR"
REPORT_ENV = "DOSSIER_REPORT"  # the report to open (an id of the library or a content folder), as --report

_PACKAGE = os.path.dirname(os.path.realpath(__file__))


class PathError(Exception):
    """No standard location can be found (no home folder at all); the message says what to set."""


def bundled_folder(installed_name: str, checkout_name: str) -> str:
    """A folder shipped with Dossier: inside the package when installed, beside it in a checkout."""
    installed = os.path.join(_PACKAGE, installed_name)
    if os.path.isdir(installed):
        return installed
    return os.path.join(os.path.dirname(_PACKAGE), checkout_name)


def content_folder() -> str:
    """The bundled report's content folder (``paths.content_dir``)."""
    return bundled_folder("_content", "content")


def home_folder() -> str:
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
    return home


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


def standard_folder(kind: str, platform: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """The folder Qt would choose for ``kind`` (data, cache, config, state) of this app.

    ``platform`` and ``environ`` default to this process's; tests pass others.
    """
    platform = platform or sys.platform
    env = os.environ if environ is None else environ
    if platform == "darwin":
        return os.path.join(_home(env), _MACOS[kind].format(app=APP_NAME))
    if platform == "win32":
        variable, fallback, tail = _WINDOWS[kind]
        base = env.get(variable, "") or os.path.join(_home(env), fallback)
        return os.path.join(base, tail.format(app=APP_NAME))
    variable, default = _XDG[kind]
    base = env.get(variable, "")
    if not base.startswith("/"):  # the XDG spec: a relative path is to be ignored (Qt does too)
        base = os.path.join(_home(env), default)
    return os.path.join(base, APP_NAME)


def _home(env: Mapping[str, str]) -> str:
    if env is os.environ:
        return home_folder()
    home = env.get("HOME") or env.get("USERPROFILE")
    if not home:
        raise PathError("no home folder is known (HOME is not set)")
    return home


def data_folder(override: str | os.PathLike[str] | None = None) -> str:
    """The user's data (notes, backups, settings): never derived, never in the repo."""
    if override:
        return _expanded(override)
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return _expanded(env)
    return standard_folder("data")


def cache_folder() -> str:
    """Derived files (the compiled content database) that can be rebuilt at any time."""
    env = os.environ.get(CACHE_DIR_ENV)
    if env:
        return _expanded(env)
    return standard_folder("cache")


def _expanded(folder: str | os.PathLike[str]) -> str:
    """``folder`` with a leading ``~`` or ``~user`` expanded; PathError for a user with no home
    folder (``os.path.expanduser`` would leave the name, a folder under the current one)."""
    expanded = os.fspath(os.path.expanduser(folder))
    if expanded.startswith("~"):
        raise PathError(f"{os.fspath(folder)}: no home folder is known for {os.fspath(folder).split('/')[0]}")
    # Without a trailing slash, as a Path has it: "/x/y/" and "/x/y" are one folder, named alike
    # by every command (the bundled report's notes folder is the data folder itself).
    return expanded.rstrip(os.sep) or expanded


def report_data_folder(report_id: str | None, data: str | os.PathLike[str] | None = None) -> str:
    """One report's notes, backups and unsaved text. ``None`` is the bundled report, whose notes
    stay where every earlier Dossier kept them (the data dir itself): an upgrade moves nothing."""
    root = data_folder(data)
    return root if report_id is None else os.path.join(root, "reports", report_id)


def report_cache_folder(report_id: str | None) -> str:
    """One report's compiled database; each report has its own folder, so building one never
    removes another's. ``None`` is the bundled report (the cache dir itself, as before)."""
    return cache_folder() if report_id is None else os.path.join(cache_folder(), "reports", report_id)
