"""The window as the app opens it, on a real X display, reporting what a person would see.

Usage: python real_window_child.py PROBE_FILE [THEME]. The window is made and restored as
``desktop.app`` does (first start when the data dir is new); every 100 ms a JSON snapshot of
what is on screen (scroll position, which panel has the keyboard, which docks show and where,
the search box's text, characters a line, an open context menu's entries) is written to
PROBE_FILE, so the parent can drive the window with xdotool and check the result.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path


def snapshot(window, count: int) -> dict:
    from PySide6.QtWidgets import QApplication

    from desktop.ui.window import panel_focus
    from desktop.ui.window.laptop_layout import chars_per_line

    focused = QApplication.focusWidget()
    panel = panel_focus.panel_of(window, window.reader, focused)
    popup = QApplication.activePopupWidget()
    search = window.search_dock.panel.query_box.text() if window.search_dock.built else ""
    return {
        "count": count,
        "window": [window.width(), window.height()],
        "scroll": window.reader.verticalScrollBar().value(),
        "section": window.reader.current_section(),
        "focus": focused.objectName() if focused is not None else "",
        "panel": panel.objectName() if panel is not None else "",
        "docks": {
            d.objectName(): [d.isVisible(), d.x(), d.y(), d.width(), d.height()] for d in window.docks()
        },
        "menu_bar": window.menuBar().isVisible(),
        "search": search,
        "chars_per_line": chars_per_line(window.reader),
        "menu": [a.text() for a in popup.actions()] if popup is not None else [],
    }


def main() -> int:
    probe = Path(sys.argv[1])
    from desktop.context import open_report
    from desktop.core.notes.safety import open_notes_safely

    store = open_report()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop import paths
    from desktop.ui.window.main_window import build_window

    app = QApplication([sys.argv[0], "-style", "fusion"])
    data = paths.data_dir()
    window = build_window(store, data, open_notes_safely(data))
    if len(sys.argv) > 2:
        window.preferences.theme = sys.argv[2]
    window.restore_state()
    window.show()
    from desktop.ui.window.handover import instance_name, report_key  # as desktop.app listens
    from desktop.ui.window.single_instance import listen_for_places

    listen_for_places(window, instance_name(report_key(store.meta), data))
    window.restore_reading_position()
    count = 0

    def report() -> None:
        nonlocal count
        count += 1
        partial = probe.with_suffix(".part")
        partial.write_text(json.dumps(snapshot(window, count)), encoding="utf-8")
        os.replace(partial, probe)

    timer = QTimer(interval=100)
    timer.timeout.connect(report)
    timer.start()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
