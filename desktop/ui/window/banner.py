"""A bar across the top of the window for what a person must know now (damaged notes...)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.ui.i18n import translate


class Banner(QFrame):
    """One sentence, and what can be done about it.

    Signals:
        restore_requested(): the person asked for the newest good backup.
    """

    restore_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setAccessibleName(translate("Banner", "Notice"))
        self.setStyleSheet(
            "#banner { background: #fff3c4; color: #3d3300; border-bottom: 1px solid #d9c27a; }"
        )
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # file names and errors, never markup
        self.label.setWordWrap(True)
        self.restore_button = QPushButton(translate("Banner", "Restore the newest backup"), self)
        self.close_button = QPushButton(translate("Banner", "Dismiss"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.restore_button)
        layout.addWidget(self.close_button)
        self.restore_button.clicked.connect(self.restore_requested)
        self.close_button.clicked.connect(self.hide)
        self.hide()

    def show_message(self, text: str, offer_backup: bool = False) -> None:
        self.label.setText(text)
        self.restore_button.setVisible(offer_backup)
        self.show()
