"""A person's words (notes, queries, filters, file names) are shown as text, never as rich text.

Qt guesses: a label or tooltip whose text looks like HTML is rendered as HTML, and an
``<img src=...>`` in it loads a local file. Every widget that can show a user's string is
checked here with such a string in every place a user can put one.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import Qt as QtGui  # Qt::mightBeRichText lives in QtGui
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QTreeWidget,
    QTreeWidgetItemIterator,
    QWidget,
)

HOSTILE = '<img src="file:///tmp/dossier-probe.png"><b>probe</b>'


def _item_tooltips(view: QAbstractItemView) -> list[str]:
    """Every item's tooltip in a view (tree and list widgets walked through their items)."""
    if isinstance(view, QTreeWidget):
        found, iterator = [], QTreeWidgetItemIterator(view)
        while iterator.value():
            found += [iterator.value().toolTip(c) for c in range(view.columnCount())]
            iterator += 1
        return found
    if isinstance(view, QListWidget):
        return [view.item(row).toolTip() for row in range(view.count())]
    model = view.model()
    found = []
    for row in range(model.rowCount(QModelIndex()) if model is not None else 0):
        value = model.data(model.index(row, 0, QModelIndex()), Qt.ItemDataRole.ToolTipRole)
        found += [value] if isinstance(value, str) else []
    return found


def rich_text_showing_the_probe(window: QWidget) -> list[str]:
    """Where the hostile string would be rendered as HTML (raw, unescaped, in a rich-text place)."""
    problems = []
    for label in window.findChildren(QLabel):
        text = label.text()
        if "<img" in text and label.textFormat() != Qt.TextFormat.PlainText and QtGui.mightBeRichText(text):
            problems.append(f"label {label.objectName() or label.accessibleName()!r}: {text[:60]}")
    for widget in [window, *window.findChildren(QWidget)]:
        if "<img" in widget.toolTip():
            problems.append(f"tooltip of {type(widget).__name__}: {widget.toolTip()[:60]}")
    for view in window.findChildren(QAbstractItemView):
        problems += [f"item tooltip: {t[:60]}" for t in _item_tooltips(view) if "<img" in t]
    return problems


def test_a_hostile_note_query_and_message_show_as_plain_text(window, qtbot):
    window.notes_store.add("history", HOSTILE, None, [HOSTILE])
    window.refresh_notes()
    window.panels.focus("notes")
    qtbot.keyClicks(window.notes.filter_box, "probe")
    window.focus_search()
    qtbot.keyClicks(window.search.query_box, HOSTILE)
    window.panels.focus("glossary")
    qtbot.keyClicks(window.glossary.filter_box, HOSTILE)
    window.show_banner(f"The notes file {HOSTILE} could not be read.")
    qtbot.wait(50)
    assert rich_text_showing_the_probe(window) == []


def test_a_query_that_finds_nothing_is_repeated_as_text(window, qtbot):
    window.focus_search()
    qtbot.keyClicks(window.search.query_box, '<img src="qqzx.png">')
    assert "Nothing found" in window.search.status.text()
    assert rich_text_showing_the_probe(window) == []
