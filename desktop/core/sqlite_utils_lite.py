"""sqlite-utils, imported without pandas and numpy.

sqlite-utils imports pandas and numpy whenever they are installed, to accept their types in
inserts; Dossier inserts neither. pandas is installed beside the meaning model's wheel (a
dependency of that wheel's package, never imported by Dossier), and sqlite-utils importing it
made every content build 0.4 s slower and 90 MB larger. Imported through here, sqlite-utils
finds neither; both stay importable for whoever needs them afterwards (numpy, for meaning).
"""

from __future__ import annotations

import importlib
import sys
from types import ModuleType

_NOT_FOR_SQLITE_UTILS = ("pandas", "numpy")


def _load() -> ModuleType:
    if "sqlite_utils.db" in sys.modules:
        return importlib.import_module("sqlite_utils")
    hidden = [name for name in _NOT_FOR_SQLITE_UTILS if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # its import raises ImportError
    try:
        return importlib.import_module("sqlite_utils")
    finally:
        for name in hidden:
            if sys.modules.get(name, 0) is None:
                del sys.modules[name]


sqlite_utils = _load()
