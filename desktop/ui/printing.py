"""Print and PDF: the typeset report (``desktop/core/typeset.py``) laid out on pages by Qt.

``export_pdf`` is shared by File ▸ Export PDF… and ``dossier export-pdf``; it writes a new
file only (a temporary file linked to its name, as every export does).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from desktop.core.files import produce_new_file
from desktop.core.typeset import printable_html

if TYPE_CHECKING:
    from desktop.core.notes import Note
    from desktop.core.store import ReportStore

PAGE_MARGINS_MM = (25, 22, 25, 22)  # left, top, right, bottom: about 80 characters a line on A4


def printable_document(
    store: ReportStore, section_id: str | None = None, notes: Sequence[Note] = ()
) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(printable_html(store, section_id, notes))
    return document


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setPageMargins(QMarginsF(*PAGE_MARGINS_MM), QPageLayout.Unit.Millimeter)
    return printer


def print_document(document: QTextDocument, printer: QPrinter) -> None:
    """Lay ``document`` out on the printer's pages, then print it.

    Paginated by its own layout first: left to ``print_`` alone, a line that straddles a page
    break is drawn on both pages.
    """
    document.documentLayout().setPaintDevice(printer)
    document.setPageSize(printer.pageRect(QPrinter.Unit.DevicePixel).size())
    document.print_(printer)


def export_pdf(
    store: ReportStore, path: str | Path, section_id: str | None = None, notes: Sequence[Note] = ()
) -> int:
    """Write the report (or a section, with ``notes`` after their passages) to a new PDF; its pages."""
    document = printable_document(store, section_id, notes)
    title = str(store.meta.get("title", ""))

    def produce(temporary: Path) -> None:
        printer = _pdf_printer(temporary)
        printer.setDocName(title)
        printer.setCreator("Dossier")
        print_document(document, printer)

    produce_new_file(path, produce)
    return document.pageCount()
