"""SIGTERM, SIGHUP and SIGINT end the window as Ctrl+Q does: what was typed is saved first."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.context import open_notes

REPO = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).resolve().parent / "signal_child.py"


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_a_quit_signal_while_typing_saves_every_key_then_exits(data_dir, number):
    note = open_notes(data_dir).add("history", "")
    env = dict(os.environ, PYTHONPATH=str(REPO), DOSSIER_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen")
    pipes = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE}
    process = subprocess.Popen([sys.executable, str(CHILD), note.id], **pipes, text=True, env=env)
    typed = 0
    started = time.monotonic()
    try:
        while typed < 8 and time.monotonic() - started < 60:  # keys coming steadily, the last ones unsaved
            line = process.stdout.readline()
            if not line:
                break
            typed = int(line.split()[1])
        assert typed >= 8, process.stderr.read()
        process.send_signal(number)
        rest, errors = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    typed = max([typed, *(int(line.split()[1]) for line in rest.splitlines() if line.startswith("typed"))])
    assert process.returncode == 0, errors
    assert open_notes(data_dir).get(note.id).body == "w" * typed  # not one key lost
