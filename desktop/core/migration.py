"""Carrying files over to where they now belong (preferences to the config dir, window state
to the state dir), without ever losing or overwriting one.

A file is copied, not moved: the copy is written beside its new name, synced, checked byte
for byte against the original, then linked to its name (which fails if the name appeared
meanwhile). The original stays where it was; an older Dossier still finds it.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def carry_over(old: Path, new: Path) -> bool:
    """Copy ``old`` to ``new`` when ``new`` does not exist yet; whether a copy was made.

    Raises OSError when the new folder cannot be written (the caller keeps using ``old``).
    """
    if new.exists() or not old.is_file() or old.resolve() == new.resolve():
        return False
    content = old.read_bytes()
    new.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=".dossier-", dir=new.parent)
    temporary = Path(name)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(content)
            out.flush()
            os.fsync(out.fileno())
        if temporary.read_bytes() != content:
            raise OSError(f"the copy of {old} does not match it")
        try:
            os.link(temporary, new)
        except FileExistsError:
            return False  # another Dossier carried it over first: theirs stands
    finally:
        temporary.unlink(missing_ok=True)
    return True
