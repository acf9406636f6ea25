"""Where Qt is installed, desktop.paths chooses the very folders QStandardPaths does."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import paths

QT_PROBE = """
import json
from PySide6.QtCore import QCoreApplication, QStandardPaths
QCoreApplication.setApplicationName("Dossier")
kinds = {"data": "AppDataLocation", "cache": "CacheLocation", "config": "AppConfigLocation",
         "state": "StateLocation"}
location = QStandardPaths.StandardLocation
print(json.dumps({k: QStandardPaths.writableLocation(getattr(location, v)) for k, v in kinds.items()}))
"""

XDG = ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt's answer is checked where it runs")
@pytest.mark.parametrize(
    "xdg",
    [
        {},
        {"XDG_DATA_HOME": "/srv/ann/data/", "XDG_CACHE_HOME": "/var/tmp/c", "XDG_STATE_HOME": "/st"},
        {"XDG_CONFIG_HOME": "relative/config", "XDG_CACHE_HOME": ""},
    ],
)
def test_the_standard_locations_are_the_ones_qt_chooses(tmp_path, xdg):
    env = {k: v for k, v in os.environ.items() if k not in XDG}
    env.update(HOME=str(tmp_path / "home"), **xdg)
    done = subprocess.run(
        [sys.executable, "-c", QT_PROBE], env=env, capture_output=True, text=True, timeout=60, check=True
    )
    from_qt = json.loads(done.stdout.strip().splitlines()[-1])
    for kind, folder in from_qt.items():
        assert paths.standard_location(kind, "linux", env) == Path(folder), kind
