"""The About box: what the report is, how to cite it, where Dossier keeps data."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop import __version__
from desktop.core.citation import cite
from desktop.core.escape import escape


class AboutDialog(QDialog):
    def __init__(self, meta: dict[str, object], data_dir: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("About Dossier")
        self.setAccessibleName("About Dossier")
        text = (
            f"<h2>Dossier {escape(__version__)}</h2>"
            f"<p>An offline study edition of <i>{escape(str(meta.get('title', '')))}</i> "
            f"by {escape(str(meta.get('author', '')))}, {escape(str(meta.get('series', '')))} "
            f"No {escape(str(meta.get('number', '')))}, {escape(str(meta.get('date', '')))}.</p>"
            f"<p><b>Cite as</b> (Chicago):<br>{escape(cite(meta, 'chicago'))}</p>"
            f"<p><b>APA</b>:<br>{escape(cite(meta, 'apa'))}</p>"
            f"<p>{escape(str(meta.get('copyright', '')))}. {escape(str(meta.get('publisher', '')))}.</p>"
            f"<p style='color:gray'>Your data: {escape(data_dir)}</p>"
        )
        self.label = QLabel(text, self)
        self.label.setObjectName("about-text")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
