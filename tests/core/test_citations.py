"""Citations of the report: APA 7 and Chicago as their guides give a report, and the three
formats reference managers import."""

from __future__ import annotations

import json

import pytest

from desktop.cli import main
from desktop.core.citation import citation, reference

URL = "https://sceeus.se/en/publications/russian-interests-in-afghanistan/"


def test_apa_7_for_a_report(store):
    apa = reference(store.meta, "apa")
    assert apa.text == (
        "Janse, D. (2021). Russian interests in Afghanistan (SCEEUS Report No. 1). "
        f"Stockholm Centre for Eastern European Studies. {URL}"
    )
    assert "<i>Russian interests in Afghanistan</i> (SCEEUS Report No. 1)" in apa.html


def test_chicago_for_the_report_and_in_it_for_a_section(store):
    whole = reference(store.meta, "chicago")
    assert whole.text == (
        "Janse, Diana. Russian Interests in Afghanistan. SCEEUS Report No. 1. Stockholm: "
        f"Stockholm Centre for Eastern European Studies, October 2021. {URL}."
    )
    assert "<i>Russian Interests in Afghanistan</i>" in whole.html
    part = reference(store.meta, "chicago", "Russian Actions During the Withdrawal")
    assert part.text.startswith(
        "Janse, Diana. “Russian Actions During the Withdrawal.” In Russian Interests in Afghanistan. "
    )
    assert " In <i>Russian Interests in Afghanistan</i>. SCEEUS" in part.html


def test_bibtex_is_a_techreport_with_the_url(store):
    entry = citation(store.meta, "bibtex")
    assert entry.startswith("@techreport{janse2021russian,")
    for field in ("author = {Janse, Diana}", "institution = {Stockholm Centre for Eastern European Studies}",
                  "number = {1}", "year = {2021}", f"url = {{{URL}}}", "month = oct"):  # fmt: skip
        assert field in entry
    assert entry.count("{") == entry.count("}")


def test_ris_carries_each_note_as_n1(store, tmp_path):
    from desktop.context import open_notes

    notes = open_notes(tmp_path / "user")
    notes.add("history", "first thought", tags=["foreign policy"])
    notes.add("withdrawal", "second\nthought")
    record = citation(store.meta, "ris", notes=notes.notes(), titles=store.section_titles)
    lines = record.split("\r\n")
    assert lines[0] == "TY  - RPRT" and lines[-2] == "ER  - " and lines[-1] == ""
    assert f"UR  - {URL}" in lines and "AU  - Janse, Diana" in lines and "PY  - 2021" in lines
    n1 = [line for line in lines if line.startswith("N1  - ")]
    assert len(n1) == 2 and "second thought" in n1[1] and "Russian Actions During the Withdrawal" in n1[1]


def test_csl_json_is_one_report_item(store):
    (item,) = json.loads(citation(store.meta, "csl-json"))
    assert item["type"] == "report" and item["author"] == [{"family": "Janse", "given": "Diana"}]
    assert item["issued"] == {"date-parts": [[2021, 10]]} and item["URL"] == URL
    (part,) = json.loads(citation(store.meta, "csl-json", "The Soviet Invasion"))
    assert (
        part["title"] == "The Soviet Invasion"
        and part["container-title"] == "Russian interests in Afghanistan"  # CSL stores sentence case
    )


@pytest.mark.parametrize("format_id", ["chicago", "apa", "bibtex", "ris", "csl-json"])
def test_dossier_cite_prints_every_format(capsys, data_dir, format_id):
    assert main(["cite", "--format", format_id, "--section", "withdrawal"]) == 0
    out = capsys.readouterr().out
    assert "Janse" in out and "2021" in out


def test_dossier_cite_refuses_an_unknown_section_in_one_line(capsys, data_dir):
    assert main(["cite", "--section", "nowhere"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no section 'nowhere'" in err
