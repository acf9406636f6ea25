"""The CLI prints what the window shows, as JSON for scripts; mistakes get one line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_sections_json(capsys, store):
    code, out, _ = run_cli(capsys, "sections", "--json")
    sections = json.loads(out)
    assert code == 0
    assert [s["id"] for s in sections] == [s.id for s in store.sections]
    assert all(set(s) == {"id", "title", "level", "text"} for s in sections)
    summary = next(s for s in sections if s["id"] == "executive-summary")
    assert summary["title"] == "Executive Summary" and summary["level"] == 2
    assert "prolongs the mandate of UNAMA" in summary["text"]  # footnotes included


def test_search_json(capsys):
    code, out, _ = run_cli(capsys, "search", "six", "party", "--json", "--limit", "3")
    hits = json.loads(out)
    assert code == 0 and 1 <= len(hits) <= 3
    keys = {"kind", "id", "section_id", "section_title", "snippet", "score", "match", "score_parts"}
    assert all(set(hit) == keys and hit["match"] == "words" for hit in hits)
    report = [hit for hit in hits if hit["kind"] == "section"]
    assert report[0]["section_id"] == "ghani-administration"
    assert report[0]["score"] >= report[-1]["score"]


def test_search_text_output(capsys):
    code, out, _ = run_cli(capsys, "search", "cordon", "sanitaire")
    assert code == 0 and "Russia's Interests in Afghanistan" in out and "**cordon**" in out


def test_info_json(capsys, data_dir, content_cache):
    code, out, _ = run_cli(capsys, "info", "--json")
    info = json.loads(out)
    assert code == 0
    assert {"version", "content_hash", "content_database", "data_dir"} <= set(info)
    assert info["data_dir"] == str(data_dir)
    assert Path(info["content_database"]).parent == content_cache
    assert len(info["content_hash"]) == 64


def test_data_dir_option_overrides_environment(capsys, tmp_path):
    code, out, _ = run_cli(capsys, "--data-dir", str(tmp_path / "mine"), "info", "--json")
    assert code == 0
    assert json.loads(out)["data_dir"] == str(tmp_path / "mine")


def test_a_data_dir_given_with_a_trailing_slash_is_one_folder_everywhere(capsys, tmp_path):
    # The notes of the bundled report live in the data dir itself: `info` names it once, the same.
    code, out, _ = run_cli(capsys, "--data-dir", str(tmp_path / "mine") + "/", "info", "--json")
    info = json.loads(out)
    assert code == 0
    assert info["data_dir"] == info["notes_dir"] == str(tmp_path / "mine")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["search", "x", "--limit", "0"], "at least 1"),
        (["search", "x", "--limit", "ten"], "whole number"),
        (["frobnicate"], "invalid choice"),
        (["--screenshot", "shot.jpg"], "needs a .png"),
        (["--screenshot", "/no/such/folder/shot.png"], "does not exist"),
    ],
)
def test_user_mistakes_get_one_line_and_a_nonzero_exit(capsys, args, message):
    code, out, err = run_cli(capsys, *args)
    assert code != 0 and out == ""
    assert err.count("\n") == 1 and message in err and err.startswith("dossier: ")


def test_console_script_runs_from_any_directory(tmp_path):
    env = dict(os.environ)
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "search", "Salang", "--json"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)
    assert hits[0] == {**hits[0], "kind": "glossary", "id": "salang"}
    assert next(hit for hit in hits if hit["kind"] == "section")["section_id"] == "economic-return"


@pytest.mark.parametrize("flag", ["--help", "-h", "--hel"])
def test_help_lists_the_commands(capsys, flag):
    with pytest.raises(SystemExit) as leaving:
        main([flag])
    assert leaving.value.code == 0
    out = capsys.readouterr().out
    assert "sections" in out and "backup" in out and "--screenshot" in out


def test_an_unusable_notes_folder_is_said_once(capsys, tmp_path):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    code = main(["--data-dir", str(blocked), "notes", "list"])
    err = capsys.readouterr().err
    assert code == 1 and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_a_data_folder_under_an_unknown_user_s_home_is_refused_in_one_line(
    capsys, store, tmp_path, monkeypatch
):
    # os.path.expanduser leaves "~nosuchuser" as it is: a folder of that name under the current
    # one would have been written to.
    monkeypatch.chdir(tmp_path)
    code, out, err = run_cli(
        capsys,
        "--data-dir",
        "~nosuchuser-dossier/notes",
        "notes",
        "add",
        "--section",
        "history",
        "--body",
        "hi",
    )
    assert code != 0 and out == ""
    assert (
        err.strip() == "dossier: ~nosuchuser-dossier/notes: no home folder is known for ~nosuchuser-dossier"
    )
    assert list(tmp_path.iterdir()) == []  # nothing written where the command was run
