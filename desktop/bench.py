"""``dossier bench``: the speed and memory figures Dossier promises, measured on this machine.

Start-up is compared with a floor measured in the same run: a minimal PySide6 program that
shows an empty main window with a QTextBrowser, grabs it and saves a PNG, the same work
``dossier --screenshot`` does with the whole app. The first paint is compared the same way
with an empty window that paints a label: the app's run ends the moment the report's text is
painted (the docks and map come after it). Runs alternate (floor, app, floor, ...)
so both see the same machine, and medians are reported. Every other figure is timed
in-process over realistic inputs. Nothing here is a test: the suite only checks that the
command runs and prints every key.
"""

from __future__ import annotations

import functools
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path

FLOOR_SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QTextBrowser())
window.resize(1280, 800)
window.show()
app.processEvents()
window.grab().save(sys.argv[1], "PNG")
"""

MEANING_LOAD_SCRIPT = """
import sys, time
start = time.perf_counter()
from desktop.core.search.meaning import model
model().load()
print(time.perf_counter() - start)
"""
# The first paint's floor: an empty PySide6 window that paints a label, ended as the app's is.
FIRST_PAINT_FLOOR_SCRIPT = """
import os, sys
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QCoreApplication.sendEvent(watched, event)
            os._exit(0)
        return False
app = QApplication(sys.argv[:1])
window = QMainWindow()
label = QLabel("A policy report, its title in one line")
window.setCentralWidget(label)
window.resize(1280, 800)
label.installEventFilter(FirstPaint(window))
window.show()
app.exec()
"""
# The window started as ``dossier`` starts it (the console script's ``desktop.__main__.main``, no
# argument), ended the moment the reader has painted the report's text; with ``--modules`` it
# first prints every module imported by then.
FIRST_PAINT_SCRIPT = """
import os, sys
from desktop import app

def stop_at_first_paint(show):
    def shown(qt_app, window, *args, **kwargs):
        def painted():
            if "--modules" in sys.argv:
                print(*sorted(sys.modules), sep="\\n", flush=True)
            os._exit(0)
        window.reader.first_painted.connect(painted)  # emitted once the text's paint is drawn
        return show(qt_app, window, *args, **kwargs)
    return shown

app._show = stop_at_first_paint(app._show)
from desktop.__main__ import main
sys.exit(main([]))
"""

# A reader's first session: the window started as ``dossier`` starts it, left to finish, then
# closed as the reader closes it (its layout and reading position saved for the next start).
FIRST_SESSION_SCRIPT = """
import sys
from desktop import app

def close_when_complete(show):
    def shown(qt_app, window, *args, **kwargs):
        from PySide6.QtCore import QTimer
        window.completed.connect(lambda: QTimer.singleShot(200, window.close))
        return show(qt_app, window, *args, **kwargs)
    return shown

app._show = close_when_complete(app._show)
from desktop.__main__ import main
sys.exit(main([]))
"""

# The window started as ``dossier`` starts it and left until every note is placed in the text
# (the notes' full weight in memory), then ended.
NOTES_PLACED_SCRIPT = """
import os, sys
from desktop import app

def stop_when_placed(show):
    def shown(qt_app, window, *args, **kwargs):
        from PySide6.QtCore import QTimer
        def end(*_args):
            window.panels.build_eager()  # the map too, whichever comes first
            os._exit(0)
        def completed():  # the placer is made with the rest of the window, after the first paint
            window.placer.finished.connect(end)
            if not window.placer.busy:
                QTimer.singleShot(0, end)
        window.completed.connect(completed)
        return show(qt_app, window, *args, **kwargs)
    return shown

app._show = stop_when_placed(app._show)
from desktop.__main__ import main
sys.exit(main([]))
"""

KEYS = (
    "startup_ratio", "rss_ratio", "startup_s", "floor_startup_s", "rss_mb", "floor_rss_mb",
    "first_paint_ratio", "first_paint_s", "floor_first_paint_s",
    "search_p95_ms", "library_search_p95_ms", "library_search_worst_ms", "glossary_p95_ms", "map_frame_ms",
    "map_hit_ms", "notes_filter_p95_ms", "notes_export_s", "content_build_s",
    "notes_filter_p95_ms_100k", "notes_open_ms_100k",
    "startup_notes_1k_ratio", "startup_notes_10k_ratio", "reader_scroll_frame_ms_10k", "cli_search_ratio",
    "meaning_load_s", "meaning_vectors_s", "meaning_search_p95_ms",
    "startup_notes_100k_rss_ratio",
)  # fmt: skip
CLI_FLOOR = ["-c", "pass"]  # a bare Python start


@functools.cache
def examples():
    """What readers of the open report type (its ``report/examples.toml``)."""
    from desktop.context import current_edition
    from desktop.core.content.examples import load_examples

    return load_examples(current_edition().folder)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def keystrokes(queries: Iterable[str]) -> list[str]:
    """Every prefix a person types on the way to each query."""
    return [query[:n] for query in queries for n in range(1, len(query) + 1)]


def timed_ms(function: Callable[[str], object], inputs: list[str], repeat: int = 1) -> list[float]:
    times = []
    for _ in range(repeat):
        for text in inputs:
            start = time.perf_counter()
            function(text)
            times.append((time.perf_counter() - start) * 1000)
    return times


def _run_child(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time (s) and peak resident memory (MB) of one child process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited with {process.returncode}")
    return elapsed, usage.ru_maxrss / 1024


# Linux keeps a process's peak memory across exec, so a child forked from this (large) bench
# process reports at least the bench's own size: peaks are read by a small launcher instead.
PEAK_LAUNCHER = (
    "import os, subprocess, sys; quiet = subprocess.DEVNULL; "
    "child = subprocess.Popen(sys.argv[1:], stdout=quiet, stderr=quiet); "
    "print(os.wait4(child.pid, 0)[2].ru_maxrss)"
)


def _peak_mb(command: list[str], env: dict[str, str]) -> float:
    """Peak resident memory (MB) of one child process, wherever this process's own peak is."""
    done = subprocess.run(
        [sys.executable, "-c", PEAK_LAUNCHER, *command], env=env, capture_output=True, text=True
    )
    return int(done.stdout.strip()) / 1024


def app_command() -> list[str]:
    """How the installed ``dossier`` command starts, without runpy's extra imports.

    The same two lines as the console script pip writes, run by this interpreter, so the
    package timed is the one this bench runs from (never an older install beside it).
    """
    return [sys.executable, "-c", "import sys; from desktop.__main__ import main; sys.exit(main())"]


def measure_startup(runs: int, workdir: Path) -> dict[str, float]:
    # A data folder of its own: what the machine's own notes folder holds (a damaged file set
    # aside, say) is not what is measured.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DOSSIER_DATA_DIR=str(workdir / "startup-data"))
    app = app_command()
    floor_script = workdir / "floor.py"
    floor_script.write_text(FLOOR_SCRIPT, encoding="utf-8")
    app_times, app_rss, floor_times, floor_rss = [], [], [], []
    # One warm-up of each so the content database and the OS file cache are ready.
    _run_child([sys.executable, str(floor_script), str(workdir / "f.png")], env)
    _run_child([*app, "--screenshot", str(workdir / "a.png")], env)
    for _ in range(runs):
        floor_times.append(_run_child([sys.executable, str(floor_script), str(workdir / "f.png")], env)[0])
        app_times.append(_run_child([*app, "--screenshot", str(workdir / "a.png")], env)[0])
    for _ in range(min(runs, 3)):  # peaks through the small launcher (see PEAK_LAUNCHER)
        floor_rss.append(_peak_mb([sys.executable, str(floor_script), str(workdir / "f.png")], env))
        app_rss.append(_peak_mb([*app, "--screenshot", str(workdir / "a.png")], env))
    startup, floor = statistics.median(app_times), statistics.median(floor_times)
    rss, floor_memory = statistics.median(app_rss), statistics.median(floor_rss)
    return {
        "startup_ratio": round(startup / floor, 3),
        "rss_ratio": round(rss / floor_memory, 3),
        "startup_s": round(startup, 4),
        "floor_startup_s": round(floor, 4),
        "rss_mb": round(rss, 1),
        "floor_rss_mb": round(floor_memory, 1),
    }


def measure_first_paint(runs: int, workdir: Path) -> dict[str, float]:
    """Start to the report's text painted, against an empty window painting a label (alternated).

    The start timed is a returning reader's (every start but the first): a data folder whose
    first session has run and closed, so the saved layout and reading position come back.
    """
    data = workdir / "returning-reader"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DOSSIER_DATA_DIR=str(data))
    subprocess.run([sys.executable, "-c", FIRST_SESSION_SCRIPT], env=env, check=True, capture_output=True)
    floor_script = workdir / "first-paint-floor.py"
    floor_script.write_text(FIRST_PAINT_FLOOR_SCRIPT, encoding="utf-8")
    floor_command = [sys.executable, str(floor_script)]
    app = [sys.executable, "-c", FIRST_PAINT_SCRIPT]
    _run_child(floor_command, env)  # warm-ups, not counted
    _run_child(app, env)
    floor_times, app_times = [], []
    for _ in range(runs):
        floor_times.append(_run_child(floor_command, env)[0])
        app_times.append(_run_child(app, env)[0])
    first_paint, floor = statistics.median(app_times), statistics.median(floor_times)
    return {
        "first_paint_ratio": round(first_paint / floor, 3),
        "first_paint_s": round(first_paint, 4),
        "floor_first_paint_s": round(floor, 4),
    }


def measure_notes_rss(runs: int, workdir: Path, store, count: int) -> float:
    """Peak memory of a start with ``count`` notes, left until all are placed in the text, against
    the same with an empty notes file."""
    folders = {0: workdir / "rss-0", count: workdir / f"rss-{count}"}
    folders[0].mkdir()
    notes_folder(store, folders[count], count)
    peaks: dict[int, list[float]] = {0: [], count: []}
    for round_number in range(runs + 1):  # the first round creates the empty file and warms the caches
        for notes, folder in folders.items():
            env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DOSSIER_DATA_DIR=str(folder))
            megabytes = _peak_mb([sys.executable, "-c", NOTES_PLACED_SCRIPT], env)
            if round_number:
                peaks[notes].append(megabytes)
    return round(statistics.median(peaks[count]) / statistics.median(peaks[0]), 3)


def notes_folder(store, folder: Path, count: int) -> Path:
    """A data folder whose notes file holds ``count`` notes spread over the report."""
    from desktop.context import open_notes
    from desktop.core.notes.bench_data import make_bench_notes

    open_notes(folder).close()
    make_bench_notes(folder / "notes.sqlite", store, count, tags=examples().note_tags)
    return folder


def measure_startup_with_notes(runs: int, workdir: Path, store, counts: Iterable[int]) -> dict[int, float]:
    """A painted start with ``count`` notes spread over the report, against the same with none."""
    folders = {0: workdir / "notes-0"}
    folders[0].mkdir()
    for count in counts:
        folders[count] = notes_folder(store, workdir / f"notes-{count}", count)
    times: dict[int, list[float]] = {count: [] for count in folders}
    for round_number in range(runs + 1):  # the first round warms the caches and is not counted
        for count, folder in folders.items():
            env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DOSSIER_DATA_DIR=str(folder))
            seconds, _ = _run_child([*app_command(), "--screenshot", str(workdir / "n.png")], env)
            if round_number:
                times[count].append(seconds)
    empty = statistics.median(times[0])
    return {count: round(statistics.median(times[count]) / empty, 3) for count in folders if count}


def measure_cli(runs: int, data: Path) -> float:
    """``dossier search`` as a process with the notes folder ``data`` (a reader's notes are
    searched too), against a bare Python start."""
    env = dict(os.environ, DOSSIER_DATA_DIR=str(data))
    floor, app = [], []
    for _ in range(runs + 1):
        floor.append(_run_child([sys.executable, *CLI_FLOOR], env)[0])
        app.append(_run_child([*app_command(), "search", examples().cli_search, "--json"], env)[0])
    return round(statistics.median(app[1:]) / statistics.median(floor[1:]), 3)


def measure_reader_scroll(store, folder: Path, count: int) -> float:
    """One full repaint of the text, scrolled step by step, with ``count`` notes placed in it."""
    from PySide6.QtWidgets import QApplication

    from desktop.ui.window.main_window import build_window

    window = build_window(store, notes_folder(store, folder, count), recover=False)
    window.persist_state = False
    window.resize(1280, 800)
    window.show()
    QApplication.processEvents()  # exposed and laid out, as on screen
    window.placer.finish_now()  # every note in place, as once the window has been idle a moment
    QApplication.processEvents()
    reader = window.reader
    bar = reader.verticalScrollBar()
    frames = []
    for value in range(0, bar.maximum(), max(1, bar.maximum() // 60)):
        bar.setValue(value)
        start = time.perf_counter()
        reader.viewport().repaint()
        frames.append((time.perf_counter() - start) * 1000)
    window.close()
    return round(statistics.median(frames), 3)


def build_library(path: Path, store, documents: int, seed: int = 7) -> None:
    """A synthetic library: ``documents`` report-sized texts made from the report's own sentences."""
    from desktop.core.content.build import FTS_PREFIX, FTS_TOKENIZE
    from desktop.core.search.words import search_words

    sentences = [s.strip() + "." for p in store.paragraphs() for s in p.text.split(".") if len(s.split()) > 4]
    words = sorted({w for s in sentences for w in search_words(s)})
    rng = random.Random(seed)
    path.unlink(missing_ok=True)
    connection = sqlite3.connect(path)
    connection.executescript(
        "CREATE TABLE paragraphs (rowid INTEGER PRIMARY KEY, id TEXT, section_id TEXT,"
        " ordinal INT, kind TEXT, text TEXT);"
        "CREATE TABLE vocab (word TEXT PRIMARY KEY, count INT);"
        "CREATE VIRTUAL TABLE search USING fts5(title, body,"
        f" tokenize='{FTS_TOKENIZE}', prefix='{FTS_PREFIX}');"
    )
    vocabulary: dict[str, int] = {}
    rowid = 0
    for document in range(documents):
        rows = []
        for paragraph in range(90):  # about 6,000 words a document, like the report
            text = " ".join(rng.choice(sentences) for _ in range(3))
            # Vary the vocabulary so the library is not 1,000 copies of one text.
            text = " ".join(
                w if rng.random() > 0.08 else rng.choice(words) + str(rng.randint(1, 99))
                for w in text.split()
            )
            rowid += 1
            rows.append((rowid, f"doc{document}.p{paragraph}", f"doc{document}", paragraph, "para", text))
            for word in search_words(text):
                vocabulary[word] = vocabulary.get(word, 0) + 1
        connection.executemany("INSERT INTO paragraphs VALUES (?, ?, ?, ?, ?, ?)", rows)
        connection.executemany(
            "INSERT INTO search(rowid, title, body) VALUES (?, '', ?)", [(r[0], r[5]) for r in rows]
        )
    connection.executemany("INSERT INTO vocab VALUES (?, ?)", vocabulary.items())
    connection.execute("INSERT INTO search(search) VALUES ('optimize')")
    connection.commit()
    connection.close()


def measure_library(store, cache: Path, documents: int, repeat: int = 3) -> tuple[float, float]:
    """The 95th percentile and the slowest keystroke (ms) of searches over a large library.

    Each keystroke is timed ``repeat`` times; the slowest is the keystroke whose median time
    is the highest, so one scheduler hiccup on a busy machine does not count as slow search.
    """
    from desktop.core.search.query import Searcher
    from desktop.core.store import sqlite_uri

    path = cache / f"bench-library-{documents}.sqlite"
    if not path.exists():
        temporary = path.with_suffix(".tmp")
        build_library(temporary, store, documents)
        os.replace(temporary, path)
    connection = sqlite3.connect(sqlite_uri(path), uri=True)
    searcher = Searcher(connection, {})
    typed = keystrokes(examples().search)
    runs = [timed_ms(lambda q: searcher.search(q, limit=50), typed) for _ in range(repeat)]
    connection.close()
    every = [ms for run in runs for ms in run]
    worst = max(statistics.median(run[i] for run in runs) for i in range(len(typed)))
    return round(percentile(every, 0.95), 3), round(worst, 3)


def measure_map(store) -> tuple[float, float]:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QImage, QPainter

    from desktop.ui.map.view import MapView

    view = MapView(store.atlas)
    view.resize(1600, 1000)
    view.show()
    view.reset_view()
    image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32_Premultiplied)
    frames = []
    for _ in range(40):
        painter = QPainter(image)
        start = time.perf_counter()
        view.render(painter)
        painter.end()
        frames.append((time.perf_counter() - start) * 1000)
    rng = random.Random(3)
    width, height = view.viewport().width(), view.viewport().height()
    points = [QPointF(rng.uniform(0, width), rng.uniform(0, height)) for _ in range(300)]
    hits = []
    for point in points:
        start = time.perf_counter()
        view.country_at(point)
        hits.append((time.perf_counter() - start) * 1000)
    view.close()
    return round(statistics.median(frames[5:]), 3), round(percentile(hits, 0.95), 4)


def measure_notes(store, folder: Path, count: int) -> tuple[float, float]:
    from desktop.context import open_notes
    from desktop.core.notes.exporting import render_notes
    from desktop.ui.notes.panel import NotesPanel

    notes = open_notes(notes_folder(store, folder, count))
    panel = NotesPanel(store, notes)
    panel.show()
    times = timed_ms(panel.filter_box.setText, keystrokes(examples().notes_filter))
    panel.close()
    start = time.perf_counter()
    items = notes.notes()
    markdown = render_notes(store, items, "md")
    document = render_notes(store, items, "json")
    (folder / "export.md").write_text(markdown, encoding="utf-8")
    (folder / "export.json").write_text(document, encoding="utf-8")
    export_seconds = time.perf_counter() - start
    return round(percentile(times, 0.95), 3), round(export_seconds, 3)


def measure_notes_at_scale(store, folder: Path, count: int) -> tuple[float, float]:
    """The notes dock over ``count`` notes: filter p95 per keystroke, and the dock built and shown."""
    from PySide6.QtWidgets import QApplication

    from desktop.core.notes.bench_data import make_bench_notes
    from desktop.core.notes.store import NotesStore
    from desktop.ui.notes.panel import NotesPanel

    make_bench_notes(folder / "notes.sqlite", store, count, tags=examples().note_tags)
    notes = NotesStore(folder / "notes.sqlite")
    start = time.perf_counter()
    panel = NotesPanel(store, notes)
    panel.show()
    QApplication.processEvents()
    open_ms = (time.perf_counter() - start) * 1000
    times = timed_ms(panel.filter_box.setText, keystrokes(examples().notes_filter))
    panel.close()
    notes.close()
    return round(percentile(times, 0.95), 3), round(open_ms, 3)


STARTUP_KEYS = KEYS[:9]


def measure_meaning(store, runs: int) -> tuple[float, float, float]:
    """The model's load in a fresh process (imports included; median), the report's vectors
    computed from scratch, and a search by meaning's p95 over every keystroke of the report's
    example questions in a reader's words once both are ready (the whole ``search_all``, as
    the panel calls it)."""
    from desktop.core.search.finder import search_all
    from desktop.core.search.meaning import MeaningIndex

    loads = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", MEANING_LOAD_SCRIPT], capture_output=True, text=True, check=True
        )
        loads.append(float(done.stdout.strip()))
    fresh = MeaningIndex(store.connection, None)  # no sidecar: computed
    fresh.model.load()
    start = time.perf_counter()
    fresh.vectors  # noqa: B018 - computed now
    vectors_s = time.perf_counter() - start
    store.meaning.vectors  # noqa: B018 - the one the searches use, from its sidecar
    typed = keystrokes(examples().meaning)
    times = timed_ms(lambda query: search_all(store, None, query), typed, repeat=1 if runs < 3 else 5)
    return round(statistics.median(loads), 3), round(vectors_s, 3), round(percentile(times, 0.95), 3)


def run(quick: bool = False, startup_only: bool = False, runs: int | None = None) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop.app import quiet_offscreen_notices

    quiet_offscreen_notices()

    from desktop import paths
    from desktop.context import open_report
    from desktop.core.content.build import build_database

    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="dossier-bench-") as scratch:
        workdir = Path(scratch)
        results |= measure_startup(runs or (2 if quick else 7), workdir)
        results |= measure_first_paint(runs or (2 if quick else 21), workdir)  # a shared machine: many pairs
        if startup_only:
            return {key: results[key] for key in STARTUP_KEYS}
        start = time.perf_counter()
        build_database(paths.content_dir(), workdir / "build.sqlite")
        results["content_build_s"] = round(time.perf_counter() - start, 3)
        store = open_report()
        results["search_p95_ms"] = round(
            percentile(
                timed_ms(store.searcher.search, keystrokes(examples().search), repeat=1 if quick else 5), 0.95
            ),
            3,
        )
        results["glossary_p95_ms"] = round(
            percentile(
                timed_ms(store.find_glossary, keystrokes(examples().glossary), repeat=1 if quick else 5), 0.95
            ),
            3,
        )
        cache = paths.cache_dir()
        cache.mkdir(parents=True, exist_ok=True)
        results["library_search_p95_ms"], results["library_search_worst_ms"] = measure_library(
            store, cache, 20 if quick else 1000
        )
        _app = QApplication.instance() or QApplication(sys.argv[:1])
        results["map_frame_ms"], results["map_hit_ms"] = measure_map(store)
        results["notes_filter_p95_ms"], results["notes_export_s"] = measure_notes(
            store, workdir / "notes", 300 if quick else 10_000
        )
        results["reader_scroll_frame_ms_10k"] = measure_reader_scroll(
            store, workdir / "scroll", 300 if quick else 10_000
        )
        with_notes = measure_startup_with_notes(
            runs or (1 if quick else 5), workdir, store, (100, 300) if quick else (1000, 10_000)
        )
        results["startup_notes_1k_ratio"], results["startup_notes_10k_ratio"] = with_notes.values()
        results["cli_search_ratio"] = measure_cli(
            2 if quick else 21, notes_folder(store, workdir / "cli-notes", 100 if quick else 1_000)
        )
        results["meaning_load_s"], results["meaning_vectors_s"], results["meaning_search_p95_ms"] = (
            measure_meaning(store, 1 if quick else 3)
        )
        results["notes_filter_p95_ms_100k"], results["notes_open_ms_100k"] = measure_notes_at_scale(
            store, workdir / "notes-100k", 3_000 if quick else 100_000
        )
        results["startup_notes_100k_rss_ratio"] = measure_notes_rss(
            1 if quick else 3, workdir, store, 3_000 if quick else 100_000
        )
    return {key: results[key] for key in KEYS}
