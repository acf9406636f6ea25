"""How the reader moves: where a jump lands, paging by whole lines, back and forward, and the
keyboard (no caret unless caret browsing is on, Tab leaves the text where it is).

The reader is not an editor: by default there is no caret and the arrow keys scroll. F7 turns
on caret browsing (a caret the arrows move, Shift+arrows select, Enter follows the link at the
caret), as in browsers.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextBrowser

from desktop.ui.i18n import translate

TYPE_CHECKING = False  # typing's, without importing typing: see desktop/ui/__init__.py
if TYPE_CHECKING:  # Qt's namespace is imported where it is used: see view.START_PROPERTIES
    from PySide6.QtCore import Qt

LAND_AT = 1 / 3  # a jump puts its target this far down the view
HISTORY_LIMIT = 50


def interaction_flags(caret: bool = False) -> Qt.TextInteractionFlag:
    """What the mouse (and with ``caret``, the keyboard) may do in the text: select and follow links."""
    from PySide6.QtCore import Qt

    flags = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.LinksAccessibleByMouse
    return flags | Qt.TextInteractionFlag.TextSelectableByKeyboard if caret else flags


class History:
    """Where jumps started (Back) and where Back came from (Forward)."""

    def __init__(self) -> None:
        self.back: list[int] = []
        self.forward: list[int] = []

    def jumped_from(self, position: int) -> None:
        self.back.append(position)
        del self.back[:-HISTORY_LIMIT]
        self.forward.clear()

    def step(self, here: int, forward: bool = False) -> int | None:
        """The position to go to (Back, or Forward), remembering ``here`` the other way."""
        source, other = (self.forward, self.back) if forward else (self.back, self.forward)
        if not source:
            return None
        other.append(here)
        return source.pop()


def set_caret_browsing(reader: QTextBrowser, on: bool) -> None:
    """A caret the keyboard moves (F7), or none: the arrows then scroll the text."""
    reader.setTextInteractionFlags(interaction_flags(caret=on))
    reader.setCursorWidth(1 if on else 0)
    reader.message.emit(
        translate(
            "ReaderKeys", "Caret browsing on: the arrows move a caret, Shift+arrows select (F7 turns it off)."
        )
        if on
        else translate("ReaderKeys", "Caret browsing off.")
    )


def line_top(reader: QTextBrowser, y: float) -> float:
    """The top of the line of text at document height ``y`` (``y`` itself between paragraphs)."""
    from PySide6.QtCore import Qt

    document = reader.document()
    layout = document.documentLayout()
    x = document.rootFrame().frameFormat().leftMargin() + 4
    position = layout.hitTest(QPointF(x, y), Qt.HitTestAccuracy.FuzzyHit)
    if position < 0:
        return y
    block = document.findBlock(position)
    top = layout.blockBoundingRect(block).top()
    text_layout = block.layout()
    if text_layout is None or not text_layout.lineCount():
        return y
    for index in range(text_layout.lineCount()):
        line = text_layout.lineAt(index)
        if top + line.y() <= y < top + line.y() + line.height():
            return top + line.y()
    return y


def position_y(reader: QTextBrowser, position: int) -> float | None:
    """The document height of the line holding ``position``."""
    document = reader.document()
    block = document.findBlock(position)
    if not block.isValid():
        return None
    y = document.documentLayout().blockBoundingRect(block).top()
    text_layout = block.layout()
    if text_layout is not None and text_layout.lineCount():
        line = text_layout.lineForTextPosition(position - block.position())
        if line.isValid():
            y += line.y()
    return y


def land(reader: QTextBrowser, position: int) -> None:
    """Scroll so ``position``'s line sits a third of the way down, the top line whole."""
    y = position_y(reader, position)
    if y is None:
        return
    target = max(0.0, y - reader.viewport_height() * LAND_AT)
    reader.verticalScrollBar().setValue(int(line_top(reader, target)) if target > 0 else 0)


def page(reader: QTextBrowser, down: bool) -> None:
    """Page Down/Up by a screen less one line, so no line is cut in half at the top."""
    bar = reader.verticalScrollBar()
    step = max(bar.singleStep(), reader.viewport_height() - reader.fontMetrics().lineSpacing() * 2)
    target = min(bar.maximum(), bar.value() + step) if down else max(0, bar.value() - step)
    if 0 < target < bar.maximum():
        target = int(line_top(reader, target))
    if target == bar.value() and down and target < bar.maximum():
        target = min(bar.maximum(), target + step)
    bar.setValue(target)


def handle_key(reader: QTextBrowser, key: int, modifiers: Qt.KeyboardModifier) -> bool:
    """Keys the reader handles itself; True when ``key`` was one of them."""
    from PySide6.QtCore import Qt

    plain = modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
    if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp) and plain:
        page(reader, key == Qt.Key.Key_PageDown)
        return True
    if key == Qt.Key.Key_Space and not reader.caret_browsing:
        shifted = modifiers == Qt.KeyboardModifier.ShiftModifier
        if plain or shifted:
            page(reader, not shifted)  # Space, Shift+Space: a screen down, up (as in browsers)
            return True
    if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and reader.caret_browsing:
        return follow_link_at_caret(reader)
    ends = (Qt.Key.Key_Home, Qt.Key.Key_End)
    if (
        key in ends
        and (plain or modifiers == Qt.KeyboardModifier.ControlModifier)
        and not reader.caret_browsing
    ):
        bar = reader.verticalScrollBar()  # Home, End, Ctrl+Home, Ctrl+End: the report's start, its end
        bar.setValue(bar.minimum() if key == Qt.Key.Key_Home else bar.maximum())
        return True
    return False


def follow_link_at_caret(reader: QTextBrowser) -> bool:
    cursor = QTextCursor(reader.textCursor())
    href = cursor.charFormat().anchorHref()
    if not href and not cursor.atBlockEnd():
        cursor.movePosition(QTextCursor.MoveOperation.Right)
        href = cursor.charFormat().anchorHref()
    if not href:
        return False
    from PySide6.QtCore import QUrl

    reader.links.follow(QUrl(href))
    return True
