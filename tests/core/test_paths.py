"""Standard locations without Qt, for every platform; the command line never loads Qt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import paths

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("data", "/Users/ann/Library/Application Support/Dossier"),
        ("cache", "/Users/ann/Library/Caches/Dossier"),
        ("config", "/Users/ann/Library/Preferences/Dossier"),
        ("state", "/Users/ann/Library/Preferences/Dossier/State"),
    ],
)
def test_macos_locations_are_the_ones_qt_documents(kind, expected):
    assert paths.standard_location(kind, "darwin", {"HOME": "/Users/ann"}) == Path(expected)


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("data", "C:/Users/ann/AppData/Roaming/Dossier"),
        ("cache", "C:/Users/ann/AppData/Local/Dossier/cache"),
        ("config", "C:/Users/ann/AppData/Local/Dossier"),
        ("state", "C:/Users/ann/AppData/Local/Dossier/State"),
    ],
)
def test_windows_locations_are_the_ones_qt_documents(kind, expected):
    env = {"APPDATA": "C:/Users/ann/AppData/Roaming", "LOCALAPPDATA": "C:/Users/ann/AppData/Local"}
    assert paths.standard_location(kind, "win32", env) == Path(expected)
    profile_only = {"USERPROFILE": "C:/Users/ann"}
    assert paths.standard_location(kind, "win32", profile_only) == Path(expected)


def test_linux_follows_xdg_and_ignores_a_relative_xdg_path():
    env = {"HOME": "/home/ann", "XDG_CACHE_HOME": "/fast/cache", "XDG_DATA_HOME": "relative/data"}
    assert paths.standard_location("cache", "linux", env) == Path("/fast/cache/Dossier")
    assert paths.standard_location("data", "linux", env) == Path("/home/ann/.local/share/Dossier")
    assert paths.standard_location("state", "linux", env) == Path("/home/ann/.local/state/Dossier")
    assert paths.standard_location("config", "linux", env) == Path("/home/ann/.config/Dossier")


def test_with_no_home_the_password_database_gives_the_folder(monkeypatch):
    pwd = pytest.importorskip("pwd")
    for name in ("HOME", paths.CACHE_DIR_ENV, "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    home = Path(pwd.getpwuid(os.getuid()).pw_dir)
    assert paths.cache_dir() == home / ".cache" / "Dossier"
    assert not str(paths.cache_dir()).startswith("//")


def test_with_no_home_at_all_one_clear_error(monkeypatch):
    monkeypatch.delenv("HOME", raising=False)
    monkeypatch.setattr(os, "getuid", lambda: 2**31 - 7)  # no such user
    with pytest.raises(paths.PathError, match="HOME"):
        paths.home_dir()


def _run_cli(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    probe = (
        "import sys\n"
        "from desktop.cli import main\n"
        "code = main(sys.argv[1:])\n"
        "qt = any(m.split('.')[0] == 'PySide6' for m in sys.modules)\n"
        "print('QT-LOADED' if qt else 'NO-QT', file=sys.stderr)\n"
        "sys.exit(code)\n"
    )
    return subprocess.run(
        [sys.executable, "-c", probe, *args], cwd=REPO, env=env, capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize(
    "args",
    [["search", "Kabul"], ["notes", "list"], ["sections"], ["glossary", "CSTO"], ["backup", "list"], ["map"]],
)
def test_the_command_line_never_imports_qt(tmp_path, args):
    env = dict(os.environ, DOSSIER_DATA_DIR=str(tmp_path / "data"))
    env.pop(paths.CACHE_DIR_ENV, None)  # the standard cache location, as a person's shell has it
    env["XDG_CACHE_HOME"] = os.environ[paths.CACHE_DIR_ENV]  # ...pointed at the session's build
    done = _run_cli(args, env)
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip().splitlines()[-1] == "NO-QT"


def test_a_cache_path_beginning_with_two_slashes_works(tmp_path):
    env = dict(os.environ, DOSSIER_DATA_DIR=str(tmp_path / "data"))
    env[paths.CACHE_DIR_ENV] = "/" + os.environ[paths.CACHE_DIR_ENV]  # what Qt gives with no HOME
    done = _run_cli(["search", "Kabul", "--limit", "1"], env)
    assert done.returncode == 0, done.stderr
    assert "Kabul" in done.stdout
