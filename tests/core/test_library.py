"""The library: a report is a content folder; each has its own cache, notes and map, and nothing
of one shows in another (the second report is tests/data/second-report)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from tests.conftest import REPO, SECOND_REPORT

SECOND_ID = "baltic-test-edition"
BUNDLED_ID = "russian-interests-in-afghanistan"
# Names of the bundled report that must never show in the second one.
BUNDLED_NAMES = ("afghanistan", "csto", "taliban", "kabul", "AFG", "durand", "russian-military")


def dossier(*args: str, env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    import os

    env = {**os.environ, **(env_extra or {})}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=120,
    )


def as_json(*args: str) -> object:
    done = dossier(*args)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_the_library_lists_the_bundled_report_then_what_was_added(data_dir):
    listed = as_json("library", "list", "--json")
    assert [(r["id"], r["bundled"]) for r in listed] == [(BUNDLED_ID, True)]
    added = dossier("library", "add", str(SECOND_REPORT))
    assert added.returncode == 0, added.stderr
    assert "baltic-test-edition" in added.stdout
    listed = as_json("library", "list", "--json")
    assert [r["id"] for r in listed] == [BUNDLED_ID, SECOND_ID]
    assert listed[1]["title"] == "Baltic Security After 2014: A Test Edition"
    # A copy lives in the data dir: the original may go away.
    assert (data_dir / "library" / SECOND_ID / "report" / "report.md").is_file()


def test_adding_twice_or_a_broken_folder_is_one_line_and_changes_nothing(data_dir, tmp_path):
    assert dossier("library", "add", str(SECOND_REPORT)).returncode == 0
    again = dossier("library", "add", str(SECOND_REPORT))
    assert again.returncode == 2
    assert again.stderr.count("\n") == 1 and "already has a report 'baltic-test-edition'" in again.stderr
    broken = tmp_path / "broken"
    shutil.copytree(SECOND_REPORT, broken)
    meta = broken / "report" / "meta.toml"
    meta.write_text(meta.read_text().replace(SECOND_ID, "other-report"), encoding="utf-8")
    facts = broken / "facts" / "facts.toml"
    facts.write_text(
        facts.read_text().replace('joined NATO in 2004."\ndate', 'joined NATO in 2005."\ndate', 1)
    )
    refused = dossier("library", "add", str(broken))
    assert refused.returncode == 2 and refused.stderr.count("\n") == 1
    assert "facts/facts.toml:" in refused.stderr and "not verbatim" in refused.stderr
    assert not (data_dir / "library" / "other-report").exists()
    missing = dossier("library", "add", str(tmp_path / "nowhere"))
    assert missing.returncode == 2 and "no content folder" in missing.stderr


def test_removing_a_report_keeps_its_notes_and_the_bundled_one_stays(data_dir):
    assert dossier("library", "add", str(SECOND_REPORT)).returncode == 0
    added = dossier("--report", SECOND_ID, "notes", "add", "--section", "border", "--body", "bridge")
    assert added.returncode == 0, added.stderr
    removed = dossier("library", "remove", SECOND_ID)
    assert removed.returncode == 0 and "notes are kept" in removed.stdout
    assert [r["id"] for r in as_json("library", "list", "--json")] == [BUNDLED_ID]
    assert (data_dir / "reports" / SECOND_ID / "notes.sqlite").is_file()
    bundled = dossier("library", "remove", BUNDLED_ID)
    assert bundled.returncode == 2 and "bundled" in bundled.stderr
    unknown = dossier("--report", "no-such-report", "sections")
    assert unknown.returncode == 2 and unknown.stderr.count("\n") == 1
    assert "no report 'no-such-report'" in unknown.stderr


@pytest.mark.parametrize("reference", [SECOND_ID, str(SECOND_REPORT)])
def test_every_command_shows_the_second_report_and_nothing_of_the_bundled_one(reference):
    if reference == SECOND_ID:
        assert dossier("library", "add", str(SECOND_REPORT)).returncode == 0
    outputs = {
        "sections": as_json("--report", reference, "sections", "--json"),
        "glossary": as_json("--report", reference, "glossary", "--json"),
        "facts": as_json("--report", reference, "facts", "--json"),
        "map": as_json("--report", reference, "map", "--json"),
        "search": as_json("--report", reference, "search", "Narva", "--json"),
        "corrections": as_json("--report", reference, "corrections", "--json"),
        "cite": dossier("--report", reference, "cite", "--format", "chicago").stdout,
    }
    assert [s["id"] for s in outputs["sections"]] == ["title-page", "summary", "border", "outlook"]
    assert {e["id"] for e in outputs["glossary"]} >= {"nato", "estonia", "narva"}
    assert [f["id"] for f in outputs["facts"]][:1] == ["estonia-joined-nato"]
    assert {c["iso3"] for c in outputs["map"]["countries"]} == {"EST", "LVA", "LTU", "RUS", "BLR", "SWE"}
    layers = {layer["id"]: layer["members"] for layer in outputs["map"]["layers"]}
    assert layers == {"nato": ["EST", "LTU", "LVA"], "borders-russia": ["BLR", "EST", "LVA"]}
    assert outputs["search"][0]["id"] in ("narva", "border.p1")
    assert "Baltic Security After 2014" in outputs["cite"]
    text = json.dumps(outputs, ensure_ascii=False).lower()
    for name in BUNDLED_NAMES:
        assert name.lower() not in text, name


def test_facts_summaries_follow_the_reports_own_map(data_dir):
    facts = as_json("--report", str(SECOND_REPORT), "facts", "Latvia", "--json")
    summary = facts["entity"]["summary"]
    assert "Shares a border with Estonia" in summary  # the map's focus country, from map.toml
    assert "NATO member" in summary  # the report's own tag
    bundled = as_json("facts", "Tajikistan", "--json")["entity"]["summary"]
    assert "Shares a border with Afghanistan" in bundled and "CSTO member" in bundled


def test_notes_and_caches_are_kept_apart_per_report(data_dir, content_cache):
    bundled = dossier("notes", "add", "--section", "history", "--body", "on the bundled report")
    assert bundled.returncode == 0, bundled.stderr
    second = dossier(
        "--report", str(SECOND_REPORT), "notes", "add", "--section", "border", "--body", "baltic"
    )
    assert second.returncode == 0, second.stderr
    listed = as_json("notes", "list", "--json")
    assert [n["body"] for n in listed] == ["on the bundled report"]
    listed = as_json("--report", str(SECOND_REPORT), "notes", "list", "--json")
    assert [n["body"] for n in listed] == ["baltic"]
    assert (data_dir / "notes.sqlite").is_file()  # the bundled report's notes stay where they were
    assert (data_dir / "reports" / SECOND_ID / "notes.sqlite").is_file()
    # Building the second report's cache leaves the bundled one's in place.
    assert list(content_cache.glob("content-*.sqlite"))
    assert list((content_cache / "reports" / SECOND_ID).glob("content-*.sqlite"))


def test_notes_of_one_report_are_refused_by_another_in_one_line(data_dir, tmp_path):
    assert dossier("notes", "add", "--section", "history", "--body", "bundled note").returncode == 0
    exported = tmp_path / "notes.json"
    assert dossier("notes", "export", "--format", "json", "-o", str(exported)).returncode == 0
    assert json.loads(exported.read_text())["dossier:report"] == BUNDLED_ID
    refused = dossier("--report", str(SECOND_REPORT), "notes", "import", str(exported))
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1
    assert "'russian-interests-in-afghanistan'" in refused.stderr
    assert as_json("--report", str(SECOND_REPORT), "notes", "list", "--json") == []


def test_a_report_id_is_read_without_a_toml_parser_as_the_checker_reads_it(tmp_path):
    from desktop.core.library import read_report, report_id_of, slug

    assert report_id_of(SECOND_REPORT) == read_report(SECOND_REPORT).id == SECOND_ID
    untitled = tmp_path / "plain" / "report"
    untitled.mkdir(parents=True)
    (untitled / "meta.toml").write_text('title = "A Plain Report: Part 2"\nauthor = "X"\nyear = 2020\n')
    assert report_id_of(untitled.parent) == read_report(untitled.parent).id == slug("A Plain Report: Part 2")
    assert slug("A Plain Report: Part 2") == "a-plain-report-part-2"


def test_map_settings_are_checked_with_file_and_line(tmp_path):
    folder = tmp_path / "content"
    shutil.copytree(SECOND_REPORT, folder)
    settings = folder / "map" / "map.toml"
    text = settings.read_text()
    text = text.replace('focus = "EST"', 'focus = "XXX"').replace('light = "#d9b8d0"', 'light = "blue"')
    settings.write_text(text.replace('layer = "nato"', 'layer = "natto"'))
    from desktop.core.content.check import check_folder

    problems, _ = check_folder(folder, "content")
    assert any(p.startswith("content/map/map.toml:15: layer 'nato': light is not #rrggbb") for p in problems)
    assert any("unknown layer 'natto'" in p and p.startswith("content/map/map.toml:") for p in problems)
    assert any("XXX is not a country of the map" in p for p in problems)
    facts = folder / "facts" / "facts.toml"
    facts.write_text(facts.read_text().replace('tags = ["nato-member"]', 'tags = ["csto-member"]', 1))
    problems, _ = check_folder(folder, "content")
    assert any("unknown tag 'csto-member'" in p and "map/map.toml" in p for p in problems)


def test_no_report_specific_name_remains_in_the_code():
    """Country codes, places, organisations and layer ids of either report live in content/ only."""
    import ast

    names = {"AFG", "RUS", "TJK", "PAK", "csto", "c5", "russian-military", "borders-afghanistan",
             "durand-line", "Durand Line", "Afghanistan", "taliban", "russia", "moscow", "Janse", "EST",
             "nato"}  # fmt: skip
    found = []
    for path in (REPO / "desktop").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
                words = set(node.value.replace("'", " ").replace('"', " ").split())
                for name in names:
                    if name in words or node.value == name:
                        found.append(f"{path.relative_to(REPO)}:{node.lineno}: {name}")
    assert found == []
