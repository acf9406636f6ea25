"""core/notes: see the README's layout section.

The names here are known without loading the notes store (``dossier search`` reads the notes
through ``reading.py`` alone when it can).
"""

NOTES_FILE = "notes.sqlite"  # in the notes folder
SCHEMA_VERSION = 3  # the notes file's PRAGMA user_version; store.MIGRATIONS bring older ones up to it
# A restore half done (``safety.restore_backup``): its journal, and the copy being put in place.
RESTORE_JOURNAL = f".{NOTES_FILE}.restore.json"
RESTORING = f".{NOTES_FILE}.restoring"
