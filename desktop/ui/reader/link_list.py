"""The links of the section being read, in a list: what a screen reader's "list links" does.

A screen reader reaches each link of the text as a child of the document
(``desktop.ui.accessible_document``); this list is the same for everyone, keyboard users
too. Ctrl+Shift+L lists the links of the section being read, each with where it leads;
Enter follows the chosen one exactly as a click would (the reader's own link router).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTextBrowser

from desktop.core.link_labels import link_label, merged_links
from desktop.ui.i18n import said, translate

SHORTCUT = "Ctrl+Shift+L"


def section_links(reader: QTextBrowser, section_id: str | None = None) -> list[tuple[str, str]]:
    """(text, href) of every link in a section of the reader (the one being read by default)."""
    wanted = section_id or reader.current_section()
    fragments: list[tuple[str, str]] = []
    block = reader.document().begin()
    while block.isValid():
        if reader.section_at(block.position()) == wanted:
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                if fragment.isValid():
                    # The href, not isAnchor(): Qt marks named anchors as anchors too, and
                    # leaves the flag off a link's later runs (the "ussia" after a marked "R").
                    fragments.append((fragment.text(), fragment.charFormat().anchorHref()))
                iterator += 1
        fragments.append(("", ""))  # a link never runs on into the next paragraph
        block = block.next()
    return merged_links(fragments)


def show_link_list(reader: QTextBrowser) -> None:
    """A list of the section's links; Enter or a double click follows one."""
    from PySide6.QtWidgets import (
        QDialog,
        QDialogButtonBox,
        QListWidget,
        QListWidgetItem,
        QVBoxLayout,
    )

    # Each place a link leads once: every mention of a term is a link, and a list of the same
    # entry ten times would bury the others.
    first: dict[str, tuple[str, str]] = {}
    for text, href in section_links(reader):
        first.setdefault(href, (text, href))
    links = list(first.values())
    title = reader.current_section()
    dialog = QDialog(reader.window())
    dialog.setWindowTitle(translate("LinkList", "Links in this section ({count})").format(count=len(links)))
    listing = QListWidget(dialog)
    listing.setObjectName("link-list")
    listing.setAccessibleName(translate("LinkList", "Links in this section"))
    listing.setAccessibleDescription(translate("LinkList", "Enter follows the chosen link"))
    for text, href in links:
        item = QListWidgetItem(said(link_label(text, href)))
        item.setData(Qt.ItemDataRole.UserRole, href)
        listing.addItem(item)
    if not links:
        listing.addItem(
            QListWidgetItem(
                translate("LinkList", "No links in {section}.").format(section=title)
                if title
                else translate("LinkList", "No links in this section.")
            )
        )
    listing.setCurrentRow(0)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(listing)
    layout.addWidget(buttons)

    def follow(item: QListWidgetItem | None) -> None:
        href = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if href:
            dialog.accept()
            reader.links.follow(QUrl(href))

    listing.itemActivated.connect(follow)
    dialog.resize(520, 360)
    reader.link_list_dialog = dialog  # for tests and for a second Ctrl+Shift+L to find it
    dialog.open()
    dialog.activateWindow()
    listing.setFocus()


def install_link_list(reader: QTextBrowser) -> QAction:
    """Give ``reader`` its Ctrl+Shift+L, and say so to screen readers."""
    action = QAction(translate("LinkList", "List &Links in This Section"), reader)
    action.setObjectName("list-links")
    action.setShortcut(QKeySequence(SHORTCUT))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda: show_link_list(reader))
    reader.addAction(action)
    reader.setAccessibleDescription(
        translate("LinkList", "The report's text. {keys} lists the links in the section being read.").format(
            keys=QKeySequence(SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
        )
    )
    return action
