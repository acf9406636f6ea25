"""The shape of the house: what may import what (size is a matter for review, not a test)."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import REPO

PACKAGE = REPO / "desktop"
# The console script and `python -m desktop`: all but a bare start is handed to the CLI.
ENTRY_POINTS = {"desktop.__main__"}


def module_name(path: Path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _type_checking_only(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def imports_of(path: Path, type_checks_too: bool = True) -> set[str]:
    """Every desktop module ``path`` imports, at the top, inside a function or for type checks."""
    found: set[str] = set()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    stack: list[ast.AST] = [tree]
    while stack:
        node = stack.pop()
        if _type_checking_only(node) and not type_checks_too:
            stack.extend(node.orelse)
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("desktop"))
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("desktop"):
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        stack.extend(ast.iter_child_nodes(node))
    return found


def graph(type_checks_too: bool = True) -> dict[str, set[str]]:
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    return {
        name: {m for m in imports_of(path, type_checks_too) if m in modules and m != name}
        for name, path in modules.items()
    }


def test_only_the_entry_points_import_the_cli():
    importers = sorted(name for name, deps in graph(type_checks_too=False).items() if "desktop.cli" in deps)
    assert set(importers) <= ENTRY_POINTS


def test_the_core_never_imports_qt():
    for path in (PACKAGE / "core").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "PySide6" not in text and "desktop.ui" not in text, path


def test_no_import_cycles():
    edges = graph()
    cycles: list[list[str]] = []
    state: dict[str, int] = {}  # 1 on the path, 2 done

    def visit(name: str, path: list[str]) -> None:
        state[name] = 1
        for dep in sorted(edges[name]):
            if state.get(dep) == 1:
                cycles.append([*path[path.index(dep) :], dep])
            elif dep not in state:
                visit(dep, [*path, dep])
        state[name] = 2

    for name in sorted(edges):
        if name not in state:
            visit(name, [name])
    assert cycles == []


def test_the_command_lines_cheap_constants_match_the_core():
    from desktop.cli_types import CITATION_FORMATS, NOTES_EXPORT_FORMATS
    from desktop.core.citation import FORMATS
    from desktop.core.notes.exporting import EXPORT_FORMATS

    assert tuple(f.id for f in EXPORT_FORMATS) == NOTES_EXPORT_FORMATS
    assert tuple(FORMATS) == CITATION_FORMATS


def test_no_helper_module_reaches_for_the_window_or_the_reader():
    """Pieces get what they need handed to them: no module imports the window's class (its own
    module builds it: others call ``build_window``), only the window imports the reader's
    (even for type checking)."""
    allowed = {
        "desktop.ui.window.main_window.MainWindow": {"desktop.ui.window.main_window"},
        "desktop.ui.reader.view.ReaderView": {"desktop.ui.window.main_window", "desktop.ui.reader.view"},
    }
    found = {
        (module_name(path), target)
        for path in PACKAGE.rglob("*.py")
        for target, importers in allowed.items()
        if target in imports_of(path) and module_name(path) not in importers
    }
    assert found == set()


def test_a_panel_is_one_row_of_the_table():
    """Every dock of the window comes from the panel table, and each row has its Go-menu entry."""
    from desktop.ui.window.panels import PANELS

    names = [row.name for row in PANELS]
    assert len(set(names)) == len(names)
    source = (PACKAGE / "ui" / "window" / "main_window.py").read_text(encoding="utf-8")
    assert "PanelDock(" not in source  # no dock declared by hand beside the table
