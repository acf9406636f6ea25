"""File ▸ Print…, Export PDF… and Export Citation…: the report leaving the app.

The work is in the core (``typeset``, ``citation``) and ``printing``; this object asks what
to print (the whole report, the section being read, with or without notes) and where to
write, and says what happened.

Signals:
    message(str): a line for the status bar.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, Signal

from desktop.core.errors import UserError
from desktop.ui.i18n import said, translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop.core.notes.store import NotesStore
    from desktop.core.store import ReportStore


class Scope(NamedTuple):
    section_id: str | None  # None: the whole report
    with_notes: bool


class ReportOutput(QObject):
    """Print, PDF and citation files (see the module docstring for the signal)."""

    message = Signal(str)

    def __init__(
        self,
        report: ReportStore,
        notes_store: Callable[[], NotesStore | None],
        current_section: Callable[[], str | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.report = report
        self._notes_store = notes_store
        self._current_section = current_section

    def _notes(self, scope: Scope) -> list:
        store = self._notes_store()
        if not scope.with_notes or store is None:
            return []
        return [n for n in store.notes() if scope.section_id is None or n.section_id == scope.section_id]

    # -- PDF and print ------------------------------------------------------------------------
    def export_pdf_to(self, path: str, scope: Scope) -> bool:
        from desktop.ui.window.printing import export_pdf

        try:
            pages = export_pdf(self.report, path, scope.section_id, self._notes(scope))
        except UserError as error:
            self.message.emit(said(error))
            return False
        self.message.emit(
            translate("ReportOutput", "Wrote {path} ({pages} pages).").format(path=path, pages=pages)
        )
        return True

    def ask_scope(self, parent: QWidget, verb: str) -> Scope | None:
        """A small dialog: the whole report or the section being read, with or without notes."""
        from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QRadioButton, QVBoxLayout

        section_id = self._current_section()
        section = self.report.section(section_id) if section_id else None
        dialog = QDialog(parent)
        dialog.setWindowTitle(verb)
        layout = QVBoxLayout(dialog)
        whole = QRadioButton(translate("ReportOutput", "The whole report"), dialog)
        whole.setChecked(True)
        layout.addWidget(whole)
        part = QRadioButton(
            translate("ReportOutput", "This section: {title}").format(title=section.title)
            if section
            else translate("ReportOutput", "This section"),
            dialog,
        )
        part.setEnabled(section is not None)
        layout.addWidget(part)
        notes = QCheckBox(translate("ReportOutput", "With my notes, after their passages"), dialog)
        notes.setEnabled(self._notes_store() is not None)
        layout.addWidget(notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return Scope(section.id if part.isChecked() and section else None, notes.isChecked())

    def ask_export_pdf(self, parent: QWidget) -> bool:
        from desktop.ui.file_dialogs import ask_save_path

        scope = self.ask_scope(parent, translate("ReportOutput", "Export PDF"))
        if scope is None:
            return False
        name = f"{scope.section_id or self.report.report_id}.pdf"
        path, _ = ask_save_path(parent, translate("ReportOutput", "Export PDF"), name, "PDF (*.pdf)")
        if path and not path.lower().endswith(".pdf"):
            path += ".pdf"
        return bool(path) and self.export_pdf_to(path, scope)

    def ask_print(self, parent: QWidget) -> bool:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from desktop.ui.window.printing import print_document, printable_document

        scope = self.ask_scope(parent, translate("ReportOutput", "Print"))
        if scope is None:
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, parent).exec() != QPrintDialog.DialogCode.Accepted:
            return False
        print_document(printable_document(self.report, scope.section_id, self._notes(scope)), printer)
        self.message.emit(translate("ReportOutput", "Sent to the printer."))
        return True

    # -- citation files -----------------------------------------------------------------------
    def export_citation_to(self, path: str, format_id: str) -> bool:
        """The report's reference in a reference manager's format; RIS carries the notes as N1."""
        from desktop.core.citation import citation
        from desktop.core.files import write_new_file

        notes = self._notes(Scope(None, True)) if format_id == "ris" else []
        try:
            write_new_file(
                path, citation(self.report.meta, format_id, None, notes, self.report.section_titles)
            )
        except UserError as error:
            self.message.emit(said(error))
            return False
        self.message.emit(translate("ReportOutput", "Wrote the citation to {path}").format(path=path))
        return True

    def ask_export_citation(self, parent: QWidget) -> bool:
        from desktop.core.citation import FILE_FORMATS
        from desktop.ui.file_dialogs import ask_save_path

        filters = [f"{label} (*{suffix})" for _, label, suffix in FILE_FORMATS]
        path, chosen = ask_save_path(
            parent,
            translate("ReportOutput", "Export citation"),
            f"{self.report.report_id}.bib",
            ";;".join(filters),
        )
        if not path:
            return False
        by_suffix = {suffix: format_id for format_id, _, suffix in FILE_FORMATS}
        by_filter = {f: format_id for f, (format_id, _, _) in zip(filters, FILE_FORMATS, strict=True)}
        suffix = "." + path.rsplit(".", 1)[-1].lower() if "." in path else ""
        return self.export_citation_to(path, by_suffix.get(suffix) or by_filter.get(chosen, "bibtex"))
