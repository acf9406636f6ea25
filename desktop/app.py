"""Start the window (or render it offscreen to a PNG for ``--screenshot``)."""

from __future__ import annotations

import os
import sys

from desktop import paths
from desktop.cli import UserError

SCREENSHOT_SIZE = (1280, 800)


def run_window(
    screenshot: str | None = None,
    section: str | None = None,
    theme: str | None = None,
    search: str | None = None,
    term: str | None = None,
) -> int:
    if screenshot:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from desktop.context import open_report
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import Preferences, WindowState

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(paths.APP_NAME)
    app.setApplicationDisplayName(paths.APP_NAME)
    app.setDesktopFileName("dossier")
    app.setStyle("Fusion")
    app.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "dossier.svg")))

    store = open_report()
    if section and store.section(section) is None:
        known = ", ".join(s.id for s in store.sections)
        raise UserError(f"no section {section!r}; sections are: {known}")
    data = paths.data_dir()
    window = MainWindow(store, Preferences(data), WindowState(data))
    if screenshot:
        return _screenshot(app, window, screenshot, section, theme, search, term)
    window.restore_state()
    window.show()
    app.processEvents()
    if section:
        window.reader.show_section(section)
    else:
        window.restore_reading_position()
    return app.exec()


def _screenshot(app, window, target, section, theme, search, term) -> int:
    window.persist_state = False
    window.resize(*SCREENSHOT_SIZE)
    if theme:
        window.set_theme(theme)
    window.show()
    app.processEvents()
    if section:
        window.reader.show_section(section)
    if term:
        found = window.store.find_glossary(term, 1)
        if not found:
            raise UserError(f"no glossary entry for {term!r}")
        entry = found[0][0]
        window.show_glossary_entry(entry.id)
        mentions = window.store.mentions(entry.id)
        if mentions and not section:
            window.reader.show_mention(mentions[0].paragraph_id, entry.aliases)
    if search:
        window.focus_search()
        window.search.query_box.setText(search)
        window.search.activate_first()
    app.processEvents()
    if not window.grab().save(target, "PNG"):
        raise UserError(f"could not write the screenshot to {target!r}")
    window.close()
    return 0
