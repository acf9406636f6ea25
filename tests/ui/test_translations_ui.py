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


# -- what the core says, in the window's language --------------------------------------------


def _w3c_annotation(quote: str, body: str) -> dict:
    return {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "Annotation",
        "body": [{"type": "TextualBody", "value": body}],
        "target": {"selector": [{"type": "TextQuoteSelector", "exact": quote}]},
    }


@pytest.mark.parametrize(
    ("language", "summary"),
    [
        (
            "sv",
            "Importerat: 2 tillagda, 0 uppdaterade, 0 fanns redan; 1 förankrade i texten; 1 hittades inte",
        ),
        ("ru", "Импортировано: добавлено: 2, обновлено: 0, уже были: 0; привязано к тексту: 1; не найдено"),
    ],
)
def test_an_import_summary_is_in_the_windows_language(
    make_window, data_dir, store, tmp_path, language, summary
):
    quote = " ".join(store.section_text("history").split()[10:18])
    path = tmp_path / "annotations.json"
    annotations = [_w3c_annotation(quote, "found"), _w3c_annotation("words the report never says", "lost")]
    path.write_text(json.dumps(annotations), encoding="utf-8")
    _choose(data_dir, language)
    window = make_window()
    assert window.notes_file.import_from(str(path))
    assert window.statusBar().currentMessage().startswith(summary)
    assert "added" not in window.statusBar().currentMessage()


def test_a_refused_import_says_why_in_swedish(make_window, data_dir, tmp_path):
    path = tmp_path / "not-notes.json"
    path.write_text("{ not json", encoding="utf-8")
    _choose(data_dir, "sv")
    window = make_window()
    assert not window.notes_file.import_from(str(path))
    assert window.statusBar().currentMessage().startswith(f"Inget importerades: {path} är ingen JSON (rad 1")


def test_the_damaged_notes_banner_is_in_swedish(qtbot, store, data_dir):
    from desktop.ui.window.main_window import build_window

    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "notes.sqlite").write_bytes(b"\x00garbage" * 1000)
    _choose(data_dir, "sv")
    window = build_window(store, data_dir)  # as the app does at start
    qtbot.addWidget(window)
    window.show()
    text = window.banner.label.text()
    assert text.startswith("Din anteckningsfil kunde inte läsas (anteckningsfilen ")
    assert "den flyttades orörd till notes.sqlite.damaged-" in text
    assert "could not" not in text and "moved" not in text


def test_a_note_over_the_limit_is_refused_in_russian(make_window, data_dir):
    from desktop.core.notes.model import MAX_BODY_CHARS

    _choose(data_dir, "ru")
    window = make_window()
    assert window.notes_dock.panel.add("history", body="x" * (MAX_BODY_CHARS + 1)) is None
    message = window.statusBar().currentMessage()
    assert "заметка не сохранена: заметка длиннее" in message and "note" not in message
