"""Preferences (what the reader chose) and window state (where things were).

Kept apart, as in Picard: ``settings.ini`` holds preferences, ``state.ini``
holds geometry, dock layout and reading position. Both live in the user data
dir and are written only when something changes or the window closes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

THEMES = ("system", "light", "dark")
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

    def _get(self, key: str, default: object, kind: type) -> object:
        value = self._settings.value(key, default)
        try:
            return kind(value)
        except (TypeError, ValueError):
            return default

    def _set(self, key: str, value: object) -> None:
        if self._settings.value(key) == value:
            return
        self._settings.setValue(key, value)
        self._settings.sync()
        self.changed.emit(key)

    @property
    def theme(self) -> str:
        value = str(self._get("theme", "system", str))
        return value if value in THEMES else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        if value not in THEMES:
            raise ValueError(f"theme must be one of {THEMES}")
        self._set("theme", value)

    @property
    def zoom(self) -> int:
        value = int(self._get("zoom", 100, int))
        return min(ZOOM_STEPS, key=lambda step: abs(step - value))

    @zoom.setter
    def zoom(self, value: int) -> None:
        self._set("zoom", min(ZOOM_STEPS, key=lambda step: abs(step - value)))

    @property
    def mark_terms(self) -> bool:
        """Whether glossary terms in the text have their own colour."""
        return str(self._settings.value("mark_terms", "true")).lower() in ("true", "1")

    @mark_terms.setter
    def mark_terms(self, on: bool) -> None:
        self._set("mark_terms", "true" if on else "false")

    def zoom_in(self) -> None:
        larger = [step for step in ZOOM_STEPS if step > self.zoom]
        if larger:
            self.zoom = larger[0]

    def zoom_out(self) -> None:
        smaller = [step for step in ZOOM_STEPS if step < self.zoom]
        if smaller:
            self.zoom = smaller[-1]


class WindowState:
    """Geometry, dock layout and the reading position, restored on the next start."""

    def __init__(self, folder: Path) -> None:
        self._settings = QSettings(str(folder / "state.ini"), QSettings.Format.IniFormat)

    def bytes_value(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def text_value(self, key: str) -> str:
        value = self._settings.value(key, "")
        return value if isinstance(value, str) else ""

    def set_value(self, key: str, value: object) -> None:
        self._settings.setValue(key, value)

    def sync(self) -> None:
        self._settings.sync()
