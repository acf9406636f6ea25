"""The notes dock: notes by section, a filter, and an editor that saves as you type.

The list reads only what it shows (the first notes in reading order, counts from one query,
the filter in SQLite's full-text index), so it stays instant with 100,000 notes. Every string
from a note is shown as plain text: Qt would treat one that looks like HTML as rich text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UserError
from desktop.core.files import write_new_file
from desktop.core.locator import paragraphs_of
from desktop.core.markdown_render import plain_line
from desktop.core.notes.recovery import write_recovery
from desktop.core.notes.store import Note, NotesConflict, NotesError, NotesReplaced, NotesStore
from desktop.core.store import ReportStore
from desktop.ui.accessibility import name_clear_button
from desktop.ui.i18n import said, translate
from desktop.ui.notes.editor import EmptyState, NoteEditorBox, plain

NOTE_ROLE = Qt.ItemDataRole.UserRole
AUTOSAVE_MS = 600  # a pause this long saves; focus changes and quitting save at once
MAX_WAIT_MS = 1000  # steady typing saves this long after the first unsaved key, pause or not
RETRY_MS = 5000
MAX_LISTED = 300  # a page of the list; "Show more" adds another


LABELS_KEPT = 200_000  # rows' words kept between rebuilds (twice the notes anyone was seen to keep)


class NotesPanel(QWidget):
    """Notes grouped by section in reading order.

    Signals:
        note_activated(str): show this note's passage in the text.
        notes_changed(): notes were added, deleted or restored (their places may have changed).
        note_saved(): a note's text or tags were saved.
        message(str): a line for the status bar.
        store_replaced(): the notes file was replaced under the panel (a backup restored from
            the command line); the typed text is kept until ``set_store`` gives the new file.
    """

    note_activated = Signal(str)
    notes_changed = Signal()
    note_saved = Signal()
    message = Signal(str)
    store_replaced = Signal()

    def __init__(self, store: ReportStore, notes: NotesStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.notes = notes
        self.setObjectName("notes")
        self.order = {section.id: section.order for section in store.sections}
        self.paragraphs = paragraphs_of(store)  # each note's "¶ N" in the list (under its section)
        self.orphans: set[str] = set()
        self._labels: dict[tuple, str] = {}
        self._current = ""
        self._shown: Note | None = None  # the note in the editor, as last read or saved
        self._dirty = False
        self._showing_trash = False
        self._last_deleted: list[str] = []
        self._total: int | None = None
        self._limit = MAX_LISTED

        self.filter_box = QLineEdit(self)
        self.filter_box.setObjectName("notes-filter")
        self.filter_box.setAccessibleName(translate("NotesPanel", "Filter notes"))
        self.filter_box.setPlaceholderText(translate("NotesPanel", "Filter notes: words, quotes, #tags"))
        self.filter_box.setClearButtonEnabled(True)
        name_clear_button(self.filter_box, translate("NotesPanel", "Clear the filter"))
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("notes-list")
        self.tree.setAccessibleName(translate("NotesPanel", "Notes"))
        self.tree.setHeaderHidden(True)
        self.status = QLabel(self)
        self.status.setAccessibleName(translate("NotesPanel", "Notes status"))
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)  # a long count wraps: it never widens the dock
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.more_button = QPushButton(translate("NotesPanel", "Show more"), self)
        self.more_button.setAccessibleName(translate("NotesPanel", "List more notes"))
        self.trash_button = QPushButton(translate("NotesPanel", "Trash"), self)
        self.trash_button.setCheckable(True)
        self.trash_button.setAccessibleName(translate("NotesPanel", "Show the trash"))
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.more_button)
        top.addWidget(self.trash_button)

        box = self.editor_box = NoteEditorBox(self)
        self.quote_label, self.editor, self.preview, self.tabs = (
            box.quote_label,
            box.editor,
            box.preview,
            box.tabs,
        )
        self.tags_box, self.go_button, self.warning = box.tags_box, box.go_button, box.warning
        self.delete_button, self.restore_button = box.delete_button, box.restore_button
        self.retry_button, self.save_copy_button = box.retry_button, box.save_copy_button
        self._set_problem("")
        self.empty_state = EmptyState(self)
        self.editor_place = QStackedWidget(self)
        self.editor_place.addWidget(self.empty_state)
        self.editor_place.addWidget(box)
        # The list above the editor; the reader drags the divider (kept across starts).
        splitter = self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("notes-splitter")
        splitter.addWidget(self.tree)
        splitter.addWidget(self.editor_place)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([260, 340])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.filter_box)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)
        self._max_wait = QTimer(self)
        self._max_wait.setSingleShot(True)
        self._max_wait.setInterval(MAX_WAIT_MS)
        self._max_wait.timeout.connect(self.flush)
        self.editor.textChanged.connect(self._edited)
        self.tags_box.textEdited.connect(self._edited)
        self.editor.installEventFilter(self)
        self.tags_box.installEventFilter(self)
        self.filter_box.textChanged.connect(self._filter_changed)
        self.more_button.clicked.connect(self.show_more)
        self.tree.currentItemChanged.connect(self._on_current)
        self.tree.itemActivated.connect(self._on_activated)
        box.message.connect(self.message)
        self.delete_button.clicked.connect(self.delete_current)
        self.restore_button.clicked.connect(self.restore_current)
        self.go_button.clicked.connect(lambda: self._current and self.note_activated.emit(self._current))
        self.trash_button.toggled.connect(self._toggle_trash)
        self.retry_button.clicked.connect(self.flush)
        self.save_copy_button.clicked.connect(self.save_copy)
        undo = QShortcut(QKeySequence.StandardKey.Undo, self.tree)
        undo.activated.connect(self.undo_delete)
        # Delete on the list: the Delete button's own action (and its undo), the list's key only.
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.tree)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._delete_selected)
        self.refresh()
        self._show(None)

    # -- the list --------------------------------------------------------------------------------
    def refresh(self, *_args: object) -> None:
        """Re-read the notes and rebuild the list, keeping the note being edited selected."""
        self.invalidate()
        self._rebuild()

    def _filter_changed(self, *_args: object) -> None:
        self._limit = MAX_LISTED
        self._rebuild()

    def show_more(self) -> None:
        self._limit += MAX_LISTED
        self._rebuild()

    def _rebuild(self, *_args: object) -> None:
        """The list for the current filter: only the notes it shows are read (each keystroke lands here)."""
        typed = self.filter_box.text().strip()
        query = typed if typed.strip("# ") else ""  # "#" alone, a tag about to be typed: every note
        listing = self.notes.listing(self.order, query, self._showing_trash, self._limit)
        found = listing.total
        blocked = self.tree.blockSignals(True)
        self.tree.setUpdatesEnabled(False)
        self.tree.clear()
        chosen = None
        groups: list[QTreeWidgetItem] = []
        children: list[QTreeWidgetItem] = []
        for note in listing.notes:
            if not groups or groups[-1].data(0, NOTE_ROLE + 1) != note.section_id:
                if groups:
                    groups[-1].addChildren(children)  # detached items: no view update per child
                    children = []
                section = self.store.section(note.section_id)
                title = section.title if section else note.section_id
                group = QTreeWidgetItem([f"{title}  ({listing.counts.get(note.section_id, 0)})"])
                group.setData(0, NOTE_ROLE + 1, note.section_id)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                groups.append(group)
            item = QTreeWidgetItem([self._label(note)])  # item views never read rich text
            item.setData(0, NOTE_ROLE, note.id)
            item.setToolTip(0, plain(note.body[:300] or note.quote[:300]))
            children.append(item)
            if note.id == self._current:
                chosen = item
        if groups:
            groups[-1].addChildren(children)
        self.tree.addTopLevelItems(groups)
        self.tree.expandAll()
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        self.tree.setUpdatesEnabled(True)
        self.tree.blockSignals(blocked)
        listed = len(listing.notes)
        self.more_button.setVisible(found > listed)
        self.status.setText(self._status_line(query, found, listed, listing.partial))

    def _status_line(self, query: str, found: int, listed: int, partial: bool) -> str:
        shown = ""
        if found > listed:
            shown = (
                translate("NotesPanel", " (first {listed} listed: type more to narrow)")
                if partial
                else translate("NotesPanel", " (first {listed} listed)")
            ).format(listed=listed)
        # One sentence for one note and one for more: Swedish and Russian say them differently.
        if self._showing_trash:
            if partial:
                return translate("NotesPanel", "Trash: over {count:,} notes").format(count=found) + shown
            if found == 1:
                return translate("NotesPanel", "Trash: {count} note").format(count=found) + shown
            return translate("NotesPanel", "Trash: {count} notes").format(count=found) + shown
        if query:
            total = self._total_notes()
            if partial:
                return (
                    translate("NotesPanel", "Over {count:,} of {total} notes").format(
                        count=found, total=total
                    )
                    + shown
                )
            return (
                translate("NotesPanel", "{count} of {total} notes").format(count=found, total=total) + shown
            )
        self._total = found
        if found == 1:
            return translate("NotesPanel", "{count} note").format(count=found) + shown
        return translate("NotesPanel", "{count} notes").format(count=found) + shown

    def _total_notes(self) -> int:
        if self._total is None:
            self._total = self.notes.count()
        return self._total

    def invalidate(self) -> None:
        """Forget the cached count (after any change, here or elsewhere)."""
        self._total = None

    def _label(self, note: Note) -> str:
        # A list is rebuilt on every keystroke of its filter: a row's words are worked out once
        # per version of its note (and whether it is an orphan), not once per keystroke.
        key = (note.id, note.updated, note.body[:200], note.tags, note.id in self.orphans)
        label = self._labels.get(key)
        if label is None:
            if len(self._labels) > LABELS_KEPT:
                self._labels.clear()
            label = self._labels[key] = self._make_label(note)
        return label

    def _make_label(self, note: Note) -> str:
        first = next((line.strip() for line in note.body[:2000].splitlines() if line.strip()), "")
        text = plain_line(first[:200]) or (
            f"“{note.quote}”" if note.quote else translate("NotesPanel", "(empty note)")
        )
        warning = "⚠ " if note.id in self.orphans else ""
        tags = "  " + " ".join(f"#{t}" for t in note.tags) if note.tags else ""
        place = self.paragraphs.of_note(note) if note.quote and not warning else None
        return f"{warning}{f'¶ {place.paragraph}  ' if place else ''}{text[:80]}{tags}"

    def visible_note_ids(self) -> list[str]:
        ids = []
        for group_index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(group_index)
            ids += [group.child(i).data(0, NOTE_ROLE) for i in range(group.childCount())]
        return ids

    def _on_current(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        note_id = current.data(0, NOTE_ROLE) if current is not None else None
        if note_id and note_id != self._current:
            self.flush()
            self._show(self.notes.get(note_id))

    def _on_activated(self, item: QTreeWidgetItem) -> None:
        note_id = item.data(0, NOTE_ROLE)
        if note_id:
            self.note_activated.emit(note_id)

    # -- one note ----------------------------------------------------------------------------------
    def current_note(self) -> str:
        return self._current

    def open_note(self, note_id: str, focus: bool = True) -> None:
        self.flush()
        note = self.notes.get(note_id)
        if note is None:
            return
        if note.deleted and not self._showing_trash:
            self.trash_button.setChecked(True)
        self._show(note)
        self.refresh()
        if focus:
            self.tabs.setCurrentWidget(self.editor)
            self.editor.setFocus()

    def _show(self, note: Note | None) -> None:
        self._current = note.id if note else ""
        self._shown = note
        self._dirty = False
        had_focus = self.editor_place.isAncestorOf(QApplication.focusWidget())
        self.editor_place.setCurrentWidget(self.editor_box if note is not None else self.empty_state)
        if note is None and had_focus:
            self.empty_state.setFocus()  # not the reader: Space there would scroll the text
        if note and note.quote:
            orphan = (
                translate("NotesPanel", " (passage no longer found in the text)")
                if note.id in self.orphans
                else ""
            )
            place = None if orphan else self.paragraphs.of_note(note)
            quote = f"“{note.quote}”{orphan}" + (f"\n{place.label}" if place else "")
        else:
            section = self.store.section(note.section_id) if note else None
            quote = (
                translate("NotesPanel", "On the section “{title}”").format(title=section.title)
                if section
                else ""
            )
        self.editor_box.fill(note, quote)

    def _edited(self, *_args: object) -> None:
        if self._current:
            self._dirty = True
            self._timer.start()
            if not self._max_wait.isActive():
                self._max_wait.start()

    def flush(self) -> bool:
        """Save what was typed; on failure keep it in the editor and say so."""
        self._timer.stop()
        self._max_wait.stop()
        if not (self._dirty and self._current and self._shown is not None):
            return True
        body, tags = self.editor_box.body(self._shown), self.editor_box.tags(self._shown)
        try:
            note = self.notes.update(
                self._current, body=body, tags=tags, expected_updated=self._shown.updated
            )
        except NotesConflict as conflict:
            return self._save_beside(conflict.current, body, tags)
        except NotesReplaced:
            self._set_problem(
                translate(
                    "NotesPanel",
                    "Not saved: the notes file was replaced (a backup was restored). Your text stays "
                    "here and is saved into the restored notes when they open.",
                )
            )
            self.store_replaced.emit()
            return False
        except NotesError as error:
            text = translate(
                "NotesPanel",
                "Not saved: {error}. Your text stays here; Dossier tries again every few seconds.",
            ).format(error=said(error))
            self._set_problem(text)
            self.message.emit(text)
            self._timer.start(RETRY_MS)
            return False
        self._saved(note)
        current = self.tree.currentItem()
        if current is not None and current.data(0, NOTE_ROLE) == note.id:
            current.setText(0, self._label(note))
        self.note_saved.emit()  # text only: nothing moved in the report
        return True

    def _saved(self, note: Note) -> None:
        self._set_problem("")
        self._dirty = False
        self._shown = note
        self._current = note.id

    def _save_beside(self, current: Note, body: str, tags: list[str]) -> bool:
        """Another window saved this note since it was opened here: keep both texts."""
        try:
            copy = self.notes.add_copy(current, body, tags)
        except NotesError as error:
            self._set_problem(
                translate("NotesPanel", "Not saved: {error}. Your text stays here.").format(error=said(error))
            )
            return False
        self._saved(copy)
        self.refresh()
        self.notes_changed.emit()
        self.message.emit(
            translate(
                "NotesPanel",
                "This note was changed in another window; your text was saved beside it as a new "
                "note tagged #conflict, and the other text was kept.",
            )
        )
        return True

    def set_store(self, notes: NotesStore) -> None:
        """Work on ``notes`` from now on (the file was reopened); text not yet saved goes into it."""
        pending = self._shown if self._dirty else None
        body, tags = self.editor_box.body(pending), self.editor_box.tags(pending)
        self.notes = notes
        self.invalidate()
        if pending is not None:
            try:
                there = notes.get(pending.id)
                if there is None:
                    note = notes.add(pending.section_id, body, pending.selector, tags, pending.id)
                else:
                    note = notes.update(pending.id, body=body, tags=tags)
            except NotesError as error:
                self._set_problem(
                    translate("NotesPanel", "Not saved: {error}. Your text stays here.").format(
                        error=said(error)
                    )
                )
            else:
                self._saved(note)
                self.message.emit(
                    translate("NotesPanel", "The text typed while the notes file was replaced is saved.")
                )
        elif self._current:
            self._show(notes.get(self._current))  # the note as the new file has it, or none
        self.refresh()

    def flush_or_recover(self) -> str:
        """For closing: save, or else keep the text in a recovery file. Returns a line for the
        person ("" when everything was saved); the text is never dropped silently."""
        if self.flush():
            return ""
        note = self._shown._replace(
            body=self.editor_box.body(self._shown), tags=tuple(self.editor_box.tags(self._shown))
        )
        try:
            path = write_recovery(self.notes.path.parent, note, self._shown.updated)
        except NotesError as error:
            return translate(
                "NotesPanel",
                "Your unsaved note could not be kept: {error}. Save it with “Save the text as…”.",
            ).format(error=said(error))
        self._dirty = False
        return translate(
            "NotesPanel", "Your unsaved note was kept in {path}; Dossier puts it back at the next start."
        ).format(path=path)

    def _set_problem(self, text: str) -> None:
        self.warning.setText(text)
        for widget in (self.warning, self.retry_button, self.save_copy_button):
            widget.setVisible(bool(text))

    def save_copy(self, path: str = "") -> bool:
        """Write the note being edited to a file of the person's choosing (when saving fails)."""
        if not path:
            from desktop.ui.file_dialogs import ask_save_path

            path, _ = ask_save_path(
                self, translate("NotesPanel", "Save the note's text"), "unsaved-note.md", "Markdown (*.md)"
            )
            if not path:
                return False
        try:
            write_new_file(path, self.editor_box.body(self._shown))
        except UserError as error:
            self.message.emit(said(error))
            return False
        self.message.emit(translate("NotesPanel", "The note's text was saved to {path}.").format(path=path))
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FocusOut and watched in (self.editor, self.tags_box):
            self.flush()
            if self._current and event.reason() not in (
                Qt.FocusReason.ActiveWindowFocusReason,  # another window: the person comes back
                Qt.FocusReason.PopupFocusReason,  # a context menu over the editor
            ):
                # Once the focus has settled: a click on the list must first finish selecting.
                note_id = self._current
                QTimer.singleShot(0, lambda: self._discard_if_empty(note_id))
        return super().eventFilter(watched, event)

    def _discard_if_empty(self, note_id: str) -> None:
        """A note left with no text, tags or quote (one made by accident) goes to the trash when
        the editor loses the focus; Ctrl+Z brings it back, as after Delete."""
        if note_id == self._current and (
            self._dirty or self.editor_place.isAncestorOf(QApplication.focusWidget())
        ):
            return  # still being written
        note = self.notes.get(note_id)
        if note is None or note.deleted or note.body.strip() or note.tags or note.quote:
            return
        try:
            self.notes.delete(note_id)
        except NotesError:
            return  # kept: an empty note in the list is better than a failure message about one
        self._last_deleted.append(note_id)
        if note_id == self._current:
            self._show(None)
        self.refresh()
        self.notes_changed.emit()
        self.message.emit(
            translate("NotesPanel", "The empty note was discarded. Ctrl+Z in the notes list brings it back.")
        )

    def _delete_selected(self) -> None:
        item = self.tree.currentItem()
        if item is not None and item.data(0, NOTE_ROLE) and not self._showing_trash:
            self.delete_current()

    # -- adding, deleting, restoring ---------------------------------------------------------------
    def add(self, section_id: str, selector=None, body: str = "") -> Note | None:
        self.flush()
        previous = self._current
        try:
            note = self.notes.add(section_id, body, selector)
        except NotesError as error:
            self.message.emit(
                translate("NotesPanel", "Could not add the note: {error}").format(error=said(error))
            )
            return None
        if previous:  # a new note while the last is still empty (the editor kept the focus)
            self._current = note.id
            self._discard_if_empty(previous)
        self.trash_button.setChecked(False)
        self.filter_box.clear()
        self._show(note)
        self.refresh()
        self.tabs.setCurrentWidget(self.editor)
        self.editor.setFocus()
        self.invalidate()
        self.notes_changed.emit()
        return note

    def delete_current(self) -> None:
        if not self._current:
            return
        self.flush()
        try:
            self.notes.delete(self._current)
        except NotesError as error:
            self.message.emit(translate("NotesPanel", "Could not delete: {error}").format(error=said(error)))
            return
        self._last_deleted.append(self._current)
        self._show(None)
        self.refresh()
        self.invalidate()
        self.notes_changed.emit()
        self.message.emit(
            translate("NotesPanel", "Note moved to the trash. Ctrl+Z in the notes list brings it back.")
        )

    def undo_delete(self) -> bool:
        if not self._last_deleted:
            return False
        note_id = self._last_deleted.pop()
        self.notes.restore(note_id)
        self.open_note(note_id, focus=False)
        self.invalidate()
        self.notes_changed.emit()
        self.message.emit(translate("NotesPanel", "Note restored."))
        return True

    def restore_current(self) -> None:
        if self._current:
            note_id = self._current
            self.notes.restore(note_id)
            self.trash_button.setChecked(False)
            self.open_note(note_id, focus=False)
            self.invalidate()
        self.notes_changed.emit()

    def _toggle_trash(self, on: bool) -> None:
        self.flush()
        self._showing_trash = on
        self._show(None)
        self.refresh()

    def focus_filter(self) -> None:
        self.filter_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_box.selectAll()
