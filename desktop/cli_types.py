"""Argument types and choices for the command line that need no content, no Qt, no core import.

Building the whole parser must stay cheap: a script calling ``dossier search`` in a loop pays
for it on every call.
"""

from __future__ import annotations

import argparse
import sys

from desktop.core.errors import UserError

CITATION_FORMATS = ("chicago", "apa", "bibtex", "ris", "csl-json")  # ``desktop.core.citation.FORMATS``
# ``desktop.core.notes.exporting.EXPORT_FORMATS``, checked likewise
NOTES_EXPORT_FORMATS = ("md", "json", "anki")


def view_size(text: str) -> tuple[int, int]:
    """``WIDTHxHEIGHT`` in pixels, each 100 to 8000 (an argparse type: a bad one is one clear line)."""
    width, _, height = text.lower().partition("x")
    if not (
        width.isdigit() and height.isdigit() and 100 <= int(width) <= 8000 and 100 <= int(height) <= 8000
    ):
        raise argparse.ArgumentTypeError(
            f"needs WIDTHxHEIGHT in pixels, each 100 to 8000 (e.g. 800x520), got {text!r}"
        )
    return int(width), int(height)


def positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a number of at least 1, got {number}")
    return number


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, not the usage block
        raise UserError(f"{message} (see 'dossier --help')")

    def _get_formatter(self) -> argparse.HelpFormatter:
        # argparse makes a formatter for every argument added; left to find the terminal's
        # width itself it imports shutil (and with it bz2, lzma and zlib) on every run.
        return self.formatter_class(prog=self.prog, width=terminal_width() - 2)


def terminal_width() -> int:
    """The terminal's columns as ``shutil.get_terminal_size`` finds them (COLUMNS, else the
    terminal, else 80), without importing shutil."""
    import os

    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class Unused:
    """Stands in for the parser of a command that is not being run: takes every call, builds nothing."""

    def __getattr__(self, _name: str):
        return lambda *args, **kwargs: self


class OnlyCommand:
    """Subcommands where only ``wanted`` is really built (argparse takes ~0.4 ms a parser)."""

    def __init__(self, commands: argparse._SubParsersAction, wanted: str) -> None:
        self._commands, self._wanted = commands, wanted

    def add_parser(self, name: str, **kwargs: object):
        return self._commands.add_parser(name, **kwargs) if name == self._wanted else Unused()
