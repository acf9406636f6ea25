"""The timeline's drawing: a scene laid out from the core's axis, lanes and label placement.

Nothing here decides where things go; ``desktop.core.timeline`` does, and this module turns
its answers into graphics items in the theme's colours.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
)

from desktop.core.timeline.axis import Axis, Era, era_axis, ticks
from desktop.core.timeline.events import Event
from desktop.core.timeline.layout import OTHERS, LabelBox, lane_of, place_labels
from desktop.ui.i18n import translate

COLOURS = {
    "light": {
        "background": "#fbfaf7", "era": "#f0ede6", "era_alt": "#e7e3da", "era_text": "#6b655b",
        "axis": "#8d877c", "text": "#1f1f1f", "muted": "#6a665f", "marker": "#1f5fa8",
        "section": "#8a3b12", "current": "#d9480f", "span": "#9fb9dc", "brush": "#1f5fa844",
        "corrected": "#b5461a",
    },
    "dark": {
        "background": "#1c1d20", "era": "#24262a", "era_alt": "#2c2e33", "era_text": "#a6a49f",
        "axis": "#7c7a75", "text": "#dedcd7", "muted": "#a6a49f", "marker": "#8cb8f0",
        "section": "#e3a07c", "current": "#ffb070", "span": "#41597a", "brush": "#8cb8f055",
        "corrected": "#ff9a66",
    },
}  # fmt: skip
LANE_LABEL_WIDTH = 104.0  # the lanes' names, left of the axis
AXIS_HEIGHT = 36.0  # era names above, year ticks below
MARKER_ROW = 12.0
LABEL_ROW = 14.0
MAX_LABEL_ROWS = 4
MARKER = 8.0
MARGIN = 8.0
PRECISION_PRIORITY = {"day": 0.4, "month": 0.3, "quarter": 0.3, "year": 0.2}


def label_font(base: QFont) -> QFont:
    """The labels' font: a little smaller than the panel's (which follows the window's zoom)."""
    font = QFont(base)
    font.setPointSizeF(max(8.0, base.pointSizeF() * 0.92))
    return font


def label_row(font: QFont) -> float:
    """The height of a row of labels in ``font``."""
    return max(LABEL_ROW, QFontMetricsF(font).height() + 1)


class Layout(NamedTuple):
    """Where everything went, for hit tests, keyboard moves and the tests."""

    axis: Axis
    left: float  # the axis's x 0 in the scene
    lanes: list[str]
    lane_top: list[float]
    rows: int
    markers: dict[str, QGraphicsItem]
    labels: dict[str, QGraphicsSimpleTextItem]
    texts: list[QGraphicsSimpleTextItem]  # every text in the scene: ticks, eras, lanes, labels


def lay_out(
    scene: QGraphicsScene,
    events: Sequence[Event],
    eras: Sequence[Era],
    lanes: list[str],
    lane_by: str,
    names: dict[str, str],
    country_of: dict[str, str],
    size: tuple[float, float],
    font: QFont,
    theme: str,
    period: tuple[float, float] | None,
    highlighted: set[str],
    current: str,
) -> Layout:
    """Clear ``scene`` and draw the events at ``size`` in ``font`` (see ``label_font``); labels
    that cannot fit are left out."""
    colours = {key: QColor(value) for key, value in COLOURS[theme].items()}
    scene.clear()
    width, height = size
    scene.setSceneRect(0, 0, width, height)
    scene.setBackgroundBrush(colours["background"])
    metrics = QFontMetricsF(font)
    row_height = label_row(font)
    axis_height = max(AXIS_HEIGHT, 2 * row_height + 6)
    left = LANE_LABEL_WIDTH
    axis = era_axis(eras, [event.range for event in events], max(40.0, width - left - MARGIN), period)
    texts: list[QGraphicsSimpleTextItem] = []

    def text(value: str, x: float, y: float, colour: str, bold: bool = False) -> QGraphicsSimpleTextItem:
        item = scene.addSimpleText(value, font)
        if bold:
            bolder = QFont(font)
            bolder.setBold(True)
            item.setFont(bolder)
        item.setBrush(colours[colour])
        item.setPos(x, y)
        texts.append(item)
        return item

    # Eras: alternating bands with their names, clipped where they would run into the next one.
    for index, segment in enumerate(axis.segments):
        band = QRectF(left + segment.left, 0, segment.right - segment.left, height)
        brush = colours["background"] if segment.is_break else colours["era" if index % 2 == 0 else "era_alt"]
        rect = scene.addRect(band, QPen(Qt.PenStyle.NoPen), QBrush(brush))
        rect.setZValue(-2)
        if segment.name:
            name = metrics.elidedText(segment.name, Qt.TextElideMode.ElideRight, band.width() - 6)
            if name and name != "…":
                text(name, band.left() + 3, 2, "era_text")
    line = QPen(colours["axis"], 1)
    scene.addLine(left, axis_height - 2, left + axis.width, axis_height - 2, line)
    for tick in ticks(axis, metrics.horizontalAdvance("0000")):
        x = left + tick.x
        scene.addLine(x, axis_height - 6, x, axis_height - 2, line)
        label_x = min(
            max(left, x - metrics.horizontalAdvance(tick.label) / 2),
            width - 2 - metrics.horizontalAdvance(tick.label),
        )
        text(tick.label, label_x, axis_height - 4 - row_height, "muted")

    # Lanes: as many label rows as the height allows.
    usable = height - axis_height - 4
    per_lane = usable / max(1, len(lanes))
    rows = int(max(0, min(MAX_LABEL_ROWS, (per_lane - MARKER_ROW) // row_height)))
    lane_height = MARKER_ROW + rows * row_height + 4
    lane_top = [axis_height + 4 + i * lane_height for i in range(len(lanes))]
    for index, lane in enumerate(lanes):
        top = lane_top[index]
        name = names.get(lane, lane) if lane != OTHERS else translate("TimelineScene", "Others")
        shown = metrics.elidedText(name, Qt.TextElideMode.ElideRight, LANE_LABEL_WIDTH - 10)
        text(shown, 4, top, "text", bold=True)
        if index:
            scene.addLine(0, top - 2, width, top - 2, QPen(colours["era_alt"], 1))

    visible_start, visible_end = axis.start, axis.end
    markers: dict[str, QGraphicsItem] = {}
    boxes = []
    lane_index = {lane: i for i, lane in enumerate(lanes)}
    for event in events:
        span = event.range
        if span.end <= visible_start or span.start >= visible_end:
            continue
        lane = lane_index[lane_of(event, lanes, lane_by, country_of)]
        y = lane_top[lane] + MARKER_ROW / 2
        x0 = left + axis.x(max(span.start, visible_start))
        x1 = left + axis.x(min(span.end, visible_end))
        marker = _marker(event, x0, x1, y, colours, event.id in highlighted, event.id == current)
        scene.addItem(marker)
        markers[event.id] = marker
        title = event.title + (translate("TimelineScene", " (ed.)") if event.correction else "")
        # The current event's label first, then the section's, then the most precise dates:
        # a span's or a decade's bar says where it is without its name.
        priority = 2.0 if event.id == current else 1.0 if event.id in highlighted else 0.0
        priority += PRECISION_PRIORITY.get(span.precision, 0.0)
        boxes.append(LabelBox(event.id, x0 - left, metrics.horizontalAdvance(title) + 2, lane, priority))
    placed = place_labels(boxes, rows, axis.width, gap=6, lead=2)
    labels: dict[str, QGraphicsSimpleTextItem] = {}
    by_id = {event.id: event for event in events}
    for key, spot in placed.items():
        event = by_id[key]
        colour = "current" if key == current else "section" if key in highlighted else "text"
        title = event.title + (translate("TimelineScene", " (ed.)") if event.correction else "")
        top = lane_top[spot.lane] + MARKER_ROW + spot.row * row_height
        item = text(title, left + spot.left, top, colour)
        item.setData(0, key)
        labels[key] = item
        # A hairline from the marker to its label, which may sit a row down or end at the marker.
        anchor = markers[key].sceneBoundingRect()
        x = min(max(anchor.center().x(), left + spot.left + 1), left + spot.left + spot.width - 1)
        leader = scene.addLine(anchor.center().x(), anchor.bottom(), x, top + 2, QPen(colours["axis"], 0.6))
        leader.setZValue(0)
    return Layout(axis, left, lanes, lane_top, rows, markers, labels, texts)


def _marker(
    event: Event, x0: float, x1: float, y: float, colours: dict[str, QColor], highlighted: bool, current: bool
) -> QGraphicsItem:
    """A dot for a date, a bar for a span (or a decade); hollow where the report hedges."""
    colour = colours["current" if current else "section" if highlighted else "marker"]
    pen = QPen(colours["corrected"] if event.correction else colour, 2 if current else 1.2)
    item: QGraphicsItem
    if x1 - x0 > MARKER:
        bar = QRectF(x0, y - 3, x1 - x0, 6)
        item = QGraphicsRectItem(bar)
        fill = QColor(colour)
        fill.setAlpha(110 if not current else 200)
        item.setBrush(QBrush(fill))
        item.setPen(pen)
    else:
        middle = (x0 + x1) / 2
        item = QGraphicsEllipseItem(QRectF(middle - MARKER / 2, y - MARKER / 2, MARKER, MARKER))
        item.setBrush(QBrush(colours["background"] if event.approximate else colour))
        item.setPen(pen)
    if current:
        ring = QPainterPath()
        box = item.boundingRect().adjusted(-3, -3, 3, 3)
        ring.addRoundedRect(box, 4, 4)
        halo = QGraphicsPathItem(ring, item)
        halo.setPen(QPen(colours["current"], 1.5))
    item.setData(0, event.id)
    item.setToolTip(f"{event.date}{'–' + event.end if event.end else ''}: {event.title}\n“{event.quote}”")
    item.setZValue(2 if current else 1)
    return item
