"""Find, or rebuild when the content changed, the compiled content database.

The database is named by a hash of every file under ``content/`` (plus the
build's schema version), lives in the user cache dir and is replaced
atomically, so two processes starting at once never see a half-built file.
The builder (sqlite-utils, Python-Markdown) is imported only on a rebuild.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import sqlite3
import stat
import time
from collections.abc import Callable
from pathlib import Path

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


def _inputs(content: Path) -> list[tuple[str, Path]]:
    """What the build reads: the builder's own modules, then every content file, in order."""
    core = Path(__file__).resolve().parent.parent
    files = [(f"builder/{name}", core / name) for name in BUILDER_MODULES]
    for path in sorted(p for p in content.rglob("*") if p.is_file()):
        relative = path.relative_to(content).as_posix()
        if relative.startswith(".") or "/." in relative or "__pycache__" in relative:
            continue
        files.append((relative, path))
    return files


def content_hash(content: Path) -> str:
    """A digest of every content file's path and bytes, and of the builder's code."""
    import hashlib

    digest = hashlib.sha256(f"dossier-build-{BUILD_VERSION}\0".encode())
    for name, path in _inputs(content):
        digest.update(name.encode() + b"\0")
        with path.open("rb") as file:  # in blocks: a large file in a content folder is not held in memory
            for block in iter(lambda file=file: file.read(1 << 20), b""):
                digest.update(block)
        digest.update(b"\0")
    return digest.hexdigest()


SETTLE_NS = 2_000_000_000  # file times this close to now may yet change within the same tick


def _fingerprint(content: Path) -> tuple[list[list[object]], bool]:
    """Name, size, inode and change and modification times of every input, and whether all are settled.

    Cheap to take, and any write moves it: an editor can put the modification time back,
    but not the change time. Times within ``SETTLE_NS`` of now are not trusted (as git does
    with its index): a second write in the same clock tick would leave them as they were.
    """
    rows: list[list[object]] = [[BUILD_VERSION, str(content.resolve())]]
    newest = 0
    for name, path in _inputs(content):
        status = path.stat()
        rows.append([name, status.st_size, status.st_ino, status.st_mtime_ns, status.st_ctime_ns])
        newest = max(newest, status.st_mtime_ns, status.st_ctime_ns)
    return rows, time.time_ns() - newest > SETTLE_NS


def current_hash(content: Path, cache: Path) -> str:
    """``content_hash``, read back from the cache's stamp while no input changed.

    Start-up then neither reads nor hashes the content. Any edit changes a file's times, so
    the digest is worked out again and the stamp rewritten (atomically; a damaged stamp is
    ignored, and none is written while a file is only just written).
    """
    fingerprint, settled = _fingerprint(content)
    stamp = cache / STAMP_NAME
    try:
        saved = json.loads(stamp.read_text(encoding="utf-8"))
        if saved["fingerprint"] == fingerprint and isinstance(saved["digest"], str):
            return saved["digest"]
    except (OSError, ValueError, KeyError, TypeError):
        pass
    digest = content_hash(content)
    if not settled:
        return digest
    temporary = stamp.with_name(f".{STAMP_NAME}.{os.getpid()}.tmp")
    try:
        cache.mkdir(parents=True, exist_ok=True)
        temporary.write_text(json.dumps({"fingerprint": fingerprint, "digest": digest}), encoding="utf-8")
        os.replace(temporary, stamp)
    except OSError:  # a read-only cache: hash again next time
        _discard(temporary)
    return digest


def database_path(cache: Path, digest: str) -> Path:
    return cache / f"content-{digest[:16]}.sqlite"


# What the store, search and glossary read. A smaller set than the build makes, on purpose: a
# table the builder drops later must not make every start rebuild.
REQUIRED_TABLES = frozenset({"meta", "sections", "paragraphs", "search", "glossary", "mentions"})
VERIFIED_SUFFIX = ".verified"


def _file_key(status: os.stat_result) -> list[int]:
    # Any write, truncation or replacement moves one of these; the change time cannot be put back.
    return [status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino]


def check_database(path: Path) -> str:
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


def _usable(target: Path) -> bool:
    """Whether ``target`` is a sound database: trusted while unchanged since it was last checked."""
    try:
        status = target.stat()
    except OSError:
        return False
    if not stat.S_ISREG(status.st_mode) or status.st_size == 0:
        return False
    key = _file_key(status)
    record = target.with_name(target.name + VERIFIED_SUFFIX)
    try:
        if json.loads(record.read_text(encoding="utf-8")) == key:
            return True  # checked before and not touched since: start-up pays one small read
    except (OSError, ValueError):
        pass
    if check_database(target):
        return False
    _remember_verified(target, key)
    return True


def _remember_verified(target: Path, key: list[int]) -> None:
    record = target.with_name(target.name + VERIFIED_SUFFIX)
    temporary = record.with_name(f".{record.name}.{os.getpid()}.tmp")
    try:
        temporary.write_text(json.dumps(key), encoding="utf-8")
        os.replace(temporary, record)
    except OSError:  # a read-only cache: checked again next time
        _discard(temporary)


def _discard(path: Path) -> None:
    with contextlib.suppress(OSError):  # never there, or the folder itself is not one
        path.unlink()


def fallback_cache_dir() -> Path:
    """A private folder in the system's temporary dir, for when the cache dir cannot be used."""
    import tempfile

    user = os.getuid() if hasattr(os, "getuid") else os.getpid()
    folder = Path(tempfile.gettempdir()) / f"dossier-{user}-cache"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        status = folder.lstat()
        if stat.S_ISDIR(status.st_mode) and (not hasattr(os, "getuid") or status.st_uid == os.getuid()):
            return folder
    except OSError:
        pass
    return Path(tempfile.mkdtemp(prefix="dossier-cache-"))  # someone else's folder: a fresh one


def ensure_database(content: Path, cache: Path, notice: Callable[[str], None] | None = None) -> Path:
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
        if os.path.lexists(cache) and not cache.is_dir():
            reason = "it is a file, not a folder"
        if notice is not None:
            notice(f"the cache folder {cache} cannot be used ({reason}); the content is read from {fallback}")
    target = database_path(fallback, digest)
    if _usable(target):
        return target
    return _build(content, fallback, digest)


def _build(content: Path, cache: Path, digest: str) -> Path:
    import tempfile

    from desktop.core.content.build import build_database

    target = database_path(cache, digest)
    if os.path.lexists(target) and not target.is_file():
        raise IsADirectoryError(errno.EISDIR, "something that is not a file is in the way", str(target))
    cache.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".content-", suffix=".tmp", dir=cache)
    os.close(handle)
    try:
        build_database(content, Path(temporary), digest)
        os.replace(temporary, target)
    finally:
        Path(temporary).unlink(missing_ok=True)
    _remember_verified(target, _file_key(target.stat()))  # just built: sound
    for stale in cache.glob("content-*.sqlite*"):
        if stale.name.startswith(target.name):
            continue
        with contextlib.suppress(OSError):  # a folder or a file we may not remove: leave it
            stale.unlink()
    return target
