"""The window starts over a damaged content cache: the database is rebuilt first."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop import paths
from desktop.core.content import cache as contentdb

REPO = Path(__file__).resolve().parents[2]


def test_the_window_opens_over_a_garbage_content_database(tmp_path):
    cache = tmp_path / "cache"
    cache.mkdir()
    digest = contentdb.current_hash(paths.content_dir(), Path(os.environ[paths.CACHE_DIR_ENV]))
    Path(contentdb.database_path(cache, digest)).write_bytes(b"SQLite format 3\0" + b"\xff" * 5000)
    shot = tmp_path / "shot.png"
    env = dict(os.environ, DOSSIER_CACHE_DIR=str(cache), DOSSIER_DATA_DIR=str(tmp_path / "data"))
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--screenshot", str(shot)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert shot.stat().st_size > 10_000
