"""Copy with Citation puts rich text and plain text on the clipboard; File ▸ Export Citation."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor


def _select(reader, words: str) -> None:
    document = reader.document()
    found = document.find(words)
    assert not found.isNull()
    cursor = reader.textCursor()
    cursor.setPosition(found.selectionStart())
    cursor.setPosition(found.selectionEnd(), QTextCursor.MoveMode.KeepAnchor)
    reader.setTextCursor(cursor)


def test_copy_with_citation_gives_italic_html_and_plain_text(window, qtbot):
    _select(window.reader, "cordon sanitaire")
    qtbot.keyClick(
        window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    data = QGuiApplication.clipboard().mimeData()
    assert data.hasHtml() and data.hasText()
    html = data.html()
    assert re.search(r"font-style:\s*italic;?[^>]*>Russian Interests in Afghanistan</span>", html), html
    assert "“cordon sanitaire”" in html
    assert data.text().startswith(  # the locator a reader follows back: section and paragraph
        "“cordon sanitaire” (Janse 2021, Russia's Interests in Afghanistan section, para. 5)\n\nJanse, Diana."
    )
    assert "In Russian Interests in Afghanistan. SCEEUS Report No. 1." in data.text()
    assert "<i>" not in data.text()


def _action(window, name: str):
    from PySide6.QtGui import QAction

    return window.findChild(QAction, name)


def test_the_file_menu_offers_print_pdf_and_citation(window):
    for name in ("print", "export-pdf", "export-citation"):
        assert _action(window, name) is not None, name


def test_export_citation_writes_ris_with_the_notes(window, tmp_path):
    window.notes.add("history", body="a thought worth keeping")
    target = tmp_path / "report.ris"
    assert window.menus.report_output.export_citation_to(str(target), "ris")
    text = target.read_text(encoding="utf-8")
    assert text.startswith("TY  - RPRT") and "N1  - A History of Friendship" in text
    assert "a thought worth keeping" in text
    assert not window.menus.report_output.export_citation_to(str(target), "bibtex")  # never overwrites
    assert target.read_text(encoding="utf-8") == text
    assert "already exists" in window.statusBar().currentMessage()


def test_export_pdf_of_the_section_being_read_with_notes(window, tmp_path):
    from pypdf import PdfReader

    from desktop.ui.window.report_output import Scope

    window.notes.add("withdrawal", body="zeppelin remark")
    window.reader.show_section("withdrawal")
    target = tmp_path / "part.pdf"
    assert window.menus.report_output.export_pdf_to(str(target), Scope(window.reader.current_section(), True))
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "zeppelin" in text and "Friendship" not in text


def test_the_export_pdf_dialog_offers_the_section_being_read(window, tmp_path, monkeypatch):
    from pypdf import PdfReader
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog, QRadioButton

    window.reader.show_section("withdrawal")
    target = tmp_path / "chosen.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "PDF (*.pdf)"))
    offered = []

    def choose_the_section() -> None:
        dialog = QApplication.activeModalWidget()
        radio = next(r for r in dialog.findChildren(QRadioButton) if r.text().startswith("This section"))
        offered.append(radio.text())
        radio.setChecked(True)
        dialog.accept()

    QTimer.singleShot(0, choose_the_section)
    assert window.menus.report_output.ask_export_pdf(window)
    assert offered == ["This section: Russian Actions During the Withdrawal"]
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Withdrawal" in text and "Friendship" not in text
