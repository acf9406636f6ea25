"""Guards against a Qt binding that would crash a long reading session."""

from __future__ import annotations

import sys

import pytest

pytestmark = pytest.mark.gui


def test_void_qt_calls_keep_none_alive(qapp):
    """PySide6 6.12.0 on Python 3.11 loses a reference to None per void call: the app dies
    with 'deallocating None' after a few thousand calls. The pinned binding must not."""
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("x")
        label.update()
    assert sys.getrefcount(None) >= before - 50
