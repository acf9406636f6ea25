"""The quick reader of ``dossier search`` and argparse read a command line the same way.

``desktop.cli_types.quick_read`` reads the plain shape of a search (and the window's options)
without loading argparse; anything else it leaves to argparse, which then says what is wrong.
"""

from __future__ import annotations

import pytest

from desktop.cli import COMMANDS
from desktop.cli_parser import build_parser, parse
from desktop.cli_types import Arguments, quick_read
from desktop.core.errors import UserError

READ_QUICKLY = [
    ["search", "taliban"],
    ["search", "taliban", "--json"],
    ["search", "--json", "six-party", "talks", "--limit", "3"],
    ["search", "six", "party", "--json", "--limit", "3", "--limit", "4", "--json"],
    ["search", "--limit=5", "Kabul"],
    ["search", "--limit", "٣", "Kabul"],  # int() reads any digits, and positive_int with it
    ["search", "search"],
    ["search", ""],
    ["--data-dir", "/tmp/notes here", "--report", "baltic-test-edition", "search", "a", "b"],
    ["--data-dir=/tmp/x", "--report=", "search", "x"],
    ["--report", "search", "search", "q"],  # the report's name is taken as a value, as argparse takes it
    [],
    ["--notes", "--layer", "a", "--layer=b", "--theme", "dark", "--section", "executive-summary"],
]


@pytest.mark.parametrize("argv", READ_QUICKLY)
def test_the_quick_reader_reads_as_argparse_does(argv):
    quick = quick_read(argv)
    assert isinstance(quick, Arguments)
    assert quick == build_parser().parse_args(argv, Arguments())
    assert quick == parse(argv, COMMANDS)


LEFT_TO_ARGPARSE = [
    (["search", "--lim=3", "x"], None),  # an abbreviation: argparse accepts it
    (["search", "-5"], None),  # a negative number is a word to argparse
    (["search", "x", "--limit", "0"], "argument --limit: expected a number of at least 1, got 0"),
    (["search", "x", "--limit", "-1"], "argument --limit: expected a number of at least 1, got -1"),
    (["search", "x", "--limit", "many"], "argument --limit: expected a whole number, got 'many'"),
    (["search", "x", "--bogus"], "unrecognized arguments: --bogus"),
    (["search", "a", "--json", "b"], "unrecognized arguments: b"),
    (["search", "--json"], "the following arguments are required: query"),
    (["search", "x", "--json=yes"], "argument --json: ignored explicit argument 'yes'"),
    (["search", "x", "--data-dir", "d"], "unrecognized arguments: --data-dir d"),
    (["--theme", "blue"], "argument --theme: invalid choice: 'blue' (choose from 'light', 'dark')"),
    (["--data-dir", "--json", "search", "x"], "argument --data-dir: expected one argument"),
    (["frobnicate"], "invalid choice: 'frobnicate'"),
    (["sections", "--json"], None),  # every other command is argparse's
]


@pytest.mark.parametrize(("argv", "error"), LEFT_TO_ARGPARSE)
def test_anything_else_goes_to_argparse_with_its_messages(argv, error):
    assert quick_read(argv) is None
    if error is None:
        assert isinstance(parse(argv, COMMANDS), Arguments)
        return
    with pytest.raises(UserError) as raised:
        parse(argv, COMMANDS)
    assert error in str(raised.value) and str(raised.value).endswith("(see 'dossier --help')")


@pytest.mark.parametrize("argv", [["search", "x", "-h"], ["search", "--help"], ["--version", "search", "x"]])
def test_help_and_version_are_argparse_s(argv, capsys):
    assert quick_read(argv) is None
    with pytest.raises(SystemExit) as done:
        parse(argv, COMMANDS)
    assert done.value.code == 0
    assert capsys.readouterr().out.strip()
