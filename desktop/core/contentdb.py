"""Find, or rebuild when the content changed, the compiled content database.

The database is named by a hash of every file under ``content/`` (plus the
build's schema version), lives in the user cache dir and is replaced
atomically, so two processes starting at once never see a half-built file.
The builder (sqlite-utils, Python-Markdown) is imported only on a rebuild.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

# Bump when the database layout changes; the build's own code is hashed too, so a
# changed builder never reuses a database an older one wrote.
BUILD_VERSION = "1"
BUILDER_MODULES = (
    "build.py", "glossary.py", "htmltext.py", "markdown_render.py", "words.py", "geometry.py", "facts.py",
    "records.py",
)  # fmt: skip


def content_hash(content: Path) -> str:
    """A digest of every content file's path and bytes, and of the builder's code."""
    digest = hashlib.sha256(f"dossier-build-{BUILD_VERSION}\0".encode())
    core = Path(__file__).resolve().parent
    for name in BUILDER_MODULES:
        digest.update((core / name).read_bytes())
    for path in sorted(p for p in content.rglob("*") if p.is_file()):
        relative = path.relative_to(content).as_posix()
        if relative.startswith(".") or "/." in relative or "__pycache__" in relative:
            continue
        digest.update(relative.encode() + b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def database_path(cache: Path, digest: str) -> Path:
    return cache / f"content-{digest[:16]}.sqlite"


def ensure_database(content: Path, cache: Path) -> Path:
    """The path of an up-to-date content database, building it if needed."""
    digest = content_hash(content)
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
