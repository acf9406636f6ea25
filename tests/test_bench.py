"""``dossier bench`` runs and reports every figure (the figures themselves are not tested)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from desktop.bench import KEYS

pytestmark = pytest.mark.gui


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
