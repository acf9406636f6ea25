"""The command line's arguments that need no argparse, no content, no Qt, no core import.

A script calling ``dossier search`` in a loop pays for its start on every call, and argparse
(with the ``gettext`` it loads and the parser it builds) was a third of it. So the window's
options and the ``search`` command's arguments are written down here as data, once:
``desktop/cli_parser.py`` adds them to the argparse parser, and ``quick_read`` reads a command
line of their plain shape (``[--data-dir DIR] [--report ID] search WORDS... [--limit N]
[--json]``) itself, into the same ``Arguments`` argparse gives. Anything else (``--help``, an
abbreviation, a mistake, every other command) is argparse's, with its messages.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from types import SimpleNamespace

from desktop import __version__
from desktop.locations import DATA_DIR_ENV

CITATION_FORMATS = ("chicago", "apa", "bibtex", "ris", "csl-json")  # ``desktop.core.citation.FORMATS``
# ``desktop.core.notes.exporting.EXPORT_FORMATS``, checked likewise
NOTES_EXPORT_FORMATS = ("md", "json", "anki")


class Arguments(SimpleNamespace):
    """What a command line says: one attribute per option (argparse's ``dest``), ``command``."""


def _type_error(message: str) -> Exception:
    from argparse import ArgumentTypeError  # only for a mistake, which argparse then reports

    return ArgumentTypeError(message)


def view_size(text: str) -> tuple[int, int]:
    """``WIDTHxHEIGHT`` in pixels, each 100 to 8000 (an argparse type: a bad one is one clear line)."""
    width, _, height = text.lower().partition("x")
    if not (
        width.isdigit() and height.isdigit() and 100 <= int(width) <= 8000 and 100 <= int(height) <= 8000
    ):
        raise _type_error(f"needs WIDTHxHEIGHT in pixels, each 100 to 8000 (e.g. 800x520), got {text!r}")
    return int(width), int(height)


def positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise _type_error(f"expected a whole number, got {value!r}") from None
    if number < 1:
        raise _type_error(f"expected a number of at least 1, got {number}")
    return number


Declaration = tuple[tuple[str, ...], dict[str, object]]


def argument(*flags: str, **options: object) -> Declaration:
    """An ``add_argument`` call written down: the parser makes it, ``quick_read`` reads it."""
    return flags, options


WINDOW_OPTIONS = (
    argument("--version", action="version", version=f"dossier {__version__}"),
    argument(
        "--data-dir", metavar="DIR", help=f"user data folder (default: ${DATA_DIR_ENV} or the system's)"
    ),
    argument(
        "--report",
        metavar="ID|DIR",
        help="the report to open: an id of the library (see 'dossier library list') or a content folder",
    ),
    argument("--screenshot", metavar="FILE.png", help="render the window offscreen, save a PNG and exit"),
    argument("--section", metavar="ID", help="open at this section (see 'dossier sections')"),
    argument("--theme", choices=("light", "dark"), help="with --screenshot: the theme to render"),
    argument(
        "--search", metavar="QUERY", help="with --screenshot: show this search and its first hit in the text"
    ),
    argument("--term", metavar="TERM", help="with --screenshot: open this glossary entry"),
    argument("--facts", metavar="ENTITY", help="with --screenshot: show the facts about this entity"),
    argument("--notes", action="store_true", help="with --screenshot: show the notes dock"),
    argument(
        "--layer",
        action="append",
        default=[],
        metavar="LAYER",
        help="with --screenshot: turn on a map layer (see 'dossier map --json' for the report's layers)",
    ),
)

SEARCH_HELP = "full-text search of the report"
SEARCH_ARGUMENTS = (
    argument("query", nargs="+", help='words, "quoted phrases", hyphenated-terms'),
    argument("--limit", type=positive_int, default=20, metavar="N", help="at most N results (20)"),
    argument("--json", action="store_true", help="print JSON"),
)

# The commands quick_read reads (their arguments: options, and at most one positional of nargs "+").
QUICK_COMMANDS = {"search": SEARCH_ARGUMENTS}


def quick_read(argv: Sequence[str]) -> Arguments | None:
    """``argv`` read as argparse would read it, when it is the window's options, then perhaps a
    command of ``QUICK_COMMANDS`` with its own arguments, each spelled out in full (``--limit 5``
    or ``--limit=5``); None for any other command line, which argparse then reads.

    A word that starts with "-" (``-h``, ``--lim``, ``--``, ``-5``), a value argparse would refuse
    (a wrong choice, ``--limit 0``) and words not in one run (``search a --json b``, which
    argparse refuses) are left to argparse, so every mistake gets its messages.
    """
    values: dict[str, object] = {**_defaults(WINDOW_OPTIONS), "command": None}
    declared = WINDOW_OPTIONS
    words: list[str] = []
    words_ended = False  # the positional takes one run of words; argparse refuses a second
    at = 0
    while at < len(argv):
        token = argv[at]
        at += 1
        if token.startswith("-"):
            flag, equals, value = token.partition("=")
            found = next(((flags, options) for flags, options in declared if flag in flags), None)
            if found is None or not flag.startswith("--"):
                return None
            flags, options = found
            action = options.get("action", "store")
            if action == "store_true" and not equals:
                values[_dest(flags, options)] = True
            elif action in ("store", "append"):
                if not equals:
                    if at == len(argv) or argv[at].startswith("-"):
                        return None
                    value, at = argv[at], at + 1
                value = _converted(value, options)
                if value is None:
                    return None
                dest = _dest(flags, options)
                values[dest] = [*values[dest], value] if action == "append" else value  # type: ignore[misc]
            else:
                return None  # --version, or --json=yes
            words_ended = bool(words)
        elif values["command"] is None:
            if token not in QUICK_COMMANDS:
                return None
            declared = QUICK_COMMANDS[token]
            values.update(_defaults(declared), command=token)
        elif words_ended or not any(not flags[0].startswith("-") for flags, _ in declared):
            return None
        else:
            words.append(token)
    if values["command"] is not None:
        positional = next((flags, options) for flags, options in declared if not flags[0].startswith("-"))
        if not words:
            return None  # argparse says which argument is missing
        values[_dest(*positional)] = words
    return Arguments(**values)


def _dest(flags: tuple[str, ...], options: dict[str, object]) -> str:
    """The attribute argparse stores an argument in."""
    if "dest" in options:
        return str(options["dest"])
    long = next((flag for flag in flags if flag.startswith("--")), flags[0])
    return long.lstrip("-").replace("-", "_")


def _defaults(declared: Sequence[Declaration]) -> dict[str, object]:
    """Each argument's value when it is not given (``--version`` has none)."""
    values: dict[str, object] = {}
    for flags, options in declared:
        action = options.get("action")
        if action == "version":
            continue
        default = options.get("default", False if action == "store_true" else None)
        values[_dest(flags, options)] = list(default) if isinstance(default, list) else default
    return values


def _converted(value: str, options: dict[str, object]) -> object | None:
    """``value`` as argparse stores it, or None where argparse would refuse it."""
    convert: Callable[[str], object] = options.get("type", str)  # type: ignore[assignment]
    try:
        converted = convert(value)
    except Exception:  # argparse's types fail with ArgumentTypeError, TypeError or ValueError
        return None
    choices = options.get("choices")
    return None if choices is not None and converted not in choices else converted  # type: ignore[operator]
