"""Notes export and import: one table of formats, read by the window's menu and the CLI alike.

A new export format is one ``NotesFormat`` entry here (its id, label, suffix and a render
function over the notes, or for a binary file a function that writes it); the File dialog's
filters, the CLI's ``--format`` choices and the format chosen for a file name all come from
this table.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from desktop.core.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from desktop.core.notes.foreign_annotations import ForeignImport
    from desktop.core.notes.model import MergeResult, Note
    from desktop.core.notes.store import NotesStore
    from desktop.core.store import ReportStore


class NotesFormat(NamedTuple):
    id: str  # the CLI's --format value
    label: str  # what the file dialog shows
    suffix: str  # ".md"
    render: Callable[[ReportStore, Sequence[Note]], str]
    # A binary format writes its file itself (into a temporary file); it returns what it wrote.
    write: Callable[[ReportStore, Sequence[Note], Path], int] | None = None
    counts: str = "notes"  # what the number export_notes returns counts ("Wrote 329 cards")

    @property
    def file_filter(self) -> str:
        return f"{self.label} (*{self.suffix})"


def _markdown(report: ReportStore, notes: Sequence[Note]) -> str:
    from desktop.core.notes.store import NotesIndex
    from desktop.core.notes.vault import export_vault_markdown
    from desktop.core.timeline.events import events

    groups = NotesIndex(report.section_order).group(notes)
    return export_vault_markdown(
        groups, report.section_titles, report.meta, _paragraphs(report, notes), events(report.connection)
    )


def _paragraphs(report: ReportStore, notes: Sequence[Note]) -> dict[str, int]:
    """Note id -> the number of the paragraph its quote stands in (``desktop.core.locator``)."""
    from desktop.core.locator import paragraphs_of

    return paragraphs_of(report).numbers_of_notes(notes)


def _web_annotation(report: ReportStore, notes: Sequence[Note]) -> str:
    """The collection indented, each annotation on one line of its own.

    json's C encoder only writes compact JSON; indenting 10,000 annotations falls back to its
    pure-Python encoder, four times slower. So only the frame is indented.
    """
    from desktop.core.notes.web_annotation import export_json

    collection = export_json(notes, report.meta)
    page = collection["first"]
    items = page["items"]  # type: ignore[index]
    numbers = _paragraphs(report, notes)
    for item in items:  # the paragraph a citation names ("para. N"), in the prefix @context declares
        number = numbers.get(item["id"].removeprefix("urn:uuid:"))
        if number is not None:
            item["dossier:paragraph"] = number
    page["items"] = []  # type: ignore[index]
    frame = json.dumps(collection, ensure_ascii=False, indent=2)
    lines = ",\n".join("        " + json.dumps(item, ensure_ascii=False) for item in items)
    return (
        frame.replace('"items": []', '"items": [\n' + lines + "\n      ]" if items else '"items": []') + "\n"
    )


def _binary(report: ReportStore, notes: Sequence[Note]) -> str:
    from desktop.core.errors import UserError

    raise UserError(
        QT_TRANSLATE_NOOP(
            "NotesExport", "an Anki deck is a binary file: write it to a file with -o FILE.apkg"
        )
    )


def _anki_deck(report: ReportStore, notes: Sequence[Note], path: Path) -> int:
    from desktop.core.notes.anki import write_deck

    return write_deck(report, notes, path)


EXPORT_FORMATS: tuple[NotesFormat, ...] = (
    NotesFormat("md", QT_TRANSLATE_NOOP("NotesExport", "Markdown (for a notes vault)"), ".md", _markdown),
    NotesFormat("json", "Web Annotation JSON", ".json", _web_annotation),
    NotesFormat(
        "anki",
        QT_TRANSLATE_NOOP("NotesExport", "Anki deck: glossary, facts and notes tagged card"),
        ".apkg",
        _binary,
        _anki_deck,
        "cards",
    ),
)
IMPORT_FORMAT = EXPORT_FORMATS[1]  # what import reads: the Web Annotation JSON export writes


def export_format(format_id: str) -> NotesFormat:
    for candidate in EXPORT_FORMATS:
        if candidate.id == format_id:
            return candidate
    known = ", ".join(f.id for f in EXPORT_FORMATS)
    raise ValueError(f"no notes export format {format_id!r}; formats are: {known}")


def format_for(path: str | Path, file_filter: str = "") -> NotesFormat:
    """The format a file name asks for by its suffix, else the one whose dialog filter was chosen."""
    suffix = Path(path).suffix.lower()
    for candidate in EXPORT_FORMATS:
        if suffix == candidate.suffix:
            return candidate
    for candidate in EXPORT_FORMATS:
        if file_filter == candidate.file_filter:
            return candidate
    return EXPORT_FORMATS[0]


def render_notes(report: ReportStore, notes: Sequence[Note], format_id: str) -> str:
    return export_format(format_id).render(report, notes)


def export_notes(report: ReportStore, store: NotesStore, path: str | Path, format_id: str) -> int:
    """Write every note to a new file in a format of EXPORT_FORMATS; the number of notes written
    (for a deck, of cards)."""
    from desktop.core.files import produce_new_file, write_new_file

    notes = store.notes()
    chosen = export_format(format_id)
    if chosen.write is not None:
        written = []
        produce_new_file(path, lambda temporary: written.append(chosen.write(report, notes, temporary)))
        return written[0]
    write_new_file(path, render_notes(report, notes, format_id))
    return len(notes)


def import_notes(report: ReportStore, store: NotesStore, path: str | Path) -> MergeResult | ForeignImport:
    """Merge the notes of an exported file by id, checking all of it before writing any of it.

    A file from another tool (Hypothesis, a lone W3C Annotation) is anchored by its quotes; a
    file of Dossier's own that names another report is refused.
    """
    from desktop.core.notes.foreign_annotations import import_foreign, is_foreign
    from desktop.core.notes.store import NotesError
    from desktop.core.notes.web_annotation import exported_report, parse_annotations, read_import_file

    data = read_import_file(Path(path))
    origin = exported_report(data)
    if origin and origin != report.report_id:
        raise NotesError(
            QT_TRANSLATE_NOOP(
                "NotesExport",
                "{name} holds notes on the report {origin!r}, not on this one ({report_id!r});"
                " open that report (--report {origin}) to import them",
            ),
            name=Path(path).name,
            origin=origin,
            report_id=report.report_id,
        )
    if is_foreign(data):
        return import_foreign(report, store, data)
    incoming = parse_annotations(data, set(report.section_order))
    return store.merge(incoming)
