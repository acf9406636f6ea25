"""Room on a laptop: the window maximised on a first start, splitters the reader drags and
finds again, the glossary's mentions reached without scrolling."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication


def first_start(store, data_dir, qtbot):
    from desktop.ui.window.build import build_window

    window = build_window(store, data_dir)
    qtbot.addWidget(window)
    window.restore_state()  # no saved state: the first start, as the app does it
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_laptop_screen_opens_the_window_maximised_and_a_second_start_keeps_it(store, data_dir, qtbot):
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert screen.width() <= 1440  # the offscreen screen is a small one
    window = first_start(store, data_dir, qtbot)
    qtbot.waitUntil(lambda: window.frameGeometry() == screen)
    assert window.isMaximized()
    window.close()
    again = first_start(store, data_dir, qtbot)
    qtbot.waitUntil(lambda: again.frameGeometry() == screen)
    assert again.isMaximized()


def test_a_wide_screen_opens_most_of_it_not_maximised(store, data_dir, qtbot):
    from desktop.ui.window.build import build_window

    window = build_window(store, data_dir)
    qtbot.addWidget(window)

    class Wide:
        def availableGeometry(self):
            return QRect(0, 0, 1920, 1080)

    window.screen = Wide
    window.restore_state()
    assert not window.isMaximized() and window.width() == 1440
