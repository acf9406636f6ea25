"""Preferences (what the reader chose) and window state (where things were).

Kept apart, as in Picard: ``settings.ini`` holds preferences, ``state.ini``
holds geometry, dock layout and reading position. They live in the folders they
are given: the config dir and the state dir (``desktop/ui/window/main_window.py`` picks them), and
are written only when something changes or the window closes.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

TYPE_CHECKING = False  # typing's, without importing typing: see desktop/ui/__init__.py
if TYPE_CHECKING:
    from pathlib import Path

THEMES = ("system", "light", "dark")
LANGUAGE_CHOICES = ("system", "en", "sv", "ru")  # "system" follows the locale (desktop/ui/i18n.py)
_WHOLE_NUMBER = re.compile(r"-?[0-9]{1,18}")  # ASCII digits only: "²".isdigit() is true, int("²") fails
MAX_TEXT = 10_000  # longer than any id or hash these files hold


def whole_number(value: object, default: int, lo: int, hi: int) -> int:
    """``value`` (a saved string or int) as an int in ``lo..hi``, else ``default``; never raises."""
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str) and _WHOLE_NUMBER.fullmatch(value.strip()):
        number = int(value.strip())
    else:
        return default
    return number if lo <= number <= hi else default


ZOOM_STEPS = (70, 80, 90, 100, 110, 120, 135, 150, 170, 200)


class Preferences(QObject):
    """The reader's choices.

    Signals:
        changed(str): the name of the preference that changed.
    """

    changed = Signal(str)

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)

    def _text(self, key: str, default: str) -> str:
        value = self._settings.value(key, default)
        return value if isinstance(value, str) and len(value) <= MAX_TEXT else default

    def _set(self, key: str, value: object) -> None:
        if self._settings.value(key) == value:
            return
        self._settings.setValue(key, value)
        self._settings.sync()
        self.changed.emit(key)

    @property
    def theme(self) -> str:
        value = self._text("theme", "system")
        return value if value in THEMES else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        if value not in THEMES:
            raise ValueError(f"theme must be one of {THEMES}")
        self._set("theme", value)

    @property
    def language(self) -> str:
        """The UI's language (View ▸ Language), applied when the window is next built."""
        value = self._text("language", "system")
        return value if value in LANGUAGE_CHOICES else "system"

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGE_CHOICES:
            raise ValueError(f"language must be one of {LANGUAGE_CHOICES}")
        self._set("language", value)

    @property
    def zoom(self) -> int:
        value = whole_number(self._settings.value("zoom"), 100, 1, 1000)
        return min(ZOOM_STEPS, key=lambda step: abs(step - value))

    @zoom.setter
    def zoom(self, value: int) -> None:
        self._set("zoom", min(ZOOM_STEPS, key=lambda step: abs(step - value)))

    @property
    def mark_terms(self) -> bool:
        """Whether glossary terms in the text have their own colour."""
        return self._text("mark_terms", "true").lower() in ("true", "1")

    @mark_terms.setter
    def mark_terms(self, on: bool) -> None:
        self._set("mark_terms", "true" if on else "false")

    @property
    def mark_every_term(self) -> bool:
        """Whether every mention of a glossary term is marked, not only its first in a section."""
        return self._text("mark_every_term", "false").lower() in ("true", "1")

    @mark_every_term.setter
    def mark_every_term(self, on: bool) -> None:
        self._set("mark_every_term", "true" if on else "false")

    @property
    def paragraph_numbers(self) -> bool:
        """Whether the reader shows each paragraph's number in its margin (View ▸ Paragraph Numbers)."""
        return self._text("paragraph_numbers", "false").lower() in ("true", "1")

    @paragraph_numbers.setter
    def paragraph_numbers(self, on: bool) -> None:
        self._set("paragraph_numbers", "true" if on else "false")

    @property
    def term_marks(self) -> str:
        """How the text marks glossary terms: "first" mentions, "all" of them, or "none"."""
        return ("all" if self.mark_every_term else "first") if self.mark_terms else "none"

    def zoom_in(self) -> None:
        larger = [step for step in ZOOM_STEPS if step > self.zoom]
        if larger:
            self.zoom = larger[0]

    def zoom_out(self) -> None:
        smaller = [step for step in ZOOM_STEPS if step < self.zoom]
        if smaller:
            self.zoom = smaller[-1]


class WindowState:
    """Geometry, dock layout and the reading position, restored on the next start.

    Each report of the library keeps its own (its docks, place, search) in a group named by
    its id; the window's geometry is shared. The bundled report (``report`` None) reads and
    writes the ungrouped keys every earlier Dossier wrote, so an upgrade finds them in place.

    Every read is validated: a value of the wrong type, out of range or absurdly long (a
    hand-edited or damaged ``state.ini``) reads as the default, never as an exception.
    """

    SHARED = frozenset({"geometry"})

    def __init__(self, folder: Path, report: str | None = None) -> None:
        self._settings = QSettings(str(folder / "state.ini"), QSettings.Format.IniFormat)
        self._group = f"report-{report}/" if report else ""

    def _key(self, key: str) -> str:
        return key if key in self.SHARED else self._group + key

    def bytes_value(self, key: str) -> QByteArray | None:
        value = self._settings.value(self._key(key))
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def text_value(self, key: str) -> str:
        value = self._settings.value(self._key(key), "")
        return value if isinstance(value, str) and len(value) <= MAX_TEXT else ""

    def int_value(self, key: str, default: int, lo: int, hi: int) -> int:
        """The saved whole number in ``lo..hi``; ``default`` if it is missing or not one."""
        return whole_number(self._settings.value(self._key(key)), default, lo, hi)

    def set_value(self, key: str, value: object) -> None:
        self._settings.setValue(self._key(key), value)

    def sync(self) -> None:
        self._settings.sync()
