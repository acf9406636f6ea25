"""Placing the notes in the text a page at a time, so thousands of notes never hold up the window.

The section in view comes first, then the sections after it, then those before; each page
is placed in one turn of the event loop, and the text shows the notes placed so far after
the first page and again when all are placed. Only the notes' anchors are read (never their
text), and what is placed is kept packed (``PlacedNotes``), never as an object per note.

Signals:
    finished(object): every note is placed; the set of orphaned note ids.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QTextBrowser

from desktop.core.notes.placement import PlacedNotes, place_notes

if TYPE_CHECKING:
    from desktop.core.notes.store import NotesStore

PAGE = 400  # notes placed in one turn of the event loop
SHOW_EVERY = 10  # pages between showing what is placed


class NotePlacer(QObject):
    """Places a notes file's notes in a reader, lazily (see the module docstring)."""

    finished = Signal(object)

    def __init__(self, reader: QTextBrowser) -> None:
        super().__init__(reader)
        self.reader = reader
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)
        self._queue: list[str] = []
        self._offset = 0
        self._pages = 0
        self._store: NotesStore | None = None
        self._placed = PlacedNotes()

    @property
    def busy(self) -> bool:
        return self._timer.isActive()

    def start(self, store: NotesStore, counts: dict[str, int]) -> None:
        """Place every note of ``store`` again (``counts``: notes per section, to skip empty ones)."""
        self._store = store
        sections = [s for s in self.reader.section_ids() if counts.get(s)] if any(counts.values()) else []
        here = self.reader.current_section()
        first = sections.index(here) if here in sections else 0
        self._queue = sections[first:] + sections[:first][::-1]
        self._offset = self._pages = 0
        self._placed = PlacedNotes()
        if not self._queue:
            self.reader.show_placement(self._placed)
            self._timer.stop()
            self.finished.emit(set())
            return
        self._step()  # the notes in view at once
        self.reader.show_placement(self._placed if not self._queue else self._placed.snapshot())
        if self._queue:
            self._timer.start()

    def finish_now(self) -> None:
        """Place whatever is left at once (a caller needs every note in place)."""
        while self._queue:
            self._step()

    def _step(self) -> None:
        if not self._queue or self._store is None:
            self._timer.stop()
            return
        section_id = self._queue[0]
        notes = self._store.section_anchors(section_id, self._offset, PAGE)
        self._placed.add(place_notes(self.reader.plain_text(), self.reader.section_spans(), notes))
        self._offset += len(notes)
        self._pages += 1
        if len(notes) < PAGE:
            self._queue.pop(0)
            self._offset = 0
        if not self._queue:
            self._timer.stop()
            self.reader.show_placement(self._placed)
            self.finished.emit(set(self._placed.orphans))
        elif self._pages % SHOW_EVERY == 0:
            self.reader.show_placement(self._placed.snapshot())
