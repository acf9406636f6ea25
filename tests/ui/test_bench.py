"""``dossier bench`` runs and reports every figure (the figures themselves are not tested)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from desktop.bench import KEYS


def test_bench_json_prints_every_key(tmp_path):
    env = dict(os.environ, DOSSIER_DATA_DIR=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "bench", "--quick", "--json"],
        capture_output=True, text=True, timeout=600, env=env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    figures = json.loads(result.stdout)
    assert list(figures) == list(KEYS)
    assert all(isinstance(value, int | float) and value > 0 for value in figures.values())


def test_bench_startup_only_prints_the_startup_pair(tmp_path):
    env = dict(os.environ, DOSSIER_DATA_DIR=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "bench", "--startup", "--runs", "1", "--json"],
        capture_output=True, text=True, timeout=300, env=env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    figures = json.loads(result.stdout)
    assert list(figures) == [
        "startup_ratio",
        "rss_ratio",
        "startup_s",
        "floor_startup_s",
        "rss_mb",
        "floor_rss_mb",
        "first_paint_ratio",
        "first_paint_s",
        "floor_first_paint_s",
    ]
    assert figures["startup_s"] > 0 and figures["floor_startup_s"] > 0
