"""The window across sessions: geometry, dock layout and reading position, kept in WindowState."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMainWindow

TYPE_CHECKING = False  # typing's, without importing typing: see desktop/ui/__init__.py
if TYPE_CHECKING:
    from desktop.core.store import ReportStore
    from desktop.ui.settings import WindowState

FIRST_START_SIZE = (1440, 940)  # at most; never more than 90% of the screen
MAXIMISED_UP_TO = 1440  # px: screens this wide or narrower open the window maximised


def restore_layout(
    window: QMainWindow,
    state: WindowState,
    fit_docks: Callable[[int], object],
    place_docks: Callable[[], None],
    dock_names: list[str],
) -> bool:
    """The saved geometry and docks, or on the first start the whole of a laptop's screen
    (maximised) or most of a larger one, centred, with ``fit_docks(width)`` laying the docks out
    for that width.

    True when the saved layout placed the docks itself: it was saved with every one of
    ``dock_names``. Otherwise ``place_docks()`` puts them on their sides first (a first start,
    a panel new since, a layout Qt cannot read).
    """
    geometry = state.bytes_value("geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    else:
        from PySide6.QtCore import Qt  # only here: see PanelManager.place

        screen = window.screen().availableGeometry() if window.screen() else None
        if screen is not None and screen.width() <= MAXIMISED_UP_TO:
            # A laptop screen has no room to spare around a window: all of it, maximised.
            window.setGeometry(screen)
            window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
        elif screen is not None:
            width = min(FIRST_START_SIZE[0], int(screen.width() * 0.9))
            height = min(FIRST_START_SIZE[1], int(screen.height() * 0.9))
            window.resize(width, height)
            window.move(screen.center().x() - width // 2, screen.center().y() - height // 2)
    layout = state.bytes_value("window_state")
    saved_with = set(state.text_value("docks").split(","))
    if layout is not None and set(dock_names) <= saved_with and window.restoreState(layout):
        return True
    place_docks()
    if layout is None or not window.restoreState(layout):  # the first start: docks that leave the
        fit_docks(window.width())  # text its measure at this width
    return False


def first_section(state: WindowState, store: ReportStore) -> str:
    """The section the text is loaded from to be painted first: the one at the top of the view
    when the reader left (the text unchanged), the section the reader was in (the text changed),
    else the report's first. Empty (the whole report at once) when only a place in the whole
    report is known (a state saved by an older Dossier)."""
    same_text = state.text_value("content_hash") == store.meta.get("content_hash")
    top = state.text_value("top_section")
    if same_text and top and store.section(top):
        return top
    if same_text and state.int_value("position", -1, 0, 2**31 - 1) > 0:
        return ""
    section = state.text_value("section")
    if not same_text and section and store.section(section):  # a changed text: back to the section
        return section
    return store.sections[0].id if store.sections else ""


def restore_reading_position(state: WindowState, store: ReportStore, reader) -> None:
    """Back to where the reader was: the exact place if the text is unchanged, else the section."""
    same_text = state.text_value("content_hash") == store.meta.get("content_hash")
    position = state.int_value("position", -1, 0, 2**31 - 1)
    section = state.text_value("section")
    top = state.text_value("top_section")
    offset = state.int_value("top_offset", -1, 0, 2**31 - 1)
    anchor = reader.anchor_position(top) if same_text and top and offset >= 0 else None
    if same_text and position == 0:  # the report's very top (above its first section's anchor)
        reader.scroll_to_position(0)
    elif anchor is not None:  # the same words at the top, in the whole report or the part loaded first
        reader.scroll_to_position(anchor + offset)
    elif same_text and position >= 0 and reader.whole:
        reader.scroll_to_position(position)
    elif section and store.section(section):  # its start, scrolled to (the caret stays put: setting
        start = reader.anchor_position(section)  # it scrolled the part loaded first, not yet laid out)
        if start is not None:
            reader.scroll_to_position(start)


def save(
    window: QMainWindow, state: WindowState, store: ReportStore, reader, focus_mode, dock_names: list[str]
) -> None:
    """Keep the layout (in focus mode, the one it will bring back; ``focus_mode`` is None for a
    window closed before it was complete) and the reading position."""
    geometry = focus_mode.saved_geometry() if focus_mode is not None else None
    layout = focus_mode.saved_layout() if focus_mode is not None else None
    state.set_value("geometry", geometry or window.saveGeometry())
    state.set_value("window_state", layout or window.saveState())
    state.set_value("docks", ",".join(dock_names))  # the docks that layout places
    top = reader.top_position() or 0
    state.set_value("position", str(top))
    top_section = reader.section_at(top)  # where the part loaded first at the next start begins
    anchor = reader.anchor_position(top_section) if top_section else None
    state.set_value("top_section", top_section if anchor is not None else "")
    # 0 for a top above the section's first character (the margin over the report's title)
    state.set_value("top_offset", str(max(0, top - anchor)) if anchor is not None else "-1")
    state.set_value("section", reader.current_section())
    state.set_value("content_hash", str(store.meta.get("content_hash", "")))
    state.sync()
