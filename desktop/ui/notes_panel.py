"""The notes dock: every note by section, a filter, and an editor that saves as you type."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.escape import escape
from desktop.core.markdown_render import SAFE_SCHEMES, render_note
from desktop.core.notes import Note, NotesError, NotesIndex, NotesStore
from desktop.core.store import ReportStore

NOTE_ROLE = Qt.ItemDataRole.UserRole
AUTOSAVE_MS = 600  # a pause this long saves; focus changes and quitting save at once
RETRY_MS = 5000
MAX_LISTED = 300  # more would make every keystroke in the filter wait on the list


class SafeBrowser(QTextBrowser):
    """Shows rendered notes: loads no resource, follows no link by itself."""

    def loadResource(self, kind: int, name: QUrl):  # noqa: N802 - Qt override
        from PySide6.QtCore import QByteArray

        return QByteArray()


class NotesPanel(QWidget):
    """Notes grouped by section in reading order.

    Signals:
        note_activated(str): show this note's passage in the text.
        notes_changed(): notes were added, deleted or restored (their places may have changed).
        note_saved(): a note's text or tags were saved.
        message(str): a line for the status bar.
    """

    note_activated = Signal(str)
    notes_changed = Signal()
    note_saved = Signal()
    message = Signal(str)

    def __init__(self, store: ReportStore, notes: NotesStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.notes = notes
        self.setObjectName("notes")
        self.index = NotesIndex({section.id: section.order for section in store.sections})
        self.orphans: set[str] = set()
        self._current = ""
        self._dirty = False
        self._showing_trash = False
        self._last_deleted: list[str] = []
        self._cache: list[Note] | None = None

        self.filter_box = QLineEdit(self)
        self.filter_box.setObjectName("notes-filter")
        self.filter_box.setAccessibleName("Filter notes")
        self.filter_box.setPlaceholderText("Filter notes: words, quotes, #tags")
        self.filter_box.setClearButtonEnabled(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("notes-list")
        self.tree.setAccessibleName("Notes")
        self.tree.setHeaderHidden(True)
        self.status = QLabel(self)
        self.status.setAccessibleName("Notes status")
        self.trash_button = QPushButton("Trash", self)
        self.trash_button.setCheckable(True)
        self.trash_button.setAccessibleName("Show the trash")
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.trash_button)

        self.quote_label = QLabel(self)
        self.quote_label.setWordWrap(True)
        self.quote_label.setAccessibleName("Quoted passage")
        self.quote_label.setTextFormat(Qt.TextFormat.PlainText)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("note-editor")
        self.editor.setAccessibleName("Note text (Markdown)")
        self.editor.setPlaceholderText("Write your note (Markdown). It saves as you type.")
        self.preview = SafeBrowser(self)
        self.preview.setObjectName("note-preview")
        self.preview.setAccessibleName("Note preview")
        self.preview.setOpenLinks(False)
        self.preview.setOpenExternalLinks(False)
        self.preview.setFrameShape(QFrame.Shape.NoFrame)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.editor, "Edit")
        self.tabs.addTab(self.preview, "Preview")
        self.tags_box = QLineEdit(self)
        self.tags_box.setObjectName("note-tags")
        self.tags_box.setAccessibleName("Tags")
        self.tags_box.setPlaceholderText("Tags, separated by commas")
        self.delete_button = QPushButton("Delete", self)
        self.delete_button.setAccessibleName("Move the note to the trash")
        self.restore_button = QPushButton("Restore", self)
        self.restore_button.setAccessibleName("Restore the note from the trash")
        self.go_button = QPushButton("Show in text", self)
        self.go_button.setAccessibleName("Show the note's passage in the text")
        buttons = QHBoxLayout()
        buttons.addWidget(self.go_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.delete_button)
        self.warning = QLabel(self)
        self.warning.setObjectName("note-warning")
        self.warning.setAccessibleName("Save problem")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #9a2b00;")
        self.retry_button = QPushButton("Retry", self)
        self.save_copy_button = QPushButton("Save the text as…", self)
        self.save_copy_button.setAccessibleName("Save the unsaved note to a file")
        problems = QHBoxLayout()
        problems.addWidget(self.warning, 1)
        problems.addWidget(self.retry_button)
        problems.addWidget(self.save_copy_button)
        self._set_problem("")
        editor_box = QWidget(self)
        editor_layout = QVBoxLayout(editor_box)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.quote_label)
        editor_layout.addWidget(self.tabs, 1)
        editor_layout.addWidget(self.tags_box)
        editor_layout.addLayout(buttons)
        editor_layout.addLayout(problems)
        self.editor_box = editor_box
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(editor_box)
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
        self.editor.textChanged.connect(self._edited)
        self.tags_box.textEdited.connect(self._edited)
        self.editor.installEventFilter(self)
        self.tags_box.installEventFilter(self)
        self.filter_box.textChanged.connect(self._rebuild)
        self.tree.currentItemChanged.connect(self._on_current)
        self.tree.itemActivated.connect(self._on_activated)
        self.tabs.currentChanged.connect(self._render_preview)
        self.preview.anchorClicked.connect(self._on_preview_link)
        self.delete_button.clicked.connect(self.delete_current)
        self.restore_button.clicked.connect(self.restore_current)
        self.go_button.clicked.connect(lambda: self._current and self.note_activated.emit(self._current))
        self.trash_button.toggled.connect(self._toggle_trash)
        self.retry_button.clicked.connect(self.flush)
        self.save_copy_button.clicked.connect(self.save_copy)
        undo = QShortcut(QKeySequence.StandardKey.Undo, self.tree)
        undo.activated.connect(self.undo_delete)
        self.refresh()
        self._show(None)

    # -- the list --------------------------------------------------------------------------------
    def refresh(self, *_args: object) -> None:
        """Re-read the notes and rebuild the list, keeping the note being edited selected."""
        self.invalidate()
        self._rebuild()

    def _rebuild(self, *_args: object) -> None:
        """The list for the current filter, from the cached notes (each keystroke lands here)."""
        query = self.filter_box.text().strip()
        if self._showing_trash:
            items = self.notes.notes(deleted=True)
        elif query:
            wanted = self.notes.matching_ids(query.replace("#", " "))
            items = [note for note in self._all_notes() if note.id in wanted]
        else:
            items = self._all_notes()
        found = len(items)
        groups = self.index.group(items)
        if found > MAX_LISTED:
            groups = _first(groups, MAX_LISTED)
        blocked = self.tree.blockSignals(True)
        self.tree.clear()
        chosen = None
        for section_id, notes in groups:
            section = self.store.section(section_id)
            group = QTreeWidgetItem([f"{section.title if section else section_id}  ({len(notes)})"])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(group)
            for note in notes:
                item = QTreeWidgetItem([self._label(note)])
                item.setData(0, NOTE_ROLE, note.id)
                item.setToolTip(0, note.body[:300] or note.quote[:300])
                group.addChild(item)
                if note.id == self._current:
                    chosen = item
        self.tree.expandAll()
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        self.tree.blockSignals(blocked)
        total = len(self._all_notes())
        shown = f" (first {MAX_LISTED} listed: type to narrow)" if found > MAX_LISTED else ""
        if self._showing_trash:
            self.status.setText(f"Trash: {found} note{'s' if found != 1 else ''}{shown}")
        elif query:
            self.status.setText(f"{found} of {total} notes{shown}")
        else:
            self.status.setText(f"{total} note{'s' if total != 1 else ''}{shown}")

    def _all_notes(self) -> list[Note]:
        if self._cache is None:
            self._cache = self.notes.notes()
        return self._cache

    def invalidate(self) -> None:
        """Forget the cached notes (after any change, here or elsewhere)."""
        self._cache = None

    def _label(self, note: Note) -> str:
        first = next((line.strip() for line in note.body.splitlines() if line.strip()), "")
        text = first or (f"“{note.quote}”" if note.quote else "(empty note)")
        warning = "⚠ " if note.id in self.orphans else ""
        tags = "  " + " ".join(f"#{t}" for t in note.tags) if note.tags else ""
        return f"{warning}{text[:80]}{tags}"

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
        self._dirty = False
        blocked = self.editor.blockSignals(True)
        self.editor.setPlainText(note.body if note else "")
        self.editor.blockSignals(blocked)
        self.tags_box.setText(", ".join(note.tags) if note else "")
        self.editor_box.setEnabled(note is not None)
        self.editor.setReadOnly(bool(note and note.deleted))
        self.tags_box.setReadOnly(bool(note and note.deleted))
        self.delete_button.setVisible(not (note and note.deleted))
        self.restore_button.setVisible(bool(note and note.deleted))
        if note and note.quote:
            orphan = " (passage no longer found in the text)" if note.id in self.orphans else ""
            self.quote_label.setText(f"“{note.quote}”{orphan}")
        else:
            section = self.store.section(note.section_id) if note else None
            self.quote_label.setText(f"On the section “{section.title}”" if section else "")
        self._render_preview()

    def _render_preview(self, *_args: object) -> None:
        if self.tabs.currentWidget() is self.preview:
            self.preview.setHtml(render_note(self.editor.toPlainText()))

    def _edited(self, *_args: object) -> None:
        if self._current:
            self._dirty = True
            self._timer.start()

    def flush(self) -> bool:
        """Save what was typed; on failure keep it in the editor and say so."""
        self._timer.stop()
        if not (self._dirty and self._current):
            return True
        tags = [tag for tag in self.tags_box.text().split(",")]
        try:
            self.notes.update(self._current, body=self.editor.toPlainText(), tags=tags)
        except NotesError as error:
            text = f"Not saved: {error}. Your text stays here; Dossier tries again every few seconds."
            self._set_problem(text)
            self.message.emit(text)
            self._timer.start(RETRY_MS)
            return False
        self._set_problem("")
        self._dirty = False
        current = self.tree.currentItem()
        note = self.notes.get(self._current)
        if current is not None and note is not None and current.data(0, NOTE_ROLE) == note.id:
            current.setText(0, self._label(note))
        self.invalidate()
        self.note_saved.emit()  # text only: nothing moved in the report
        return True

    def _set_problem(self, text: str) -> None:
        self.warning.setText(text)
        for widget in (self.warning, self.retry_button, self.save_copy_button):
            widget.setVisible(bool(text))

    def save_copy(self, path: str = "") -> bool:
        """Write the note being edited to a file of the person's choosing (when saving fails)."""
        if not path:
            from PySide6.QtWidgets import QFileDialog

            path, _ = QFileDialog.getSaveFileName(
                self, "Save the note's text", "unsaved-note.md", "Markdown (*.md)"
            )
            if not path:
                return False
        from desktop.core.errors import UserError
        from desktop.core.files import write_new_file

        try:
            write_new_file(path, self.editor.toPlainText())
        except UserError as error:
            self.message.emit(str(error))
            return False
        self.message.emit(f"The note's text was saved to {path}.")
        return True

    @property
    def unsaved(self) -> bool:
        return self._dirty

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FocusOut and watched in (self.editor, self.tags_box):
            self.flush()
        return super().eventFilter(watched, event)

    # -- adding, deleting, restoring ---------------------------------------------------------------
    def add(self, section_id: str, selector=None, body: str = "") -> Note | None:
        self.flush()
        try:
            note = self.notes.add(section_id, body, selector)
        except NotesError as error:
            self.message.emit(f"Could not add the note: {error}")
            return None
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
            self.message.emit(f"Could not delete: {error}")
            return
        self._last_deleted.append(self._current)
        self._show(None)
        self.refresh()
        self.invalidate()
        self.notes_changed.emit()
        self.message.emit("Note moved to the trash. Ctrl+Z in the notes list brings it back.")

    def undo_delete(self) -> bool:
        if not self._last_deleted:
            return False
        note_id = self._last_deleted.pop()
        self.notes.restore(note_id)
        self.open_note(note_id, focus=False)
        self.invalidate()
        self.notes_changed.emit()
        self.message.emit("Note restored.")
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

    def _on_preview_link(self, url: QUrl) -> None:
        if url.toString().lower().startswith(SAFE_SCHEMES):
            QDesktopServices.openUrl(url)
        else:
            self.message.emit(f"Dossier does not open this link: {escape(url.toString()[:60])}")

    def focus_filter(self) -> None:
        self.filter_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_box.selectAll()


def _first(groups: list[tuple[str, list[Note]]], count: int) -> list[tuple[str, list[Note]]]:
    """The first ``count`` notes of grouped notes, still grouped."""
    kept: list[tuple[str, list[Note]]] = []
    for section_id, notes in groups:
        if count <= 0:
            break
        kept.append((section_id, notes[:count]))
        count -= len(notes)
    return kept
