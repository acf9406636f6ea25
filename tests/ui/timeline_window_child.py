"""The window on a real X display with the timeline opened by its shortcut, reporting what the
timeline shows: every text's place, overlaps, the year ticks and where each marker is on the
screen, and where a click on one led (the section, the marked words, the map's outlines).

Usage: python timeline_window_child.py PROBE_FILE [THEME]; written every 100 ms, as
``real_window_child.py`` does, so the parent drives the window with xdotool.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from real_window_child import snapshot  # beside this script, so on its path


def timeline_state(window) -> dict:
    if not window.timeline_dock.built or window.timeline_dock.panel.view.layout_ is None:
        return {"built": False}
    panel = window.timeline_dock.panel
    view = panel.view
    layout = view.layout_
    texts = [item for item in layout.texts if item.scene() is not None]
    rects = [item.sceneBoundingRect() for item in texts]
    overlaps = [
        [texts[i].text(), texts[j].text()]
        for i in range(len(rects))
        for j in range(i + 1, len(rects))
        if rects[i].intersects(rects[j])
    ]
    viewport = view.viewport().rect()
    outside = [
        t.text()
        for t in texts
        if not viewport.contains(view.mapFromScene(t.sceneBoundingRect()).boundingRect())
    ]
    markers = {}
    for key, item in layout.markers.items():
        centre = view.viewport().mapToGlobal(view.mapFromScene(item.sceneBoundingRect().center()))
        markers[key] = [centre.x(), centre.y()]
    return {
        "built": True,
        "size": [viewport.width(), viewport.height()],
        "labels": sorted(layout.labels),
        "ticks": [int(t.text()) for t in texts if t.text().isdigit()],
        "overlaps": overlaps,
        "outside": outside,
        "markers": markers,
        "current": panel.current,
        "background": view.scene().backgroundBrush().color().lightness(),
        "highlighted": window.reader.highlighted_text(),
        "mentioned": sorted(window.map.mentioned),
    }


def main() -> int:
    probe = Path(sys.argv[1])
    from desktop.context import open_report

    store = open_report()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop import paths
    from desktop.ui.window.main_window import build_window

    app = QApplication([sys.argv[0], "-style", "fusion"])
    window = build_window(store, paths.data_dir())
    if len(sys.argv) > 2:
        window.preferences.theme = sys.argv[2]
    window.restore_state()
    window.show()
    count = 0

    def report() -> None:
        nonlocal count
        count += 1
        state = {**snapshot(window, count), "timeline": timeline_state(window)}
        partial = probe.with_suffix(".part")
        partial.write_text(json.dumps(state), encoding="utf-8")
        os.replace(partial, probe)

    timer = QTimer(interval=100)
    timer.timeout.connect(report)
    timer.start()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
