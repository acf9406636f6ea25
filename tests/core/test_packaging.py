"""Installing like a desktop app: the wheel's name, metadata, size and contents, and the
desktop entry and AppStream metainfo it installs, checked by their validators when present."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest

from desktop import paths
from tests.conftest import REPO

PACKAGING = REPO / "packaging"
DESKTOP_FILE = PACKAGING / f"{paths.APP_ID}.desktop"
METAINFO = PACKAGING / f"{paths.APP_ID}.metainfo.xml"
MAX_WHEEL_BYTES = 768 * 1024  # 600 KB until the timeline, two translations and the library grew it (615 KB)
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("hatchling", reason="the wheel is built with the test extra's hatchling")
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", str(out),
         str(REPO)],
        check=True, capture_output=True,
    )  # fmt: skip
    (built,) = out.glob("*.whl")
    return built


def test_the_wheel_is_small_and_carries_only_what_runs(wheel):
    assert wheel.stat().st_size < MAX_WHEEL_BYTES
    names = zipfile.ZipFile(wheel).namelist()
    assert "desktop/_content/report/report.md" in names and "desktop/_resources/reader.css" in names
    assert not [n for n in names if "screenshots" in n or "derive_regional_subset" in n or n.endswith(".pyc")]


def test_the_wheel_carries_the_compiled_translations_and_not_their_sources(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    for language in ("sv", "ru"):
        assert f"desktop/_resources/translations/dossier_{language}.qm" in names
    assert not [n for n in names if n.endswith(".ts")]


def test_the_wheel_carries_the_timeline(wheel):
    assert "desktop/_content/timeline/events.toml" in zipfile.ZipFile(wheel).namelist()


def test_the_wheel_installs_the_desktop_entry_icons_and_metainfo(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    share = f"{wheel.name.split('-')[0]}-{wheel.name.split('-')[1]}.data/data/share"
    assert f"{share}/applications/{paths.APP_ID}.desktop" in names
    assert f"{share}/metainfo/{paths.APP_ID}.metainfo.xml" in names
    for size in ICON_SIZES:
        assert f"{share}/icons/hicolor/{size}x{size}/apps/{paths.APP_ID}.png" in names


def test_no_file_is_in_the_wheel_twice(wheel):
    """check-wheel-contents' W002: the same bytes under two names (the icon was, once)."""
    archive = zipfile.ZipFile(wheel)
    by_content: dict[bytes, list[str]] = {}
    for name in archive.namelist():
        data = archive.read(name)
        if data and ".dist-info/" not in name:  # empty files (package markers) are alike by nature
            by_content.setdefault(hashlib.sha256(data).digest(), []).append(name)
    assert [names for names in by_content.values() if len(names) > 1] == []


def test_the_distribution_is_renamed_with_complete_metadata(wheel):
    archive = zipfile.ZipFile(wheel)
    metadata_name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
    metadata = Parser().parsestr(archive.read(metadata_name).decode())
    assert metadata["Name"] == "dossier-reader"  # "dossier" and "desktop" belong to others on PyPI
    assert metadata["License-Expression"] == "MIT"
    assert metadata["Author"] and metadata["Keywords"] and metadata.get_all("Project-URL")
    assert len(metadata.get_all("Classifier")) > 5
    assert any(n.endswith("licenses/LICENSE") for n in archive.namelist())
    entry_points = archive.read(metadata_name.replace("METADATA", "entry_points.txt")).decode()
    assert "[console_scripts]\ndossier = desktop.__main__:main" in entry_points
    assert "[gui_scripts]" in entry_points


def test_one_application_id_everywhere():
    entry = DESKTOP_FILE.read_text(encoding="utf-8")
    assert f"Icon={paths.APP_ID}\n" in entry
    assert "MimeType=x-scheme-handler/dossier;" in entry and "Exec=dossier %u" in entry
    metainfo = METAINFO.read_text(encoding="utf-8")
    assert f"<id>{paths.APP_ID}</id>" in metainfo
    assert f'<launchable type="desktop-id">{paths.APP_ID}.desktop</launchable>' in metainfo
    assert "setDesktopFileName(paths.APP_ID)" in (REPO / "desktop" / "app.py").read_text(encoding="utf-8")


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_the_desktop_entry_validates_without_a_word():
    result = subprocess.run(["desktop-file-validate", str(DESKTOP_FILE)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout + result.stderr == ""


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_the_metainfo_validates_without_warnings():
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--no-color", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout
    issues = [line for line in result.stdout.splitlines() if line[:2] in ("W:", "E:")]
    assert issues == []


# What `dossier` says about the content, as JSON; each is compared whole between the two copies.
LISTINGS = ("sections", "glossary", "facts", "map", "corrections")


def _content_files(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` that the app may read, by its path relative to ``root``."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts and path.name != "derive_regional_subset.py"
    }


def _dossier(command: Path, args: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "DOSSIER_"))}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home), DOSSIER_DATA_DIR=str(home / "data"),
               DOSSIER_CACHE_DIR=str(home / "cache"), DOSSIER_CONFIG_DIR=str(home / "config"),
               DOSSIER_STATE_DIR=str(home / "state"))  # fmt: skip
    return subprocess.run(
        [str(command), *args], capture_output=True, text=True, env=env, cwd=home, check=True
    )


def test_an_installed_wheel_carries_the_whole_edition(wheel, tmp_path):
    """A wheel installed into a fresh venv has every content file and says what the checkout says:
    the same sections, glossary entries, facts, places and editor's notes, and the same PDF text."""
    venv = tmp_path / "venv"
    subprocess.run(
        [sys.executable, "-m", "venv", "--without-pip", "--system-site-packages", str(venv)], check=True
    )
    # The dependencies come from the running environment (no download); not the checkout itself:
    # a plain path line in a .pth file adds the folder but runs none of its .pth files (the
    # editable install's finder among them).
    (site,) = venv.glob("lib/python3.*/site-packages")
    (site / "test_deps.pth").write_text("\n".join(p for p in sys.path if p.endswith("site-packages")) + "\n")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install", "--quiet",
         "--no-deps", "--no-index", "--force-reinstall", str(wheel)],
        check=True, capture_output=True,
    )  # fmt: skip
    installed, checkout = venv / "bin" / "dossier", Path(sys.executable).with_name("dossier")
    (tmp_path / "installed").mkdir()
    (tmp_path / "checkout").mkdir()

    info = json.loads(_dossier(installed, ["info", "--json"], tmp_path / "installed").stdout)
    content = Path(info["content_dir"])
    assert venv in content.parents  # the wheel's own copy, not the checkout's
    carried, edited = _content_files(content), _content_files(REPO / "content")
    assert sorted(carried) == sorted(edited)  # a missing file is named
    assert carried == edited

    said = {}
    for listing in LISTINGS:
        said[listing] = ours = json.loads(
            _dossier(installed, [listing, "--json"], tmp_path / "installed").stdout
        )
        theirs = json.loads(_dossier(checkout, [listing, "--json"], tmp_path / "checkout").stdout)
        assert ours == theirs, listing
        counted = ours["places"] if listing == "map" else ours
        assert len(counted) > 0, listing  # an empty listing on both sides proves nothing
    from pypdf import PdfReader  # the test extra's, like hatchling

    pdfs = []
    for side, command in (("installed", installed), ("checkout", checkout)):
        _dossier(command, ["export-pdf", "report.pdf"], tmp_path / side)
        pdfs.append("".join(page.extract_text() for page in PdfReader(tmp_path / side / "report.pdf").pages))
    assert pdfs[0] == pdfs[1]
    assert pdfs[0].count("Source:") == len(said["corrections"])  # each editor's note, printed
