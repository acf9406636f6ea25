"""Shared fixtures: offscreen Qt, a fresh data dir per test, one content build per session."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEED_COPY = Path(__file__).resolve().parent / "data" / "seed.txt"


@pytest.fixture(scope="session", autouse=True)
def content_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    cache = tmp_path_factory.mktemp("cache")
    os.environ["DOSSIER_CACHE_DIR"] = str(cache)
    return cache


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("DOSSIER_DATA_DIR", str(folder))
    return folder


@pytest.fixture(scope="session")
def store(content_cache: Path):
    from desktop.context import open_report

    report = open_report()
    yield report
    report.close()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_COPY.read_text(encoding="utf-8")


@pytest.fixture
def make_window(qtbot, store, data_dir):
    """A factory for main windows over the same data dir (to test restarts)."""
    from desktop.context import open_notes
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import Preferences, WindowState

    def make():
        window = MainWindow(store, Preferences(data_dir), WindowState(data_dir), open_notes(data_dir))
        qtbot.addWidget(window)
        window.resize(1200, 800)
        window.show()
        window.activateWindow()
        qtbot.waitExposed(window)
        qtbot.waitUntil(window.isActiveWindow)
        return window

    return make


@pytest.fixture
def window(make_window):
    return make_window()
