"""Guards against a Qt binding that would crash a long reading session."""

from __future__ import annotations

import sys

import pytest


@pytest.mark.skipif(
    sys.version_info >= (3, 12),
    reason="None is immortal from Python 3.12 (PEP 683): its count cannot fall, so this check means nothing",
)
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
