"""The timeline in a real window under Xvfb at 1366×768, opened with Ctrl+5 and clicked as a
person would (skipped without Xvfb and xdotool, like ``test_real_window.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui import test_real_window
from tests.ui.test_real_window import RealWindow

pytestmark = test_real_window.pytestmark
CHILD = Path(__file__).with_name("timeline_window_child.py")


@pytest.fixture
def timeline_window(tmp_path, monkeypatch):
    monkeypatch.setattr(test_real_window, "CHILD", CHILD)
    windows: list[RealWindow] = []

    def start(theme: str = "light") -> RealWindow:
        windows.append(RealWindow(tmp_path, (1366, 768), theme))
        return windows[-1]

    yield start
    for window in windows:
        window.close()


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_timeline_at_1366x768_is_legible_and_a_click_lands_on_the_sentence(timeline_window, theme):
    window = timeline_window(theme)
    assert window.state["timeline"] == {"built": False}  # not built at start
    window.key("ctrl+5")
    state = window.wait(
        lambda s: s["timeline"]["built"] and "russian-mission-to-kabul-1878" in s["timeline"]["labels"]
    )
    state = window.settle()["timeline"]  # laid out for the dock's final size
    assert state["size"][0] >= 1000 and state["size"][1] >= 200
    assert state["overlaps"] == [] and state["outside"] == []
    assert min(state["ticks"]) <= 1878 and max(state["ticks"]) >= 2020
    assert "russian-mission-to-kabul-1878" in state["labels"] and len(state["labels"]) >= 25
    assert (state["background"] > 200) if theme == "light" else (state["background"] < 60)

    x, y = state["markers"]["soviet-invasion-1979"]
    window.xdotool("mousemove", "--sync", str(x), str(y), "click", "1")
    state = window.wait(lambda s: s["timeline"]["current"] == "soviet-invasion-1979")
    assert state["section"] == "soviet-invasion"
    assert any(
        "On Christmas Day 1979, the Soviet Union invaded" in text for text in state["timeline"]["highlighted"]
    )
    assert state["timeline"]["mentioned"] == ["AFG"]
