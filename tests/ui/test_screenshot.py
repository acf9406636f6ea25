"""`dossier --screenshot`: the finished window, offscreen, as a PNG."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop.cli import main


def test_screenshot_writes_a_png_of_the_window(tmp_path):
    target = tmp_path / "shot.png"
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--screenshot", str(target), "--section", "soviet-invasion"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # nothing to say when all went well
    from PySide6.QtGui import QColor, QImage

    from desktop.ui.map.view import MAP_COLOURS

    image = QImage(str(target))
    assert not image.isNull() and (image.width(), image.height()) == (1280, 800)
    # The picture is the finished window: the map has drawn Afghanistan in its own colour.
    focus = QColor(MAP_COLOURS["light"]["focus"]).rgb()
    afghan = sum(image.pixel(x, y) == focus for x in range(800, 1280, 2) for y in range(0, 400, 2))
    assert afghan > 300
    assert not (Path(os.environ["DOSSIER_DATA_DIR"]) / "state.ini").exists()  # a screenshot saves no state


def test_screenshot_of_an_unknown_section_is_a_clear_error(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--screenshot", str(tmp_path / "s.png"), "--section", "nope"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("dossier: no section 'nope'") and "Traceback" not in result.stderr
    assert not (tmp_path / "s.png").exists()


def test_the_collector_runs_again_after_start_up(qapp, tmp_path):
    # Start-up pauses garbage collection; a session must not run without it, even after a mistake.
    import gc

    assert main(["--screenshot", str(tmp_path / "s.png"), "--section", "nope"]) == 2
    assert gc.isenabled()
    try:
        assert main(["--screenshot", str(tmp_path / "s.png")]) == 0
        assert gc.isenabled() and (tmp_path / "s.png").stat().st_size > 10_000
    finally:
        gc.unfreeze()  # start-up froze this test process's objects; give them back to the collector


def test_a_screenshot_never_changes_the_saved_state(qapp, tmp_path, data_dir):
    import gc

    from desktop import paths

    state = paths.state_dir(data_dir) / "state.ini"
    state.parent.mkdir(parents=True, exist_ok=True)
    state.write_text("[General]\nsearch_query=taliban\n", encoding="utf-8")
    try:
        assert main(["--screenshot", str(tmp_path / "s.png"), "--search", "peskov"]) == 0
    finally:
        gc.unfreeze()
    assert state.read_text(encoding="utf-8") == "[General]\nsearch_query=taliban\n"
