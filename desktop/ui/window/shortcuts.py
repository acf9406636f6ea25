"""Help ▸ Keyboard Shortcuts (F1): every shortcut, read from the menus' actions themselves, so
the list cannot drift from what the keys do; then the keys the text handles on its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop.core.escape import escape
from desktop.ui.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QMenu

# Keys the reader and the panels handle themselves (not menu actions).
IN_THE_TEXT = (
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Space / Shift+Space, Page Down / Page Up"),
        QT_TRANSLATE_NOOP("Shortcuts", "Next / previous screen, no line cut at the top"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Tab / Shift+Tab"),
        QT_TRANSLATE_NOOP("Shortcuts", "The next / previous control, the text staying where it is"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Enter (caret browsing)"),
        QT_TRANSLATE_NOOP("Shortcuts", "Follow the link at the caret"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Esc"),
        QT_TRANSLATE_NOOP("Shortcuts", "Leave focus mode; in the search box, back to the text"),
    ),
)


def _label(text: str) -> str:
    return text.split("\t")[0].replace("&&", "\0").replace("&", "").replace("\0", "&")


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(menu, action, keys) for every menu action that has a shortcut, in menu order."""
    rows: list[tuple[str, str, str]] = []
    seen: set[int] = set()

    def walk(menu: QMenu, title: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), title)
                continue
            keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
            if keys and id(action) not in seen:
                seen.add(id(action))
                rows.append((title, _label(action.text()), keys))

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu(), _label(top.text()))
    return rows


def shortcuts_html(window: QMainWindow) -> str:
    parts = ["<table cellspacing='0' cellpadding='3'>"]
    current = ""
    from desktop.ui.notes.editor import KEYS as IN_THE_NOTE_EDITOR

    rows = [
        *shortcut_rows(window),
        *(
            (translate("Shortcuts", "In the text"), translate("Shortcuts", a), translate("Shortcuts", k))
            for k, a in IN_THE_TEXT
        ),
        *(
            (
                translate("Shortcuts", "In the note editor"),
                translate("NoteEditor", a),
                translate("NoteEditor", k),
            )
            for k, a in IN_THE_NOTE_EDITOR
        ),
    ]
    for menu, action, keys in rows:
        if menu != current:
            parts.append(f"<tr><td colspan='2'><h3>{escape(menu)}</h3></td></tr>")
            current = menu
        parts.append(f"<tr><td><b>{escape(keys)}</b>&nbsp;&nbsp;</td><td>{escape(action)}</td></tr>")
    parts.append("</table>")
    return "".join(parts)


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut, grouped by menu."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("shortcuts")
        self.setWindowTitle(translate("Shortcuts", "Keyboard Shortcuts — Dossier"))
        self.view = QTextBrowser(self)
        self.view.setAccessibleName(translate("Shortcuts", "Keyboard shortcuts"))
        self.view.setOpenLinks(False)
        self.view.setHtml(shortcuts_html(window))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(520, 560)
