"""The map of Afghanistan and its neighbours: countries, places, layers, legend and scale.

Shapes come projected (Lambert conformal conic, km) from the content database at three
levels of detail; the view swaps paths as the zoom changes and caches every path it
builds. Labels keep a fixed size on screen and are thinned so they never overlap.
"""

from __future__ import annotations

import struct
import sys
from array import array
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QDataStream, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QTransform,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from desktop.core.atlas import Atlas

if TYPE_CHECKING:  # the event types are made when the first such event arrives, not at start
    from PySide6.QtGui import QKeyEvent, QMouseEvent, QWheelEvent

LOD_TOLERANCE_KM = (0.0, 2.0, 6.0)  # must match the build's MAP_LODS
MAX_ZOOM = 40.0
HOME_COUNTRIES = ("AFG", "TJK", "UZB", "TKM", "KGZ", "PAK")
PLACE_RADIUS = 4.0

MAP_COLOURS = {
    "light": {
        "water": "#dce7ef", "land": "#f3efe6", "focus": "#efe0c8", "border": "#8f8676", "label": "#3d3a35",
        "place": "#2b2b2b", "muted": "#6d6d6d", "hover": "#e4d3b0", "selected": "#b5461a",
        "mentioned": "#1f5fa8", "durand": "#b5461a",
        "csto": "#c8d9ee", "c5": "#d7e8c8", "borders-afghanistan": "#f2d6a9", "russian-military": "#ecc0bb",
    },
    "dark": {
        "water": "#1b2530", "land": "#2d2e31", "focus": "#3d362b", "border": "#77716a", "label": "#dcd8d0",
        "place": "#e6e2da", "muted": "#a09c95", "hover": "#4a4336", "selected": "#f08a5d",
        "mentioned": "#7fb0f0", "durand": "#f08a5d",
        "csto": "#2f4662", "c5": "#3a5232", "borders-afghanistan": "#5e4a2a", "russian-military": "#613430",
    },
}  # fmt: skip
PLACE_STYLE = {  # kind -> (marker shape, colour key)
    "capital": ("square", "place"),
    "city": ("dot", "place"),
    "base": ("triangle", "selected"),
    "crossing": ("diamond", "place"),
    "tunnel": ("diamond", "place"),
    "dam": ("diamond", "place"),
}


_ORDER = QDataStream.ByteOrder
_BYTE_ORDER = _ORDER.LittleEndian if sys.byteorder == "little" else _ORDER.BigEndian
_FLIP = QTransform.fromScale(1, -1)  # the build's y runs north, the scene's runs down


def _path(points: array) -> QPainterPath:
    """A closed path through ``[x0, y0, x1, y1, ...]`` (float32, as the build stores them).

    Qt reads the points itself from the bytes (a QDataStream holding a QPolygonF), six times
    faster than making a QPointF per vertex in Python: the map's 22,000 vertices take 2 ms.
    """
    stream = QDataStream(QByteArray(struct.pack("=I", len(points) // 2) + points.tobytes()))
    stream.setByteOrder(_BYTE_ORDER)
    stream.setFloatingPointPrecision(QDataStream.FloatingPointPrecision.SinglePrecision)
    polygon = QPolygonF()
    stream >> polygon  # QDataStream's operator reads into the polygon
    path = QPainterPath()
    path.addPolygon(_FLIP.map(polygon))
    path.closeSubpath()
    return path


def _scene_rect(bounds: tuple[float, float, float, float]) -> QRectF:
    """A projected bounding box (y north) as a scene rectangle (y down)."""
    min_x, min_y, max_x, max_y = bounds
    return QRectF(min_x, -max_y, max_x - min_x, max_y - min_y)


class CountryItem(QGraphicsPathItem):
    def __init__(self, iso3: str, name: str) -> None:
        super().__init__()
        self.iso3 = iso3
        self.name = name
        self.paths: dict[int, QPainterPath] = {}
        self.setZValue(0)

    def shape(self) -> QPainterPath:
        # The fill area itself. Qt's default adds the pen's outline, stroking thousands of
        # vertices on every hit test (14 ms a hover); borders are a hair wide anyway.
        return self.path()


class PlaceItem(QGraphicsItem):
    """A marker that keeps its size on screen."""

    def __init__(self, place_id: str, name: str, kind: str, entity_id: str, colour: QColor) -> None:
        super().__init__()
        self.place_id, self.name, self.kind, self.entity_id = place_id, name, kind, entity_id
        self.colour = colour
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setZValue(3)
        self.setToolTip(name)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        r = PLACE_RADIUS + 1.5
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(self, painter: QPainter, _option, _widget=None) -> None:
        shape = PLACE_STYLE.get(self.kind, ("dot", "place"))[0]
        painter.setPen(QPen(QColor("#ffffff"), 1.2))
        painter.setBrush(self.colour)
        r = PLACE_RADIUS
        if shape == "square":
            painter.drawRect(QRectF(-r + 0.5, -r + 0.5, 2 * r - 1, 2 * r - 1))
        elif shape == "triangle":
            painter.drawPolygon(QPolygonF([QPointF(0, -r - 1), QPointF(r + 0.5, r), QPointF(-r - 0.5, r)]))
        elif shape == "diamond":
            painter.drawPolygon(QPolygonF([QPointF(0, -r), QPointF(r, 0), QPointF(0, r), QPointF(-r, 0)]))
        else:
            painter.drawEllipse(QPointF(0, 0), r - 0.5, r - 0.5)


class LabelItem(QGraphicsSimpleTextItem):
    """A label of fixed screen size, anchored at a scene point with an offset in pixels."""

    def __init__(self, text: str, priority: int, offset: QPointF, font: QFont, anchor: QPointF) -> None:
        super().__init__(text)
        self.anchor = anchor  # the scene point it labels; its own position moves around it
        self.setPos(anchor)
        self.priority = priority
        self.offset = offset
        self.setFont(font)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setZValue(4)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)


class MapView(QGraphicsView):
    """An interactive map.

    Signals:
        country_selected(str): an ISO3 code, on a click on a country.
        place_selected(str): the entity id (or place id) of a clicked place.
        hovered(str): the name under the mouse ("" when none).
    """

    country_selected = Signal(str)
    place_selected = Signal(str)
    hovered = Signal(str)

    def __init__(self, atlas: Atlas, theme_name: str = "light", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A viewport made here, so viewport() returns a widget Python already knows: asking for
        # Qt's own makes PySide build a Python type for every QWidget subclass first (about 4 ms).
        self._viewport = QWidget()
        self.setViewport(self._viewport)
        self.atlas = atlas
        self.setObjectName("map")
        self.setAccessibleName("Map of Afghanistan and its neighbours")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing)
        self.setMouseTracking(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._theme = theme_name
        self.layers: dict[str, bool] = dict.fromkeys(atlas.layer_names(), False)
        self.mentioned: set[str] = set()
        self.selected: str = ""
        self.hovered_code: str = ""
        self._lod = -1
        self._press: QPointF | None = None
        self.countries: dict[str, CountryItem] = {}
        self.places: list[PlaceItem] = []
        self.labels: list[LabelItem] = []
        self.lines: list[QGraphicsPathItem] = []
        self._built = False
        self._labels_pending = False
        self._just_reset = False  # reset_view ran and the view has not been hidden since
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self._build()
        self._built = True
        self.apply_style()

    # -- building the scene --------------------------------------------------------------------
    def _build(self) -> None:
        # Shapes come with the first reset_view, at the level of detail the view needs; the
        # frame comes from the bounding boxes the build stored.
        frame = QRectF()
        for country in self.atlas.countries:
            item = CountryItem(country.iso3, country.name)
            item.setToolTip(country.name)
            self.countries[country.iso3] = item
            self._scene.addItem(item)
            frame = frame.united(_scene_rect(country.bounds))
        self._frame = frame
        self._scene.setSceneRect(frame)

        for _line_id, name, _entity, points in self.atlas.lines():
            path = QPainterPath()
            path.moveTo(points[0], -points[1])
            for i in range(2, len(points) - 1, 2):
                path.lineTo(points[i], -points[i + 1])
            item = QGraphicsPathItem(path)
            item.setZValue(2)
            item.setToolTip(name)
            self._scene.addItem(item)
            self.lines.append(item)

        label_font = QFont()
        label_font.setPointSizeF(8.5)
        country_font = QFont()
        country_font.setPointSizeF(9.5)
        country_font.setCapitalization(QFont.Capitalization.AllUppercase)
        country_font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
        region_font = QFont()
        region_font.setPointSizeF(8.5)
        region_font.setItalic(True)
        for country in self.atlas.countries:
            if country.iso3.startswith("X"):
                continue  # user-assigned codes (the Siachen Glacier): a shape, not a country to name
            x, y = country.label_x, country.label_y
            priority = 100 if country.iso3 == "AFG" else 80 if country.entity_id != country.iso3 else 40
            label = LabelItem(country.name, priority, QPointF(0, 0), country_font, QPointF(x, -y))
            label.setData(0, ("country", country.iso3))
            self.labels.append(label)
        for place in self.atlas.places:
            if place.kind in ("region", "range"):
                label = LabelItem(place.name, 30, QPointF(0, 0), region_font, QPointF(place.x, -place.y))
                label.setData(0, ("region", place.entity_id or place.id))
                self.labels.append(label)
                continue
            marker = PlaceItem(place.id, place.name, place.kind, place.entity_id, QColor())
            marker.setPos(place.x, -place.y)
            self._scene.addItem(marker)
            self.places.append(marker)
            priority = (
                70 if place.kind == "capital" and not place.general else 60 if not place.general else 35
            )
            offset = QPointF(PLACE_RADIUS + 3, -7)
            label = LabelItem(place.name, priority, offset, label_font, QPointF(place.x, -place.y))
            label.setData(0, ("place", place.entity_id or place.id))
            self.labels.append(label)
        for label in self.labels:
            self._scene.addItem(label)

    @staticmethod
    def _lod_for_scale(pixels_per_km: float) -> int:
        # The coarsest level whose simplification stays under half a pixel.
        for lod in range(len(LOD_TOLERANCE_KM) - 1, -1, -1):
            if LOD_TOLERANCE_KM[lod] * pixels_per_km < 0.5:
                return lod
        return 0

    def _set_lod(self, lod: int) -> None:
        if lod == self._lod:
            return
        self._lod = lod
        needed = [item for item in self.countries.values() if lod not in item.paths]
        if needed:
            paths: dict[str, QPainterPath] = {}
            for iso3, _hole, points in self.atlas.rings(lod):
                paths.setdefault(iso3, QPainterPath()).addPath(_path(points))
            for iso3, item in self.countries.items():
                path = paths.get(iso3, QPainterPath())
                path.setFillRule(Qt.FillRule.OddEvenFill)
                item.paths[lod] = path
        for item in self.countries.values():
            item.setPath(item.paths[lod])

    @property
    def level_of_detail(self) -> int:
        return self._lod

    # -- style -----------------------------------------------------------------------------------
    def set_theme(self, name: str) -> None:
        if name != self._theme:
            self._theme = name
            self.apply_style()

    def colour(self, key: str) -> QColor:
        return QColor(MAP_COLOURS[self._theme][key])

    def fill_for(self, iso3: str) -> QColor:
        """The fill a country gets from the active layers (blended when several apply)."""
        active = [
            layer for layer, on in self.layers.items() if on and iso3 in self.atlas.layers.get(layer, set())
        ]
        if iso3 == self.hovered_code:
            return self.colour("hover")
        if not active:
            return self.colour("focus" if iso3 == "AFG" else "land")
        colours = [self.colour(layer) for layer in active]
        return QColor(
            sum(c.red() for c in colours) // len(colours),
            sum(c.green() for c in colours) // len(colours),
            sum(c.blue() for c in colours) // len(colours),
        )

    def apply_style(self) -> None:
        self.setBackgroundBrush(self.colour("water"))
        for iso3, item in self.countries.items():
            item.setBrush(QBrush(self.fill_for(iso3)))
            if iso3 == self.selected:
                pen = QPen(self.colour("selected"), 2.4)
                item.setZValue(1.5)
            elif iso3 in self.mentioned:
                pen = QPen(self.colour("mentioned"), 1.8)
                item.setZValue(1)
            else:
                pen = QPen(self.colour("border"), 0.7)
                item.setZValue(0)
            pen.setCosmetic(True)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            item.setPen(pen)
        for line in self.lines:
            pen = QPen(self.colour("durand"), 2.0, Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            line.setPen(pen)
        for marker in self.places:
            key = PLACE_STYLE.get(marker.kind, ("dot", "place"))[1]
            marker.colour = self.colour(key)
            marker.update()
        for label in self.labels:
            kind = label.data(0)[0]
            label.setBrush(self.colour("muted" if kind == "region" else "label"))
        self.viewport().update()

    def set_layer(self, layer: str, on: bool) -> None:
        if layer not in self.layers:
            raise KeyError(layer)
        self.layers[layer] = on
        self.apply_style()
        self.place_labels()  # the legend grew or shrank

    def set_mentioned(self, codes: set[str]) -> None:
        """Outline the countries the section being read names."""
        if codes != self.mentioned:
            self.mentioned = set(codes)
            self.apply_style()
            self.place_labels()

    def select_country(self, iso3: str) -> None:
        self.selected = iso3 if iso3 in self.countries else ""
        self.apply_style()

    # -- zoom and pan ----------------------------------------------------------------------------
    def reset_view(self) -> None:
        """Afghanistan and its immediate neighbours, filling the view."""
        self.resetTransform()
        home = QRectF()
        for code in HOME_COUNTRIES:
            if code in self.atlas.country_by_code:
                home = home.united(_scene_rect(self.atlas.country_by_code[code].bounds))
        home = home if home.isValid() else self._frame
        self.fitInView(home.adjusted(-80, -80, 80, 80), Qt.AspectRatioMode.KeepAspectRatio)
        self._after_zoom()
        self.place_labels_now()
        self._just_reset = True

    def zoom_by(self, factor: float) -> None:
        current = self.transform().m11()
        fitted = self._fitted_scale()
        target = max(fitted * 0.9, min(fitted * MAX_ZOOM, current * factor))
        self.scale(target / current, target / current)
        self._after_zoom()

    def _fitted_scale(self) -> float:
        rect = self.viewport().rect()
        return min(rect.width() / self._frame.width(), rect.height() / self._frame.height())

    @property
    def pixels_per_km(self) -> float:
        return self.transform().m11()

    def _after_zoom(self) -> None:
        self._set_lod(self._lod_for_scale(self.pixels_per_km))
        self.place_labels()

    def place_labels(self) -> None:
        """Place the labels once the view settles (scrolls and resizes come in bursts)."""
        if self._built and not self._labels_pending:
            self._labels_pending = True
            QTimer.singleShot(0, self._place_pending_labels)

    def _place_pending_labels(self) -> None:
        if self._labels_pending:  # not already placed by a reset in the meantime
            self.place_labels_now()

    def place_labels_now(self) -> None:
        """Show labels by priority, hiding any that would overlap one already shown."""
        self._labels_pending = False
        if not self._built:
            return
        view = self.viewport().rect()
        taken: list[QRectF] = [self._legend_rect(QRectF(view)), QRectF(0, view.bottom() - 30, 130, 30)]
        for marker in self.places:
            centre = QPointF(self.mapFromScene(marker.pos()))
            taken.append(
                QRectF(
                    centre.x() - PLACE_RADIUS, centre.y() - PLACE_RADIUS, 2 * PLACE_RADIUS, 2 * PLACE_RADIUS
                )
            )
        for label in sorted(self.labels, key=lambda item: -item.priority):
            anchor = self.mapFromScene(label.anchor)
            size = label.boundingRect().size()
            kind = label.data(0)[0]
            offsets = [label.offset] if kind != "place" else [
                label.offset, QPointF(-size.width() - PLACE_RADIUS - 3, -7),
                QPointF(-size.width() / 2, 5), QPointF(-size.width() / 2, -size.height() - 5),
            ]  # fmt: skip
            if kind in ("country", "region"):
                middle = QPointF(-size.width() / 2, -size.height() / 2)
                offsets = [middle, middle + QPointF(0, -size.height()), middle + QPointF(0, size.height())]
            shown = False
            for offset in offsets:
                rect = QRectF(QPointF(anchor) + offset, size).adjusted(-2, -1, 2, 1)
                if view.contains(rect.toRect()) and not any(rect.intersects(other) for other in taken):
                    taken.append(rect)
                    label.setPos(self.mapToScene(rect.topLeft().toPoint() + QPointF(2, 1).toPoint()))
                    shown = True
                    break
            label.setVisible(shown)

    def visible_labels(self) -> list[str]:
        return [label.text() for label in self.labels if label.isVisible()]

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.transform().isIdentity():
            self.reset_view()
        else:
            self.place_labels()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._just_reset:  # shown again: back home (the first show comes right after a reset)
            self.reset_view()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().hideEvent(event)
        self._just_reset = False

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(420, 320)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(1.2**steps)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        step = 60
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1.25)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(0.8)
        elif key in (Qt.Key.Key_0, Qt.Key.Key_Home):
            self.reset_view()
        elif key == Qt.Key.Key_Left:
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - step)
        elif key == Qt.Key.Key_Right:
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + step)
        elif key == Qt.Key.Key_Up:
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - step)
        elif key == Qt.Key.Key_Down:
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() + step)
        else:
            super().keyPressEvent(event)
            return
        self.place_labels()
        event.accept()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 - Qt override
        super().scrollContentsBy(dx, dy)
        if dx or dy:
            self.place_labels()

    # -- hover and clicks -----------------------------------------------------------------------
    def country_at(self, view_point: QPointF) -> str:
        """The ISO3 code of the country under a viewport point ("" over water)."""
        scene_point = self.mapToScene(view_point.toPoint())
        for item in self._scene.items(scene_point):
            if isinstance(item, CountryItem):
                return item.iso3
        return ""

    def place_at(self, view_point: QPointF) -> PlaceItem | None:
        for item in self.items(view_point.toPoint()):
            if isinstance(item, PlaceItem):
                return item
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        super().mouseMoveEvent(event)
        place = self.place_at(event.position())
        code = "" if place else self.country_at(event.position())
        if code != self.hovered_code:
            previous, self.hovered_code = self.hovered_code, code
            for changed in (previous, code):
                if changed in self.countries:
                    self.countries[changed].setBrush(QBrush(self.fill_for(changed)))
        name = place.name if place else (self.countries[code].name if code else "")
        self.hovered.emit(name)

    def leaveEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().leaveEvent(event)
        if self.hovered_code:
            previous, self.hovered_code = self.hovered_code, ""
            self.countries[previous].setBrush(QBrush(self.fill_for(previous)))
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
            return  # a drag, not a click
        place = self.place_at(event.position())
        if place is not None:
            self.place_selected.emit(place.entity_id or place.place_id)
            return
        code = self.country_at(event.position())
        if code:
            self.select_country(code)
            self.country_selected.emit(code)

    # -- legend, scale bar, export ------------------------------------------------------------------
    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802 - Qt override
        painter.save()
        painter.resetTransform()
        self.draw_overlay(painter, QRectF(self.viewport().rect()))
        painter.restore()

    def draw_overlay(self, painter: QPainter, area: QRectF) -> None:
        font = QFont()
        font.setPointSizeF(8)
        painter.setFont(font)
        text = self.colour("label")
        # Scale bar: a round number of km about 100 px long, bottom left.
        km = 100 / max(self.pixels_per_km, 1e-6)
        nice = next((n for n in (10, 20, 50, 100, 200, 250, 500, 1000, 2000) if n >= km * 0.6), 2000)
        length = nice * self.pixels_per_km
        x0, y0 = area.left() + 12, area.bottom() - 14
        painter.setPen(QPen(text, 1.5))
        painter.drawLine(QPointF(x0, y0), QPointF(x0 + length, y0))
        painter.drawLine(QPointF(x0, y0 - 4), QPointF(x0, y0))
        painter.drawLine(QPointF(x0 + length, y0 - 4), QPointF(x0 + length, y0))
        painter.drawText(QPointF(x0, y0 - 6), f"{nice} km")
        # Legend, top right: the layers shown, the outline for the section being read, the Durand Line.
        entries = self._legend_entries()
        box = self._legend_rect(area)
        background = self.colour("land")
        background.setAlpha(225)
        painter.setPen(QPen(self.colour("border"), 0.8))
        painter.setBrush(background)
        painter.drawRoundedRect(box, 4, 4)
        for index, (kind, label, colour) in enumerate(entries):
            y = box.top() + 6 + index * 16
            swatch = QRectF(box.left() + 8, y + 2, 14, 10)
            if kind == "fill":
                painter.setPen(QPen(self.colour("border"), 0.6))
                painter.setBrush(colour)
                painter.drawRect(swatch)
            elif kind == "outline":
                painter.setPen(QPen(colour, 1.8))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(swatch)
            elif kind == "dash":
                painter.setPen(QPen(colour, 2.0, Qt.PenStyle.DashLine))
                painter.drawLine(
                    QPointF(swatch.left(), swatch.center().y()), QPointF(swatch.right(), swatch.center().y())
                )
            else:
                painter.setPen(QPen(QColor("#ffffff"), 1))
                painter.setBrush(colour)
                c = swatch.center()
                painter.drawPolygon(QPolygonF([QPointF(c.x(), c.y() - 5), QPointF(c.x() + 5, c.y() + 4),
                                               QPointF(c.x() - 5, c.y() + 4)]))  # fmt: skip
            painter.setPen(text)
            painter.drawText(QPointF(swatch.right() + 6, y + 11), label)

    def _legend_entries(self) -> list[tuple[str, str, QColor]]:
        names = self.atlas.layer_names()
        entries = [("fill", names[layer], self.colour(layer)) for layer, on in self.layers.items() if on]
        if self.mentioned:
            entries.append(("outline", "Named in this section", self.colour("mentioned")))
        if self.lines:
            entries.append(("dash", "Durand Line", self.colour("durand")))
        entries.append(("triangle", "Military base", self.colour("selected")))
        return entries

    def _legend_rect(self, area: QRectF) -> QRectF:
        font = QFont()
        font.setPointSizeF(8)
        metrics = QFontMetricsF(font)
        entries = self._legend_entries()
        width = max(metrics.horizontalAdvance(label) for _, label, _ in entries) + 34
        return QRectF(area.right() - width - 10, area.top() + 10, width, len(entries) * 16 + 8)

    def export_png(self, path: str) -> bool:
        return self.viewport().grab().save(path, "PNG")

    def export_svg(self, path: str) -> bool:
        from PySide6.QtSvg import QSvgGenerator

        generator = QSvgGenerator()
        generator.setFileName(path)
        size = self.viewport().size()
        generator.setSize(size)
        generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
        generator.setTitle("Afghanistan and its neighbours — Dossier")
        generator.setDescription(
            "Natural Earth boundaries; facts from 'Russian Interests in Afghanistan' (2021)"
        )
        painter = QPainter(generator)
        if not painter.isActive():
            return False
        painter.fillRect(QRectF(0, 0, size.width(), size.height()), self.colour("water"))
        self.render(painter, QRectF(0, 0, size.width(), size.height()), self.viewport().rect())
        return painter.end()
