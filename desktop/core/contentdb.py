"""Find, or rebuild when the content changed, the compiled content database.

The database is named by a hash of every file under ``content/`` (plus the
build's schema version), lives in the user cache dir and is replaced
atomically, so two processes starting at once never see a half-built file.
The builder (sqlite-utils, Python-Markdown) is imported only on a rebuild.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

# Bump when the database layout changes; the build's own code is hashed too, so a
# changed builder never reuses a database an older one wrote.
BUILD_VERSION = "1"
BUILDER_MODULES = (
    "build.py", "glossary.py", "htmltext.py", "markdown_render.py", "words.py", "geometry.py", "facts.py",
    "records.py", "report_source.py", "build_atlas.py", "content_check.py", "corrections.py",
)  # fmt: skip


STAMP_NAME = "content-stamp.json"


def _inputs(content: Path) -> list[tuple[str, Path]]:
    """What the build reads: the builder's own modules, then every content file, in order."""
    core = Path(__file__).resolve().parent
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
        digest.update(path.read_bytes())
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
        temporary.unlink(missing_ok=True)
    return digest


def database_path(cache: Path, digest: str) -> Path:
    return cache / f"content-{digest[:16]}.sqlite"


def ensure_database(content: Path, cache: Path) -> Path:
    """The path of an up-to-date content database, building it if needed."""
    digest = current_hash(content, cache)
    target = database_path(cache, digest)
    if target.is_file():
        return target
    import tempfile

    from desktop.core.build import build_database

    cache.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".content-", suffix=".tmp", dir=cache)
    os.close(handle)
    try:
        build_database(content, Path(temporary), digest)
        os.replace(temporary, target)
    finally:
        Path(temporary).unlink(missing_ok=True)
    for stale in cache.glob("content-*.sqlite"):
        if stale != target:
            stale.unlink(missing_ok=True)
    return target
