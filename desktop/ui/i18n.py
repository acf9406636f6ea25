"""The UI's own words in the reader's language, the Qt way.

Every string the window shows goes through ``translate(context, text)`` (Qt's
``QCoreApplication.translate``, a name ``pyside6-lupdate`` recognises), with one context per
module or class; strings made before a translator can exist (tables at module level) are
marked with ``QT_TRANSLATE_NOOP`` and translated where they are shown. What the core says
(its errors, an import's summary) comes as a ``desktop.core.messages.Message``, whose
template the core marks the same way; ``said()`` translates it, then fills it. The catalogues are
``resources/translations/dossier_<language>.ts``, compiled to ``.qm`` beside them
(``make translations``). The report's own text and content are never translated.

The language follows the system's locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``, else Qt's
``QLocale.system()``) unless View ▸ Language chose one; a choice applies on the next start
(the window is not rebuilt live). English is the source language: no translator is loaded
for it, so an English start pays nothing.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QTranslator

SOURCE_LANGUAGE = "en"
# The languages the UI speaks, each named in its own language (as a language menu shows them).
LANGUAGES = {"en": "English", "sv": "Svenska", "ru": "Русский"}

_installed: list[QTranslator] = []  # kept alive: Qt does not own an installed translator


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the UI's language (``n`` chooses a plural form where the text has ``%n``)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def said(words: object) -> str:
    """What the core said (a ``Message``, an error carrying one, or plain text) in the UI's language.

    The template is translated in its context, then filled; values that are messages, errors
    or marked words themselves are said the same way first. Anything else is shown as ``str()`` gives it.
    """
    from desktop.core.messages import Message, Template

    message = getattr(words, "message", words)
    if isinstance(message, Template) and message.context:  # a marked word used as a value
        return translate(message.context, str(message))
    if not isinstance(message, Message):
        return str(words)
    template = message.template
    if message.context:
        template = translate(message.context, str(template))
    if not message.values:
        return str(template)
    values = {
        name: said(value) if isinstance(value, (Message, Template, Exception)) else value
        for name, value in message.values.items()
    }
    return str(template).format(**values)


def system_language() -> str:
    """The system locale's language code ("sv" for ``sv_SE.UTF-8``; "c" for the C locale)."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):  # POSIX order; no Qt call needed
        value = os.environ.get(variable, "")
        if value:
            return value.split(".")[0].split("@")[0].split("_")[0].lower()
    from PySide6.QtCore import QLocale

    return QLocale.system().name().split("_")[0].lower()


def chosen_language(preference: str) -> str:
    """The language to show: the preference ("system" follows the locale), English if unknown."""
    language = system_language() if preference == "system" else preference
    return language if language in LANGUAGES else SOURCE_LANGUAGE


def install_translation(preference: str) -> str:
    """Load the catalogue for ``preference`` into the running application; return its language.

    Any translation installed before is removed first, so a test (or a second window) can
    change languages. Nothing is loaded for English.
    """
    app = QCoreApplication.instance()
    while _installed:
        app.removeTranslator(_installed.pop())
    language = chosen_language(preference)
    if language == SOURCE_LANGUAGE:
        return language
    from PySide6.QtCore import QLibraryInfo

    from desktop import paths

    ours = paths.translations_dir() / f"dossier_{language}.qm"
    # Qt's own words (the standard buttons, the file dialog) from the catalogues PySide6 ships.
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for catalogue in (str(ours), f"{qt_folder}/qtbase_{language}.qm"):
        translator = QTranslator(app)
        if translator.load(catalogue):
            app.installTranslator(translator)
            _installed.append(translator)
        elif catalogue == str(ours):
            return SOURCE_LANGUAGE  # no catalogue of ours: the whole UI stays in one language
    return language
