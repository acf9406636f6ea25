"""The exported PDF says what it is: Title, Author, Subject and Keywords in its document
information, read back by pypdf and, where it is installed, by poppler's ``pdfinfo``."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from pypdf import PdfReader

from desktop.cli import main


def test_export_pdf_has_title_author_subject_and_keywords(tmp_path, data_dir, capsys):
    target = tmp_path / "report.pdf"
    assert main(["export-pdf", str(target)]) == 0
    reader = PdfReader(target, strict=True)  # strict: the added cross-reference must be exact
    info = reader.metadata
    assert info.title == "Russian Interests in Afghanistan" and info.author == "Diana Janse"
    assert info.subject == "SCEEUS Report No. 1, Stockholm Centre for Eastern European Studies, October 2021"
    assert info.keywords.startswith("Russia, Afghanistan, Taliban")
    assert info.producer.startswith("Qt") and info.creation_date is not None  # Qt's own, kept
    assert len(reader.pages) > 5 and "Russian" in reader.pages[0].extract_text()


def test_a_section_pdf_is_titled_by_its_section(tmp_path, data_dir, capsys):
    target = tmp_path / "withdrawal.pdf"
    assert main(["export-pdf", str(target), "--section", "withdrawal"]) == 0
    title = PdfReader(target, strict=True).metadata.title
    assert title == "Russian Actions During the Withdrawal — Russian Interests in Afghanistan"


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler-utils' pdfinfo is not installed")
def test_pdfinfo_reads_the_same(tmp_path, data_dir, capsys):
    target = tmp_path / "report.pdf"
    assert main(["export-pdf", str(target)]) == 0
    shown = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True)
    fields = dict(line.split(":", 1) for line in shown.stdout.splitlines() if ":" in line)
    assert fields["Author"].strip() == "Diana Janse"
    assert fields["Keywords"].strip().startswith("Russia, Afghanistan")
    assert fields["Subject"].strip().startswith("SCEEUS Report No. 1")
    assert "Syntax Error" not in shown.stderr
