"""Find, or rebuild when the content changed, the compiled content database.

The database is named by a hash of every file under ``content/`` (plus the
build's schema version), lives in the user cache dir and is replaced
atomically, so two processes starting at once never see a half-built file.
The builder (sqlite-utils, Python-Markdown) is imported only on a rebuild.

Finding a sound, current database works on plain strings with ``os`` (no ``pathlib``): every
``dossier search`` starts here. Paths of either kind are taken.
"""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import stat
import time
from collections.abc import Callable

# Bump when the database layout changes; the build's own code is hashed too, so a
# changed builder never reuses a database an older one wrote.
BUILD_VERSION = "1"
BUILDER_MODULES = (
    "content/build.py",
    "glossary/entries.py",
    "htmltext.py",
    "markdown_render.py",
    "search/words.py",
    "search/query.py",  # the glossary's name keys (glossary_names)
    "map/geometry.py",
    "map/facts.py",
    "content/records.py",
    "content/source.py",
    "content/build_map.py",
    "content/check.py",
    "content/corrections.py",
    "content/voice.py",
    "content/timeline_check.py",
    "content/build_timeline.py",
    "timeline/dates.py",
    "timeline/events.py",
)  # fmt: skip  (paths under desktop/core)


STAMP_NAME = "content-stamp.json"


def _inputs(content: str | os.PathLike[str]) -> list[tuple[str, str]]:
    """What the build reads: the builder's own modules, then every content file, in order.

    The content files are named by their path under ``content`` with ``/`` between folders and
    sorted folder by folder (as ``sorted(content.rglob("*"))`` sorts Paths); links to folders
    are not followed, and a folder that cannot be read is left out.
    """
    core = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
    files = [(f"builder/{name}", os.path.join(core, name)) for name in BUILDER_MODULES]
    found: list[tuple[str, str]] = []
    _walk(os.fspath(content), "", found)
    found.sort(key=lambda item: [os.path.normcase(part) for part in item[0].split("/")])
    for relative, path in found:
        if relative.startswith(".") or "/." in relative or "__pycache__" in relative:
            continue
        files.append((relative, path))
    return files


def _walk(folder: str, prefix: str, found: list[tuple[str, str]]) -> None:
    try:
        with os.scandir(folder) as entries:
            listed = list(entries)
    except PermissionError:
        return
    for entry in listed:
        relative = prefix + entry.name
        if entry.is_dir(follow_symlinks=False):
            _walk(entry.path, relative + "/", found)
        elif entry.is_file():
            found.append((relative, entry.path))


def content_hash(content: str | os.PathLike[str]) -> str:
    """A digest of every content file's path and bytes, and of the builder's code."""
    import hashlib

    digest = hashlib.sha256(f"dossier-build-{BUILD_VERSION}\0".encode())
    for name, path in _inputs(content):
        digest.update(name.encode() + b"\0")
        with open(path, "rb") as file:  # in blocks: a large file in a content folder is not held in memory
            for block in iter(lambda file=file: file.read(1 << 20), b""):
                digest.update(block)
        digest.update(b"\0")
    return digest.hexdigest()


SETTLE_NS = 2_000_000_000  # file times this close to now may yet change within the same tick


def _fingerprint(content: str | os.PathLike[str]) -> tuple[list[list[object]], bool]:
    """Name, size, inode and change and modification times of every input, and whether all are settled.

    Cheap to take, and any write moves it: an editor can put the modification time back,
    but not the change time. Times within ``SETTLE_NS`` of now are not trusted (as git does
    with its index): a second write in the same clock tick would leave them as they were.
    """
    rows: list[list[object]] = [[BUILD_VERSION, os.path.realpath(content)]]
    newest = 0
    for name, path in _inputs(content):
        status = os.stat(path)
        rows.append([name, status.st_size, status.st_ino, status.st_mtime_ns, status.st_ctime_ns])
        newest = max(newest, status.st_mtime_ns, status.st_ctime_ns)
    return rows, time.time_ns() - newest > SETTLE_NS


def current_hash(content: str | os.PathLike[str], cache: str | os.PathLike[str]) -> str:
    """``content_hash``, read back from the cache's stamp while no input changed.

    Start-up then neither reads nor hashes the content. Any edit changes a file's times, so
    the digest is worked out again and the stamp rewritten (atomically; a damaged stamp is
    ignored, and none is written while a file is only just written).
    """
    fingerprint, settled = _fingerprint(content)
    stamp = os.path.join(cache, STAMP_NAME)
    try:
        saved = json.loads(_read_text(stamp))
        if saved["fingerprint"] == fingerprint and isinstance(saved["digest"], str):
            return saved["digest"]
    except (OSError, ValueError, KeyError, TypeError):
        pass
    digest = content_hash(content)
    if not settled:
        return digest
    temporary = os.path.join(cache, f".{STAMP_NAME}.{os.getpid()}.tmp")
    try:
        os.makedirs(cache, exist_ok=True)
        _write_text(temporary, json.dumps({"fingerprint": fingerprint, "digest": digest}))
        os.replace(temporary, stamp)
    except OSError:  # a read-only cache: hash again next time
        _discard(temporary)
    return digest


def database_path(cache: str | os.PathLike[str], digest: str) -> str:
    return os.path.join(cache, f"content-{digest[:16]}.sqlite")


def _read_text(path: str) -> str:
    with open(path, encoding="utf-8") as file:
        return file.read()


def _write_text(path: str, text: str) -> None:
    with open(path, "w", encoding="utf-8") as file:
        file.write(text)


# What the store, search and glossary read. A smaller set than the build makes, on purpose: a
# table the builder drops later must not make every start rebuild.
REQUIRED_TABLES = frozenset({"meta", "sections", "paragraphs", "search", "glossary", "mentions"})
VERIFIED_SUFFIX = ".verified"


def _file_key(status: os.stat_result) -> list[int]:
    # Any write, truncation or replacement moves one of these; the change time cannot be put back.
    return [status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino]


def check_database(path: str | os.PathLike[str]) -> str:
    """Why the content database at ``path`` cannot be used, or "" if it is sound.

    SQLite's quick check (every page readable, a few ms) and the tables the reader needs.
    """
    from desktop.core.store import sqlite_uri

    try:
        connection = sqlite3.connect(sqlite_uri(path), uri=True)
        try:
            result = connection.execute("PRAGMA quick_check").fetchone()[0]
            if result != "ok":
                return f"it fails its check ({result})"
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return f"it cannot be read ({error})"
    missing = sorted(REQUIRED_TABLES - tables)
    return f"it lacks the tables {', '.join(missing)}" if missing else ""


def _usable(target: str) -> bool:
    """Whether ``target`` is a sound database: trusted while unchanged since it was last checked."""
    try:
        status = os.stat(target)
    except OSError:
        return False
    if not stat.S_ISREG(status.st_mode) or status.st_size == 0:
        return False
    key = _file_key(status)
    try:
        if json.loads(_read_text(target + VERIFIED_SUFFIX)) == key:
            return True  # checked before and not touched since: start-up pays one small read
    except (OSError, ValueError):
        pass
    if check_database(target):
        return False
    _remember_verified(target, key)
    return True


def _remember_verified(target: str, key: list[int]) -> None:
    record = target + VERIFIED_SUFFIX
    folder, name = os.path.split(record)
    temporary = os.path.join(folder, f".{name}.{os.getpid()}.tmp")
    try:
        _write_text(temporary, json.dumps(key))
        os.replace(temporary, record)
    except OSError:  # a read-only cache: checked again next time
        _discard(temporary)


def _discard(path: str) -> None:
    import contextlib  # only after a failed write

    with contextlib.suppress(OSError):  # never there, or the folder itself is not one
        os.unlink(path)


def fallback_cache_dir() -> str:
    """A private folder in the system's temporary dir, for when the cache dir cannot be used."""
    import contextlib
    import tempfile

    user = os.getuid() if hasattr(os, "getuid") else os.getpid()
    folder = os.path.join(tempfile.gettempdir(), f"dossier-{user}-cache")
    try:
        with contextlib.suppress(FileExistsError):
            os.mkdir(folder, 0o700)
        status = os.lstat(folder)
        if stat.S_ISDIR(status.st_mode) and (not hasattr(os, "getuid") or status.st_uid == os.getuid()):
            return folder
    except OSError:
        pass
    return tempfile.mkdtemp(prefix="dossier-cache-")  # someone else's folder: a fresh one


def ensure_database(
    content: str | os.PathLike[str],
    cache: str | os.PathLike[str],
    notice: Callable[[str], None] | None = None,
) -> str:
    """The path of an up-to-date, sound content database, building it if needed.

    A damaged database (truncated, garbage, a table missing) is built again. When the cache
    dir cannot hold it (a file or a folder in the way, no permission, no space), the build
    goes to ``fallback_cache_dir()`` and ``notice`` is told, in one sentence.
    """
    digest = current_hash(content, cache)
    target = database_path(cache, digest)
    if _usable(target):
        return target
    try:
        return _build(content, cache, digest)
    except (OSError, sqlite3.DatabaseError) as error:
        fallback = fallback_cache_dir()
        reason = getattr(error, "strerror", None) or str(error)
        if os.path.lexists(cache) and not os.path.isdir(cache):
            reason = "it is a file, not a folder"
        if notice is not None:
            notice(f"the cache folder {cache} cannot be used ({reason}); the content is read from {fallback}")
    target = database_path(fallback, digest)
    if _usable(target):
        return target
    return _build(content, fallback, digest)


def _build(content: str | os.PathLike[str], cache: str | os.PathLike[str], digest: str) -> str:
    import contextlib
    import tempfile
    from pathlib import Path  # a rebuild takes a while anyway

    from desktop.core.content.build import build_database

    target = Path(database_path(cache, digest))
    if os.path.lexists(target) and not target.is_file():
        raise IsADirectoryError(errno.EISDIR, "something that is not a file is in the way", str(target))
    Path(cache).mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".content-", suffix=".tmp", dir=cache)
    os.close(handle)
    try:
        build_database(Path(content), Path(temporary), digest)
        os.replace(temporary, target)
    finally:
        Path(temporary).unlink(missing_ok=True)
    _remember_verified(str(target), _file_key(target.stat()))  # just built: sound
    for stale in Path(cache).glob("content-*.sqlite*"):
        if stale.name.startswith(target.name):
            continue
        with contextlib.suppress(OSError):  # a folder or a file we may not remove: leave it
            stale.unlink()
    return database_path(cache, digest)
