"""What a screen reader gets: a name for every control that takes the keyboard, the map's
countries and places told by name, role and state as the keyboard reaches them, and the text's
links listed one by one and followed from the list. Names are read through Qt's accessibility
interface, the one AT-SPI reads them from."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui.accessibility import spoken_name

pytestmark = pytest.mark.gui


def everything_built(window, qtbot) -> None:
    """Every panel built and a note open, so every control the window can show exists."""
    for dock in window.docks():
        dock.activate()
    window.notes_store.add("withdrawal", "a note")
    first = window.notes_store.notes()[0]
    window.notes_dock.panel.open_note(first.id, focus=False)
    qtbot.wait(50)


def test_no_control_that_takes_the_keyboard_is_nameless(window, qtbot):
    everything_built(window, qtbot)
    nameless = [
        f"{type(w).__name__} {w.objectName()!r} in {type(w.parent()).__name__}"
        for w in window.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus and not spoken_name(w).strip()
    ]
    assert nameless == []


def test_the_zoom_buttons_say_what_they_do(window):
    toolbar = window.map_panel.toolbar
    names = {spoken_name(toolbar.widgetForAction(a)) for a in toolbar.actions() if a.text() in ("+", "−")}
    assert names == {"Zoom in", "Zoom out"}


def test_the_map_tells_the_country_under_the_keyboard_and_its_state(window, qtbot):
    view = window.map
    view.reset_view()
    view.setFocus()
    assert "Tab" in view.accessibleDescription()
    for _ in range(40):
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        if view.focused_target == ("country", "TJK"):
            break
    assert spoken_name(view).startswith("Map of Afghanistan and its neighbours: Tajikistan, country, ")
    assert " of " in spoken_name(view) and "selected" not in spoken_name(view)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert "Tajikistan, country, selected" in spoken_name(view)
    items = window.map_panel.accessibility.items()
    kinds = {item.kind for item in items}
    assert kinds == {"country", "place"} and len(items) > 10
    assert all(item.name and item.role for item in items)
    assert any(item.role == "capital" for item in items)


def test_the_texts_links_are_listed_and_followed(window, qtbot):
    window.reader.show_section("withdrawal")
    window.reader.setFocus()
    qtbot.keyClick(
        window.reader, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    dialog = window.reader.link_list_dialog
    qtbot.waitUntil(dialog.isVisible)
    listing = dialog.findChild(QWidget, "link-list")
    labels = [listing.item(row).text() for row in range(listing.count())]
    from desktop.ui.reader.link_list import section_links

    every = section_links(window.reader, "withdrawal")
    assert "Russia — glossary entry" in labels and len(labels) == len({href for _, href in every}) > 20
    assert len(labels) == len(set(labels))  # each place a link leads, once
    qtbot.waitUntil(lambda: QApplication.focusWidget() is listing)
    assert spoken_name(listing) == "Links in this section"
    listing.setCurrentRow(labels.index("Taliban — glossary entry"))
    qtbot.keyClick(listing, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: window.glossary is not None and window.glossary.current_entry() == "taliban")


def test_footnotes_and_web_links_say_where_they_lead(window, qtbot):
    from desktop.ui.reader.link_list import section_links

    links = section_links(window.reader, "executive-summary")
    from desktop.core.link_labels import link_label

    labels = [str(link_label(text, href)) for text, href in links]
    assert labels[0] == "Russia — glossary entry"  # the section's first word is one link, not "R"
    assert any(label.endswith("— footnote") for label in labels)
    assert any("web page, opens in your browser" in label for label in labels)


def test_the_text_is_a_document_whose_links_are_children_a_screen_reader_presses(window, qtbot):
    from PySide6.QtGui import QAccessible

    window.reader.show_section("withdrawal")
    document = QAccessible.queryAccessibleInterface(window.reader)
    assert document.role() == QAccessible.Role.Document  # Qt's own: StaticText, AT-SPI's "label"
    assert document.text(QAccessible.Text.Name) == "Report text"
    text = document.textInterface()
    assert text is not None and text.characterCount() == len(window.reader.toPlainText())
    links = [document.child(index) for index in range(document.childCount())]
    assert len(links) > 100 and all(link.role() == QAccessible.Role.Link for link in links)
    named = {(link.text(QAccessible.Text.Name), link.text(QAccessible.Text.Description)) for link in links}
    assert ("Taliban", "glossary entry") in named
    assert any(description == "footnote" for _, description in named)
    taliban = next(link for link in links if link.text(QAccessible.Text.Name) == "Taliban")
    assert text.text(taliban.start, taliban.end) == "Taliban"
    assert document.indexOfChild(taliban) == links.index(taliban)
    assert taliban.actionInterface().actionNames() == ["Press"]
    taliban.actionInterface().doAction("Press")
    qtbot.waitUntil(lambda: window.glossary is not None and window.glossary.current_entry() == "taliban")


def test_the_glossary_and_facts_panes_are_documents_too(window):
    from PySide6.QtGui import QAccessible

    for dock in window.docks():
        dock.activate()
    roles = {
        view.accessibleName(): QAccessible.queryAccessibleInterface(view).role()
        for view in (window.glossary.view, window.panels.panel("facts").view)
    }
    assert set(roles.values()) == {QAccessible.Role.Document}, roles
