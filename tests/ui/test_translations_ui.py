"""The window in Swedish and Russian: by the system's locale, and by View ▸ Language."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QAction

from desktop.ui.i18n import install_translation
from desktop.ui.settings import Preferences
from desktop.ui.window.main_window import settings_folders

# Words that are the same in every language: the zoom buttons' symbols and each language's own name.
PROPER = {"+", "−", "English", "Svenska", "Русский"}

CHILD = """
import json, sys
from PySide6.QtWidgets import QApplication, QDockWidget
app = QApplication([])
from desktop import paths
from desktop.context import open_report
from desktop.ui.window.main_window import build_window
window = build_window(open_report(), paths.data_dir())
print(json.dumps({
    "menus": [a.text() for a in window.menuBar().actions()],
    "docks": sorted(d.windowTitle() for d in window.findChildren(QDockWidget)),
}))
"""


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    install_translation("en")  # the next test's window starts in the source language


def _texts(window) -> dict[str, str]:
    """Every action's and dock's words (content's layer names aside), by a stable key."""
    from PySide6.QtWidgets import QDockWidget

    window.panels.build_eager()  # the panels built after the first paint too: every window alike
    texts = {}
    for number, action in enumerate(window.findChildren(QAction)):
        if action.text() and not action.objectName().startswith("layer-"):
            texts[action.objectName() or f"action-{number}"] = action.text()
    for dock in window.findChildren(QDockWidget):
        texts[dock.objectName()] = dock.windowTitle()
    return texts


def _choose(data_dir, language: str) -> None:
    Preferences(settings_folders(data_dir)[0]).language = language


def _run_child(language_variable: str) -> dict[str, list[str]]:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    env["LANG"] = language_variable
    result = subprocess.run(
        [sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_lang_sv_shows_the_menus_and_panels_in_swedish():
    shown = _run_child("sv_SE.UTF-8")
    assert shown["menus"] == ["&Arkiv", "&Redigera", "&Gå", "&Anteckningar", "&Visa", "&Hjälp"]
    assert {"Innehåll", "Karta", "Ordlista", "Fakta", "Sök", "Tidslinje"} <= set(shown["docks"])


def test_lang_ru_shows_the_menus_and_panels_in_russian():
    shown = _run_child("ru_RU.UTF-8")
    assert shown["menus"] == ["&Файл", "&Правка", "П&ереход", "&Заметки", "&Вид", "&Справка"]
    assert {"Содержание", "Карта", "Глоссарий", "Факты", "Поиск", "Хронология"} <= set(shown["docks"])


def test_an_english_locale_loads_no_translation():
    shown = _run_child("en_GB.UTF-8")
    assert shown["menus"] == ["&File", "&Edit", "&Go", "&Notes", "&View", "&Help"]


@pytest.mark.parametrize("language", ["sv", "ru"])
def test_every_action_and_panel_title_is_translated(make_window, data_dir, language):
    _choose(data_dir, "en")
    english = _texts(make_window())
    _choose(data_dir, language)
    window = make_window()
    translated = _texts(window)
    assert translated.keys() == english.keys()
    same = {key: text for key, text in translated.items() if text == english[key] and text not in PROPER}
    assert same == {}
    assert len(translated) > 60  # menus, panels' own actions and the docks were all looked at
    key = dict(window.panels.panel("map").view.key_entries({"capital"}))  # the map's key, from the core
    assert key["capital"] == {"sv": "Huvudstad", "ru": "Столица"}[language]


def test_view_language_chooses_the_language_of_the_next_start(make_window, data_dir):
    window = make_window()
    assert window.menuBar().actions()[0].text() == "&File"
    window.findChild(QAction, "language-sv").trigger()
    assert "next starts" in window.statusBar().currentMessage()
    assert window.menuBar().actions()[0].text() == "&File"  # this window keeps its words
    again = make_window()
    assert [a.text() for a in again.menuBar().actions()][:2] == ["&Arkiv", "&Redigera"]
    assert again.findChild(QAction, "language-sv").isChecked()
    again.findChild(QAction, "language-system").trigger()
    assert make_window().menuBar().actions()[0].text() == "&File"  # this test's locale is English


def test_the_search_status_line_is_the_cores_in_english_and_swedish_under_sv(store):
    from desktop.core.search.finder import search_all
    from desktop.ui.search_panel import summary_line

    install_translation("en")
    for query in ("taliban", "csto", "xyzzy", "taliban moscow xyzzy", "  "):
        results = search_all(store, None, query, meaning=False)
        assert summary_line(results) == results.summary()  # the window says what `dossier search` says
    install_translation("sv")
    assert summary_line(search_all(store, None, "taliban", meaning=False)) == "26 stycken, 5 ordlisteartiklar"
    assert summary_line(search_all(store, None, "xyzzy", meaning=False)) == "Inget hittades för ”xyzzy”."
