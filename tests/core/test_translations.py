"""The UI's catalogues (resources/translations): complete, in step with the code, compiled.

Read as the XML they are and the code as Python's AST, so nothing here needs Qt; only the
check of the compiled files runs ``pyside6-lrelease`` (PySide6's, skipped where it is absent).
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import REPO

TRANSLATIONS = REPO / "resources" / "translations"
LANGUAGES = ("sv", "ru")
# What .format fills in and the markup a rich-text label draws: a translation that lost one
# would raise KeyError or show a tag as text.
MARKS = re.compile(r"\{[^}]*\}|<[^>]+>")


def _messages(language: str) -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(TRANSLATIONS / f"dossier_{language}.ts")
    return [
        (context.findtext("name"), message.findtext("source"), message.find("translation"))
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    ]


def _accelerators(text: str) -> int:
    return len(re.findall(r"&(?!nbsp;|&)", text))


def _marked_in_code(folder: str = "") -> set[tuple[str, str]]:
    """(context, text) of every ``translate("Context", "text")`` and ``QT_TRANSLATE_NOOP`` in
    desktop/ui and desktop/core (the core's messages, which the window translates), or in ``folder``."""
    found = set()
    folders = [REPO / "desktop" / folder] if folder else [REPO / "desktop" / "ui", REPO / "desktop" / "core"]
    for path in (path for root in folders for path in root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            context, text = node.args[:2]
            if name in ("translate", "QT_TRANSLATE_NOOP") and all(
                isinstance(a, ast.Constant) and isinstance(a.value, str) for a in (context, text)
            ):
                found.add((context.value, text.value))
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_entry_of_the_catalogue_is_translated(language):
    untranslated = [
        (context, source)
        for context, source, translation in _messages(language)
        if translation.get("type") in ("unfinished", "vanished", "obsolete")
        or not (translation.text or "").strip()
    ]
    assert untranslated == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_their_placeholders_markup_and_one_accelerator(language):
    wrong = []
    for context, source, translation in _messages(language):
        text = translation.text or ""
        if sorted(MARKS.findall(text)) != sorted(MARKS.findall(source)):
            wrong.append((context, source, text))
        if _accelerators(source) != _accelerators(text):
            wrong.append((context, source, text))
    assert wrong == []


def test_the_catalogues_hold_every_string_the_code_marks_and_no_other():
    """``make translations`` was run after the last string was added or changed."""
    in_code = _marked_in_code()
    assert len(in_code) > 250  # the walk found the UI's strings (a broken walk finds none)
    # The core's words are in the catalogues too: its errors, the notes banner, an import's summary.
    assert len(_marked_in_code("core")) > 100
    for language in LANGUAGES:
        in_catalogue = {(context, source) for context, source, _ in _messages(language)}
        assert sorted(in_code - in_catalogue) == [], f"not in dossier_{language}.ts"
        assert sorted(in_catalogue - in_code) == [], f"left over in dossier_{language}.ts"


def test_the_compiled_catalogues_are_those_of_the_sources(tmp_path):
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if lrelease is None:
        pytest.skip("pyside6-lrelease (PySide6) is not installed here")
    for language in LANGUAGES:
        compiled = tmp_path / f"{language}.qm"
        subprocess.run(
            [lrelease, str(TRANSLATIONS / f"dossier_{language}.ts"), "-qm", str(compiled)],
            check=True,
            capture_output=True,
        )
        committed = (TRANSLATIONS / f"dossier_{language}.qm").read_bytes()
        assert compiled.read_bytes() == committed, f"run `make translations`: dossier_{language}.qm is stale"
