"""The window across sessions: geometry, dock layout and reading position, kept in WindowState."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

if TYPE_CHECKING:
    from desktop.ui.window.main_window import MainWindow

FIRST_START_SIZE = (1440, 940)  # at most; never more than 90% of the screen
MAXIMISED_UP_TO = 1440  # px: screens this wide or narrower open the window maximised


def restore_layout(window: MainWindow) -> None:
    """The saved geometry and docks, or on the first start the whole of a laptop's screen
    (maximised) or most of a larger one, centred."""
    geometry = window.state.bytes_value("geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    else:
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
    layout = window.state.bytes_value("window_state")
    if layout is not None:
        window.restoreState(layout)
    else:  # the first start: docks that leave the text its measure at this width
        from desktop.ui.window.laptop_layout import fit_docks

        fit_docks(window, window.width())


def restore_reading_position(window: MainWindow) -> None:
    """Back to where the reader was: the exact place if the text is unchanged, else the section."""
    state, store, reader = window.state, window.store, window.reader
    same_text = state.text_value("content_hash") == store.meta.get("content_hash")
    position = state.int_value("position", -1, 0, 2**31 - 1)
    section = state.text_value("section")
    if same_text and position >= 0:
        reader.scroll_to_position(position)
    elif section and store.section(section):
        reader.go_to_anchor(section, remember=False)


def save(window: MainWindow) -> None:
    state = window.state
    # In focus mode, the layout it will bring back (not the text alone, full screen).
    state.set_value("geometry", window.focus_mode.saved_geometry() or window.saveGeometry())
    state.set_value("window_state", window.focus_mode.saved_layout() or window.saveState())
    state.set_value("position", str(window.reader.top_position() or 0))
    state.set_value("section", window.reader.current_section())
    state.set_value("content_hash", str(window.store.meta.get("content_hash", "")))
    state.sync()
