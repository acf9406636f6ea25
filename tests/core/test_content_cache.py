"""A damaged or unusable content cache is rebuilt (or built elsewhere), never a traceback."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import paths
from desktop.core.content import cache as contentdb
from desktop.core.store import ReportStore

REPO = Path(__file__).resolve().parents[2]


def _searchable(database: Path) -> bool:
    store = ReportStore(database)
    try:
        return bool(store.searcher.search("Afghanistan", limit=1).hits) and bool(store.sections)
    finally:
        store.close()


@pytest.fixture
def built(tmp_path: Path) -> tuple[Path, Path]:
    """A private cache with a sound database in it (a copy of the session's), and that database."""
    cache = tmp_path / "cache"
    cache.mkdir()
    session = Path(contentdb.ensure_database(paths.content_dir(), os.environ[paths.CACHE_DIR_ENV]))
    target = cache / session.name
    target.write_bytes(session.read_bytes())
    return cache, target


def _truncate(path: Path) -> None:
    with open(path, "r+b") as handle:
        handle.truncate(path.stat().st_size // 3)


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _garbage(path: Path) -> None:
    path.write_bytes(os.urandom(8192))


def _drop_search(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("DROP TABLE search")
    connection.commit()
    connection.close()


@pytest.mark.parametrize("damage", [_truncate, _empty, _garbage, _drop_search])
def test_a_damaged_database_is_rebuilt(built, damage):
    cache, target = built
    damage(target)
    database = Path(contentdb.ensure_database(paths.content_dir(), cache))
    assert database == target
    assert _searchable(database)


def test_a_folder_in_the_databases_place_is_left_alone_and_the_build_goes_elsewhere(built):
    cache, target = built
    target.unlink()
    target.mkdir()
    (target / "keep.txt").write_text("mine", encoding="utf-8")
    told: list[str] = []
    database = Path(contentdb.ensure_database(paths.content_dir(), cache, told.append))
    assert database.parent != cache
    assert _searchable(database)
    assert (target / "keep.txt").read_text(encoding="utf-8") == "mine"
    assert len(told) == 1 and str(cache) in told[0]


def test_a_cache_dir_that_is_a_file_is_left_alone_and_the_build_goes_elsewhere(tmp_path):
    cache = tmp_path / "cache"
    cache.write_text("not a folder", encoding="utf-8")
    told: list[str] = []
    database = Path(contentdb.ensure_database(paths.content_dir(), cache, told.append))
    assert _searchable(database)
    assert cache.read_text(encoding="utf-8") == "not a folder"
    assert "is a file" in told[0]


def test_a_sound_database_is_not_rebuilt(built):
    cache, target = built
    before = target.stat().st_ino
    assert Path(contentdb.ensure_database(paths.content_dir(), cache)) == target
    assert Path(contentdb.ensure_database(paths.content_dir(), cache)) == target
    assert target.stat().st_ino == before


def test_every_table_the_reader_needs_is_built(store):
    assert contentdb.check_database(store.path) == ""


@pytest.mark.parametrize("damage", ["garbage", "cache-is-a-file"])
def test_the_command_line_answers_over_a_damaged_cache(tmp_path, damage):
    cache = tmp_path / "cache"
    if damage == "garbage":
        cache.mkdir()
        digest = contentdb.current_hash(paths.content_dir(), Path(os.environ[paths.CACHE_DIR_ENV]))
        Path(contentdb.database_path(cache, digest)).write_bytes(b"SQLite format 3\0" + os.urandom(5000))
    else:
        cache.write_text("x", encoding="utf-8")
    env = dict(os.environ, DOSSIER_CACHE_DIR=str(cache), DOSSIER_DATA_DIR=str(tmp_path / "data"))
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "search", "Kabul", "--limit", "1"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "Kabul" in done.stdout
