"""Print and PDF: ``dossier export-pdf`` writes a new PDF holding every sentence of the report,
the citation on page 1, and notes after their passages. Text is read back with pypdf (a test
dependency)."""

from __future__ import annotations

import re
import unicodedata

import pytest
from pypdf import PdfReader

from desktop.cli import main

_SPACE_OR_HYPHEN = re.compile(r"[\s\-\u00ad]+")


def _squeezed(text: str) -> str:
    """Text with ligatures unfolded and line breaks, spaces and hyphens gone (a line may break anywhere)."""
    return _SPACE_OR_HYPHEN.sub("", unicodedata.normalize("NFKC", text))


def _pdf_text(path) -> tuple[list[str], str]:
    """Each page's text without its page number (the footer), and all of it squeezed."""
    pages = []
    for number, page in enumerate(PdfReader(path).pages, start=1):
        text = page.extract_text().rstrip()
        assert text.endswith(f"\n{number}"), f"page {number} has no page number"
        pages.append(text.removesuffix(str(number)))
    return pages, _squeezed("".join(pages))


def _sentences(text: str) -> list[str]:
    """Sentences, and lines that are no sentence (a heading-like line, a date), each on its own."""
    return [s for s in re.split(r"(?<=[.!?\"”])\s+|\n\s*\n", text) if s.strip()]


def test_export_pdf_holds_every_sentence_and_the_citation_first(tmp_path, data_dir, store, capsys):
    target = tmp_path / "report.pdf"
    assert main(["export-pdf", str(target)]) == 0
    pages, text = _pdf_text(target)
    assert len(pages) > 5
    missing = [
        sentence
        for section in store.sections
        for sentence in _sentences(store.section_text(section.id))
        if _squeezed(sentence) not in text
    ]
    assert missing == []
    lines = [line for page in pages for line in page.splitlines() if len(line) > 40]
    assert [line for line in lines if lines.count(line) > 1] == []  # no line twice (search, copy)
    first_page = _squeezed(pages[0])
    assert (
        _squeezed("Cite as: Janse, Diana. Russian Interests in Afghanistan. SCEEUS Report No. 1.")
        in first_page
    )


def test_export_pdf_of_a_section_with_notes_puts_each_after_its_passage(tmp_path, data_dir, capsys):
    assert main(["notes", "add", "--section", "withdrawal", "--quote", "of sound mind",
                 "--body", "Lavrov's praise, July 2021"]) == 0  # fmt: skip
    assert main(["notes", "add", "--section", "withdrawal", "--body", "Whole-section thought"]) == 0
    target = tmp_path / "withdrawal.pdf"
    assert main(["export-pdf", str(target), "--section", "withdrawal", "--notes"]) == 0
    _, text = _pdf_text(target)
    assert _squeezed("In Russian Interests in Afghanistan") in text  # cited as a part of the report
    assert _squeezed("A History of Friendship") not in text  # that section only
    praise = text.index(_squeezed("Lavrov's praise, July 2021"))
    assert (
        text.index(_squeezed('"of sound mind"'))
        < praise
        < text.index(_squeezed("As the Taliban took control"))
    )
    assert text.index(_squeezed("Whole-section thought")) < text.index(_squeezed("When the final US"))


def test_export_pdf_never_overwrites_and_says_so_in_one_line(tmp_path, data_dir, capsys):
    target = tmp_path / "mine.pdf"
    target.write_bytes(b"my own file")
    assert main(["export-pdf", str(target)]) == 2
    assert target.read_bytes() == b"my own file"
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "already exists" in err
    assert list(tmp_path.iterdir()) == [target]  # no temporary file left beside it


@pytest.mark.parametrize("argv", [["export-pdf", "x.txt"], ["export-pdf", "x.pdf", "--section", "nowhere"]])
def test_export_pdf_refuses_bad_arguments_in_one_line(tmp_path, data_dir, capsys, argv, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 2
    assert capsys.readouterr().err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_export_pdf_prints_every_editors_note_after_the_words_it_concerns(tmp_path, data_dir, store, capsys):
    from desktop.core.content.corrections import corrections

    target = tmp_path / "report.pdf"
    assert main(["export-pdf", str(target)]) == 0
    _pages, text = _pdf_text(target)
    notes = corrections(store.connection)
    assert len(notes) == 12
    for note in notes:
        quoted = text.find(_squeezed(note.quote))
        printed = text.find(_squeezed(f"Editor's note on “{note.quote}”{note.note}Source: {note.source}"))
        assert 0 <= quoted < printed, note.id
