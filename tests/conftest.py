"""Shared fixtures: offscreen Qt, a fresh data dir per test, one content build per session."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEED_COPY = Path(__file__).resolve().parent / "data" / "seed.txt"
# A second report, written for the tests: another region, its own glossary, facts, map and layers.
SECOND_REPORT = Path(__file__).resolve().parent / "data" / "second-report"


UI_TESTS = Path(__file__).resolve().parent / "ui"
QT_FIXTURES = {"qtbot", "qapp", "qtmodeltester"}


def pytest_addoption(parser: pytest.Parser) -> None:
    # tests/core runs where PySide6 and pytest-qt are not installed; pyproject's qt_* settings
    # must then still be known options under --strict-config.
    try:
        import pytestqt  # noqa: F401
    except ImportError:
        for name in ("qt_api", "qt_log_level_fail", "qt_log_ignore"):
            parser.addini(name, "pytest-qt setting (pytest-qt is not installed)", type="linelist")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test that needs Qt is a ``gui`` test: those under tests/ui and any using a Qt fixture."""
    for item in items:
        in_ui = UI_TESTS in Path(str(item.fspath)).resolve().parents
        if in_ui or QT_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(scope="session", autouse=True)
def content_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    cache = tmp_path_factory.mktemp("cache")
    os.environ["DOSSIER_CACHE_DIR"] = str(cache)
    return cache


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("DOSSIER_DATA_DIR", str(folder))
    # The window follows the locale's language: the suite reads English on any machine.
    for variable in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    return folder


@pytest.fixture
def xdg_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home of its own with XDG data, config and state folders in it, and no Dossier overrides."""
    for name in ("DOSSIER_DATA_DIR", "DOSSIER_CONFIG_DIR", "DOSSIER_STATE_DIR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    for variable, folder in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_STATE_HOME", "state"),
    ):
        monkeypatch.setenv(variable, str(tmp_path / folder))
    return tmp_path


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
    from desktop.ui.window.main_window import build_window

    def make():
        window = build_window(store, data_dir)
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
