"""core/notes: see the README's layout section.

The names here are known without loading the notes store (``dossier search`` reads the notes
through ``reading.py`` alone when it can), and so is ``looks_sound``.
"""

import os
import stat

NOTES_FILE = "notes.sqlite"  # in the notes folder
SCHEMA_VERSION = 3  # the notes file's PRAGMA user_version; store.MIGRATIONS bring older ones up to it
# A restore half done (``safety.restore_backup``): its journal, and the copy being put in place.
RESTORE_JOURNAL = f".{NOTES_FILE}.restore.json"
RESTORING = f".{NOTES_FILE}.restoring"

SET_ASIDE = (f"{NOTES_FILE}.damaged-", f"{NOTES_FILE}.replaced-")  # safety.move_aside's names
_SQLITE_HEADER = b"SQLite format 3\x00"
_USER_VERSION_AT = 60  # where SQLite keeps PRAGMA user_version in a database's header


def looks_sound(folder: str | os.PathLike[str]) -> bool:
    """Whether the notes in ``folder`` can wait until after the window's first paint: no notes
    file yet (it is made then), or a regular file of the current schema by its header, in a
    folder that can be written, with no restore half done and no earlier file set aside beside
    it. Anything else is opened before the paint, so that what is said of it (the banner) is in
    the first paint instead of pushing the text down after it. A look at names and the file's
    first 64 bytes only: a file damaged further in is found when it is opened."""
    try:
        names = os.listdir(folder)
    except FileNotFoundError:
        return True  # a first start: the folder and the notes file are made after the paint
    except OSError:
        return False
    if RESTORE_JOURNAL in names or RESTORING in names or any(name.startswith(SET_ASIDE) for name in names):
        return False
    if not os.access(folder, os.W_OK):
        return False
    if NOTES_FILE not in names:
        return True
    path = os.path.join(folder, NOTES_FILE)
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # a folder or a pipe in its place: never opened here
            return False
        with open(path, "rb") as file:
            head = file.read(_USER_VERSION_AT + 4)
    except OSError:
        return False
    if not head:
        return True  # an empty file: SQLite makes it a new database
    if not head.startswith(_SQLITE_HEADER) or len(head) < _USER_VERSION_AT + 4:
        return False
    if f"{NOTES_FILE}-wal" in names:  # the newest header may be in the log (a session that was not
        return True  # checkpointed, as most are not): the schema is known when the file is opened
    return int.from_bytes(head[_USER_VERSION_AT:], "big") == SCHEMA_VERSION
