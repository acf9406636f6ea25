"""The window's start path imports only what its first paint needs.

The window is started in a fresh interpreter exactly as ``dossier`` starts it (the console
script's ``desktop.__main__.main`` with no argument) and stopped the moment the reader has
painted the report's text; the modules loaded by then are checked.
"""

from __future__ import annotations

import os
import subprocess
import sys

from desktop.bench import FIRST_PAINT_SCRIPT, FIRST_SESSION_SCRIPT

# What the first paint never needs: the notes file (opened right after it) and its migration
# helper, the command line, the atlas and map, every way out of the app (exports, printing), and
# what comes right after the text (the menus' entries, the reader's commands, the contents panel).
NOT_BEFORE_FIRST_PAINT = (
    "desktop.core.notes.safety",
    "desktop.core.notes.anchoring",  # a note is placed after it
    "desktop.core.notes.store",
    "desktop.core.notes.model",
    "socket",  # no window to hand over to (no socket file), and the quit signals' wakeup after it
    "desktop.core.content.corrections",  # the editor's notes come with the whole report
    "desktop.ui.window.menus",
    "desktop.ui.reader.commands",
    "desktop.ui.reader.note_placer",
    "desktop.ui.contents",
    "desktop.ui.zoom",  # the panels' zoom is set with the rest
    "desktop.ui.links",  # no link is followed before it
    "desktop.ui.reader.editor_notes",  # placed with the whole report
    "sqlite_utils",
    "dateutil",
    "importlib.metadata",
    "desktop.cli",
    "desktop.core.map.atlas",
    "desktop.core.map.facts",
    "desktop.ui.map",
    "desktop.core.notes.exporting",
    "desktop.ui.window.printing",
    "desktop.ui.window.report_output",
)


def modules_at_first_paint(data_dir, store) -> set[str]:
    result = at_first_paint(data_dir, MODULES_PRINTED)
    return set(result.stdout.split())


def start_env(data_dir) -> dict[str, str]:
    return dict(os.environ, DOSSIER_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen")


def run_first_session(data_dir) -> None:
    """A reader's first session, run to its end and closed: the next start is a returning one."""
    command = [sys.executable, "-c", FIRST_SESSION_SCRIPT]
    first = subprocess.run(command, env=start_env(data_dir), capture_output=True, timeout=120)
    assert first.returncode == 0, first.stderr[-2000:]


MODULES_PRINTED = 'print(*sorted(sys.modules), sep="\\n", flush=True)'  # where the probe stops


def at_first_paint(data_dir, statement: str, before: str = "") -> subprocess.CompletedProcess:
    """A start stopped at its first paint, running ``statement`` there (after ``before`` at the top)."""
    assert MODULES_PRINTED in FIRST_PAINT_SCRIPT
    probe = before + FIRST_PAINT_SCRIPT.replace(MODULES_PRINTED, statement)
    result = subprocess.run(
        [sys.executable, "-c", probe, "--modules"],
        capture_output=True, text=True, timeout=120, env=start_env(data_dir),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    return result


def test_the_first_paint_loads_no_cli_map_export_or_migration_module(store, data_dir):
    # A first start: the notes file does not exist yet, and the text is painted before it is made.
    loaded = modules_at_first_paint(data_dir, store)
    assert "desktop.ui.reader.view" in loaded  # the text was painted
    assert not (data_dir / "notes.sqlite").exists()
    early = sorted(
        name
        for name in loaded
        if any(name == bad or name.startswith(bad + ".") for bad in NOT_BEFORE_FIRST_PAINT)
    )
    assert early == []


def test_a_returning_reader_s_first_paint_builds_no_qt_namespace(store, data_dir):
    # Qt's namespace of enums (93 classes, some 20 ms) is made after the text is on screen: the
    # saved layout places the docks, the desktop's colour scheme is the one last seen. The last
    # report opened, the bundled one, is known by its id without reading the library.
    run_first_session(data_dir)
    result = at_first_paint(
        data_dir,
        'import PySide6.QtCore as c; print("Qt built:", "Qt" in c.__dict__, "tomllib" in sys.modules)',
    )
    assert result.stdout.strip() == "Qt built: False False"  # nor the library's TOML read: the bundled report


def test_a_returning_reader_s_first_paint_makes_no_qt_class_it_does_not_draw_with(store, data_dir):
    # Each Qt class PySide makes brings its enum classes (QKeySequence's StandardKey alone is
    # some 70 members): the shortcuts, links, painter and tooltips come after the text.
    run_first_session(data_dir)
    later = {"QtGui": ("QKeySequence", "QPainter"), "QtCore": ("QUrl",), "QtWidgets": ("QToolTip",)}
    result = at_first_paint(
        data_dir,
        f"import PySide6; print([n for m, ns in {later!r}.items() for n in ns"
        " if n in vars(getattr(PySide6, m))], flush=True)",
    )
    assert result.stdout.strip() == "[]"


def test_an_existing_notes_file_is_opened_without_them_too(store, data_dir):
    run_first_session(data_dir)
    assert (data_dir / "notes.sqlite").exists()  # made by the first session, after its paint
    loaded = modules_at_first_paint(data_dir, store)
    # A sound notes file waits for the paint too: its safety net and store are not loaded by then.
    never = {"sqlite_utils", "desktop.core.map.atlas", "desktop.ui.map.panel", "desktop.core.notes.safety"}
    assert not never & loaded


def test_no_thread_is_started_before_the_first_paint(store, data_dir):
    # A thread holding the interpreter's lock while the text is typeset delays its paint: the
    # backups' check starts after it.
    watch = (
        "import threading\n"
        "started = []\n"
        "_start = threading.Thread.start\n"
        "def start(thread):\n"
        "    started.append(thread.name)\n"
        "    _start(thread)\n"
        "threading.Thread.start = start\n"
    )
    for _start_number in range(2):  # the first start, then a returning reader's
        result = at_first_paint(data_dir, 'print("threads:", started, flush=True)', before=watch)
        assert result.stdout.strip() == "threads: []"


def test_a_returning_reader_s_start_does_not_write_the_last_report_again(store, data_dir):
    run_first_session(data_dir)
    remembered = data_dir / "last-report"
    before = remembered.stat()
    at_first_paint(data_dir, "pass")
    after = remembered.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)  # the same report


def test_the_first_paint_s_qt_modules_name_neither_typing_nor_pathlib(store, data_dir):
    # Once PySide6 is loaded, its import hook reads the source of every module an import
    # statement names for the first time: typing.py alone is 120 kB. The window's modules use
    # those two for annotations only, under ``TYPE_CHECKING = False`` (see desktop/ui/__init__.py).
    import ast
    import importlib.util
    from pathlib import Path

    loaded = modules_at_first_paint(data_dir, store)
    named: dict[str, list[str]] = {}
    for module in sorted(name for name in loaded if name.startswith("desktop.")):
        source = Path(importlib.util.find_spec(module).origin).read_text(encoding="utf-8")
        tree = ast.parse(source)
        if not any(
            isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6")
            for node in tree.body
        ):
            continue  # imported before PySide6 (the Qt-free core), or none of the window's
        for node in tree.body:  # top level only: an ``if TYPE_CHECKING:`` block is not run
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            for name in names:
                if name.split(".")[0] in {"typing", "pathlib"}:
                    named.setdefault(module, []).append(name)
    assert named == {}


def test_a_damaged_notes_file_s_banner_is_in_the_first_paint(store, data_dir):
    # Notes that do not look sound are opened before the paint, so their banner does not push the
    # text down after it; sound ones wait (the test above: no notes module before the paint).
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "notes.sqlite").write_bytes(b"a reader's file, but not a database" * 50)
    result = at_first_paint(
        data_dir, 'print("banner:", window._banner is not None and window._banner.isVisible(), flush=True)'
    )
    assert result.stdout.strip() == "banner: True"
    assert "moved, untouched" in result.stderr  # said on stderr too, once
    assert result.stderr.count("moved, untouched") == 1
