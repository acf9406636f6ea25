"""Read-only rich text (the report, a glossary entry, the facts) as a screen reader's document.

Qt gives a read-only ``QTextBrowser`` the role of static text (AT-SPI's *label*), so a screen
reader reads it as one block and cannot reach its footnote, glossary and web links. The factory
installed here gives each read-only ``QTextBrowser`` an interface of role Document with the text
interface screen readers read (the text, caret and selection, where each character is), and
each link as a child of role Link, named by its words, described by where it leads, whose Press
action follows it as a click does. Qt's AT-SPI bridge has no Hypertext interface; links as
children are what it can carry.

The links are made when an assistive tool first asks for them and dropped (and taken out of
Qt's accessibility cache) when the text changes or the view goes away.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QPoint, QRect, QUrl
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleEvent,
    QAccessibleInterface,
    QAccessibleTextInterface,
    QDesktopServices,
    QTextCursor,
)
from PySide6.QtWidgets import QAccessibleWidget, QTextBrowser

from desktop.core.link_labels import link_kind
from desktop.ui.i18n import said

_installed = False


def install() -> None:
    """Give read-only text browsers the document interface (once per process).

    The window installs it right after its first paint; a view a screen reader already asked
    about by then has its interface made again, and the reader is told.
    """
    global _installed
    if _installed:
        return
    QAccessible.installFactory(_factory)
    _installed = True
    if not QAccessible.isActive():  # no assistive tool: no interface was made yet
        return
    from PySide6.QtWidgets import QApplication

    for view in QApplication.allWidgets():
        if not (isinstance(view, QTextBrowser) and view.isReadOnly()):
            continue
        made = QAccessible.queryAccessibleInterface(view)
        if made is not None and not isinstance(made, DocumentInterface):
            QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(made))
            QAccessible.updateAccessibility(QAccessibleEvent(view, QAccessible.Event.ObjectReorder))


def _factory(_class_name: str, widget: object) -> QAccessibleInterface | None:
    if isinstance(widget, QTextBrowser) and widget.isReadOnly():
        return DocumentInterface(widget)
    return None  # Qt's own interface


def _pointer(interface: object) -> shiboken6.VoidPtr:
    """``interface``'s C++ address as ``interface_cast`` must return it (a bare int crashes)."""
    return shiboken6.VoidPtr(interface)


def _second_base(interface: object) -> shiboken6.VoidPtr:
    """The address of the second C++ base of a class deriving from two Qt interfaces."""
    return _pointer(shiboken6.getCppPointer(interface)[1])


def follow(view: QTextBrowser, href: str) -> None:
    """What a click on the link ``href`` does in ``view`` (``QTextBrowser``'s own steps)."""
    url = QUrl(href)
    view.anchorClicked.emit(url)
    if view.openLinks():
        if view.openExternalLinks() and url.scheme() not in ("", "file", "qrc"):
            QDesktopServices.openUrl(url)
        else:
            view.setSource(url)


class LinkInterface(QAccessibleInterface, QAccessibleActionInterface):
    """One link of a document: its words, where it leads, and Press to follow it."""

    def __init__(self, document: DocumentInterface, start: int, end: int, words: str, href: str) -> None:
        QAccessibleInterface.__init__(self)
        QAccessibleActionInterface.__init__(self)
        self.document, self.start, self.end, self.words, self.href = document, start, end, words, href

    def isValid(self) -> bool:
        return shiboken6.isValid(self.document)

    def object(self) -> None:
        return None

    def window(self):
        return self.document.window()

    def parent(self):
        return self.document

    def child(self, _index: int) -> None:
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, _child) -> int:
        return -1

    def childAt(self, _x: int, _y: int) -> None:
        return None

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.Link

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return " ".join(self.words.split()) or self.href
        if kind == QAccessible.Text.Description:
            return said(link_kind(self.href))
        if kind == QAccessible.Text.Value:
            return self.href
        return ""

    def setText(self, _kind, _text: str) -> None:
        pass

    def rect(self) -> QRect:
        return self.document.text_rect(self.start, self.end)

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        state.linked = True
        state.readOnly = True
        state.invisible = self.rect().isEmpty()
        return state

    def interface_cast(self, kind: QAccessible.InterfaceType) -> shiboken6.VoidPtr:
        if kind == QAccessible.InterfaceType.ActionInterface:
            return _second_base(self)
        return _pointer(0)

    # -- the action interface ---------------------------------------------------
    def actionNames(self) -> list[str]:
        return [QAccessibleActionInterface.pressAction()]

    def doAction(self, name: str) -> None:
        if name == QAccessibleActionInterface.pressAction() and self.isValid():
            follow(self.document.object(), self.href)

    def keyBindingsForAction(self, _name: str) -> list[str]:
        return []


class DocumentInterface(QAccessibleWidget, QAccessibleTextInterface):
    """A read-only ``QTextBrowser`` as a document: its text, and its links as children."""

    def __init__(self, view: QTextBrowser) -> None:
        QAccessibleWidget.__init__(self, view, QAccessible.Role.Document)
        QAccessibleTextInterface.__init__(self)
        self._links: list[LinkInterface] | None = None
        made: list[LinkInterface] = []  # shared with the clean-up below, which must not hold self
        self._made = made
        view.document().contentsChanged.connect(self.forget_links)
        view.destroyed.connect(lambda: _drop(made))

    def view(self) -> QTextBrowser:
        return self.object()

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.Document

    def state(self) -> QAccessible.State:
        state = QAccessibleWidget.state(self)
        state.readOnly = True
        state.multiLine = True
        state.selectableText = True
        return state

    def interface_cast(self, kind: QAccessible.InterfaceType) -> shiboken6.VoidPtr:
        if kind == QAccessible.InterfaceType.TextInterface:
            return _second_base(self)
        return _pointer(QAccessibleWidget.interface_cast(self, kind))

    # -- links as children --------------------------------------------------------
    def links(self) -> list[LinkInterface]:
        if self._links is None:
            self._links = [LinkInterface(self, *run) for run in link_runs(self.view())]
            self._made.extend(self._links)
        return self._links

    def forget_links(self) -> None:
        if self._links is not None:
            self._links = None
            _drop(self._made)

    def childCount(self) -> int:
        return len(self.links())

    def child(self, index: int) -> LinkInterface | None:
        links = self.links()
        return links[index] if 0 <= index < len(links) else None

    def indexOfChild(self, child) -> int:
        for index, link in enumerate(self.links()):
            if link is child:
                return index
        return -1

    def childAt(self, x: int, y: int) -> LinkInterface | None:
        offset = self.offsetAtPoint(QPoint(x, y))
        for link in self.links():
            if link.start <= offset < link.end:
                return link
        return None

    # -- the text interface (as Qt's own text edit interface gives it) -------------
    def text(self, *arguments):
        if len(arguments) == 1:  # QAccessibleInterface.text(kind): the name, the description
            return QAccessibleWidget.text(self, arguments[0])
        start, end = arguments
        cursor = QTextCursor(self.view().document())
        cursor.setPosition(max(0, start))
        cursor.setPosition(min(max(start, end), self.characterCount()), QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText().replace("\u2029", "\n").replace("\u2028", "\n")

    def characterCount(self) -> int:
        return self.view().document().characterCount() - 1

    def cursorPosition(self) -> int:
        return self.view().textCursor().position()

    def setCursorPosition(self, position: int) -> None:
        cursor = self.view().textCursor()
        cursor.setPosition(max(0, min(position, self.characterCount())))
        self.view().setTextCursor(cursor)

    def selectionCount(self) -> int:
        return 1 if self.view().textCursor().hasSelection() else 0

    def selection(self, index: int) -> tuple[int, int]:
        cursor = self.view().textCursor()
        if index != 0 or not cursor.hasSelection():
            return (0, 0)
        return (cursor.selectionStart(), cursor.selectionEnd())

    def addSelection(self, start: int, end: int) -> None:
        self.setSelection(0, start, end)

    def removeSelection(self, _index: int) -> None:
        cursor = self.view().textCursor()
        cursor.clearSelection()
        self.view().setTextCursor(cursor)

    def setSelection(self, _index: int, start: int, end: int) -> None:
        cursor = self.view().textCursor()
        cursor.setPosition(max(0, start))
        cursor.setPosition(min(end, self.characterCount()), QTextCursor.MoveMode.KeepAnchor)
        self.view().setTextCursor(cursor)

    def characterRect(self, offset: int) -> QRect:
        return self.text_rect(offset, offset + 1)

    def offsetAtPoint(self, point: QPoint) -> int:
        view = self.view()
        inside = view.viewport().mapFromGlobal(point)
        if not view.viewport().rect().contains(inside):
            return -1
        return view.cursorForPosition(inside).position()

    def scrollToSubstring(self, start: int, _end: int) -> None:
        view = self.view()
        cursor = QTextCursor(view.document())
        cursor.setPosition(max(0, min(start, self.characterCount())))
        bar = view.verticalScrollBar()
        bar.setValue(bar.value() + view.cursorRect(cursor).top())

    def attributes(self, offset: int) -> tuple[str, int, int]:
        return ("", offset, offset + 1)

    # -- geometry -------------------------------------------------------------------
    def text_rect(self, start: int, end: int) -> QRect:
        """Where the text from ``start`` to ``end`` is on the screen (its first line)."""
        view = self.view()
        cursor = QTextCursor(view.document())
        cursor.setPosition(max(0, min(start, self.characterCount())))
        first = view.cursorRect(cursor)
        cursor.setPosition(max(0, min(end, self.characterCount())))
        last = view.cursorRect(cursor)
        right = last.left() if last.top() == first.top() else view.viewport().width()
        box = QRect(first.left(), first.top(), max(1, right - first.left()), first.height())
        visible = box.intersected(view.viewport().rect())
        if visible.isEmpty():
            return QRect()
        return QRect(view.viewport().mapToGlobal(visible.topLeft()), visible.size())


def link_runs(view: QTextBrowser) -> list[tuple[int, int, str, str]]:
    """(start, end, words, href) of each link in ``view``'s text, a link's runs joined."""
    runs: list[tuple[int, int, str, str]] = []
    block = view.document().begin()
    while block.isValid():
        previous = ""
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            # The href, not isAnchor(): Qt marks named anchors as anchors too, and leaves the
            # flag off a link's later runs.
            href = fragment.charFormat().anchorHref() if fragment.isValid() else ""
            end = fragment.position() + fragment.length()
            if href and href == previous and runs:
                start, _end, words, _ = runs[-1]
                runs[-1] = (start, end, words + fragment.text(), href)
            elif href:
                runs.append((fragment.position(), end, fragment.text(), href))
            previous = href
            iterator += 1
        block = block.next()
    return runs


def _drop(links: list[LinkInterface]) -> None:
    """Take ``links`` out of Qt's accessibility cache (which deletes them) and forget them."""
    for link in links:
        if shiboken6.isValid(link):
            QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(link))
    links.clear()
