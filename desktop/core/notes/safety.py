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
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

from desktop.core.errors import shown_path
from desktop.core.files import read_regular_file
from desktop.core.messages import QT_TRANSLATE_NOOP, Message, joined
from desktop.core.notes import RESTORE_JOURNAL, RESTORING, SET_ASIDE
from desktop.core.notes.store import NOTES_FILE, NotesError, NotesStore
from desktop.core.store import sqlite_uri

KEEP = 10
SQLITE_HEADER = b"SQLite format 3\x00"
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
                raise NotesError(
                    QT_TRANSLATE_NOOP("NotesSafety", "{name} fails its integrity check ({result})"),
                    name=path.name,
                    result=result,
                )
            return int(connection.execute("SELECT COUNT(*) FROM notes").fetchone()[0])
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise NotesError(
            QT_TRANSLATE_NOOP("NotesSafety", "{name} is not a sound notes file ({error})"),
            name=path.name,
            error=error,
        ) from None


def backup_dir(data: Path) -> Path:
    return data / BACKUP_DIR


RECORD_SUFFIX = ".json"
RECORD_LIMIT = 4096  # bytes of a backup's record, or of the restore journal, ever read


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
    try:  # a record is some 60 bytes: one that is not a small file is not ours
        record = json.loads(read_regular_file(_record_path(path), RECORD_LIMIT))
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
        if count is not None and not _header_fits(path, status.st_size):
            count = None  # the record is not to be trusted for a file that is not what it says
        if count is None:
            if not verify_unknown:
                continue
            try:
                count = verify(path)
            except NotesError:
                continue
            _remember(path, count)
        found.append(Backup(match.group(1), path, _created(match.group(1)), count, status.st_size))
    return _newest_first(found)


def _newest_first(backups: list[Backup]) -> list[Backup]:
    """Newest first by when each was made; one stamped later than now (a clock set ahead when it
    was made, or a copied file) cannot have been made yet, and comes after every real one."""
    present = _stamp()
    return sorted(backups, key=lambda b: (b.id <= present, b.id), reverse=True)


def _header_fits(path: Path, size: int) -> bool:
    """Whether the file starts as an SQLite database of exactly its size does: a cheap check (one
    read of 100 bytes) that a backup is still what its record says, before trusting the record."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(100)
    except OSError:
        return False
    if len(head) < 100 or not head.startswith(SQLITE_HEADER):
        return False
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    return page_size >= 512 and pages > 0 and page_size * pages == size


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
        _remove_orphan_partials(folder)
        temporary = folder / f".notes-{backup_id}-{os.getpid()}.partial"
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
        reason = error.strerror if isinstance(error, OSError) and error.strerror else error
        raise NotesError(
            QT_TRANSLATE_NOOP("NotesSafety", "the backup could not be written to {folder} ({reason})"),
            folder=folder,
            reason=reason,
        ) from None
    finally:
        if "temporary" in locals():
            Path(temporary).unlink(missing_ok=True)
    _remember(target, count)
    made = Backup(backup_id, target, _created(backup_id), count, target.stat().st_size)
    others = [b for b in list_backups(data, verify_unknown=False) if b.path != target]
    for old in others[max(keep - 1, 0) :]:  # rolling: never the one just made, never below ``keep``
        old.path.unlink(missing_ok=True)
        _record_path(old.path).unlink(missing_ok=True)
    return made


_PARTIAL = re.compile(r"^\.notes-\d{8}T\d{9}Z-(\d+)\.partial$")


def _remove_orphan_partials(folder: Path) -> None:
    """Remove half-made backups whose process is gone (killed while copying); best effort."""
    from desktop.core.files import process_alive

    with contextlib.suppress(OSError):
        for path in folder.iterdir():
            match = _PARTIAL.match(path.name)
            if match and not process_alive(int(match.group(1))):
                path.unlink(missing_ok=True)


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
    problem: Message | str = ""  # one sentence for the person, when something was wrong
    moved_to: Path | None = None
    newest_backup: Backup | None = None


def open_notes_safely(data: Path) -> Opened:
    """Open the notes; a file shown to be damaged is moved aside and a fresh one started.

    Only a file that SQLite itself finds damaged (or a folder in its place, or a schema from a
    newer Dossier) is moved: a full disk, a permission or an I/O error moves nothing, and the
    notes are shown read-only while it lasts. A file set aside earlier is named again while the
    notes file in its place is empty, so a set-aside file is never forgotten.
    """
    try:
        return _open_notes(data)
    except OSError as error:  # a path too long, a folder that cannot be looked into
        folder = shown_path(data)
        return Opened(
            None,
            Message(
                QT_TRANSLATE_NOOP(
                    "NotesSafety", "Notes are unavailable: the folder {folder} cannot be used ({reason})."
                ),
                folder=folder,
                reason=error.strerror,
            ),
        )


def _open_notes(data: Path) -> Opened:
    path = data / NOTES_FILE
    interrupted = finish_interrupted_restore(data)
    try:
        data.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        if not data.is_dir():
            return Opened(
                None,
                Message(
                    QT_TRANSLATE_NOOP(
                        "NotesSafety",
                        "Notes cannot be saved: the folder {folder} cannot be created ({reason}).",
                    ),
                    folder=data,
                    reason=error.strerror,
                ),
            )
    read_only_notice = Message(
        QT_TRANSLATE_NOOP(
            "NotesSafety",
            "Your notes folder {folder} is read-only: your notes can be read and exported, but saving is"
            " off until it can be written.",
        ),
        folder=data,
    )
    odd = _not_a_file(path)
    if odd:  # a FIFO would hold SQLite's open for ever: its name is moved aside, never opened
        try:
            moved = move_aside(path, "damaged")
            store = NotesStore(path)
        except (OSError, NotesError) as error:
            reason = error.strerror if isinstance(error, OSError) else error
            return Opened(
                None,
                Message(
                    QT_TRANSLATE_NOOP(
                        "NotesSafety",
                        "Notes are unavailable: {odd}, and no new file can take its place ({reason}).",
                    ),
                    odd=odd,
                    reason=reason,
                ),
            )
        moved_aside = QT_TRANSLATE_NOOP(
            "NotesSafety",
            "The notes file {name} is not a regular file (a pipe, a device or a socket);"
            " its name was moved aside as {moved}.",
        )
        return Opened(store, Message(moved_aside, name=path.name, moved=moved.name), moved)
    if path.is_file() and not os.access(data, os.W_OK):  # a read-only disk refuses even root
        read_only = _open_read_only(path)
        if read_only is not None:
            return Opened(read_only, _joined(interrupted, read_only_notice))
    try:
        store = NotesStore(path)
    except NotesError as error:
        first = error.message
    else:
        return Opened(store, _joined(interrupted, _set_aside_notice(data, store)))
    if not path.exists() and not path.is_dir():
        cannot = QT_TRANSLATE_NOOP("NotesSafety", "Notes cannot be saved: {reason}.")
        return Opened(None, _joined(interrupted, Message(cannot, reason=first)))
    if not _writable(data):
        read_only = _open_read_only(path)
        if read_only is not None:
            return Opened(read_only, _joined(interrupted, read_only_notice))
    damage = shown_damaged(path)
    if damage is None:  # sound, or not readable now: the disk, not the file, is at fault
        read_only = _open_read_only(path)
        if read_only is None:
            unavailable = QT_TRANSLATE_NOOP(
                "NotesSafety", "Notes are unavailable for now: {reason}. Nothing was moved or changed."
            )
            return Opened(None, _joined(interrupted, Message(unavailable, reason=first)))
        shown_read_only = QT_TRANSLATE_NOOP(
            "NotesSafety",
            "Your notes cannot be saved now: {reason}. Nothing was moved or changed; they are shown"
            " read-only until Dossier is started again with the problem gone (a full disk: free some space).",
        )
        return Opened(read_only, _joined(interrupted, Message(shown_read_only, reason=first)))
    try:
        moved = move_aside(path, "damaged")
    except OSError as error:
        not_moved = QT_TRANSLATE_NOOP(
            "NotesSafety", "Notes are unavailable: {reason}, and it could not be moved aside ({why})."
        )
        return Opened(None, Message(not_moved, reason=first, why=error.strerror))
    backups = list_backups(data)
    newest = backups[0] if backups else None
    try:
        store = NotesStore(path)
    except NotesError as error:
        no_new_one = QT_TRANSLATE_NOOP(
            "NotesSafety",
            "Your notes file is damaged ({damage}); it was moved, untouched, to {name}, and a"
            " new one cannot be started: {error}.",
        )
        return Opened(None, Message(no_new_one, damage=damage, name=moved.name, error=error), moved, newest)
    offer = (
        Message(
            QT_TRANSLATE_NOOP(
                "NotesSafety", "The newest good backup, from {created} with {count} notes, can be restored."
            ),
            created=newest.created,
            count=newest.notes,
        )
        if newest
        else ""
    )
    moved_to = QT_TRANSLATE_NOOP(
        "NotesSafety", "Your notes file could not be read ({reason}); it was moved, untouched, to {name}."
    )
    problem = Message(moved_to, reason=first, name=moved.name)
    return Opened(store, _joined(interrupted, problem, offer), moved, newest)


def _not_a_file(path: Path) -> Message | str:
    """What is in the notes file's place when it is neither a file nor a folder, else ""."""
    import stat

    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return ""
    except OSError:
        return ""  # a dangling link or a loop: SQLite's own open says what is wrong
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return ""
    return Message(
        QT_TRANSLATE_NOOP(
            "NotesSafety", "the notes file {name} is not a regular file (a pipe, a device or a socket)"
        ),
        name=path.name,
    )


def _joined(*sentences: Message | str) -> Message:
    return joined(" ", *sentences)


_DAMAGE_CODES = {"SQLITE_CORRUPT", "SQLITE_NOTADB"}


def shown_damaged(path: Path) -> Message | None:
    """Why the notes file at ``path`` is damaged, or None when that is not shown.

    None means sound, or unreadable for a reason of the disk (full, read-only, an I/O error):
    such a file must stay where it is. Opens the file read-only and writes nothing.
    """
    from desktop.core.notes.store import SCHEMA_VERSION

    if path.is_dir():
        return Message(QT_TRANSLATE_NOOP("NotesSafety", "a folder is in its place"))
    try:
        with open(path, "rb") as handle:
            head = handle.read(100)
    except OSError:
        return None
    if not head:
        return None  # an empty file is an empty database to SQLite
    if not head.startswith(SQLITE_HEADER):
        return Message(QT_TRANSLATE_NOOP("NotesSafety", "it is not an SQLite database"))
    if len(head) < 100:
        return Message(QT_TRANSLATE_NOOP("NotesSafety", "it is cut short"))
    try:
        connection = sqlite3.connect(sqlite_uri(path), uri=True)
        try:
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                return Message(
                    QT_TRANSLATE_NOOP("NotesSafety", "it comes from a newer Dossier (schema {version})"),
                    version=version,
                )
            result = connection.execute("PRAGMA integrity_check(1)").fetchone()[0]
            if result != "ok":
                return Message(
                    QT_TRANSLATE_NOOP("NotesSafety", "it fails its integrity check ({result})"), result=result
                )
            if version:
                connection.execute("SELECT id, section_id, body FROM notes LIMIT 1").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        name = getattr(error, "sqlite_errorname", "")
        if name in _DAMAGE_CODES or "no such table" in str(error) or "no such column" in str(error):
            return str(error)
        return None
    return None


def set_aside_files(data: Path) -> list[Path]:
    """Notes files moved aside (damaged, or replaced by a restore), newest first."""
    found = []
    for prefix in SET_ASIDE:
        for path in data.glob(f"{prefix}*"):
            if not path.name.endswith(("-wal", "-shm")) and path.is_file():
                found.append(path)
    return sorted(found, key=lambda p: p.name.rsplit("-", 1)[-1], reverse=True)


def _set_aside_notice(data: Path, store: NotesStore) -> Message | str:
    """One sentence while the notes file is empty and an earlier one lies set aside beside it."""
    aside = set_aside_files(data)
    if not aside or store.count() > 0:
        return ""
    newest = aside[0]
    return Message(
        QT_TRANSLATE_NOOP(
            "NotesSafety",
            "Your notes file is empty, and an earlier one is set aside, untouched, as {name}"
            " ({size:,} bytes) in {folder}. If it holds your notes, close Dossier and"
            " rename it to {notes_file} (or restore a backup).",
        ),
        name=newest.name,
        size=newest.stat().st_size,
        folder=data,
        notes_file=NOTES_FILE,
    )


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
    """Put a backup (the newest by default) in place; the current file is moved aside first.

    A journal beside the notes, written before the first rename, says what the restore moves:
    whatever step a kill or a crash stops it at, ``finish_interrupted_restore`` (run by the next
    start) completes it or puts the old file back.
    """
    with _restore_lock(data, wait=True):
        _finish_restore(data)
        return _restore(data, backup_id)


def _restore(data: Path, backup_id: str | None) -> tuple[Backup, Path | None]:
    backups = list_backups(data)
    if not backups:
        raise NotesError(
            QT_TRANSLATE_NOOP("NotesSafety", "there are no backups in {backup_dir}"),
            backup_dir=backup_dir(data),
        )
    chosen = backups[0] if backup_id is None else next((b for b in backups if b.id == backup_id), None)
    if chosen is None:
        known = ", ".join(b.id for b in backups[:5])
        raise NotesError(
            QT_TRANSLATE_NOOP("NotesSafety", "there is no backup {backup_id!r}; the newest are {known}"),
            backup_id=backup_id,
            known=known,
        )
    path = data / NOTES_FILE
    temporary = data / RESTORING
    journal = data / RESTORE_JOURNAL
    replaced = None
    try:
        source = sqlite3.connect(sqlite_uri(chosen.path), uri=True)
        destination = sqlite3.connect(temporary)
        try:
            source.backup(destination)
        finally:
            source.close()
            destination.close()
        verify(temporary)
        _fsync(temporary)
        if path.exists():
            replaced = path.with_name(f"{path.name}.replaced-{_stamp()}")
        _write_journal(journal, replaced)
        if replaced is not None:
            _move_with_companions(path, replaced)
        os.replace(temporary, path)
        _fsync(data)
        journal.unlink()
    except (OSError, sqlite3.DatabaseError, NotesError) as error:
        with contextlib.suppress(OSError, NotesError):
            _finish_restore(data, roll_back=True)
        raise NotesError(
            QT_TRANSLATE_NOOP("NotesSafety", "the backup could not be restored ({error})"), error=error
        ) from None
    finally:
        if not journal.exists():
            temporary.unlink(missing_ok=True)
    return chosen, replaced


def _fsync(path: Path) -> None:
    """Flush a file (or a folder's list of names) to the disk; best effort."""
    try:
        handle = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def _write_journal(journal: Path, replaced: Path | None) -> None:
    with open(journal, "w", encoding="utf-8") as handle:
        json.dump({"replaced": replaced.name if replaced else None}, handle)
        handle.flush()
        os.fsync(handle.fileno())
    _fsync(journal.parent)


def _move_with_companions(path: Path, target: Path) -> None:
    """The write-ahead log and its index go first: a log left beside another file would be
    read into it."""
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.replace(companion, target.with_name(target.name + suffix))
    os.replace(path, target)
    _fsync(path.parent)


RESTORE_LOCK = f".{NOTES_FILE}.restore.lock"


@contextlib.contextmanager
def _restore_lock(data: Path, wait: bool) -> Iterator[bool]:
    """Whether this process may finish or make a restore: one at a time, so that a window
    starting while ``dossier backup restore`` runs never takes its work for an interrupted one."""
    try:
        import fcntl
    except ImportError:  # Windows: no advisory locks; restores there run one at a time by hand
        yield True
        return
    try:
        handle = open(data / RESTORE_LOCK, "a")  # noqa: SIM115 - held for the whole block
    except OSError:
        yield True  # no lock can be made here (a read-only folder): no restore can run either
        return
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
            held = True
        except OSError:
            held = False
        yield held
    finally:
        handle.close()


def finish_interrupted_restore(data: Path) -> Message | str:
    """Complete (or, when its copy is not sound, undo) a restore that stopped half-way; one
    sentence saying what was done, "" when there was nothing to do (or a restore is running)."""
    if not (data / RESTORE_JOURNAL).is_file() and not (data / RESTORING).is_file():
        return ""
    with _restore_lock(data, wait=False) as held:
        return _finish_restore(data) if held else ""


def _finish_restore(data: Path, roll_back: bool = False) -> Message | str:
    path, temporary, journal = data / NOTES_FILE, data / RESTORING, data / RESTORE_JOURNAL
    if not journal.is_file():
        if temporary.is_file():  # a copy that was never put in place; the backup is still there
            with contextlib.suppress(OSError):
                temporary.unlink()
        return ""
    try:
        name = json.loads(read_regular_file(journal, RECORD_LIMIT)).get("replaced")
    except (OSError, ValueError, AttributeError):
        name = None
    # Only a name restore_backup makes, in this folder: a forged journal moves nothing else.
    ours = isinstance(name, str) and re.fullmatch(re.escape(NOTES_FILE) + r"\.replaced-[0-9TZ]+", name)
    replaced = data / name if ours else None
    if path.exists() and replaced is not None and not replaced.exists():
        for suffix in ("-wal", "-shm"):  # killed after moving the log, before the file: back
            moved, home = replaced.with_name(replaced.name + suffix), path.with_name(path.name + suffix)
            if moved.exists() and not home.exists():
                os.replace(moved, home)
    if not path.exists() and replaced is not None:
        for suffix in ("-wal", "-shm"):  # a kill between the renames of the log and the file
            companion = path.with_name(path.name + suffix)
            if companion.exists() and replaced.exists():
                os.replace(companion, replaced.with_name(replaced.name + suffix))
    sound = False
    if temporary.is_file():
        try:
            verify(temporary)
            sound = True
        except NotesError:
            pass
    if not path.exists() and sound and not roll_back:
        os.replace(temporary, path)
        if replaced and replaced.exists():
            message = Message(
                QT_TRANSLATE_NOOP(
                    "NotesSafety",
                    "A backup restore was interrupted; it has now been finished;"
                    " the file it replaced is kept as {name}.",
                ),
                name=replaced.name,
            )
        else:
            message = Message(
                QT_TRANSLATE_NOOP(
                    "NotesSafety", "A backup restore was interrupted; it has now been finished."
                )
            )
    elif not path.exists() and replaced is not None and replaced.exists():
        _move_with_companions(replaced, path)
        message = Message(
            QT_TRANSLATE_NOOP(
                "NotesSafety",
                "A backup restore was interrupted; it has been undone and your notes file is as it was.",
            )
        )
    elif temporary.exists():  # stopped before the first rename (the file is as it was)
        message = Message(
            QT_TRANSLATE_NOOP("NotesSafety", "A backup restore was interrupted before it changed anything.")
        )
    else:  # stopped after the last rename
        message = ""
    with contextlib.suppress(OSError):
        temporary.unlink()
    _fsync(data)
    journal.unlink(missing_ok=True)
    return message
