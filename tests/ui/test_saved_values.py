"""Hand-edited or damaged settings.ini and state.ini values read as defaults, never a crash."""

from __future__ import annotations

import pytest

from desktop.ui.settings import Preferences, WindowState

BAD_NUMBERS = ["99999999999999", "²", "9" * 5000, "-5", "1e9", "", "12abc", "0x10", "@Variant(garbage)"]


def _write(path, lines: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("[General]\n" + "\n".join(lines) + "\n", encoding="utf-8")


# QSettings says so when it meets a @Variant it cannot read: the value it then gives is what is tested.
@pytest.mark.qt_log_ignore("Trying to construct an instance of an invalid type")
@pytest.mark.parametrize("bad", BAD_NUMBERS)
def test_a_bad_saved_reading_position_opens_the_window_at_the_start(make_window, data_dir, store, bad):
    _write(data_dir / "state.ini", [f"position={bad}", f"content_hash={store.meta['content_hash']}"])
    window = make_window()
    window.restore_state()
    window.restore_reading_position()
    assert window.reader.top_position() <= 1


def test_a_sound_saved_position_is_read_back(data_dir):
    _write(data_dir / "state.ini", ["position=1234", "section=" + "x" * 20000])
    state = WindowState(data_dir)
    assert state.int_value("position", -1, 0, 2**31 - 1) == 1234
    assert state.int_value("position", -1, 0, 100) == -1
    assert state.text_value("section") == ""  # absurdly long: not an id


@pytest.mark.qt_log_ignore("Trying to construct an instance of an invalid type")
@pytest.mark.parametrize("bad", [*BAD_NUMBERS, "a, b, c"])
def test_bad_saved_preferences_read_as_the_defaults(data_dir, bad):
    _write(data_dir / "settings.ini", [f"zoom={bad}", f"theme={bad}", f"mark_terms={bad}"])
    preferences = Preferences(data_dir)
    assert preferences.zoom == 100
    assert preferences.theme == "system"
    assert preferences.mark_terms in (True, False)
