"""Unsaved note text kept on disk when it could not be saved (a full disk at closing time).

Each recovery is one small JSON file in ``<data dir>/unsaved-notes/``, written without
overwriting anything; the next start puts the text back into the notes and only then
removes the file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import NamedTuple

from desktop.core.errors import NotesError, UserError
from desktop.core.files import read_regular_file, write_new_file
from desktop.core.messages import QT_TRANSLATE_NOOP
from desktop.core.notes.store import Note, NotesStore, now

RECOVERY_FOLDER = "unsaved-notes"
RECOVERY_LIMIT = 64 << 20  # a note at its limits; a FIFO or a device here is skipped, never read


class Recovery(NamedTuple):
    path: Path
    note: Note  # as it was shown; ``body`` and ``tags`` are the unsaved text
    base: str  # the ``updated`` stamp the text was typed over


def write_recovery(data_dir: Path, note: Note, base: str) -> Path:
    """Keep ``note`` (its unsaved body and tags) in a new file; raises NotesError in one line."""
    folder = Path(data_dir) / RECOVERY_FOLDER
    record = dict(note.as_json(), prefix=note.prefix, suffix=note.suffix, position=note.position, base=base)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        stamp = now().replace(":", "").replace(".", "")
        return write_new_file(folder / f"{stamp}-{note.id}.json", json.dumps(record, ensure_ascii=False))
    except (OSError, UserError) as error:
        raise NotesError(
            QT_TRANSLATE_NOOP("NotesSafety", "the unsaved note could not be kept ({error})"), error=error
        ) from None


def recoveries(data_dir: Path) -> list[Recovery]:
    """The unsaved texts waiting in ``data_dir``, oldest first; unreadable files are left alone."""
    found = []
    for path in sorted((Path(data_dir) / RECOVERY_FOLDER).glob("*.json")):
        try:
            record = json.loads(read_regular_file(path, RECOVERY_LIMIT))
            note = Note(
                id=str(record["id"]), section_id=str(record["section_id"]), body=str(record["body"]),
                quote=str(record.get("quote", "")), prefix=str(record.get("prefix", "")),
                suffix=str(record.get("suffix", "")), position=int(record.get("position", -1)),
                tags=tuple(str(t) for t in record.get("tags", [])), created=str(record.get("created", "")),
            )  # fmt: skip
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            continue
        found.append(Recovery(path, note, str(record.get("base", ""))))
    return found


def restore_recoveries(data_dir: Path, notes: NotesStore) -> list[Note]:
    """Put every unsaved text back: over its note if nobody changed it since, else as a copy."""
    restored = []
    for recovery in recoveries(data_dir):
        wanted = recovery.note
        current = notes.get(wanted.id)
        if current is None:
            note = notes.add(wanted.section_id, wanted.body, wanted.selector, wanted.tags, wanted.id)
        elif (current.body, current.tags) == (wanted.body, wanted.tags):
            note = current
        elif current.updated == recovery.base:
            note = notes.update(wanted.id, body=wanted.body, tags=wanted.tags)
        else:
            note = notes.add_copy(current, wanted.body, wanted.tags)
        recovery.path.unlink(missing_ok=True)  # only once the text is in the notes
        restored.append(note)
    return restored
