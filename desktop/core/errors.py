"""Errors the core raises for people to read (no traceback is shown for these)."""


class ContentError(Exception):
    """A content file is malformed; the message names the file and line."""


class NotesError(Exception):
    """Something about the notes a person must be told, in one sentence."""


class UserError(Exception):
    """Bad input from a person (an argument, a file name): shown as one line, never a traceback."""
