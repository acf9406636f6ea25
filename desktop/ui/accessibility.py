"""Names for the controls Qt makes on its own, so a screen reader has something to say."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QToolButton, QWidget

from desktop.ui.i18n import translate


def name_clear_button(line_edit: QLineEdit, name: str = "") -> None:
    """Name the clear button Qt puts in ``line_edit`` (``setClearButtonEnabled``)."""
    for button in line_edit.findChildren(QToolButton):
        if not button.accessibleName():
            button.setAccessibleName(name or translate("Accessibility", "Clear"))


def spoken_name(widget: QWidget) -> str:
    """The name accessibility tools read for ``widget`` (its own, or what Qt derives from its text)."""
    from PySide6.QtGui import QAccessible

    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""
