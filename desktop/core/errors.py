"""Errors the core raises for people to read (no traceback is shown for these)."""


class ContentError(Exception):
    """A content file is malformed; the message names the file and line."""


class NotesError(Exception):
    """Something about the notes a person must be told, in one sentence."""


class UserError(Exception):
    """Bad input from a person (an argument, a file name): shown as one line, never a traceback."""


def shown_path(path: object, limit: int = 120) -> str:
    """A file name for a one-line message: one longer than ``limit`` is cut in the middle (a name
    too long for the system would otherwise fill the screen)."""
    import os

    text = os.fsdecode(path) if isinstance(path, (str, bytes, os.PathLike)) else str(path)
    return text if len(text) <= limit else f"{text[: limit // 2]}…{text[-(limit // 2) :]}"
