"""What the map paints besides its items: the margin and neatline, the key band (legend and
scale bar) in view pixels, and the PNG and SVG exports."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPixmap

from desktop.core.map.geometry import frame_outline
from desktop.core.map.style import marker_style
from desktop.ui.map.items import draw_symbol

ROW_HEIGHT = 15.0
SWATCH = 16.0  # the symbol's width, before its label
SCALE_WIDTH = 122.0  # room the scale bar (at most SCALE_BAR px) and its figure take
SCALE_BAR = 64.0
NICE_KM = (10, 20, 50, 100, 200, 250, 500, 1000, 2000)


def key_font() -> QFont:
    font = QFont()
    font.setPointSizeF(8)
    return font


def key_layout(entries: Sequence[tuple[str, str]], width: float) -> tuple[list[tuple[float, float]], float]:
    """Where each legend entry goes in a band ``width`` wide (after the scale bar), and the
    band's height: entries flow left to right and wrap onto further rows."""
    metrics = QFontMetricsF(key_font())
    x, row, spots = SCALE_WIDTH, 0, []
    for _kind, label in entries:
        needed = SWATCH + 4 + metrics.horizontalAdvance(label) + 12
        if x + needed > width - 6 and x > SCALE_WIDTH:
            x, row = 8.0, row + 1
        spots.append((x, row * ROW_HEIGHT))
        x += needed
    return spots, (row + 1) * ROW_HEIGHT + 6


def key_rect(entries: Sequence[tuple[str, str]], area: QRectF) -> QRectF:
    height = key_layout(entries, area.width())[1]
    return QRectF(area.left(), area.bottom() - height, area.width(), height)


def draw_key(
    painter: QPainter,
    area: QRectF,
    entries: Sequence[tuple[str, str]],
    colour: Callable[[str], QColor],
    pixels_per_km: float,
) -> None:
    """The legend band along the bottom of ``area``, with a scale bar at its start."""
    font = key_font()
    painter.setFont(font)
    band = key_rect(entries, area)
    background = colour("panel")
    background.setAlpha(235)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(background)
    painter.drawRect(band)
    painter.setPen(QPen(colour("border"), 0.8))
    painter.drawLine(band.topLeft(), band.topRight())
    text = colour("label")
    # A round number of km at most SCALE_BAR pixels long.
    km = SCALE_BAR / max(pixels_per_km, 1e-6)
    nice = next((n for n in reversed(NICE_KM) if n <= km), NICE_KM[0])
    length = nice * pixels_per_km
    x0, y0 = band.left() + 8, band.top() + 11
    painter.setPen(QPen(text, 1.5))
    painter.drawLine(QPointF(x0, y0), QPointF(x0 + length, y0))
    painter.drawLine(QPointF(x0, y0 - 4), QPointF(x0, y0))
    painter.drawLine(QPointF(x0 + length, y0 - 4), QPointF(x0 + length, y0))
    painter.drawText(QPointF(x0 + length + 4, y0 + 1), f"{nice} km")
    spots = key_layout(entries, area.width())[0]
    for (kind, label), (x, y) in zip(entries, spots, strict=True):
        top = band.top() + 3 + y
        swatch = QRectF(band.left() + x, top + 2, SWATCH - 2, 9)
        _draw_swatch(painter, kind, swatch, colour)
        painter.setPen(text)
        painter.drawText(QPointF(swatch.right() + 5, top + 10.5), label)


def key_picture(
    area: QRectF,
    entries: Sequence[tuple[str, str]],
    colour: Callable[[str], QColor],
    pixels_per_km: float,
    ratio: float,
) -> tuple[QPixmap, QPointF]:
    """The key band drawn once into a pixmap, and where it goes: text is slow to draw each frame."""
    band = key_rect(entries, area)
    picture = QPixmap(int(band.width() * ratio) + 1, int(band.height() * ratio) + 1)
    picture.setDevicePixelRatio(ratio)
    picture.fill(QColor(0, 0, 0, 0))
    painter = QPainter(picture)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(-band.topLeft())
    draw_key(painter, area, entries, colour, pixels_per_km)
    painter.end()
    return picture, band.topLeft()


def _draw_swatch(painter: QPainter, kind: str, swatch: QRectF, colour: Callable[[str], QColor]) -> None:
    middle = swatch.center()
    if kind.startswith("layer:"):
        painter.setPen(QPen(colour("border"), 0.6))
        painter.setBrush(colour(kind.removeprefix("layer:")))
        painter.drawRect(swatch)
    elif kind.startswith("outline:"):
        painter.setPen(QPen(colour(kind.removeprefix("outline:")), 2.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(swatch)
    elif kind == "line":
        painter.setPen(QPen(colour("line"), 2.0, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(swatch.left(), middle.y()), QPointF(swatch.right(), middle.y()))
    else:
        draw_symbol(painter, kind, middle, colour(marker_style(kind)[1]), colour("panel"))


class MapPainting:
    """The background, foreground and exports of ``MapView`` (a mixin over the view's state)."""

    def neatline(self) -> QPainterPath:
        """The edge of the frame the shapes were cut to, in scene coordinates."""
        if self._neatline is None:
            points = frame_outline(self.atlas.frame, self.atlas.settings.projection)
            path = QPainterPath(QPointF(points[0][0], -points[0][1]))
            for x, y in points[1:]:
                path.lineTo(x, -y)
            path.closeSubpath()
            self._neatline = path
        return self._neatline

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802 - Qt override
        # Beyond the frame there is no data: a margin, not sea, behind a neatline.
        painter.fillRect(rect, self.colour("margin"))
        pen = QPen(self.colour("border"), 1.2)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(self.colour("water"))
        painter.drawPath(self.neatline())

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802 - Qt override
        self.draw_focus_ring(painter)
        painter.save()
        painter.resetTransform()
        area = QRectF(self.viewport().rect())
        if self._vector_export:
            draw_key(painter, area, self._key_shown, self.colour, self.pixels_per_km)
        else:
            ratio = self.devicePixelRatioF()
            key = (area.size().toSize(), tuple(self._key_shown), self.pixels_per_km, self._theme, ratio)
            if self._key_cache is None or self._key_cache[0] != key:
                picture = key_picture(area, self._key_shown, self.colour, self.pixels_per_km, ratio)
                self._key_cache = (key, picture)
            painter.drawPixmap(self._key_cache[1][1], self._key_cache[1][0])
        painter.restore()

    def export_png(self, path: str) -> bool:
        return self.viewport().grab().save(path, "PNG")

    def export_svg(self, path: str) -> bool:
        from PySide6.QtSvg import QSvgGenerator

        generator = QSvgGenerator()
        generator.setFileName(path)
        size = self.viewport().size()
        generator.setSize(size)
        generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
        meta = self.atlas.store.meta
        generator.setTitle(f"{self.atlas.settings.title} — Dossier")
        generator.setDescription(
            f"Natural Earth boundaries; facts from '{meta.get('title', '')}' ({meta.get('year', '')})"
        )
        painter = QPainter(generator)
        if not painter.isActive():
            return False
        self._vector_export = True
        try:
            self.render(painter, QRectF(0, 0, size.width(), size.height()), self.viewport().rect())
        finally:
            self._vector_export = False
        return painter.end()
