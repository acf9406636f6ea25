"""The library attacked from outside: hostile content folders, cut-short copies, reports without a
map or glossary, and a remembered report that went wrong. Each case: one line on stderr, a
non-zero exit (or the work done), and nothing of the reader's lost."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import REPO, SECOND_REPORT
from tests.core.test_library import BUNDLED_ID, SECOND_ID, as_json, dossier


def one_line(done: subprocess.CompletedProcess[str]) -> str:
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr, done.stderr
    return done.stderr


def copy_of_second(tmp_path: Path, name: str = "report") -> Path:
    folder = tmp_path / name
    shutil.copytree(SECOND_REPORT, folder)
    return folder


@pytest.mark.parametrize(
    ("plant", "said"),
    [
        (
            lambda folder: (folder / "glossary" / "passwd.toml").symlink_to("/etc/passwd"),
            "outside the folder",
        ),
        (lambda folder: (folder / "map" / "zero").symlink_to("/dev/zero"), "outside the folder"),
        (lambda folder: os.mkfifo(folder / "map" / "pipe"), "map/pipe is not a plain file"),
        (lambda folder: (folder / "report" / "self").symlink_to("."), "report/self links to a folder"),
        (
            lambda folder: (folder / "map" / "gone").symlink_to(folder / "nowhere"),
            "map/gone is a link to nowhere",
        ),
    ],
    ids=["link-to-etc-passwd", "link-to-dev-zero", "fifo", "symlink-loop", "dangling-link"],
)
def test_a_folder_with_links_out_pipes_or_devices_is_refused_before_any_copy(tmp_path, data_dir, plant, said):
    folder = copy_of_second(tmp_path)
    plant(folder)
    refused = dossier("library", "add", str(folder))
    assert refused.returncode == 2
    assert said in one_line(refused)
    assert not (data_dir / "library").exists() or list((data_dir / "library").iterdir()) == []


def test_a_link_to_a_file_inside_the_folder_is_copied_as_that_file(tmp_path, data_dir):
    folder = copy_of_second(tmp_path)
    (folder / "map" / "notes.md").symlink_to(folder / "README.md")
    assert dossier("library", "add", str(folder)).returncode == 0
    copied = data_dir / "library" / SECOND_ID / "map" / "notes.md"
    assert not copied.is_symlink() and copied.read_bytes() == (SECOND_REPORT / "README.md").read_bytes()


def test_check_content_and_report_refuse_a_pipe_in_one_line_instead_of_hanging(tmp_path):
    folder = copy_of_second(tmp_path)
    (folder / "report" / "report.md").unlink()
    os.mkfifo(folder / "report" / "report.md")  # reading it would wait for a writer for ever
    checked = dossier("check-content", str(folder))
    assert checked.returncode == 1 and "report/report.md:1: a named pipe, not a file" in checked.stdout
    opened = dossier("--report", str(folder), "sections")
    assert opened.returncode == 3 and "report/report.md:1: a named pipe, not a file" in one_line(opened)


def test_the_bundled_reports_id_is_refused_with_what_to_do(tmp_path, data_dir):
    folder = copy_of_second(tmp_path)
    meta = folder / "report" / "meta.toml"
    meta.write_text(meta.read_text().replace(SECOND_ID, BUNDLED_ID))
    refused = dossier("library", "add", str(folder))
    assert refused.returncode == 2
    line = one_line(refused)
    assert "is the bundled report's id" in line and "remove it first" not in line  # it cannot be removed


def test_a_copy_killed_half_way_never_shows_and_is_cleared(tmp_path, data_dir):
    folder = copy_of_second(tmp_path)
    with open(folder / "map" / "padding.bin", "wb") as padding:  # long enough a copy to be cut short
        padding.truncate(1 << 30)
    adding = subprocess.Popen(
        [sys.executable, "-m", "desktop", "library", "add", str(folder)],
        cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    library = data_dir / "library"
    deadline = time.monotonic() + 60
    while not (library.is_dir() and any(p.name.startswith(".adding-") for p in library.iterdir())):
        assert adding.poll() is None and time.monotonic() < deadline, "the copy ended before it was killed"
        time.sleep(0.01)
    adding.send_signal(signal.SIGKILL)
    adding.wait()
    assert [p.name for p in library.iterdir() if p.name.startswith(".adding-")]  # what a kill leaves
    assert [r["id"] for r in as_json("library", "list", "--json")] == [BUNDLED_ID]  # never shown
    assert list(library.iterdir()) == []  # and cleared by the next look at the library
    (folder / "map" / "padding.bin").unlink()
    assert dossier("library", "add", str(folder)).returncode == 0


def test_a_copy_cut_short_says_why_in_one_line_and_leaves_nothing(tmp_path, data_dir, monkeypatch):
    import shutil as shutil_module  # the library imports it when it copies

    from desktop.core.errors import UserError
    from desktop.core.library import Library

    def disk_full(source, target, *args, **kwargs):
        raise OSError(28, "No space left on device", str(target))

    monkeypatch.setattr(shutil_module, "copyfile", disk_full)
    shelf = Library(data_dir / "library", REPO / "content")
    with pytest.raises(UserError) as refused:
        shelf.add(SECOND_REPORT)
    assert str(refused.value) == f"cannot add {SECOND_REPORT} to the library (No space left on device)"
    assert list((data_dir / "library").iterdir()) == []


def test_a_report_without_map_or_glossary_works_in_every_command_and_the_window(tmp_path):
    folder = tmp_path / "bare"
    (folder / "report").mkdir(parents=True)
    for name in ("meta.toml", "report.md"):
        shutil.copy(SECOND_REPORT / "report" / name, folder / "report" / name)
    report = str(folder)
    assert as_json("--report", report, "glossary", "--json") == []
    assert as_json("--report", report, "facts", "--json") == []
    assert [s["id"] for s in as_json("--report", report, "sections", "--json")][1:] == [
        "summary", "border", "outlook",
    ]  # fmt: skip
    assert {hit["section_id"] for hit in as_json("--report", report, "search", "Narva", "--json")} == {
        "summary", "border",
    }  # fmt: skip
    drawn = as_json("--report", report, "map", "--json", "--labels", "800x600")
    assert drawn["countries"] == [] and drawn["layers"] == [] and drawn["labels"] == []
    png = tmp_path / "map.png"
    assert dossier("--report", report, "map", "--png", str(png)).returncode == 0 and png.stat().st_size > 0
    for command in (["corrections"], ["timeline"], ["notes", "list"], ["cite"], ["info", "--json"]):
        done = dossier("--report", report, *command)
        assert done.returncode == 0 and done.stderr == "", (command, done.stderr)
    shot = tmp_path / "bare.png"
    done = dossier("--report", report, "--screenshot", str(shot))
    assert done.returncode == 0 and "Traceback" not in done.stderr and shot.stat().st_size > 10_000
    for command in (
        ["map", "--png", str(tmp_path / "layer.png")],
        ["--screenshot", str(tmp_path / "layer.png")],
    ):
        asked = dossier("--report", report, *command, "--layer", "nato")
        assert asked.returncode == 2
        assert "this report's map has no layer 'nato' (its layers: none)" in one_line(asked)


def test_a_report_that_fails_its_check_is_named_in_one_line(tmp_path):
    folder = copy_of_second(tmp_path)
    facts = folder / "facts" / "facts.toml"
    facts.write_text(facts.read_text().replace("joined NATO in 2004", "joined NATO in 2005"))
    for command in (["sections"], ["--screenshot", str(tmp_path / "x.png")]):
        opened = dossier("--report", str(folder), *command)
        assert opened.returncode == 3
        line = one_line(opened)
        assert f"{folder}/facts/facts.toml:4: quote of fact" in line
        assert f"(and 2 more; see 'dossier check-content {folder}')" in line


def test_a_remembered_report_that_went_wrong_opens_the_bundled_one(tmp_path, data_dir):
    """The window was last on an added report whose copy no longer passes: the next start
    says so in one line and shows the bundled report, rather than not starting at all."""
    assert dossier("library", "add", str(SECOND_REPORT)).returncode == 0
    assert dossier("--report", SECOND_ID, "sections").returncode == 0
    (data_dir / "last-report").write_text(SECOND_ID + "\n")
    facts = data_dir / "library" / SECOND_ID / "facts" / "facts.toml"
    facts.write_text(facts.read_text().replace("joined NATO in 2004", "joined NATO in 2005"))
    shot = tmp_path / "start.png"
    started = dossier("--screenshot", str(shot))
    assert started.returncode == 0 and shot.is_file()
    line = one_line(started)
    assert "the report cannot be opened" in line and line.rstrip().endswith(
        "the bundled report is opened instead"
    )
    assert (data_dir / "last-report").read_text() == SECOND_ID + "\n"  # a screenshot changes nothing


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc/self/status")
def test_a_large_file_in_a_content_folder_is_not_held_in_memory(tmp_path):
    """Opening a report with a 300 MB file in its folder (hashed for the cache) stays small."""
    folder = copy_of_second(tmp_path)
    with open(folder / "map" / "large.bin", "wb") as large:
        large.truncate(300 << 20)
    measure = (  # the peak of this process alone (ru_maxrss would count pytest's, kept across exec)
        "import sys; from pathlib import Path; "
        "from desktop.core.content.cache import content_hash; content_hash(Path(sys.argv[1])); "
        "print(next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM:')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", measure, str(folder)], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert int(done.stdout) < 150_000  # kilobytes: far less than the file


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        (
            'between = ["EST", "RUS"]',
            'between = ["EST", "LTU"]',
            "line 'narva-border': EST and LTU share no border",
        ),
        (
            'between = ["EST", "RUS"]',
            'between = ["EST", "EST"]',
            "line 'narva-border': EST and EST share no border",
        ),
        ('entity = "narva"', 'entity = "nowhere"', "line 'narva-border': unknown glossary entry 'nowhere'"),
        ('export_name = "baltic-map"', 'export_name = "../../evil"', "export_name must be a plain file name"),
        ('export_name = "baltic-map"', 'export_name = ""', "export_name must be a plain file name"),
        ('id = "borders-russia"', 'id = "nato"', "layer 'nato' is declared twice"),
        (
            "APPEND",
            '\n[[tag]]\nid = "nato-member"\nsummary = "again"\n',
            "tag 'nato-member' is declared twice",
        ),
        (
            "APPEND",
            '\n[[line]]\nid = "narva-border"\nname = "x"\nbetween = ["LVA", "RUS"]\n',
            "declared twice",
        ),
    ],
)
def test_a_map_toml_whose_lines_layers_or_names_are_wrong_is_refused_with_its_line(tmp_path, old, new, said):
    """What the build used to drop without a word (a line drawn nowhere, its entity lost, a
    second layer of the same id) or offer as a file name (a path) is a problem at its line."""
    from desktop.core.content.check import check_folder

    folder = copy_of_second(tmp_path)
    settings = folder / "map" / "map.toml"
    text = settings.read_text()
    assert old == "APPEND" or old in text
    settings.write_text(text + new if old == "APPEND" else text.replace(old, new, 1))
    problems, _summary = check_folder(folder, "report")
    assert any(problem.startswith("report/map/map.toml:") and said in problem for problem in problems), (
        problems
    )


def test_the_second_reports_named_line_is_drawn():
    """Its border with Russia is named in map.toml: the map has the line and its legend names it."""
    drawn = as_json("--report", str(SECOND_REPORT), "map", "--json", "--labels", "1000x700")
    assert {"kind": "line", "label": "Narva river border"} in drawn["legend"]


def test_an_id_in_a_table_of_meta_toml_never_names_a_folder_outside_the_cache(tmp_path):
    """The window reads a report's id without a TOML parser: a path-like ``id`` under another
    table must not become the cache's folder (it was written to, outside the cache)."""
    folder = copy_of_second(tmp_path)
    meta = folder / "report" / "meta.toml"
    text = "\n".join(line for line in meta.read_text().splitlines() if not line.startswith("id ="))
    meta.write_text(text + '\n\n[extra]\nid = "../../../escaped"\n')
    cache = tmp_path / "a" / "cache"
    opened = dossier(
        "--report",
        str(folder),
        "--screenshot",
        str(tmp_path / "x.png"),
        env_extra={"DOSSIER_CACHE_DIR": str(cache)},
    )
    assert opened.returncode == 3 and "unknown key 'extra'" in one_line(opened)
    assert not (tmp_path / "escaped").exists()


def test_two_adds_at_once_one_wins_and_the_other_says_why(data_dir, monkeypatch):
    """The other add finishing first (its copy renamed in while this one copied) is named as
    such, not as 'Directory not empty'; the winner's copy is left whole."""
    from desktop.core import library as library_module
    from desktop.core.errors import UserError
    from desktop.core.library import Library

    shelf = Library(data_dir / "library", REPO / "content")
    copy_files = library_module._copy_files

    def racing(folder, files, target):
        copy_files(folder, files, data_dir / "library" / SECOND_ID)  # the other process, done first
        copy_files(folder, files, target)

    monkeypatch.setattr(library_module, "_copy_files", racing)
    with pytest.raises(UserError) as refused:
        shelf.add(SECOND_REPORT)
    assert str(refused.value) == f"the library already has a report {SECOND_ID!r}"
    assert sorted(p.name for p in (data_dir / "library").iterdir()) == [SECOND_ID]
    assert (data_dir / "library" / SECOND_ID / "report" / "report.md").is_file()
