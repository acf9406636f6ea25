"""The text is painted first; the map arrives right after, and nothing on screen moves when it does."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt

from desktop.ui.window.main_window import build_window


class FirstPaint(QObject):
    """What the window looked like when the reader first painted."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.seen: dict | None = None
        window.reader.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and self.seen is None:
            self.seen = {"layout": layout(self.window), "map built": self.window.panels.built("map")}
        return False


def layout(window) -> dict[str, object]:
    """Where the text sits and how big each dock on screen is."""
    reader = window.reader
    docks = {
        name: (dock.x(), dock.y(), dock.width(), dock.height())
        for name, dock in window.panels.docks.items()
        if dock.isVisible() and window.rect().contains(dock.geometry())  # on screen, not behind a tab
    }
    return {"reader": (reader.mapTo(window, QPoint(0, 0)), reader.size()), "docks": docks}


def start(qtbot, store, data_dir):
    """A window started as the app starts one (saved layout, then the reading position)."""
    window = build_window(store, data_dir)
    qtbot.addWidget(window)
    watch = FirstPaint(window)
    window.restore_state()
    window.show()
    qtbot.waitUntil(lambda: watch.seen is not None)
    window.restore_reading_position()
    qtbot.waitUntil(lambda: window.panels.built("map"))
    qtbot.wait(50)  # the layout settles with the map in place
    return window, watch.seen


def test_the_text_is_painted_before_the_map_is_built_and_nothing_moves(qtbot, store, data_dir):
    window, first = start(qtbot, store, data_dir)
    assert first["map built"] is False
    assert window.panels.built("contents")  # in its dock from the first paint, as before
    assert layout(window) == first["layout"]


def test_a_saved_layout_comes_back_the_same_and_stays_put(qtbot, store, data_dir):
    window, _ = start(qtbot, store, data_dir)
    # A laptop-sized first start opens maximised; the reader then makes the window smaller.
    window.setWindowState(Qt.WindowState.WindowNoState)
    qtbot.waitUntil(lambda: not window.isMaximized())
    window.resize(window.width() - 90, window.height() - 40)
    window.resizeDocks([window.panels.dock("map")], [330], Qt.Orientation.Horizontal)
    qtbot.wait(50)
    saved = layout(window)
    window.close()
    again, first = start(qtbot, store, data_dir)
    assert first["map built"] is False
    assert first["layout"] == layout(again) == saved


def test_the_map_outlines_the_restored_section_though_built_after_it(qtbot, store, data_dir):
    window, _ = start(qtbot, store, data_dir)
    window.reader.show_section("post-2001")
    window.close()
    again, _ = start(qtbot, store, data_dir)
    assert again.reader.current_section() == "post-2001"
    named = again.atlas.entities_in_section("post-2001")
    assert named and again.map.mentioned == named
