"""One window per report: ``dossier dossier://…`` with a window open hands the place to it (and
ends), a socket left by a crashed window is cleaned up, and commands never hand anything over."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys

import pytest

from desktop.cli import main
from desktop.core.notes.anchoring import selector_for_quote
from desktop.ui.window.handover import hand_over, instance_name, report_key, socket_address
from desktop.ui.window.single_instance import PlaceListener, listen_for_places


@pytest.fixture
def listening(window, store, data_dir):
    """The test's window, listening as ``desktop.app`` makes the first window listen."""
    listener = listen_for_places(window, instance_name(report_key(store.meta), data_dir))
    assert listener.listening
    yield listener
    listener.server.close()  # its socket file goes with it


def launch(qtbot, *args: str, command: list[str] | None = None) -> subprocess.CompletedProcess:
    """``dossier ARGS`` as the desktop runs it, in its own process, while this window runs on."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        command or [sys.executable, "-m", "desktop", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        qtbot.waitUntil(lambda: process.poll() is not None, timeout=30_000)
    finally:
        if process.poll() is None:  # it opened a second window: the failure the test is about
            process.kill()
    out, err = process.communicate()
    return subprocess.CompletedProcess(process.args, process.returncode, out.decode(), err.decode())


def test_a_dossier_link_goes_to_the_open_window(qtbot, window, listening):
    assert window.reader.current_section() != "withdrawal"
    done = launch(qtbot, "dossier://section/withdrawal")
    assert done.returncode == 0 and done.stderr == ""
    qtbot.waitUntil(lambda: window.reader.current_section() == "withdrawal")


def test_the_hand_over_is_done_before_qt_loads(qtbot, window, listening):
    """A link reaches the open window in the time Python takes to start, not Qt's."""
    script = (
        "import sys; from desktop.cli import main; code = main(['dossier://section/withdrawal']); "
        "print(code, 'PySide6' in sys.modules)"
    )
    done = launch(qtbot, command=[sys.executable, "-c", script])
    assert done.stdout.split() == ["0", "False"]
    qtbot.waitUntil(lambda: window.reader.current_section() == "withdrawal")


def test_a_link_to_a_note_opens_the_note_in_the_open_window(qtbot, window, listening, store):
    selector = selector_for_quote(store.section_text("withdrawal"), "of sound mind")
    note = window.notes_store.add("withdrawal", "Lavrov's praise", selector)
    done = launch(qtbot, f"dossier://section/withdrawal?note={note.id}")
    assert done.returncode == 0
    qtbot.waitUntil(lambda: window.notes is not None and window.notes.current_note() == note.id)
    assert window.reader.current_section() == "withdrawal"


def test_a_plain_second_launch_raises_the_open_window_and_ends(qtbot, window, listening):
    before = window.reader.verticalScrollBar().value()
    done = launch(qtbot)
    assert done.returncode == 0
    assert window.isVisible() and window.reader.verticalScrollBar().value() == before


def test_a_socket_left_by_a_crashed_window_is_cleaned_up(qtbot, window, tmp_path, data_dir, store):
    name = instance_name(report_key(store.meta), data_dir)
    path = socket_address(name)
    stale = socket.socket(socket.AF_UNIX)  # bound, never listening: what a killed window leaves
    stale.bind(path)
    stale.close()
    try:
        assert not hand_over(name, "withdrawal")  # nobody answers: this launch opens its window
        listener = PlaceListener(name, window)
        assert listener.listening
        listener.place_requested.connect(lambda section, note: window.reader.show_section(section))
        assert launch(qtbot, "dossier://section/withdrawal").returncode == 0
        qtbot.waitUntil(lambda: window.reader.current_section() == "withdrawal")
    finally:
        if os.path.exists(path):
            os.unlink(path)


def test_commands_answer_themselves_with_a_window_open(qtbot, listening, capsys):
    assert main(["sections", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["id"]


def test_another_notes_folder_is_another_window(tmp_path, store, data_dir):
    here = instance_name(report_key(store.meta), data_dir)
    assert here == instance_name(report_key(store.meta), data_dir)
    assert here != instance_name(report_key(store.meta), tmp_path / "elsewhere")
    assert here != instance_name(report_key({"id": "another-report"}), data_dir)
