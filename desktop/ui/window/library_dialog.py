"""File ▸ Open Report… and File ▸ Add Report Folder…: the library as the window shows it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UserError
from desktop.ui.i18n import said, translate

REPORT_ID = Qt.ItemDataRole.UserRole


class LibraryDialog(QDialog):
    """The reports of the library (title, author, date), the open one marked; Enter opens one."""

    def __init__(self, reports, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("LibraryDialog", "Open Report"))
        self.setObjectName("library-dialog")
        layout = QVBoxLayout(self)
        label = QLabel(translate("LibraryDialog", "Reports in your library:"), self)
        layout.addWidget(label)
        self.list = QListWidget(self)
        self.list.setObjectName("library-list")
        self.list.setAccessibleName(translate("LibraryDialog", "Reports in your library"))
        label.setBuddy(self.list)
        for report in reports:
            marks = (translate("LibraryDialog", " (bundled)") if report.bundled else "") + (
                translate("LibraryDialog", " — open now") if report.id == current else ""
            )
            text = f"{report.title}\n{report.author}, {report.date}{marks}"
            item = QListWidgetItem(text, self.list)
            item.setData(REPORT_ID, report.id)
            item.setToolTip(str(report.folder))
            if report.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 360)

    def chosen(self) -> str:
        item = self.list.currentItem()
        return str(item.data(REPORT_ID)) if item is not None else ""


def choose_report(window: QWidget) -> str:
    """The id of the report the reader chose, or "" (cancelled, or the one already open)."""
    from desktop.context import library
    from desktop.core.library import slug

    meta = window.store.meta
    current = str(meta.get("id", "")) or slug(str(meta.get("title", "")))
    dialog = LibraryDialog(library().reports(), current, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return ""
    chosen = dialog.chosen()
    return "" if chosen == current else chosen


def add_report_folder(window: QWidget) -> str:
    """Ask for a content folder, check it and add it to the library; its id, or "" if not added."""
    from desktop.context import library

    folder = QFileDialog.getExistingDirectory(
        window, translate("LibraryDialog", "Add a report's content folder")
    )
    if not folder:
        return ""
    from pathlib import Path

    try:
        report = library().add(Path(folder))
    except UserError as error:
        QMessageBox.warning(window, translate("LibraryDialog", "Not added"), said(error))
        return ""
    return report.id
