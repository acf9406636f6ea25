"""Notes ▸ Recent Notes: the notes edited last, each opening its note and its passage."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop.ui.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from desktop.core.notes.store import NotesStore
    from desktop.core.store import ReportStore


def add_recent_notes(
    notes_menu: QMenu,
    notes_store: Callable[[], NotesStore | None],
    report: ReportStore,
    show_note: Callable[[str], object],
) -> QMenu:
    """A "Recent Notes" submenu in ``notes_menu``, filled each time it opens; choosing one
    calls ``show_note`` with its id."""
    from PySide6.QtGui import QAction

    from desktop.core.markdown_render import plain_line
    from desktop.core.notes.recent import label, recent_notes

    menu = notes_menu.addMenu(translate("RecentNotes", "Recen&t Notes"))
    menu.menuAction().setObjectName("recent-notes")

    def fill() -> None:
        menu.clear()
        store = notes_store()
        notes = recent_notes(store) if store is not None else []
        for number, note in enumerate(notes, 1):
            section = report.section(note.section_id)
            text = plain_line(label(note)) + (f"  —  {section.title}" if section else "")
            # "&" marks a menu's access key: a note's own is doubled, the number is the key.
            action = QAction(f"&{number} {text.replace('&', '&&')}", menu)
            action.triggered.connect(lambda _=False, note_id=note.id: show_note(note_id))
            menu.addAction(action)
        if not notes:
            menu.addAction(translate("RecentNotes", "No notes yet")).setEnabled(False)

    menu.aboutToShow.connect(fill)
    return menu
