"""The command line prints to any terminal: characters its encoding lacks become escapes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop.core.notes.store import NOTES_FILE, NotesStore

REPO = Path(__file__).resolve().parents[2]


def test_notes_list_on_an_ascii_terminal(data_dir: Path):
    data_dir.mkdir(parents=True)
    notes = NotesStore(data_dir / NOTES_FILE)
    notes.add("executive-summary", "Café — naïve ✓")
    notes.close()
    env = dict(os.environ, PYTHONIOENCODING="ascii")
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "notes", "list"],
        cwd=REPO, env=env, capture_output=True, text=True, encoding="ascii", timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "Caf\\xe9 \\u2014 na\\xefve \\u2713" in done.stdout
