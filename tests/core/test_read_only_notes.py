"""Notes on a read-only disk stay readable and exportable; saving is off, said in one line.

A real read-only mount, made inside a private mount namespace (``unshare``), so nothing
outlives the test; skipped where the system allows no such namespace.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.notes.store import NOTES_FILE, NotesStore

REPO = Path(__file__).resolve().parents[2]
CRASH = (
    "import os, sys\n"
    "from pathlib import Path\n"
    "from desktop.core.notes.store import NotesStore\n"
    "NotesStore(Path(sys.argv[1])).add('executive-summary', 'still in the log')\n"
    "os._exit(0)\n"  # no checkpoint: the note stays in notes.sqlite-wal
)


def _read_only_run(source: Path, mount: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = " ".join(
        [
            f"mount --bind '{source}' '{mount}' && mount -o remount,bind,ro '{mount}' &&",
            f"'{sys.executable}' -m desktop",
            *args,
        ]
    )
    env = dict(os.environ, DOSSIER_DATA_DIR=str(mount))
    return subprocess.run(
        ["unshare", "-rm", "sh", "-c", command], cwd=REPO, env=env, capture_output=True, text=True, timeout=99
    )


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    if shutil.which("unshare") is None:
        pytest.skip("no unshare here")
    source, mount = tmp_path / "notes", tmp_path / "mounted"
    source.mkdir()
    mount.mkdir()
    probe = _read_only_run(source, mount, "--version")
    if probe.returncode != 0:
        pytest.skip(f"no private read-only mount here ({probe.stderr.strip()[:80]})")
    return source, mount


@pytest.mark.parametrize("log", ["checkpointed", "in the log", "in the log, no index"])
def test_notes_on_a_read_only_disk_can_be_read_and_exported(folders, log):
    source, mount = folders
    notes = NotesStore(source / NOTES_FILE)
    notes.add("executive-summary", "written before the disk went read-only")
    notes.close()
    if log != "checkpointed":
        subprocess.run([sys.executable, "-c", CRASH, str(source / NOTES_FILE)], cwd=REPO, check=True)
        assert (source / (NOTES_FILE + "-wal")).stat().st_size > 0
    if log == "in the log, no index":
        (source / (NOTES_FILE + "-shm")).unlink()
    before = sorted(p.name for p in source.iterdir())

    listed = _read_only_run(source, mount, "notes", "list")
    assert listed.returncode == 0, listed.stderr
    assert "written before the disk went read-only" in listed.stdout
    if log != "checkpointed":
        assert "still in the log" in listed.stdout
    assert "read-only" in listed.stderr and "Traceback" not in listed.stderr

    exported = _read_only_run(source, mount, "notes", "export", "--format", "json")
    assert exported.returncode == 0 and "written before the disk went read-only" in exported.stdout

    added = _read_only_run(source, mount, "notes", "add", "--section", "executive-summary", "--body", "x")
    assert added.returncode == 1
    assert "saving is off" in added.stderr and "Traceback" not in added.stderr
    assert sorted(p.name for p in source.iterdir()) == before  # nothing moved aside, nothing added
