"""Errors the core raises for people to read (no traceback is shown for these)."""

from desktop.core.messages import Message


class ContentError(Exception):
    """A content file is malformed; the message names the file and line."""


class MessageError(Exception):
    """An error whose words are a ``Message``: ``str()`` is the English the command line
    prints, ``message`` what the window translates (the UI's ``said()``).

    ``MessageError(QT_TRANSLATE_NOOP("Context", "no note {id}"), id=7)``, or a message already made;
    plain words (``MessageError("...")``) are for the command line's own errors, never translated.
    """

    def __init__(self, words: str | Message, **values: object) -> None:
        self.message = words if isinstance(words, Message) else Message(words, **values)
        super().__init__(str(self.message))


class NotesError(MessageError):
    """Something about the notes a person must be told, in one sentence."""


class UserError(MessageError):
    """Bad input from a person (an argument, a file name): shown as one line, never a traceback."""


def shown_path(path: object, limit: int = 120) -> str:
    """A file name for a one-line message: one longer than ``limit`` is cut in the middle (a name
    too long for the system would otherwise fill the screen)."""
    import os

    text = os.fsdecode(path) if isinstance(path, (str, bytes, os.PathLike)) else str(path)
    return text if len(text) <= limit else f"{text[: limit // 2]}…{text[-(limit // 2) :]}"
