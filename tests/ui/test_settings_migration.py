"""On the first start after the move, preferences and window state come from the old
files in the data dir, and are then kept in the config and state dirs."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from desktop import paths
from desktop.ui.window.main_window import build_window

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="XDG folders")


@pytest.fixture
def home(xdg_home: Path) -> Path:
    return xdg_home


def test_old_settings_are_carried_over_and_new_ones_written_where_they_belong(home, store, qtbot):
    data = paths.data_dir()
    data.mkdir(parents=True)
    (data / "settings.ini").write_text("[General]\nzoom=135\ntheme=dark\n", encoding="utf-8")
    (data / "state.ini").write_text(
        f"[General]\nsection=withdrawal\ncontent_hash={store.meta['content_hash']}\n", encoding="utf-8"
    )
    window = build_window(store, data)
    qtbot.addWidget(window)
    assert window.preferences.zoom == 135 and window.preferences.theme == "dark"
    config, state = home / "config" / "Dossier", home / "state" / "Dossier"
    assert "zoom=135" in (config / "settings.ini").read_text(encoding="utf-8")
    assert "section=withdrawal" in (state / "state.ini").read_text(encoding="utf-8")

    window.preferences.zoom = 90
    assert "zoom=90" in (config / "settings.ini").read_text(encoding="utf-8")
    assert "zoom=135" in (data / "settings.ini").read_text(encoding="utf-8")  # the old file is left as it was
    window.close()

    again = build_window(store, data)  # a second start reads the new file, not the old one again
    qtbot.addWidget(again)
    assert again.preferences.zoom == 90
    again.persist_state = False
    again.close()


def test_a_fresh_start_writes_nothing_into_the_data_dir(home, store, qtbot):
    data = paths.data_dir()
    window = build_window(store, data)
    qtbot.addWidget(window)
    window.preferences.zoom = 120
    window.close()
    assert (home / "config" / "Dossier" / "settings.ini").is_file()
    assert (home / "state" / "Dossier" / "state.ini").is_file()
    assert not (data / "settings.ini").exists() and not (data / "state.ini").exists()
