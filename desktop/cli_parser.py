"""The command line's parser: argparse, built only for a command line ``quick_read`` leaves to it.

The window's options and ``search``'s arguments are declared in ``desktop/cli_types.py`` (the
quick reader reads them too); every other command's are added here, or by its own module.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Collection, Sequence

from desktop.cli_types import (
    NOTES_EXPORT_FORMATS,
    SEARCH_ARGUMENTS,
    SEARCH_HELP,
    WINDOW_OPTIONS,
    Arguments,
    Declaration,
    positive_int,
    view_size,
)
from desktop.core.errors import UserError


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


def parse(argv: Sequence[str], commands: Collection[str]) -> Arguments:
    """Parse ``argv`` (``commands`` are the command names); a plain window start skips building
    the subcommands, a command builds only its own parser unless something is wrong."""
    if not any(token in commands or token.startswith(("-h", "--h")) for token in argv):  # --he is --help
        try:
            return build_parser(commands_too=False).parse_args(argv, Arguments())
        except UserError:
            pass  # let the whole parser say what is wrong ("invalid choice", ...)
    first = next((token for token in argv if not token.startswith("-")), "")
    if first in commands and not any(token.startswith(("-h", "--h")) for token in argv):
        try:  # a command: only its own parser (a script calling dossier in a loop pays this each time)
            return build_parser(only=first).parse_args(argv, Arguments())
        except UserError:
            pass  # the whole parser says what is wrong
    return build_parser().parse_args(argv, Arguments())


def _add(parser: argparse.ArgumentParser, declared: Sequence[Declaration]) -> None:
    for flags, options in declared:
        parser.add_argument(*flags, **options)  # type: ignore[arg-type]


def build_parser(commands_too: bool = True, only: str = "") -> Parser:
    """The whole command line; without ``commands_too``, only the window's options (a quicker start)."""
    parser = Parser(
        prog="dossier",
        description="Study a policy report offline: the bundled one, or any report of your library.",
    )
    _add(parser, WINDOW_OPTIONS)
    if not commands_too:
        parser.set_defaults(command=None)
        return parser
    commands = parser.add_subparsers(dest="command", parser_class=Parser)
    if only:
        commands = OnlyCommand(commands, only)  # type: ignore[assignment]

    sections = commands.add_parser("sections", help="the report's sections in reading order")
    sections.add_argument("--json", action="store_true", help="print JSON")

    _add(commands.add_parser("search", help=SEARCH_HELP), SEARCH_ARGUMENTS)

    glossary = commands.add_parser("glossary", help="the glossary and index, or one entry")
    glossary.add_argument("term", nargs="*", help="a term, alias or name (typos forgiven)")
    glossary.add_argument("--json", action="store_true", help="print JSON")

    map_command = commands.add_parser("map", help="the map's countries (with neighbours) and places")
    map_command.add_argument("--json", action="store_true", help="print JSON")
    map_command.add_argument(
        "--labels", metavar="WxH", type=view_size, help="with --json: the home view's labels"
    )
    map_command.add_argument("--png", metavar="FILE", help="draw the map alone to a new PNG file")
    map_command.add_argument("--size", metavar="WxH", type=view_size, default=(800, 520), help="with --png")
    map_command.add_argument("--theme", dest="map_theme", choices=("light", "dark"), default="light")
    map_command.add_argument(
        "--layer",
        dest="map_layers",
        action="append",
        default=[],
        metavar="LAYER",
        help="with --png or --labels",
    )

    if _wanted(only, "check-content", "corrections"):
        from desktop.content_commands import add_parsers

        add_parsers(commands)

    facts = commands.add_parser("facts", help="every fact, or the facts about one entity")
    facts.add_argument("entity", nargs="*", help="a name, glossary id or ISO3 code")
    facts.add_argument("--json", action="store_true", help="print JSON")

    notes = commands.add_parser("notes", help="your notes: add, list, export, import")
    notes_commands = notes.add_subparsers(dest="notes_command", parser_class=Parser, required=True)
    add = notes_commands.add_parser("add", help="add a note to a section (or a passage of it)")
    add.add_argument("--section", required=True, metavar="ID", help="the section (see 'dossier sections')")
    add.add_argument("--quote", metavar="TEXT", help="the exact words of the passage, from that section")
    add.add_argument("--body", required=True, metavar="TEXT", help="the note (Markdown)")
    add.add_argument("--tag", action="append", default=[], metavar="T", help="a tag (repeatable)")
    add.add_argument("--json", action="store_true", help="print JSON")
    listing = notes_commands.add_parser("list", help="every note")
    listing.add_argument("--json", action="store_true", help="print JSON")
    export = notes_commands.add_parser("export", help="write every note as Markdown or JSON")
    export.add_argument("--format", choices=NOTES_EXPORT_FORMATS, default=NOTES_EXPORT_FORMATS[0])
    export.add_argument("-o", "--output", metavar="FILE", help="write to FILE (never overwrites one)")
    imported = notes_commands.add_parser("import", help="read notes that export wrote (merges by id)")
    imported.add_argument("file", metavar="FILE")

    bench = commands.add_parser("bench", help="measure start-up, search, map and notes speed")
    bench.add_argument("--quick", action="store_true", help="fewer runs and a small library (a smoke test)")
    bench.add_argument(
        "--startup", action="store_true", help="only the start-up pair (app and floor), for profiling work"
    )
    bench.add_argument(
        "--runs", type=positive_int, metavar="N", help="start-up runs of each (default 7; 2 with --quick)"
    )
    bench.add_argument("--json", action="store_true", help="print JSON")

    backup = commands.add_parser("backup", help="backups of your notes: list, make, restore")
    backup_commands = backup.add_subparsers(dest="backup_command", parser_class=Parser, required=True)
    backup_list = backup_commands.add_parser("list", help="the backups, newest first")
    backup_list.add_argument("--json", action="store_true", help="print JSON")
    backup_commands.add_parser("now", help="make a backup now")
    backup_restore = backup_commands.add_parser(
        "restore", help="put a backup in place (the newest by default)"
    )
    backup_restore.add_argument("id", nargs="?", help="the backup's id (see 'dossier backup list')")

    library = commands.add_parser("library", help="the reports you study: list, add a content folder, remove")
    library_commands = library.add_subparsers(dest="library_command", parser_class=Parser, required=True)
    library_list = library_commands.add_parser("list", help="every report: the bundled one and those added")
    library_list.add_argument("--json", action="store_true", help="print JSON")
    library_add = library_commands.add_parser(
        "add", help="check a content folder, then copy it into the library"
    )
    library_add.add_argument("dir", metavar="DIR")
    library_remove = library_commands.add_parser("remove", help="take a report out (its notes are kept)")
    library_remove.add_argument("id", metavar="ID")

    info = commands.add_parser("info", help="version, content hash and where data lives")
    info.add_argument("--json", action="store_true", help="print JSON")
    if _wanted(only, "cite", "export-pdf"):
        from desktop import cli_formats

        cli_formats.add_commands(commands)
    if _wanted(only, "timeline"):
        from desktop import timeline_command

        timeline_command.add_parser(commands)
    if _wanted(only, "related"):
        from desktop import cli_meaning

        cli_meaning.add_commands(commands)
    return parser


def _wanted(only: str, *names: str) -> bool:
    """Whether a parser built for ``only`` (all when empty) has these commands: the modules that
    add the others are not even imported (a script calling ``dossier search`` in a loop)."""
    return not only or only in names
