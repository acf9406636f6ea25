"""The glossary shows a person's role under the name; the About box lists the editor's notes."""

from __future__ import annotations

import pytest

from desktop.ui.glossary_panel import GlossaryPanel
from desktop.ui.window.about import AboutDialog

pytestmark = pytest.mark.gui


def test_a_persons_role_stands_under_the_name(qtbot, store):
    panel = GlossaryPanel(store)
    qtbot.addWidget(panel)
    assert panel.show_entry("lavrov")
    lines = [line for line in panel.view.toPlainText().splitlines() if line.strip()]
    assert lines[:2] == ["Sergei Lavrov", "Minister of Foreign Affairs of Russia (2004- )"]
    assert "role =" not in panel.view.toPlainText()
    panel.show_entry("csto")
    assert panel.view.toPlainText().splitlines()[1].startswith("Organisation")


def test_the_about_box_lists_the_editors_notes(qtbot, store, data_dir):
    from desktop.core.content.corrections import corrections

    dialog = AboutDialog(store.meta, str(data_dir), None, corrections(store.connection))
    qtbot.addWidget(dialog)
    text = dialog.label.text()
    assert "Editor's notes" in text and text.count("Source: ") == 12
    assert "The C5+1 format was introduced by the US in 2016" in text
