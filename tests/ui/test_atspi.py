"""The window as AT-SPI gives it to a screen reader (Orca): no control that takes the keyboard
is nameless, the map and the text have names, the zoom buttons say what they do, and the
text is a document whose links are listed and pressed.

Needs Xvfb, dbus-run-session, at-spi2-core and the system Python's pyatspi (Debian:
``xvfb dbus at-spi2-core python3-pyatspi``); skipped where any is missing.
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

from tests.ui.test_real_window import free_display, remove_window_socket

PROBE = Path(__file__).with_name("atspi_probe.py")
SYSTEM_PYTHON = "/usr/bin/python3"


def _pyatspi_ready() -> bool:
    if not all(shutil.which(tool) for tool in ("Xvfb", "dbus-run-session")):
        return False
    if not Path(SYSTEM_PYTHON).exists():
        return False
    return subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True).returncode == 0


pytestmark = pytest.mark.skipif(not _pyatspi_ready(), reason="needs Xvfb, dbus-run-session and pyatspi")


@pytest.fixture
def accessibles(tmp_path, data_dir):
    display = f":{free_display()}"
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{display[1:]}").exists():
            if time.monotonic() > deadline or server.poll() is not None:
                pytest.skip("Xvfb did not start")
            time.sleep(0.05)
        env = {**os.environ, "DISPLAY": display, "PRESS": "Taliban"}
        env.pop("QT_QPA_PLATFORM", None)
        done = subprocess.run(
            ["dbus-run-session", "--", SYSTEM_PYTHON, str(PROBE), sys.executable],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr[-2000:]
        return json.loads(done.stdout.strip().splitlines()[-1])
    finally:
        server.terminate()
        server.wait(timeout=10)
        remove_window_socket()


def test_at_spi_finds_no_nameless_control_and_names_the_map_and_zoom(accessibles):
    focusable = [node for node in accessibles["tree"] if node["focusable"]]
    assert len(focusable) > 10
    assert [node for node in focusable if not node["name"].strip()] == []
    names = {node["name"] for node in accessibles["tree"]}
    assert {"Zoom in", "Zoom out", "Report text"} <= names
    assert any(name.startswith("Map of Afghanistan") for name in names)


def test_at_spi_reads_the_text_as_a_document_and_presses_its_links(accessibles):
    """Qt alone gives the text the role "label" and no link a screen reader can reach."""
    tree = accessibles["tree"]
    documents = {node["name"]: node["text"] for node in tree if node["role"] == "document frame"}
    assert "Afghanistan" in documents["Report text"]
    links = [node for node in tree if node["role"] == "link" and node["parent"] == "Report text"]
    assert len(links) > 100 and all(node["name"].strip() and node["actions"] == ["Press"] for node in links)
    assert {"glossary entry", "footnote"} <= {node["description"] for node in links}
    assert not documents.get("Glossary entry", "").startswith("Taliban")
    after = accessibles["after_press"]
    shown = {node["name"]: node["text"] for node in after if node["role"] == "document frame"}
    assert shown["Glossary entry"].startswith("Taliban")  # the pressed link was followed
