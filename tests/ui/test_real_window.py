"""A real window under Xvfb at laptop sizes, driven with xdotool as a person would drive it.

Skipped where Xvfb or xdotool is not installed. Each test starts its own X server on a free
display number (from 170 up) and the window in a child process (``real_window_child.py``),
which reports what is on screen; nothing here reaches into the child's widgets.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

CHILD = Path(__file__).with_name("real_window_child.py")
pytestmark = pytest.mark.skipif(
    not (shutil.which("Xvfb") and shutil.which("xdotool")), reason="needs Xvfb and xdotool"
)


def free_display() -> int:
    for number in range(170, 260):
        if not Path(f"/tmp/.X{number}-lock").exists() and not Path(f"/tmp/.X11-unix/X{number}").exists():
            return number
    pytest.skip("no free X display number")


class RealWindow:
    def __init__(self, tmp: Path, size: tuple[int, int], theme: str = "light") -> None:
        self.display = f":{free_display()}"
        self.probe = tmp / "probe.json"
        self.server = subprocess.Popen(
            ["Xvfb", self.display, "-screen", "0", f"{size[0]}x{size[1]}x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.env = {**os.environ, "DISPLAY": self.display, "QT_QPA_PLATFORM": "xcb"}
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{self.display[1:]}").exists():
            if time.monotonic() > deadline or self.server.poll() is not None:
                self.close()
                pytest.skip("Xvfb did not start")
            time.sleep(0.05)
        self.app = subprocess.Popen(
            [sys.executable, str(CHILD), str(self.probe), theme],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        self.state = self.wait(lambda s: s["window"][0] > 0, timeout=60)
        self.xdotool("search", "--sync", "--name", "Dossier", "windowfocus", "--sync")
        self.settle()

    def xdotool(self, *args: str) -> str:
        done = subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=30)
        return done.stdout

    def read(self) -> dict:
        try:
            return json.loads(self.probe.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def wait(self, condition, timeout: float = 10) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            state = self.read()
            if state and condition(state):
                return state
            if self.app.poll() is not None:
                raise AssertionError(f"the window exited: {self.app.stderr.read().decode()[-2000:]}")
            time.sleep(0.05)
        raise AssertionError(f"timed out; last seen {self.read()}")

    def settle(self) -> dict:
        """The first snapshot taken after the keys sent so far were handled (two ticks on)."""
        seen = self.read().get("count", 0)
        self.state = self.wait(lambda s: s["count"] >= seen + 2)
        return self.state

    def key(self, *keys: str) -> dict:
        self.xdotool("key", "--delay", "60", *keys)
        return self.settle()

    def type(self, text: str) -> dict:
        self.xdotool("type", "--delay", "40", text)
        return self.settle()

    def screenshot(self, path: Path) -> None:
        subprocess.run(["import", "-window", "root", str(path)], env=self.env, check=True, timeout=30)

    def close(self) -> None:
        for process in (getattr(self, "app", None), self.server):
            if process is not None and process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
        remove_window_socket()


def remove_window_socket() -> None:
    """Remove the socket a terminated window leaves behind (as a crash would) in the temp folder."""
    from desktop import paths
    from desktop.context import open_report
    from desktop.ui.window.handover import instance_name, report_key, socket_address

    name = instance_name(report_key(open_report().meta), paths.data_dir())
    Path(socket_address(name)).unlink(missing_ok=True)


@pytest.fixture
def real_window(tmp_path):
    windows: list[RealWindow] = []

    def start(size: tuple[int, int], theme: str = "light") -> RealWindow:
        windows.append(RealWindow(tmp_path, size, theme))
        return windows[-1]

    yield start
    for window in windows:
        window.close()


def visible_docks(state: dict) -> dict:
    # A dock behind another's tab counts as visible to Qt but sits off the window, where it is
    # put wherever its last layout pass left it: only docks on the window are what a person sees.
    return {
        name: geometry
        for name, geometry in state["docks"].items()
        if geometry[0] and geometry[1] >= 0 and geometry[2] >= 0
    }


def test_reading_at_1366x768_with_the_keyboard(real_window):
    window = real_window((1366, 768))
    assert window.state["window"][0] <= 1366
    assert window.state["chars_per_line"] >= 60  # the first start leaves the text its measure

    # Into a section, then Tab: the text stays where it was.
    window.key("ctrl+2", "ctrl+Next", "ctrl+Next", "ctrl+Next")
    inside = window.state
    assert inside["scroll"] > 0 and inside["panel"] == "reader"
    after_tab = window.key("Tab")
    assert after_tab["scroll"] == inside["scroll"]
    assert after_tab["panel"] != "reader"
    assert window.key("shift+Tab")["scroll"] == inside["scroll"]

    # F6 moves between panels, the text staying put.
    window.key("ctrl+2")
    panels = {window.key("F6")["panel"] for _ in range(4)}
    assert len(panels) >= 3 and window.state["scroll"] == inside["scroll"]

    # F11: every panel hidden; F11 again: the same layout.
    layout = visible_docks(window.state)
    focused = window.key("F11")
    assert visible_docks(focused) == {} and not focused["menu_bar"]
    back = window.key("F11")
    assert visible_docks(back) == layout and back["menu_bar"]

    # The text's context menu has the four new actions.
    window.key("ctrl+2")
    window.xdotool("mousemove", "683", "400", "click", "3")
    menu = window.wait(lambda s: s["menu"], timeout=10)["menu"]
    for wanted in ("Take a &Note", "Copy with &Citation", "Show &Facts", "in the &Glossary"):
        assert any(wanted in text for text in menu), (wanted, menu)
    assert window.key("Escape")["menu"] == []


# Esc in the search box belongs to the search panel (another branch changes it); until that is
# merged this fails, and it is not strict so that it passes quietly once it is.
def test_escape_in_the_search_box_keeps_the_query_for_the_next_ctrl_f(real_window):
    window = real_window((1366, 768))
    window.key("ctrl+f")
    window.type("Kabul")
    assert window.state["search"] == "Kabul"
    assert window.key("Escape")["panel"] == "reader"
    assert window.key("ctrl+f")["search"] == "Kabul"


@pytest.mark.parametrize("size", [(1280, 720)])
def test_the_first_start_on_a_small_laptop_keeps_60_characters_a_line(real_window, size):
    window = real_window(size)
    window.key("ctrl+2", "ctrl+Next", "ctrl+Next")
    assert window.state["chars_per_line"] >= 60
    assert window.state["docks"]["contents-dock"][0] and window.state["docks"]["map-dock"][0]


def test_a_dossier_link_with_a_window_open_leaves_one_window_showing_the_place(real_window):
    window = real_window((1366, 768))
    assert window.state["section"] != "withdrawal"
    windows = window.xdotool("search", "--onlyvisible", "--name", "Dossier").split()
    # What the desktop entry runs for a link: it hands the place over and ends.
    link = subprocess.run(
        [sys.executable, "-m", "desktop", "dossier://section/withdrawal"],
        env=window.env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert link.returncode == 0 and link.stderr == ""
    assert window.wait(lambda s: s["section"] == "withdrawal", timeout=20)["section"] == "withdrawal"
    assert window.xdotool("search", "--onlyvisible", "--name", "Dossier").split() == windows
