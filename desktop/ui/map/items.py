"""The map's scene items: country shapes, place markers, and labels with halos."""

from __future__ import annotations

import struct
import sys
from array import array

from PySide6.QtCore import QByteArray, QDataStream, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
    QTransform,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem

from desktop.core.map.style import marker_style

PLACE_RADIUS = 4.0

_ORDER = QDataStream.ByteOrder
_BYTE_ORDER = _ORDER.LittleEndian if sys.byteorder == "little" else _ORDER.BigEndian
_FLIP = QTransform.fromScale(1, -1)  # the build's y runs north, the scene's runs down


def ring_path(points: array) -> QPainterPath:
    """A closed path through ``[x0, y0, x1, y1, ...]`` (float32, as the build stores them).

    Qt reads the points itself from the bytes (a QDataStream holding a QPolygonF) rather than
    Python making a QPointF per vertex, which is several times slower.
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


def scene_rect(bounds: tuple[float, float, float, float]) -> QRectF:
    """A projected bounding box (y north) as a scene rectangle (y down)."""
    min_x, min_y, max_x, max_y = bounds
    return QRectF(min_x, -max_y, max_x - min_x, max_y - min_y)


def draw_symbol(painter: QPainter, kind: str, centre: QPointF, colour: QColor, outline: QColor) -> None:
    """A place's marker: the same drawing on the map and in the legend."""
    shape = marker_style(kind)[0]
    r = PLACE_RADIUS
    x, y = centre.x(), centre.y()
    painter.setPen(QPen(outline, 1.2))
    painter.setBrush(colour)
    if shape == "square":
        painter.drawRect(QRectF(x - r + 0.5, y - r + 0.5, 2 * r - 1, 2 * r - 1))
    elif shape == "triangle":
        painter.drawPolygon(
            QPolygonF([QPointF(x, y - r - 1), QPointF(x + r + 0.5, y + r), QPointF(x - r - 0.5, y + r)])
        )
    elif shape in ("diamond", "open-diamond"):
        if shape == "open-diamond":
            painter.setPen(QPen(colour, 1.6))
            painter.setBrush(outline)
        painter.drawPolygon(
            QPolygonF([QPointF(x, y - r), QPointF(x + r, y), QPointF(x, y + r), QPointF(x - r, y)])
        )
    elif shape == "bar":
        painter.drawRect(QRectF(x - r, y - r / 2, 2 * r, r))
    else:
        painter.drawEllipse(centre, r - 0.5, r - 0.5)


class CountryItem(QGraphicsPathItem):
    def __init__(self, iso3: str, name: str) -> None:
        super().__init__()
        self.iso3 = iso3
        self.name = name
        self.paths: dict[int, QPainterPath] = {}
        self.setZValue(0)

    def shape(self) -> QPainterPath:
        # The fill area itself: Qt's default adds the pen's outline, stroking thousands of
        # vertices on every hit test, and borders are a hair wide anyway.
        return self.path()


class FocusOutline(QGraphicsPathItem):
    """The keyboard focus drawn round a country; never in the way of a hit test."""

    def shape(self) -> QPainterPath:
        return QPainterPath()


class PlaceItem(QGraphicsItem):
    """A marker that keeps its size on screen."""

    def __init__(self, place_id: str, name: str, kind: str, entity_id: str) -> None:
        super().__init__()
        self.place_id, self.name, self.kind, self.entity_id = place_id, name, kind, entity_id
        self.colour = QColor()
        self.outline = QColor("#ffffff")
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setZValue(3)
        self.setToolTip(name)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        r = PLACE_RADIUS + 1.5
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(self, painter: QPainter, _option, _widget=None) -> None:
        draw_symbol(painter, self.kind, QPointF(0, 0), self.colour, self.outline)


class LabelItem(QGraphicsItem):
    """A label of fixed screen size with a halo, and a leader line to its marker when set apart.

    ``anchor`` is the scene point it names; the label's own position is its box's top left.
    """

    def __init__(self, text: str, kind: str, target: str, font: QFont, anchor: QPointF) -> None:
        super().__init__()
        self.text, self.kind, self.target, self.anchor = text, kind, target, anchor
        self.font = font
        self.colour, self.halo_colour, self.leader_colour = QColor(), QColor(), QColor()
        self.leader: tuple[QPointF, QPointF] | None = None  # in the label's own pixels
        metrics = QFontMetricsF(font)
        self.size = (metrics.horizontalAdvance(text) + 4, metrics.height() + 2)
        self._baseline = 1 + metrics.ascent()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setZValue(4)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._picture: QPixmap | None = None

    def set_colours(self, text: QColor, halo: QColor, leader: QColor) -> None:
        self.colour, self.halo_colour, self.leader_colour = text, halo, leader
        self._picture = None
        self.update()

    def _drawn(self, ratio: float) -> QPixmap:
        # Text with a halo is two antialiased path fills: drawn once into a pixmap, not every frame
        # (Qt's own item cache does not serve render() into an image, as exports and the bench do).
        if self._picture is None or self._picture.devicePixelRatio() != ratio:
            width, height = self.size
            picture = QPixmap(int(width * ratio) + 1, int(height * ratio) + 1)
            picture.setDevicePixelRatio(ratio)
            picture.fill(QColor(0, 0, 0, 0))
            painter = QPainter(picture)
            painter.setFont(self.font)
            # The halo: the text drawn round about in the halo colour (glyphs come from Qt's
            # cache; stroking the text's outline as a path costs far more).
            painter.setPen(self.halo_colour)
            for dx, dy in ((-1, -1), (0, -1), (1, -1), (-1, 0), (1, 0), (-1, 1), (0, 1), (1, 1)):
                painter.drawText(QPointF(2 + dx, self._baseline + dy), self.text)
            painter.setPen(self.colour)
            painter.drawText(QPointF(2, self._baseline), self.text)
            painter.end()
            self._picture = picture
        return self._picture

    def set_leader(self, leader: tuple[QPointF, QPointF] | None) -> None:
        self.prepareGeometryChange()
        self.leader = leader

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        rect = QRectF(0, 0, *self.size)
        if self.leader is not None:
            rect = rect.united(QRectF(self.leader[0], self.leader[1]).normalized().adjusted(-1, -1, 1, 1))
        return rect

    def paint(self, painter: QPainter, _option, widget=None) -> None:
        if self.leader is not None:
            painter.setPen(QPen(self.leader_colour, 1.0))
            painter.drawLine(*self.leader)
        painter.drawPixmap(
            QPointF(0, 0), self._drawn(widget.devicePixelRatioF() if widget is not None else 1.0)
        )
