"""The ``cite`` and ``export-pdf`` commands: the report in the formats other software reads.

Kept apart from ``desktop/cli.py`` (which registers them) so each stays a screenful.
``export-pdf`` loads Qt: it typesets the report with Qt's text engine and printer.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Collection
from typing import TYPE_CHECKING

from desktop.core.errors import UserError

if TYPE_CHECKING:
    from desktop.core.dossier_url import Place


def add_commands(commands: argparse._SubParsersAction) -> None:
    from desktop.cli_types import CITATION_FORMATS as FORMATS

    cite = commands.add_parser("cite", help="the reference to the report (or a section) in a citation format")
    cite.add_argument(
        "--format", choices=FORMATS, default="chicago", help="chicago (default), apa, bibtex, ris, csl-json"
    )
    cite.add_argument("--section", metavar="ID", help="cite this section (see 'dossier sections')")
    cite.add_argument("--notes", action="store_true", help="with --format ris: each note as an N1 line")
    cite.add_argument(
        "--paragraph", metavar="N", type=int, help="with --section: cite its N-th paragraph (para. N)"
    )

    pdf = commands.add_parser("export-pdf", help="typeset the report (or a section) to a new PDF file")
    pdf.add_argument("file", metavar="FILE", help="the PDF to write (never overwrites one)")
    pdf.add_argument("--section", metavar="ID", help="only this section (see 'dossier sections')")
    pdf.add_argument("--notes", action="store_true", help="with your notes after their passages")


def _section_title(store, section_id: str | None) -> str | None:
    if section_id is None:
        return None
    section = store.section(section_id)
    if section is None:
        known = ", ".join(s.id for s in store.sections)
        raise UserError(f"no section {section_id!r}; sections are: {known}")
    return section.title


def _notes(section_id: str | None) -> list:
    from desktop.context import existing_notes

    notes = existing_notes()  # never creates the notes file
    if notes is None:
        return []
    return [n for n in notes.notes() if section_id is None or n.section_id == section_id]


def cmd_cite(args: argparse.Namespace) -> int:
    from desktop.context import open_report
    from desktop.core.citation import citation

    store = open_report()
    title = _section_title(store, args.section)
    paragraph = _paragraph(store, args.section, args.paragraph)
    notes = _notes(args.section) if args.notes else []
    sys.stdout.write(citation(store.meta, args.format, title, notes, store.section_titles, paragraph))
    return 0


def _paragraph(store, section_id: str | None, number: int | None) -> int | None:
    """``number`` when the section has that paragraph; UserError in one line otherwise."""
    if number is None:
        return None
    if section_id is None:
        raise UserError("--paragraph needs --section ID (paragraphs are numbered within a section)")
    from desktop.core.locator import Paragraphs

    count = Paragraphs(store).count(section_id)
    if not 1 <= number <= count:
        raise UserError(f"section {section_id!r} has paragraphs 1 to {count}, not {number}")
    return number


def cmd_export_pdf(args: argparse.Namespace) -> int:
    import os

    from desktop.context import open_report

    if not args.file.lower().endswith(".pdf"):
        raise UserError(f"export-pdf needs a .pdf file name, got {args.file!r}")
    store = open_report()
    _section_title(store, args.section)
    notes = _notes(args.section) if args.notes else []
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop.ui.window.printing import export_pdf

    _app = QApplication.instance() or QApplication(sys.argv[:1])
    pages = export_pdf(store, args.file, args.section, notes)
    print(f"Wrote {args.file} ({pages} pages).", file=sys.stderr)
    return 0


def take_place(argv: list[str], commands: Collection[str]) -> tuple[list[str], Place | None]:
    """``argv`` without its ``dossier:`` link (a desktop opening one), and the place it names.

    Only a window start reads a link: with a subcommand, ``dossier:`` text is an argument (a
    note's body may well hold one).
    """
    from desktop.core.dossier_url import is_dossier_url, parse_place

    links = [token for token in argv if is_dossier_url(token)]
    if not links or any(token in commands for token in argv):
        return argv, None
    return [token for token in argv if token not in links], parse_place(links[0])
