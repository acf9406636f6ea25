"""``dossier check-content`` and ``dossier corrections``: the content's own commands.

Kept out of ``cli.py`` so that file stays about the window's twin; both are thin over the
core (``content_check``, ``corrections``), like every other command.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop import paths


def add_parsers(commands: argparse._SubParsersAction) -> None:
    check = commands.add_parser(
        "check-content", help="check content files strictly: every problem as FILE:LINE"
    )
    check.add_argument("dir", nargs="?", metavar="DIR", help="a content folder (default: the bundled one)")
    corrections = commands.add_parser(
        "corrections", help="editor's notes: where the public record differs from the report"
    )
    corrections.add_argument("--json", action="store_true", help="print JSON")


def run(args: argparse.Namespace) -> int:
    return check_content(args.dir) if args.command == "check-content" else corrections(args.json)


def check_content(folder_arg: str | None) -> int:
    """Every problem on stdout as ``FILE:LINE: message``, exit 1; or a one-line summary, exit 0."""
    from desktop.core.content.check import check_folder

    folder = Path(folder_arg) if folder_arg else paths.content_dir()
    if not folder.is_dir():
        print(f"dossier: no content folder at {folder}", file=sys.stderr)
        return 2
    problems, summary = check_folder(folder, folder_arg)
    for line in problems:
        print(line)
    print(summary, file=sys.stderr if problems else sys.stdout)
    return 1 if problems else 0


def corrections(as_json: bool) -> int:
    from desktop.context import open_report
    from desktop.core.content.corrections import corrections as all_corrections

    items = all_corrections(open_report().connection)
    if as_json:
        json.dump([item.as_json() for item in items], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for item in items:
        print(f"{item.paragraph_id}: \u201c{item.quote}\u201d\n    {item.note}\n    Source: {item.source}")
    return 0
