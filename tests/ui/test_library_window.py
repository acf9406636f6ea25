"""The library in the window: File ▸ Open Report… replaces the report, and everything follows it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tests.conftest import REPO, SECOND_REPORT

SECOND_ID = "baltic-test-edition"


def add_second_report(data_dir: Path) -> None:
    from desktop.context import library

    library().add(SECOND_REPORT)


def test_open_report_lists_the_library_and_switches_everything(window, qtbot, data_dir):
    from desktop.app import switch_report

    add_second_report(data_dir)
    assert window.windowTitle() == "Russian Interests in Afghanistan — Dossier"
    window.notes_store.add("history", "a note on the bundled report")
    chosen: list[str] = []
    window.report_requested.connect(chosen.append)

    def pick() -> None:  # the dialog as a person uses it: the second row, Enter
        from PySide6.QtCore import Qt

        dialog = QApplication.activeModalWidget()
        rows = dialog.list
        assert [rows.item(i).text().splitlines()[0] for i in range(rows.count())] == [
            "Russian Interests in Afghanistan",
            "Baltic Security After 2014: A Test Edition",
        ]
        qtbot.keyClick(rows, Qt.Key.Key_Down)
        qtbot.keyClick(rows, Qt.Key.Key_Return)

    QTimer.singleShot(0, pick)
    window.findChild(type(window.menus.mark_terms), "open-report").trigger()
    assert chosen == [SECOND_ID]

    second = switch_report(QApplication.instance(), window, chosen[0])
    qtbot.addWidget(second)
    assert second is not window
    assert second.windowTitle() == "Baltic Security After 2014: A Test Edition — Dossier"
    assert second.map.accessibleName() == "Map of The Baltic states"
    assert set(second.map.countries) == {"EST", "LVA", "LTU", "RUS", "BLR", "SWE"}
    assert list(second.map_panel.layer_actions) == ["nato", "borders-russia"]
    titles = [second.contents.topLevelItem(0).child(i).text(0) for i in range(3)]
    assert titles == ["Summary", "The Border", "Outlook"]
    assert "Afghanistan" not in second.reader.document().toPlainText()
    assert second.notes_store.notes() == []  # its own notes file
    assert second.notes_store.path.parent == data_dir / "reports" / SECOND_ID
    second.panels.focus("glossary")
    assert "nato" in second.glossary.visible_entries()
    assert "csto" not in second.glossary.visible_entries()
    # The last report opened comes back on the next start.
    from desktop.context import last_report

    assert last_report() == SECOND_ID
    second.close()


def test_window_state_and_position_are_kept_per_report(make_window, data_dir, store):
    """The bundled report keeps the keys an earlier Dossier wrote; another report has its own."""
    from desktop.context import open_report
    from desktop.ui.settings import WindowState
    from desktop.ui.window.main_window import build_window, settings_folders

    first = make_window()
    first.reader.show_section("conclusions")
    first.panels.focus("search")
    first.search.query_box.setText("taliban")
    first.close()
    _config, state_folder = settings_folders(data_dir)
    legacy = WindowState(state_folder)  # what the earlier, one-report Dossier read
    assert legacy.text_value("section") == "conclusions"
    assert WindowState(state_folder, SECOND_ID).text_value("section") == ""
    second_store = open_report(SECOND_REPORT)
    second = build_window(second_store, data_dir, edition=SECOND_ID)
    second.panels.focus("search")
    assert second.search.query_box.text() == ""  # not the other report's search
    second.search.query_box.setText("Narva")
    second.close()
    assert WindowState(state_folder, SECOND_ID).text_value("search_query") == "Narva"
    assert legacy.text_value("search_query") == "taliban"
    assert legacy.text_value("section") == "conclusions"


def test_an_upgrade_finds_the_notes_and_the_place_where_they_were(make_window, data_dir, store):
    """Notes and state written before the library (the data dir itself, ungrouped keys) open
    with the bundled report: nothing moved, nothing lost."""
    from desktop.core.notes.store import NotesStore

    data_dir.mkdir(parents=True, exist_ok=True)
    legacy = NotesStore(data_dir / "notes.sqlite")
    legacy.add("history", "written by an earlier Dossier")
    legacy.close()
    window = make_window()
    assert [n.body for n in window.notes_store.notes()] == ["written by an earlier Dossier"]


def free_display() -> int:
    for number in range(300, 400):
        if not Path(f"/tmp/.X{number}-lock").exists() and not Path(f"/tmp/.X11-unix/X{number}").exists():
            return number
    pytest.skip("no free X display number")


@pytest.mark.skipif(
    not (shutil.which("Xvfb") and shutil.which("xdotool") and shutil.which("import")),
    reason="needs Xvfb, xdotool and ImageMagick",
)
def test_a_real_window_opens_each_report_and_ctrl_o_switches(tmp_path, data_dir):
    """Under Xvfb at 1366x768: the bundled report, then Ctrl+O, Down, Enter: the second report,
    its title and map; a screenshot of each is kept beside the test's files."""
    add_second_report(data_dir)
    display = f":{free_display()}"
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    app = None
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{display[1:]}").exists():
            assert time.monotonic() < deadline and server.poll() is None, "Xvfb did not start"
            time.sleep(0.05)
        app = subprocess.Popen(
            [sys.executable, "-m", "desktop", "--report", "russian-interests-in-afghanistan"],
            env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )  # fmt: skip

        def window_named(name: str) -> str:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                found = subprocess.run(
                    ["xdotool", "search", "--name", name], env=env, capture_output=True, text=True
                ).stdout.split()
                if found:
                    return found[-1]
                assert app.poll() is None, app.stderr.read().decode()
                time.sleep(0.2)
            raise AssertionError(f"no window named {name!r}")

        first = window_named("Russian Interests in Afghanistan")
        time.sleep(1.5)
        subprocess.run(["import", "-window", "root", str(tmp_path / "bundled.png")], env=env, check=True)
        subprocess.run(["xdotool", "windowfocus", "--sync", first], env=env, check=True)
        subprocess.run(["xdotool", "key", "ctrl+o"], env=env, check=True)
        time.sleep(1.0)
        subprocess.run(["xdotool", "key", "Down", "Return"], env=env, check=True)
        window_named("Baltic Security After 2014")
        time.sleep(1.5)
        subprocess.run(["import", "-window", "root", str(tmp_path / "second.png")], env=env, check=True)
        assert (tmp_path / "bundled.png").stat().st_size > 10_000
        assert (tmp_path / "second.png").stat().st_size > 10_000
        from desktop.context import last_report

        assert last_report() == SECOND_ID
        keep = os.environ.get("DOSSIER_KEEP_SCREENSHOTS")  # where to copy them, when asked
        if keep:
            for name in ("bundled.png", "second.png"):
                shutil.copy(tmp_path / name, Path(keep) / f"library-{name}")
    finally:
        if app is not None:
            app.terminate()
            app.wait(10)
        server.terminate()
        server.wait(10)
