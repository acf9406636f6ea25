"""Keeping the notes safe: rolling backups, and damaged files moved aside, never lost.

Backups use SQLite's online backup API (consistent even while the app writes), go to
a temporary file first, are verified by opening them (``PRAGMA integrity_check`` and a
count of notes) and only then take their final name. The newest ``KEEP`` are kept.
What was verified (size, modification time, note count) is kept beside each backup in
``notes-<id>.sqlite.json`` and trusted while the file's size and time still match, so
listing and pruning never read the backups again; ``verify_backups`` checks the others
and is safe to run on a worker thread.

A notes file that cannot be opened (garbage, truncated, a folder in its place, a schema
from a newer Dossier) is renamed aside, byte for byte as it was, and a fresh file takes
its place; the caller tells the person, and offers the newest good backup.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

from desktop.core.notes.store import NOTES_FILE, NotesError, NotesStore
from desktop.core.store import sqlite_uri

KEEP = 10
BACKUP_DIR = "backups"
_NAME = re.compile(r"^notes-(\d{8}T\d{6}\d{3}Z)\.sqlite$")


class Backup(NamedTuple):
    id: str
    path: Path
    created: str
    notes: int
    size: int

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "path": str(self.path),
            "created": self.created,
            "notes": self.notes,
            "size": self.size,
        }


def _stamp() -> str:
    now = datetime.now(UTC)
    return now.strftime("%Y%m%dT%H%M%S") + f"{now.microsecond // 1000:03d}Z"


def _created(backup_id: str) -> str:
    moment = datetime.strptime(backup_id[:15], "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
    return moment.isoformat().replace("+00:00", "Z")


def verify(path: Path) -> int:
    """The number of notes in a notes database file; NotesError if it is not a sound one."""
    try:
        connection = sqlite3.connect(sqlite_uri(path), uri=True)
        try:
            result = connection.execute("PRAGMA integrity_check").fetchone()[0]
            if result != "ok":
                raise NotesError(f"{path.name} fails its integrity check ({result})")
            return int(connection.execute("SELECT COUNT(*) FROM notes").fetchone()[0])
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise NotesError(f"{path.name} is not a sound notes file ({error})") from None


def backup_dir(data: Path) -> Path:
    return data / BACKUP_DIR


RECORD_SUFFIX = ".json"


def _record_path(path: Path) -> Path:
    return path.with_name(path.name + RECORD_SUFFIX)


def _remember(path: Path, count: int) -> None:
    """Write what was verified about the backup at ``path`` beside it (atomically; best effort)."""
    record = _record_path(path)
    temporary = record.with_name(f".{record.name}.{os.getpid()}.tmp")
    try:
        status = path.stat()
        text = json.dumps({"size": status.st_size, "mtime_ns": status.st_mtime_ns, "notes": count})
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, record)
    except OSError:  # a read-only folder: verified again when next asked
        with contextlib.suppress(OSError):
            temporary.unlink()


def _remembered(path: Path, status: os.stat_result) -> int | None:
    """The note count verified earlier, if the backup is unchanged since; else None."""
    try:
        record = json.loads(_record_path(path).read_text(encoding="utf-8"))
        size, mtime, count = record["size"], record["mtime_ns"], record["notes"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if size == status.st_size and mtime == status.st_mtime_ns and type(count) is int and count >= 0:
        return count
    return None


def list_backups(data: Path, verify_unknown: bool = True) -> list[Backup]:
    """Sound backups, newest first.

    One verified before (and unchanged since) is trusted without being opened. One with no
    such record is verified now and recorded when ``verify_unknown``, else left out (the
    window's thread passes False; ``verify_backups`` on a worker does the rest).
    """
    folder = backup_dir(data)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if not match:
            continue
        try:
            status = path.stat()
        except OSError:
            continue
        if not path.is_file():
            continue
        count = _remembered(path, status)
        if count is None:
            if not verify_unknown:
                continue
            try:
                count = verify(path)
            except NotesError:
                continue
            _remember(path, count)
        found.append(Backup(match.group(1), path, _created(match.group(1)), count, status.st_size))
    return sorted(found, key=lambda b: b.id, reverse=True)


def verify_backups(data: Path) -> list[Backup]:
    """Every sound backup, verifying (and recording) those not verified yet.

    Safe on a worker thread: it opens its own connections, shares nothing with the window,
    and writes only the small records beside the backups, atomically.
    """
    return list_backups(data, verify_unknown=True)


def backup_due(data: Path, notes_path: Path, count_notes: Callable[[], int]) -> bool:
    """Whether an automatic backup is worth making now.

    Yes when the notes file (or its write-ahead log) changed after the newest backup was
    made; with no backup yet, only if there is a note to keep. Reads no backup's contents.
    """
    changed = 0.0
    for path in (notes_path, notes_path.with_name(notes_path.name + "-wal")):
        with contextlib.suppress(OSError):  # no write-ahead log (or no file) yet
            changed = max(changed, path.stat().st_mtime)
    backups = list_backups(data, verify_unknown=False)
    if backups:
        try:
            return backups[0].path.stat().st_mtime < changed
        except OSError:
            return True
    return count_notes() > 0


def make_backup(store: NotesStore, data: Path, keep: int = KEEP) -> Backup:
    """Copy the notes database with the online backup API, verify the copy, keep the newest."""
    folder = backup_dir(data)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        backup_id = _stamp()
        target = folder / f"notes-{backup_id}.sqlite"
        temporary = folder / f".notes-{backup_id}.partial"
        destination = sqlite3.connect(temporary)
        try:
            store.connection.backup(destination)
            destination.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            destination.close()
        count = verify(temporary)
        with open(temporary, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except (OSError, sqlite3.DatabaseError) as error:
        raise NotesError(f"the backup could not be written to {folder} ({error})") from None
    finally:
        if "temporary" in locals():
            Path(temporary).unlink(missing_ok=True)
    _remember(target, count)
    for old in list_backups(data, verify_unknown=False)[keep:]:
        old.path.unlink(missing_ok=True)  # rolling: only our own sound copies, never below ``keep``
        _record_path(old.path).unlink(missing_ok=True)
    return Backup(backup_id, target, _created(backup_id), count, target.stat().st_size)


def move_aside(path: Path, reason: str) -> Path:
    """Rename a notes file (and its WAL files) out of the way, untouched; return its new name."""
    target = path.with_name(f"{path.name}.{reason}-{_stamp()}")
    os.replace(path, target)
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.replace(companion, target.with_name(target.name + suffix))
    return target


class Opened(NamedTuple):
    store: NotesStore | None
    problem: str = ""  # one sentence for the person, when something was wrong
    moved_to: Path | None = None
    newest_backup: Backup | None = None


def open_notes_safely(data: Path) -> Opened:
    """Open the notes; a damaged file is moved aside and a fresh one started, never lost."""
    path = data / NOTES_FILE
    try:
        data.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        if not data.is_dir():
            return Opened(
                None, f"Notes cannot be saved: the folder {data} cannot be created ({error.strerror})."
            )
    read_only_notice = (
        f"Your notes folder {data} is read-only: your notes can be read and exported, but saving is"
        " off until it can be written."
    )
    if path.is_file() and not os.access(data, os.W_OK):  # a read-only disk refuses even root
        read_only = _open_read_only(path)
        if read_only is not None:
            return Opened(read_only, read_only_notice)
    try:
        return Opened(NotesStore(path))
    except NotesError as error:
        first = str(error)
    if not path.exists() and not path.is_dir():
        return Opened(None, f"Notes cannot be saved: {first}.")
    if not _writable(data):
        read_only = _open_read_only(path)
        if read_only is not None:
            return Opened(read_only, read_only_notice)
    try:
        moved = move_aside(path, "damaged")
    except OSError as error:
        return Opened(
            None, f"Notes are unavailable: {first}, and it could not be moved aside ({error.strerror})."
        )
    backups = list_backups(data)
    newest = backups[0] if backups else None
    try:
        store = NotesStore(path)
    except NotesError as error:
        return Opened(None, f"Notes are unavailable: {error}.", moved, newest)
    offer = (
        f" The newest good backup, from {newest.created} with {newest.notes} notes, can be restored."
        if newest
        else ""
    )
    problem = f"Your notes file could not be read ({first}); it was moved, untouched, to {moved.name}.{offer}"
    return Opened(store, problem, moved, newest)


def _writable(folder: Path) -> bool:
    """Whether a file can be made in ``folder`` (a read-only disk refuses even root)."""
    import tempfile

    try:
        with tempfile.TemporaryFile(dir=folder):
            return True
    except OSError:
        return False


def _open_read_only(path: Path) -> NotesStore | None:
    try:
        return NotesStore(path, read_only=True)
    except NotesError:
        return None


def restore_backup(data: Path, backup_id: str | None = None) -> tuple[Backup, Path | None]:
    """Put a backup (the newest by default) in place; the current file is moved aside first."""
    backups = list_backups(data)
    if not backups:
        raise NotesError(f"there are no backups in {backup_dir(data)}")
    chosen = backups[0] if backup_id is None else next((b for b in backups if b.id == backup_id), None)
    if chosen is None:
        known = ", ".join(b.id for b in backups[:5])
        raise NotesError(f"there is no backup {backup_id!r}; the newest are {known}")
    path = data / NOTES_FILE
    temporary = data / f".{NOTES_FILE}.restoring"
    try:
        source = sqlite3.connect(sqlite_uri(chosen.path), uri=True)
        destination = sqlite3.connect(temporary)
        try:
            source.backup(destination)
        finally:
            source.close()
            destination.close()
        verify(temporary)
        moved = move_aside(path, "replaced") if path.exists() else None
        os.replace(temporary, path)
    except (OSError, sqlite3.DatabaseError) as error:
        raise NotesError(f"the backup could not be restored ({error})") from None
    finally:
        temporary.unlink(missing_ok=True)
    return chosen, moved
