"""``dossier search`` loads what a search needs and nothing of the other commands.

A script may call ``dossier search`` in a loop: each call is a fresh interpreter, so every
module it imports is paid for each time (``cli_search_ratio`` in ``dossier bench``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from desktop.core.search.query import glossary_names

# Run as the console script runs, then list what was loaded (after the output).
SEARCH = (
    "import sys; from desktop.__main__ import main; code = main(); "
    "print('\\n'.join(sorted(sys.modules)), file=sys.stderr); sys.exit(code)"
)
NOT_FOR_A_SEARCH = (
    "shutil",  # argparse would load it (with bz2 and lzma) to ask the terminal's width
    "desktop.cli_formats",
    "desktop.timeline_command",
    "desktop.cli_meaning",
    "desktop.content_commands",
    "desktop.core.dossier_url",
    "desktop.core.notes.safety",  # no notes file: none is opened (or created), nor its store loaded
    "desktop.core.notes.store",
    "desktop.core.search.meaning",  # a query its words answer never asks whether meaning could
    "importlib.util",
    "numpy",
    "PySide6",
    "sqlite_utils",
)


def test_a_search_loads_nothing_of_the_other_commands(store, data_dir):  # the report built already
    env = dict(os.environ, DOSSIER_DATA_DIR=str(data_dir))
    result = subprocess.run(
        [sys.executable, "-c", SEARCH, "search", "Taliban", "--json"],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    assert json.loads(result.stdout)[0]["kind"] in ("glossary", "section")
    loaded = set(result.stderr.split())
    assert "desktop.core.search.query" in loaded
    assert sorted(name for name in NOT_FOR_A_SEARCH if name in loaded) == []
    assert not (data_dir / "notes.sqlite").exists()


# What a search of the bundled report does not need: argparse (a plain command line is read
# without it, see desktop/cli_types.py), pathlib (folders are strings, desktop/locations.py),
# typing (records are collections.namedtuples), and what those would bring.
NOT_STARTED_FOR_A_SEARCH = (
    "argparse",
    "gettext",
    "locale",
    "pathlib",
    "urllib",
    "ipaddress",
    "typing",
    "inspect",
    "dataclasses",
    "importlib.metadata",
    "contextlib",
    "desktop.cli_parser",
    "desktop.core.library",
    "desktop.core.report_id",  # no report named: the bundled one's id is never read
)


def test_a_search_starts_without_argparse_pathlib_or_typing(store, data_dir):
    env = dict(os.environ, DOSSIER_DATA_DIR=str(data_dir))
    result = subprocess.run(
        [sys.executable, "-c", SEARCH.replace("main()", "main(['search', 'taliban', '--json'])")],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    assert json.loads(result.stdout)[0]["id"] == "taliban"
    loaded = set(result.stderr.split())
    assert "desktop.core.store" in loaded
    assert sorted(name for name in NOT_STARTED_FOR_A_SEARCH if name in loaded) == []


def test_the_build_keeps_every_glossary_name_the_search_would_work_out(store):
    kept = store.connection.execute("SELECT key, entry FROM glossary_names ORDER BY key, entry").fetchall()
    assert [tuple(row) for row in kept] == glossary_names(store.connection)
    keys = [key for key, _ in kept]
    assert "csto" in keys and "c51" in keys  # "C5+1" as a query types it


def test_the_content_build_loads_neither_pandas_nor_numpy(tmp_path):
    # sqlite-utils imports both when installed (pandas comes with the meaning model's wheel):
    # 0.4 s and 90 MB more for every build of a report, for types Dossier never inserts.
    probe = (
        "import sys, pathlib; from desktop import paths; "
        "from desktop.core.content.build import build_database; "
        f"build_database(paths.content_dir(), pathlib.Path({str(tmp_path)!r}) / 'c.sqlite'); "
        "print('pandas' in sys.modules, 'numpy' in sys.modules); import numpy"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]  # numpy still importable after
    assert result.stdout.split() == ["False", "False"]


def _search(data_dir) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, DOSSIER_DATA_DIR=str(data_dir))
    return subprocess.run(
        [sys.executable, "-c", SEARCH, "search", "Taliban", "--json"],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip


def test_a_search_reads_sound_notes_without_the_notes_store(store, data_dir):
    from desktop.core.notes.store import NotesStore

    data_dir.mkdir()
    NotesStore(data_dir / "notes.sqlite").add("executive-summary", "What the Taliban want")
    result = _search(data_dir)
    assert result.returncode == 0, result.stderr[-2000:]
    assert [hit["snippet"] for hit in json.loads(result.stdout) if hit["kind"] == "note"] == [
        "What the **Taliban** want"
    ]
    loaded = set(result.stderr.split())
    assert "desktop.core.notes.reading" in loaded
    unwanted = ("desktop.core.notes.store", "desktop.core.notes.safety", "pathlib", "typing")
    assert sorted(name for name in unwanted if name in loaded) == []


def test_a_search_leaves_a_closed_notes_file_as_it_found_it(store, data_dir):
    from desktop.core.notes.store import NotesStore

    data_dir.mkdir()
    notes = NotesStore(data_dir / "notes.sqlite")
    notes.add("executive-summary", "What the Taliban want")
    notes.close()
    before = sorted(path.name for path in data_dir.iterdir())
    assert before == ["notes.sqlite"]
    result = _search(data_dir)
    assert result.returncode == 0, result.stderr[-2000:]
    assert sorted(path.name for path in data_dir.iterdir()) == before  # no -wal or -shm left beside it


def test_notes_that_need_care_are_opened_with_it_and_said_so(store, data_dir):
    # An empty notes file beside one set aside: the safety net names the set-aside file, on a
    # search too (the quick read-only way in leaves such a folder to it).
    from desktop.core.notes.store import NotesStore

    data_dir.mkdir()
    NotesStore(data_dir / "notes.sqlite").close()
    (data_dir / "notes.sqlite.damaged-20260101T000000000Z").write_bytes(b"x" * 100)
    result = _search(data_dir)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "notes.sqlite.damaged-20260101T000000000Z" in result.stderr.splitlines()[0]
    assert "desktop.core.notes.safety" in set(result.stderr.split())
