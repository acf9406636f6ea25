"""The text is painted first, where the reader left it; the rest of the window (menus' entries,
the docks' panels, the map) arrives right after, and nothing on screen moves when it does."""

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
            window = self.window
            self.seen = {
                "layout": layout(window),
                "map built": window.panels.built("map"),
                "contents built": window.panels.built("contents"),
                "complete": window.is_complete,
                "menus": [action.text() for action in window.menuBar().actions()],
                "section": window.reader.current_section(),
                "whole": window.reader.whole,
                "indexed": window.reader._index is not None,  # the anchors' index: made after the paint
                "top": top_words(window.reader),
            }
        return False


def top_words(reader) -> tuple[str, int]:
    """The line at the top of the view and where it stands (pixels from the view's top)."""
    cursor = reader.cursorForPosition(QPoint(reader.viewport().width() // 2, 40))  # below the top margin
    cursor.select(cursor.SelectionType.LineUnderCursor)
    return cursor.selectedText(), reader.cursorRect(cursor).top()


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
    """A window started as the app starts one (the text first: saved layout, shown, the reading
    position, then painted; the rest after)."""
    window = build_window(store, data_dir, paint_first=True)
    qtbot.addWidget(window)
    watch = FirstPaint(window)
    window.restore_state()
    window.show()
    window.restore_reading_position()
    qtbot.waitUntil(lambda: watch.seen is not None)
    qtbot.waitUntil(lambda: window.is_complete and window.panels.built("map"))
    qtbot.wait(50)  # the layout settles with the map in place
    return window, watch.seen


def test_the_text_is_painted_before_the_rest_is_built_and_nothing_moves(qtbot, store, data_dir):
    window, first = start(qtbot, store, data_dir)
    assert first["complete"] is False
    assert first["map built"] is False and first["contents built"] is False
    assert first["menus"] == [action.text() for action in window.menuBar().actions()]  # the bar's height
    assert window.panels.built("contents") and window.panels.built("map")  # right after
    file_menu = window.menuBar().actions()[0].menu()
    assert any(action.objectName() == "open-report" for action in file_menu.actions())
    assert layout(window) == first["layout"]


def test_the_first_paint_is_where_the_reader_left_off(qtbot, store, data_dir):
    window, first = start(qtbot, store, data_dir)
    window.reader.show_section("post-2001")
    window.close()
    again, first = start(qtbot, store, data_dir)
    assert first["section"] == "post-2001"  # not the report's start, then a jump
    assert not first["indexed"]  # found by walking the part up to the top of the view
    assert first["layout"] == layout(again)


def test_the_part_painted_first_gives_way_to_the_whole_report_without_a_move(qtbot, store, data_dir):
    window, _ = start(qtbot, store, data_dir)
    window.reader.show_section("post-2001")
    window.reader.verticalScrollBar().setValue(window.reader.verticalScrollBar().value() + 137)
    left_at = top_words(window.reader)
    window.close()
    again, first = start(qtbot, store, data_dir)
    assert first["whole"] is False  # only the report from that section on was loaded to be painted
    assert again.reader.whole and again.reader.anchor_position("title-page") is not None
    assert again.reader.editor_notes.spans  # the editor's notes, placed with the whole report
    assert first["top"][0] == left_at[0]  # the line the reader left at the top
    assert first["top"] == top_words(again.reader)  # and the whole report puts it just there


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


def test_a_dock_the_saved_layout_does_not_know_is_still_placed(qtbot, store, data_dir, monkeypatch):
    # A layout saved before a panel existed (an older Dossier) cannot place that panel's dock: the
    # table's layout places every dock first, then the saved one is restored over it.
    from desktop.ui.window import panels

    full = panels.PanelManager.__init__.__defaults__
    older = tuple(row for row in panels.PANELS if row.name != "timeline")
    monkeypatch.setattr(panels.PanelManager.__init__, "__defaults__", (older,))
    window, _ = start(qtbot, store, data_dir)
    saved = layout(window)
    window.close()
    monkeypatch.setattr(panels.PanelManager.__init__, "__defaults__", full)
    again, first = start(qtbot, store, data_dir)
    timeline = again.panels.dock("timeline")
    assert again.dockWidgetArea(timeline) == Qt.DockWidgetArea.BottomDockWidgetArea  # not left loose
    assert first["layout"] == layout(again) == saved


def test_the_first_paint_is_in_the_desktop_s_colour_scheme_as_last_seen(qtbot, store, data_dir):
    # Asking the desktop for its scheme builds Qt's namespace of enums: the first paint uses the
    # scheme seen when the window last closed, and the window checks it right after.
    from desktop.ui import theme
    from desktop.ui.window.main_window import SYSTEM_THEME_KEY

    window, _ = start(qtbot, store, data_dir)
    window.close()
    assert window.state.text_value(SYSTEM_THEME_KEY) == theme.resolve("system")
    window.state.set_value(SYSTEM_THEME_KEY, "dark")  # as if the desktop was dark last time
    window.state.sync()
    again = build_window(store, data_dir, paint_first=True)
    qtbot.addWidget(again)
    assert again.theme_name == again.reader.theme_name == "dark"
    again.complete()
    assert again.theme_name == theme.resolve("system")  # what the desktop says now


def test_a_reader_who_left_at_the_very_top_comes_back_to_it(qtbot, store, data_dir):
    window, _ = start(qtbot, store, data_dir)
    assert window.reader.verticalScrollBar().value() == 0
    window.close()
    again, first = start(qtbot, store, data_dir)
    assert again.reader.verticalScrollBar().value() == 0  # not the first section's anchor, 12 px down
    assert first["top"] == top_words(again.reader)


def test_after_the_text_changed_the_first_paint_is_at_the_section_the_reader_was_in(qtbot, store, data_dir):
    window, _ = start(qtbot, store, data_dir)
    window.reader.show_section("post-2001")
    window.close()
    window.state.set_value("content_hash", "an earlier edition")  # the exact place means nothing now
    window.state.sync()
    again, first = start(qtbot, store, data_dir)
    assert first["section"] == "post-2001"
    assert first["top"] == top_words(again.reader)  # and nothing moved when the rest came


def test_a_view_scrolled_a_few_pixels_keeps_its_first_line(qtbot, store, data_dir):
    # Within the margins above the text the view's top holds no character: where the reader
    # was is still the first line, not one a long way down.
    window, _ = start(qtbot, store, data_dir)
    bar = window.reader.verticalScrollBar()
    for scrolled in range(1, 200, 3):  # the margins above the text, the title's headings and gaps
        bar.setValue(scrolled)
        assert window.reader.top_position() < 400, scrolled  # a character on screen, not the last
    bar.setValue(9)
    window.close()
    again, first = start(qtbot, store, data_dir)
    assert again.reader.verticalScrollBar().value() < 40  # back at the title, as the reader left it
    assert first["top"] == top_words(again.reader)


def test_a_reader_left_at_the_longest_section_s_end_sees_text_below_it_at_once(qtbot, store, data_dir):
    longest = max(store.sections, key=lambda section: len(store.section_html(section.id)))
    window, _ = start(qtbot, store, data_dir)
    reader = window.reader
    following = [s.id for s in store.sections][[s.id for s in store.sections].index(longest.id) + 1]
    from desktop.ui.reader import keys

    end_y = keys.position_y(reader, reader.anchor_position(following))  # where the next section starts
    reader.verticalScrollBar().setValue(round(end_y - reader.viewport().height() // 3))
    window.close()
    _window, first = start_seen_bottom(qtbot, store, data_dir)
    assert first["section"] == longest.id and first["whole"] is False
    assert first["bottom"] is not None  # text down to the view's bottom edge, not blank space


def start_seen_bottom(qtbot, store, data_dir):
    """``start``, also noting whether the first paint had text at the view's bottom edge."""
    window = build_window(store, data_dir, paint_first=True)
    qtbot.addWidget(window)
    seen: dict = {}

    class Watch(QObject):
        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint and not seen:
                reader = window.reader
                bottom = reader.viewport().height() - 4
                cursor = reader.cursorForPosition(QPoint(reader.viewport().width() // 2, bottom))
                below_text = reader.cursorRect(cursor).bottom() < bottom - 60  # past the document's end
                seen.update(section=reader.current_section(), whole=reader.whole,
                            bottom=None if below_text else cursor.position())  # fmt: skip
            return False

    watch = Watch(window)
    window.reader.viewport().installEventFilter(watch)
    window.restore_state()
    window.show()
    window.restore_reading_position()
    qtbot.waitUntil(lambda: bool(seen))
    qtbot.waitUntil(lambda: window.is_complete)
    return window, seen


def test_the_notes_are_opened_after_the_text_is_painted_and_are_all_there(qtbot, store, data_dir):
    from desktop.context import open_notes
    from desktop.core.notes.anchoring import selector_for_quote

    notes = open_notes(data_dir)
    selector = selector_for_quote(store.section_text("russias-interests"), "de facto cordon sanitaire")
    kept = notes.add("russias-interests", "kept across the start", selector).id
    notes.close()
    window = build_window(store, data_dir, paint_first=True)
    qtbot.addWidget(window)
    watch = FirstPaint(window)
    assert window.notes_store is None  # not opened yet: the text does not wait for it
    window.show()
    qtbot.waitUntil(lambda: watch.seen is not None)
    qtbot.waitUntil(lambda: window.is_complete)
    assert window.notes_store is not None and window.notes_store.get(kept).body == "kept across the start"
    qtbot.waitUntil(lambda: not window.placer.busy)
    assert window.reader.note_range(kept) is not None  # placed in the text
    window.panels.activate("notes")
    assert window.notes is not None and kept in [n.id for n in window.notes_store.notes()]


def test_a_damaged_notes_file_opened_after_the_first_paint_still_gets_its_banner(qtbot, store, data_dir):
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "notes.sqlite").write_bytes(b"not a database, but a reader's file all the same" * 100)
    window = build_window(store, data_dir, paint_first=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.is_complete)
    assert window.banner.isVisible() and "moved, untouched" in window.banner.label.text()
    assert window.notes_store is not None  # a fresh notes file beside the one set aside


def test_a_first_start_lays_out_the_notes_dock_though_the_notes_come_after_the_paint(qtbot, store, data_dir):
    # The notes dock is laid out with the others before the first paint, while the notes file is
    # still to be opened: it is not left out of the first start's layout (and so of every later one).
    window, _ = start(qtbot, store, data_dir)
    notes_dock = window.panels.dock("notes")
    assert window.notes_store is not None and not notes_dock.isHidden()
    assert notes_dock in window.docks()
    window.close()
    again, _ = start(qtbot, store, data_dir)
    assert not again.panels.dock("notes").isHidden()  # the saved layout has it too


def test_a_start_whose_notes_cannot_be_opened_does_not_lose_the_notes_dock_for_later_starts(
    qtbot, store, data_dir
):
    from desktop.core.notes.safety import Opened

    window, _ = start(qtbot, store, data_dir)  # a first start, notes and all: the layout saved
    window.close()
    away = Opened(None, "The notes are on a drive not mounted.")
    unavailable = build_window(store, data_dir, paint_first=True, open_notes=lambda: away)
    qtbot.addWidget(unavailable)
    unavailable.restore_state()
    unavailable.show()
    qtbot.waitUntil(lambda: unavailable.is_complete)
    assert unavailable.notes_store is None and unavailable.banner.isVisible()
    unavailable.close()  # its layout saved in turn
    again, _ = start(qtbot, store, data_dir)  # the notes there again
    assert again.notes_store is not None and not again.panels.dock("notes").isHidden()


def test_a_first_start_whose_notes_cannot_be_opened_leaves_the_notes_dock_out(qtbot, store, data_dir):
    from desktop.core.notes.safety import Opened

    window = build_window(store, data_dir, paint_first=True, open_notes=lambda: Opened(None, "Not there."))
    qtbot.addWidget(window)
    window.restore_state()
    window.show()
    qtbot.waitUntil(lambda: window.is_complete)
    assert window.panels.dock("notes").isHidden() and window.panels.dock("notes") not in window.docks()


def test_the_section_found_by_walking_the_part_is_the_one_the_index_finds(qtbot, store):
    from desktop.ui.reader.marks import section_at
    from desktop.ui.reader.view import ReaderView

    ids = frozenset(s.id for s in store.sections)
    for first in (store.sections[0].id, "post-2001", store.sections[-1].id):
        reader = ReaderView(store, first_section=first)
        qtbot.addWidget(reader)
        document = reader.document()
        for position in range(0, document.characterCount(), 97):  # the index's answer, made on first ask
            assert section_at(document, position, ids) == reader.section_at(position), (first, position)
