"""The map under the mouse and from the keyboard: hover, clicks, zoom and pan, and moving
between its countries and places.

Tab and Shift+Tab (or ] and [) step through what the map labels, most important first,
with a focus ring on the map; Enter opens the focused country's or place's facts. Past the
last one Tab leaves the map, as it would leave any other widget.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPen

from desktop.ui.map.items import PLACE_RADIUS, CountryItem, PlaceItem

if TYPE_CHECKING:  # the event types are made when the first such event arrives, not at start
    from PySide6.QtGui import QKeyEvent, QMouseEvent

PAN_STEP = 60


class MapInput:
    """Mouse and keyboard behaviour of ``MapView`` (a mixin over the view's items and labels)."""

    def country_at(self, view_point: QPointF) -> str:
        """The ISO3 code of the country under a viewport point ("" over water)."""
        scene_point = self.mapToScene(view_point.toPoint())
        for item in self._scene.items(scene_point):
            if isinstance(item, CountryItem):
                return item.iso3
        return ""

    def place_at(self, view_point: QPointF) -> PlaceItem | None:
        for item in self.items(view_point.toPoint()):
            if isinstance(item, PlaceItem) and item.isVisible():
                return item
        return None

    def _refill(self, *codes: str) -> None:
        for code in codes:
            if code in self.countries:
                self.countries[code].setBrush(QBrush(self.fill_for(code)))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        super().mouseMoveEvent(event)
        place = self.place_at(event.position())
        code = "" if place else self.country_at(event.position())
        if code != self.hovered_code:
            previous, self.hovered_code = self.hovered_code, code
            self._refill(previous, code)
        self.hovered.emit(place.name if place else (self.countries[code].name if code else ""))

    def leaveEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().leaveEvent(event)
        if self.hovered_code:
            previous, self.hovered_code = self.hovered_code, ""
            self._refill(previous)
        self.hovered.emit("")

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self._press = event.position()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        if (event.position() - press).manhattanLength() > 4:
            self._just_reset = False
            return  # a drag, not a click
        place = self.place_at(event.position())
        if place is not None:
            self.place_selected.emit(place.entity_id or place.place_id)
            return
        code = self.country_at(event.position())
        if code:
            self.select_country(code)
            self.country_selected.emit(code)

    def focus_targets(self) -> list[tuple[str, str]]:
        """``(kind, id)`` of every labelled country and place, in the order Tab visits them."""
        return [(p.candidate.kind, p.candidate.id) for p in self.placed if p.candidate.kind != "region"]

    def focus_next(self, forward: bool = True) -> bool:
        """Move the keyboard focus to the next (or previous) target; False past the last one."""
        targets = self.focus_targets()
        if self.focused_target in targets:
            index = targets.index(self.focused_target) + (1 if forward else -1)
        else:
            index = 0 if forward else len(targets) - 1
        self.focused_target = targets[index] if 0 <= index < len(targets) else None
        self.hovered.emit(self._focused_name())
        self.show_focus()
        return self.focused_target is not None

    def _focused_name(self) -> str:
        if self.focused_target is None:
            return ""
        return next((p.candidate.text for p in self.placed if self._target_of(p) == self.focused_target), "")

    @staticmethod
    def _target_of(placed) -> tuple[str, str]:
        return placed.candidate.kind, placed.candidate.id

    def activate_focused(self) -> None:
        """Open the facts of what has the keyboard focus, as a click would."""
        if self.focused_target is None:
            return
        kind, target = self.focused_target
        if kind == "country":
            self.select_country(target)
            self.country_selected.emit(target)
        else:
            self.place_selected.emit(target)

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt override
        if self.hasFocus() and self.focus_next(forward):
            return True
        return super().focusNextPrevChild(forward)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        scroll_x, scroll_y = self.horizontalScrollBar(), self.verticalScrollBar()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1.25)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(0.8)
        elif key in (Qt.Key.Key_0, Qt.Key.Key_Home):
            self.reset_view()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activate_focused()
        elif key in (Qt.Key.Key_BracketRight, Qt.Key.Key_BracketLeft):
            self.focus_next(key == Qt.Key.Key_BracketRight)
        elif key == Qt.Key.Key_Escape and self.focused_target is not None:
            self.focused_target = None
            self.hovered.emit("")
            self.show_focus()
        elif key == Qt.Key.Key_Left:
            scroll_x.setValue(scroll_x.value() - PAN_STEP)
        elif key == Qt.Key.Key_Right:
            scroll_x.setValue(scroll_x.value() + PAN_STEP)
        elif key == Qt.Key.Key_Up:
            scroll_y.setValue(scroll_y.value() - PAN_STEP)
        elif key == Qt.Key.Key_Down:
            scroll_y.setValue(scroll_y.value() + PAN_STEP)
        else:
            super().keyPressEvent(event)
            return
        if key not in (Qt.Key.Key_0, Qt.Key.Key_Home):
            self._just_reset = False
        event.accept()

    def show_focus(self) -> None:
        """Outline the focused country under the labels (so its dashes cross no text)."""
        outline = self.focus_outline
        kind, target = self.focused_target or ("", "")
        if kind == "country" and self.hasFocus():
            outline.setPath(self.countries[target].path())
            pen = QPen(self.colour("keyboard"), 2.5, Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            outline.setPen(pen)
            outline.setVisible(True)
        else:
            outline.setVisible(False)
        self.viewport().update()

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        self.show_focus()

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self.show_focus()

    def draw_focus_ring(self, painter: QPainter) -> None:
        """A ring round the focused label, and round its marker for a place (view pixels)."""
        if self.focused_target is None or not self.hasFocus():
            return
        placed = next((p for p in self.placed if self._target_of(p) == self.focused_target), None)
        if placed is None:
            return
        painter.save()
        painter.resetTransform()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(self.colour("keyboard"), 2.0))
        x, y, w, h = placed.box
        painter.drawRoundedRect(QRectF(x - 2, y - 1, w + 4, h + 2), 3, 3)
        if placed.candidate.kind == "place":
            centre = QPointF(*placed.candidate.anchors[0])
            painter.drawEllipse(centre, PLACE_RADIUS + 3, PLACE_RADIUS + 3)
        painter.restore()
