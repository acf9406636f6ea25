"""Dossier's Qt widgets: one module per panel, wired together in main_window.

The modules the window's first paint imports say ``TYPE_CHECKING = False`` (a name type
checkers read as typing's) rather than importing ``typing``, and import for annotations only
under it: once PySide6 is loaded, its import hook reads the source of every module an import
statement names for the first time (to look for "PySide6"), and ``typing.py`` alone is 120 kB.
``tests/ui/test_start_path.py`` counts what the first paint names.
"""
