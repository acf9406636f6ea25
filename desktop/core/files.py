"""Files Dossier writes for people: new files only, all or nothing, never over an existing one."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from desktop.core.errors import UserError


def write_new_file(path: str | Path, text: str) -> Path:
    """Write ``text`` (UTF-8) to ``path``, which must not exist yet; raises UserError in one line."""
    target = Path(path)
    folder = target.absolute().parent
    if target.exists() or target.is_symlink():
        raise UserError(f"{target} already exists; choose another name (Dossier never overwrites a file)")
    if not folder.is_dir():
        raise UserError(f"folder {folder} does not exist")
    try:
        handle, temporary = tempfile.mkstemp(prefix=".dossier-", dir=folder)
    except OSError as error:
        raise UserError(f"cannot write {target} ({error.strerror})") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.link(temporary, target)  # fails if the target appeared meanwhile: never overwrite
    except FileExistsError:
        raise UserError(
            f"{target} already exists; choose another name (Dossier never overwrites a file)"
        ) from None
    except OSError as error:
        raise UserError(f"cannot write {target} ({error.strerror})") from None
    finally:
        os.unlink(temporary)
    return target


def produce_new_file(path: str | Path, produce: Callable[[Path], None]) -> Path:
    """Like ``write_new_file`` for a file another library writes (a PDF): ``produce`` fills a
    temporary file in the same folder, which is then synced and hard-linked to ``path``."""
    target = Path(path)
    folder = target.absolute().parent
    if target.exists():
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
        if temporary.stat().st_size == 0:
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
