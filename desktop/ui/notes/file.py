"""The notes file as the window sees it: backups, restore, export, import.

One object owns the open ``NotesStore`` and every operation on the file as a whole, so
the window only wires menu actions to it and panels listen for what changed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core.errors import NotesError, UserError
from desktop.ui.i18n import said, translate

TYPE_CHECKING = False  # typing's, without importing typing: see desktop/ui/__init__.py
if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QWidget

    from desktop.core.notes.store import NotesStore
    from desktop.core.store import ReportStore

BACKUP_EVERY_SAVES = 25  # "a stretch of editing"
BACKUP_AFTER_START_MS = 1500  # late enough not to compete with the first paint


class NotesFile(QObject):
    """The open notes file and what can be done to it whole.

    Signals:
        notes_changed(): notes were added, replaced or merged from outside the notes panel.
        store_replaced(object): a different NotesStore is now open (after a restore).
        message(str): a line for the status bar.
        problem(str): something the reader must know now (shown in the banner).
    """

    notes_changed = Signal()
    store_replaced = Signal(object)
    message = Signal(str)
    problem = Signal(str)

    def __init__(
        self, report: ReportStore, store: NotesStore | None, data: Path, parent: QObject | None = None
    ):
        super().__init__(parent)
        self.report = report
        self.store = store
        self.data = store.path.parent if store is not None else data
        self._saves_since_backup = 0

    # -- backups ----------------------------------------------------------------------------
    def schedule_backup(self, delay_ms: int = BACKUP_AFTER_START_MS) -> None:
        """A backup soon after start, when the notes changed since the newest one; backups not
        verified yet (made by an older version) are checked on a worker thread meanwhile."""
        import threading

        from desktop.core.notes.safety import verify_backups

        threading.Thread(target=verify_backups, args=(self.data,), name="verify-backups", daemon=True).start()
        QTimer.singleShot(delay_ms, lambda: self.backup(only_if_changed=True))

    def count_save(self) -> None:
        """One more save; a backup after every BACKUP_EVERY_SAVES of them."""
        self._saves_since_backup += 1
        if self._saves_since_backup >= BACKUP_EVERY_SAVES:
            self.backup()

    def backup_due(self) -> bool:
        """Whether the notes changed since the newest backup (and there is something to keep)."""
        from desktop.core.notes.safety import backup_due

        return self.store is not None and backup_due(self.data, self.store.path, self.store.count)

    def backup(self, only_if_changed: bool = False) -> bool:
        from desktop.core.notes.safety import make_backup

        if self.store is None or self.store.read_only:
            return False
        if only_if_changed and not self.backup_due():
            return False
        try:
            made = make_backup(self.store, self.data)
        except NotesError as error:
            self.message.emit(translate("NotesFile", "Backup failed: {error}").format(error=said(error)))
            return False
        self._saves_since_backup = 0
        self.message.emit(
            translate("NotesFile", "Notes backed up ({count} note).").format(count=1)
            if made.notes == 1
            else translate("NotesFile", "Notes backed up ({count} notes).").format(count=made.notes)
        )
        return True

    def restore(self, backup_id: str | None = None) -> bool:
        """Put a backup in place; the notes file it replaces is kept beside it."""
        from desktop.context import open_notes
        from desktop.core.notes.safety import restore_backup

        if self.store is not None:
            self.store.close()
        try:
            chosen, moved = restore_backup(self.data, backup_id)
            self.store = open_notes(self.data)
        except NotesError as error:
            self.problem.emit(
                translate("NotesFile", "The backup could not be restored: {error}.").format(error=said(error))
            )
            return False
        self.store_replaced.emit(self.store)
        aside = (
            translate("NotesFile", " The file it replaced was kept as {name}.").format(name=moved.name)
            if moved
            else ""
        )
        self.message.emit(
            (
                translate("NotesFile", "Restored the backup of {date} ({count} note).")
                if chosen.notes == 1
                else translate("NotesFile", "Restored the backup of {date} ({count} notes).")
            ).format(date=chosen.created, count=chosen.notes)
            + aside
        )
        return True

    def reopen(self) -> bool:
        """Open the notes file again after it was replaced under the window (a restore from the
        command line): what is typed from now on goes into the file that is there now."""
        from desktop.context import open_notes

        if self.store is not None:
            self.store.close()
        try:
            self.store = open_notes(self.data)
        except NotesError as error:
            self.problem.emit(
                translate("NotesFile", "The replaced notes file could not be opened: {error}.").format(
                    error=said(error)
                )
            )
            return False
        self.store_replaced.emit(self.store)
        self.message.emit(
            translate(
                "NotesFile", "The notes file was replaced (a backup was restored); its notes are shown now."
            )
        )
        return True

    def recover_unsaved(self) -> str:
        """Put back the texts that could not be saved when Dossier last closed."""
        from desktop.core.notes.recovery import restore_recoveries

        if self.store is None or self.store.read_only:
            return ""
        try:
            restored = restore_recoveries(self.data, self.store)
        except NotesError as error:
            text = translate(
                "NotesFile", "Unsaved notes from last time are waiting but could not be put back: {error}."
            ).format(error=said(error))
            self.problem.emit(text)
            return text
        if not restored:
            return ""
        self.notes_changed.emit()
        text = (
            translate("NotesFile", "{count} note unsaved last time is back.").format(count=1)
            if len(restored) == 1
            else translate("NotesFile", "{count} notes unsaved last time are back.").format(
                count=len(restored)
            )
        )
        self.message.emit(text)
        return text

    # -- export and import ------------------------------------------------------------------
    def export_to(self, path: str, format_id: str) -> bool:
        from desktop.core.notes.exporting import export_format, export_notes

        if self.store is None:
            return False
        try:
            written = export_notes(self.report, self.store, path, format_id)
        except UserError as error:
            self.message.emit(said(error))
            return False
        if export_format(format_id).counts == "cards":
            done = translate("NotesFile", "Exported {count} cards to {path}")
        else:
            done = translate("NotesFile", "Exported {count} notes to {path}")
        self.message.emit(done.format(count=written, path=path))
        return True

    def import_from(self, path: str) -> bool:
        from desktop.core.notes.exporting import import_notes

        if self.store is None:
            return False
        try:
            imported = import_notes(self.report, self.store, path)
        except NotesError as error:
            self.message.emit(translate("NotesFile", "Nothing imported: {error}").format(error=said(error)))
            return False
        self.notes_changed.emit()
        self.message.emit(
            translate("NotesFile", "Imported: {summary}.").format(summary=said(imported.summary()))
        )
        return True

    def ask_export(self, parent: QWidget) -> bool:
        from desktop.core.notes.exporting import EXPORT_FORMATS, format_for
        from desktop.ui.file_dialogs import ask_save_path

        if self.store is None:
            return False
        filters = [file_filter(f) for f in EXPORT_FORMATS]
        first = EXPORT_FORMATS[0]
        path, chosen = ask_save_path(
            parent, translate("NotesFile", "Export notes"), f"dossier-notes{first.suffix}", ";;".join(filters)
        )
        english = {shown: f.file_filter for shown, f in zip(filters, EXPORT_FORMATS, strict=True)}
        return bool(path) and self.export_to(path, format_for(path, english.get(chosen, "")).id)

    def ask_import(self, parent: QWidget) -> bool:
        from desktop.core.notes.exporting import IMPORT_FORMAT
        from desktop.ui.file_dialogs import ask_open_path

        if self.store is None:
            return False
        path = ask_open_path(parent, translate("NotesFile", "Import notes"), file_filter(IMPORT_FORMAT))
        return bool(path) and self.import_from(path)


def file_filter(notes_format) -> str:
    """A notes format's file dialog filter, its name in the UI's language."""
    return f"{said(notes_format.label)} (*{notes_format.suffix})"
