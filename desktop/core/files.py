"""Files Dossier writes for people: new files only, all or nothing, never over an existing one."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from desktop.core.errors import UserError


def write_new_file(path: str | Path, text: str) -> Path:
    """Write ``text`` (UTF-8) to ``path``, which must not exist yet; raises UserError in one line."""
    return produce_new_file(path, lambda temporary: temporary.write_text(text, encoding="utf-8"), True)


def produce_new_file(path: str | Path, produce: Callable[[Path], object], allow_empty: bool = False) -> Path:
    """``produce`` fills a temporary file in ``path``'s folder, which is then synced and
    hard-linked to ``path``: the link fails if the name appeared meanwhile, so a file that
    someone else just wrote is never replaced, and a failure leaves nothing half-written."""
    target = Path(path)
    folder = target.absolute().parent
    if target.exists() or target.is_symlink():
        raise UserError(f"{target} already exists; choose another name (Dossier never overwrites a file)")
    if not folder.is_dir():
        raise UserError(f"folder {folder} does not exist")
    try:
        handle, name = tempfile.mkstemp(prefix=".dossier-", suffix=target.suffix, dir=folder)
    except OSError as error:
        raise UserError(f"cannot write {target} ({error.strerror})") from None
    os.close(handle)
    temporary = Path(name)
    try:
        produce(temporary)
        if not allow_empty and temporary.stat().st_size == 0:
            raise UserError(f"cannot write {target} (nothing was produced)")
        with open(temporary, "rb+") as out:
            os.fsync(out.fileno())
        os.link(temporary, target)
    except FileExistsError:
        raise UserError(
            f"{target} already exists; choose another name (Dossier never overwrites a file)"
        ) from None
    except OSError as error:
        raise UserError(f"cannot write {target} ({error.strerror})") from None
    finally:
        temporary.unlink(missing_ok=True)
    return target
