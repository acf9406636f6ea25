"""The menu bar's titles, made with the window's frame so it has its height from the first paint;
``menus.build_menus`` fills them once the text is on screen."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QMenu, QMenuBar

from desktop.ui.i18n import translate

TOP_MENUS = (
    ("file", QT_TRANSLATE_NOOP("Menus", "&File")),
    ("edit", QT_TRANSLATE_NOOP("Menus", "&Edit")),
    ("go", QT_TRANSLATE_NOOP("Menus", "&Go")),
    ("notes", QT_TRANSLATE_NOOP("Menus", "&Notes")),
    ("view", QT_TRANSLATE_NOOP("Menus", "&View")),
    ("help", QT_TRANSLATE_NOOP("Menus", "&Help")),
)


def add_top_menus(bar: QMenuBar) -> dict[str, QMenu]:
    """File, Edit, Go, Notes, View and Help on ``bar``, empty, by name."""
    return {name: bar.addMenu(translate("Menus", title)) for name, title in TOP_MENUS}
