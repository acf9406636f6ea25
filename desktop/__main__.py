"""The ``dossier`` command's entry point (and ``python -m desktop``): the window started with
no more than it needs.

``dossier`` alone opens the window without loading the command line (``desktop.cli``, its
parser and its commands): the window's first paint waits for none of it. Anything else (a
command, an option, a ``dossier:`` link) is the command line's. Both end the same way: a user
mistake is one line on stderr and an exit code (``ending.reported``), never a traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from desktop.ending import reported


def main(argv: Sequence[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else list(argv)
    if args:
        from desktop.cli import main as command_line

        return command_line(args)

    def window() -> int:
        from desktop.app import run_window

        return run_window()

    return reported(window)


if __name__ == "__main__":  # python -m desktop; the console script calls main() itself
    raise SystemExit(main())
