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

from desktop.core.errors import UserError
from desktop.core.files import produce_new_file
from desktop.core.pdf_info import pdf_metadata, report_keywords, set_document_info
from desktop.core.typeset import printable_html

if TYPE_CHECKING:
    from desktop.core.notes.store import Note
    from desktop.core.store import ReportStore

PAGE_MARGINS_MM = (25, 22, 25, 16)  # left, top, right, bottom: about 80 characters a line on A4
FOOTER_INCHES = 0.3  # the page number's band, below the text


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


def print_document(document: QTextDocument, printer: QPrinter) -> int:
    """Lay ``document`` out on the printer's pages and paint them, a page number under each.

    Painted line by line, each line on the one page its top falls on: ``QTextDocument.print_``
    also paints, clipped out of sight, the line just above each page, which a PDF reader's text
    (search, copy) would then have twice.
    """
    from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
    from PySide6.QtGui import QPainter

    page = printer.pageRect(QPrinter.Unit.DevicePixel)
    footer = printer.resolution() * FOOTER_INCHES
    document.documentLayout().setPaintDevice(printer)
    document.setPageSize(QSizeF(page.width(), page.height() - footer))
    height = document.pageSize().height()
    pages = document.pageCount()  # lays the whole document out (the layout is lazy)
    lines_by_page: dict[int, list] = {}
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        origin = layout.position()
        for number in range(layout.lineCount()):
            line = layout.lineAt(number)
            lines_by_page.setdefault(int((origin.y() + line.y()) // height), []).append((line, origin))
        block = block.next()
    painter = QPainter()
    if not painter.begin(printer):
        document.documentLayout().setPaintDevice(None)
        raise UserError("the printer could not start (is the file writable?)")
    try:
        painter.setPen(Qt.GlobalColor.black)  # paper is white, whatever the window's theme
        for index in range(pages):
            if index:
                printer.newPage()
            for line, origin in lines_by_page.get(index, []):
                line.draw(painter, QPointF(origin.x(), origin.y() - index * height))
            painter.drawText(
                QRectF(0, height, page.width(), footer),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                str(index + 1),
            )
    finally:
        painter.end()
        document.documentLayout().setPaintDevice(None)  # the printer may go before the document
    return pages


def export_pdf(
    store: ReportStore, path: str | Path, section_id: str | None = None, notes: Sequence[Note] = ()
) -> int:
    """Write the report (or a section, with ``notes`` after their passages) to a new PDF; its pages."""
    document = printable_document(store, section_id, notes)
    title = str(store.meta.get("title", ""))

    pages = []

    def produce(temporary: Path) -> None:
        printer = _pdf_printer(temporary)
        printer.setDocName(title)
        printer.setCreator("Dossier")
        pages.append(print_document(document, printer))

        # Qt writes a title and a creator only; Author, Subject and Keywords come after.
        set_document_info(temporary, pdf_metadata(store.meta, report_keywords(store), section_title))

    section_title = store.section_titles.get(section_id) if section_id else None
    produce_new_file(path, produce)
    return pages[0]
