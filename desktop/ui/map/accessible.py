"""The map for screen readers: the country or place under the keyboard focus, told in words.

A QGraphicsView shows accessibility tools one picture. Writing a QAccessibleInterface per
country is not open to PySide6 (no accessible factories), so the map says what the keyboard
is on instead: Tab and ] already move the focus from country to place (``MapInput``), and
each move renames the view ("Map: Tajikistan, country, selected, 3 of 24") and tells the
accessibility tools, which read a focused control's new name aloud. ``items`` lists every
country and place the map labels, each with its name, role and state, as the same words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject

from desktop.ui.i18n import translate

if TYPE_CHECKING:
    from desktop.ui.map.view import MapView


class MapItem(NamedTuple):
    kind: str  # "country" or "place"
    id: str
    name: str
    role: str  # "country", or the place's kind ("capital", "military base")
    selected: bool

    def spoken(self) -> str:
        return f"{self.name}, {self.role}" + (", selected" if self.selected else "")


class MapAccessibility(QObject):
    """Keeps ``view``'s accessible name and description on what its keyboard focus is on."""

    def __init__(self, view: MapView) -> None:
        super().__init__(view)
        self.view = view
        self.base_name = view.accessibleName() or translate("MapAccess", "Map")
        # The viewport takes the keyboard with the view; unnamed, it is an empty filler.
        view.viewport().setAccessibleName(self.base_name)
        self._said: tuple[object, ...] = ()
        view.hovered.connect(self.update)  # a focus move says the new name there, as a hover does
        view.country_selected.connect(self.update)
        self.update()

    def items(self) -> list[MapItem]:
        """What the map labels, in the order Tab visits it."""
        view = self.view
        found = []
        for kind, target in view.focus_targets():
            name = next((p.candidate.text for p in view.placed if p.candidate.id == target), target)
            if kind == "country":
                found.append(MapItem(kind, target, name, "country", target == view.selected))
            else:
                place = view.places.get(target)
                role = getattr(place, "kind", "") or "place"
                found.append(MapItem(kind, target, name, role.replace("_", " "), False))
        return found

    def focused(self) -> MapItem | None:
        target = self.view.focused_target
        return (
            next((item for item in self.items() if (item.kind, item.id) == target), None) if target else None
        )

    def update(self, *_: object) -> None:
        # The mouse's hovering sends the same signal: nothing to say unless the focus moved.
        said = (self.view.focused_target, self.view.selected, len(self.view.placed))
        if said == self._said:
            return
        self._said = said
        items = self.items()
        focused = self.focused()
        if focused is None:
            name = self.base_name
            description = translate(
                "MapAccess", "{count} countries and places; Tab or ] moves between them, Enter shows facts"
            ).format(count=len(items))
        else:
            number = items.index(focused) + 1
            name = translate("MapAccess", "{map}: {place}, {number} of {count}").format(
                map=self.base_name, place=focused.spoken(), number=number, count=len(items)
            )
            description = translate(
                "MapAccess", "Enter shows its facts; Tab or ] the next, Shift+Tab or [ the previous"
            )
        if name == self.view.accessibleName() and description == self.view.accessibleDescription():
            return
        self.view.setAccessibleName(name)
        self.view.setAccessibleDescription(description)
        _tell_accessibility_tools(self.view)


def _tell_accessibility_tools(view: QObject) -> None:
    from PySide6.QtGui import QAccessible, QAccessibleEvent

    if not QAccessible.isActive():  # no screen reader listening: nothing to tell
        return
    for event in (QAccessible.Event.NameChanged, QAccessible.Event.DescriptionChanged):
        QAccessible.updateAccessibility(QAccessibleEvent(view, event))
