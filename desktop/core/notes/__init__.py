"""core/notes: see the README's layout section."""

NOTES_FILE = "notes.sqlite"  # in the notes folder (here: known without loading the notes store)
