"""How every ``dossier`` run ends: its exit code, and what went wrong said in one line.

A user mistake, a broken content folder, an unreadable notes file, a full disk or a closed
pipe is one line on stderr and its own exit code, never a traceback. Shared by the window's
start (``launch``) and every command (``cli``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable


def reported(run: Callable[[], int]) -> int:
    """``run()``'s exit code, with what went wrong said in one line and its own code: 2 a user
    mistake, 3 the content, 1 the notes, a path or the output, 130 Ctrl+C."""
    robust_output()
    from desktop.core.errors import ContentError, NotesError, UserError
    from desktop.locations import PathError

    try:
        code = run()
        sys.stdout.flush()  # a full disk or a closed pipe is met here, not after main returns
        return code
    except UserError as error:
        print(f"dossier: {error}", file=sys.stderr)
        return 2
    except ContentError as error:
        print(f"dossier: content error: {error}", file=sys.stderr)
        return 3
    except (NotesError, PathError) as error:
        print(f"dossier: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        _drop_stdout()
        return 0
    except OSError as error:  # the output (a full disk: > /dev/full) or a path (too long a name)
        _drop_stdout()
        print(f"dossier: {_os_error_line(error)}", file=sys.stderr)
        return 1


def robust_output() -> None:
    """A character the terminal's encoding lacks prints as an escape (``\\u2014``), not a traceback."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def _os_error_line(error: OSError) -> str:
    reason = error.strerror or str(error)
    if error.filename is None:
        return f"cannot write the output ({reason})"
    from desktop.core.errors import shown_path

    return f"{shown_path(error.filename)}: {reason}"


def _drop_stdout() -> None:
    """Point stdout at the null device, so that Python's own flush at exit does not fail again
    (and print a traceback) with what could not be written."""
    import os

    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError, AttributeError):
        pass
