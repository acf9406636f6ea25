"""Files Dossier writes for people: new files only, all or nothing, never over an existing one."""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Callable
from pathlib import Path

from desktop.core.errors import UserError, shown_path
from desktop.core.messages import QT_TRANSLATE_NOOP


def write_new_file(path: str | Path, text: str) -> Path:
    """Write ``text`` (UTF-8) to ``path``, which must not exist yet; raises UserError in one line."""
    return produce_new_file(path, lambda temporary: temporary.write_text(text, encoding="utf-8"), True)


def produce_new_file(path: str | Path, produce: Callable[[Path], object], allow_empty: bool = False) -> Path:
    """``produce`` fills a temporary file in ``path``'s folder, which is then synced and
    hard-linked to ``path``: the link fails if the name appeared meanwhile, so a file that
    someone else just wrote is never replaced, and a failure leaves nothing half-written.

    The temporary's name carries the process id: one left by a process that was killed is
    removed the next time a file is written to that folder."""
    target = Path(path)
    try:
        folder = target.absolute().parent
        if target.exists() or target.is_symlink():
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Files", "{target} already exists; choose another name (Dossier never overwrites a file)"
                ),
                target=target,
            )
        if not folder.is_dir():
            raise UserError(QT_TRANSLATE_NOOP("Files", "folder {folder} does not exist"), folder=folder)
    except OSError as error:  # a name too long, a folder that cannot be looked into
        raise UserError(
            QT_TRANSLATE_NOOP("Files", "cannot write {target} ({strerror})"),
            target=shown_path(target),
            strerror=error.strerror,
        ) from None
    _remove_orphans(folder)
    import tempfile  # here: the notes file is opened on the window's start path, which writes nothing

    try:
        handle, name = tempfile.mkstemp(
            prefix=f"{TEMPORARY_PREFIX}{os.getpid()}-", suffix=target.suffix, dir=folder
        )
    except OSError as error:
        raise UserError(
            QT_TRANSLATE_NOOP("Files", "cannot write {target} ({strerror})"),
            target=shown_path(target),
            strerror=error.strerror,
        ) from None
    os.close(handle)
    temporary = Path(name)
    try:
        produce(temporary)
        if not allow_empty and temporary.stat().st_size == 0:
            raise UserError(
                QT_TRANSLATE_NOOP("Files", "cannot write {target} (nothing was produced)"), target=target
            )
        with open(temporary, "rb+") as out:
            os.fsync(out.fileno())
        os.link(temporary, target)
    except FileExistsError:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Files", "{target} already exists; choose another name (Dossier never overwrites a file)"
            ),
            target=target,
        ) from None
    except OSError as error:
        raise UserError(
            QT_TRANSLATE_NOOP("Files", "cannot write {target} ({strerror})"),
            target=shown_path(target),
            strerror=error.strerror,
        ) from None
    finally:
        temporary.unlink(missing_ok=True)
    return target


TEMPORARY_PREFIX = ".dossier-"
# What mkstemp makes with that prefix and a process id: nothing a person would name a file.
_ORPHAN = re.compile(r"^\.dossier-(\d+)-[a-z0-9_]{8}(\.[A-Za-z0-9]{1,8})?$")


def _remove_orphans(folder: Path) -> None:
    """Remove the temporaries of writes whose process is gone (killed mid-write); best effort."""
    try:
        names = [entry.name for entry in os.scandir(folder) if entry.name.startswith(TEMPORARY_PREFIX)]
    except OSError:
        return
    for name in names:
        match = _ORPHAN.match(name)
        if match is None or process_alive(int(match.group(1))):
            continue
        with contextlib.suppress(OSError):
            os.unlink(folder / name)


def process_alive(pid: int) -> bool:
    """Whether process ``pid`` may still be running (when that cannot be told: yes)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True  # someone else's process, or cannot tell: leave its file
    return True


class NotRegularFileError(ValueError):
    """A device, a FIFO, a socket or a folder where a file was expected; or one over its limit."""


def read_regular_file(path: str | Path, limit: int) -> bytes:
    """The bytes of ``path``, a regular file of at most ``limit`` bytes, else NotRegularFileError.

    A FIFO is opened without waiting for a writer and refused; a device is refused before a
    byte is read; no more than ``limit`` + 1 bytes are ever read (a file growing meanwhile).
    """
    import stat

    handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        status = os.fstat(handle)
        if not stat.S_ISREG(status.st_mode):
            raise NotRegularFileError(f"{shown_path(path)} is not a regular file")
        if status.st_size > limit:
            raise NotRegularFileError(f"{shown_path(path)} is larger than {limit:,} bytes")
        with os.fdopen(handle, "rb", closefd=False) as stream:
            data = stream.read(limit + 1)
        if len(data) > limit:
            raise NotRegularFileError(f"{shown_path(path)} is larger than {limit:,} bytes")
        return data
    finally:
        os.close(handle)
