"""The map of a report's region: countries, places, layers, key and keyboard.

Shapes come projected (Lambert conformal conic, km) from the content database at several
levels of detail; the view swaps paths as the zoom changes and caches every path it builds.
The view never leaves the frame the shapes were cut to, so its slanted edges never show.
Labels keep their size on screen; which are shown, and where, is ``core.map_layout``'s call.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QTransform
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsScene, QGraphicsView, QWidget

from desktop.core.map import layout as map_layout
from desktop.core.map.atlas import Atlas
from desktop.core.map.geometry import LOD_TOLERANCE_KM, view_within_frame
from desktop.core.map.style import AREA_KINDS, MAP_COLOURS, legend, marker_style
from desktop.ui.i18n import translate
from desktop.ui.map.input import MapInput
from desktop.ui.map.items import (
    PLACE_RADIUS,
    CountryItem,
    FocusOutline,
    LabelItem,
    PlaceItem,
    ring_path,
    scene_rect,
)
from desktop.ui.map.overlay import MapPainting, key_rect

if TYPE_CHECKING:  # the event types are made when the first such event arrives, not at start
    from PySide6.QtGui import QWheelEvent

__all__ = ["MAP_COLOURS", "MapView"]

# The key's words from desktop/core/map/style.py, for pyside6-lupdate (shown by key_entries).
_KEY_WORDS = (
    QT_TRANSLATE_NOOP("MapLegend", "Named in this section"), QT_TRANSLATE_NOOP("MapLegend", "Selected"),
    QT_TRANSLATE_NOOP("MapLegend", "Capital"), QT_TRANSLATE_NOOP("MapLegend", "City"),
    QT_TRANSLATE_NOOP("MapLegend", "Military base"), QT_TRANSLATE_NOOP("MapLegend", "Border crossing"),
    QT_TRANSLATE_NOOP("MapLegend", "Tunnel"), QT_TRANSLATE_NOOP("MapLegend", "Dam"),
)  # fmt: skip

MAX_ZOOM = 40.0
WIDE_HOME = 640  # pixels: from this width the home view takes in the edge of ``wide_home`` too
WIDE_BAND_KM = 220.0  # how much of the ``wide_home`` countries a wide home view shows: room for a name


class MapView(MapInput, MapPainting, QGraphicsView):
    """An interactive map.

    Signals:
        country_selected(str): an ISO3 code, on a click on a country or Enter on a focused one.
        place_selected(str): the entity id (or place id) of a clicked or entered place.
        hovered(str): the name under the mouse or under the keyboard focus ("" when none).
    """

    country_selected = Signal(str)
    place_selected = Signal(str)
    hovered = Signal(str)

    def __init__(self, atlas: Atlas, theme_name: str = "light", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A viewport made here, so viewport() returns a widget Python already knows: asking for
        # Qt's own makes PySide build a Python type for every QWidget subclass first.
        self._viewport = QWidget()
        self.setViewport(self._viewport)
        self.atlas = atlas
        self._layer_colours = {theme: atlas.settings.layer_colours(theme) for theme in MAP_COLOURS}
        self.setObjectName("map")
        self.setAccessibleName(translate("MapView", "Map of {region}").format(region=atlas.settings.title))
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
        self.focused_target: tuple[str, str] | None = None  # (kind, id) under the keyboard focus
        self.placed: list[map_layout.Placed] = []
        self._lod = -1
        self._home_scale = 1e-6
        self._key_shown: list[tuple[str, str]] = []
        self._key_cache: tuple[tuple, tuple] | None = None  # (what it shows, (pixmap, where))
        self._vector_export = False  # an SVG export draws the key as text and lines, not a pixmap
        self._neatline: QPainterPath | None = None
        self._press: QPointF | None = None
        self.countries: dict[str, CountryItem] = {}
        self.places: dict[str, PlaceItem] = {}
        self.labels: list[LabelItem] = []
        self.lines: list[QGraphicsPathItem] = []
        self.focus_outline = FocusOutline()  # the keyboard focus: above shapes, under labels
        self.focus_outline.setZValue(2.5)
        self.focus_outline.setVisible(False)
        self._ranks: dict[int, tuple[int, ...]] = {}
        self._built = False
        self._labels_pending = False
        self._just_reset = False  # reset_view ran and the view has not been hidden since
        self._scene = QGraphicsScene(self)
        self._scene.addItem(self.focus_outline)
        self.setScene(self._scene)
        self._build()
        self._built = True
        self.apply_style()

    # -- building the scene --------------------------------------------------------------------
    def _build(self) -> None:
        # Shapes come with the first reset_view, at the level of detail the view needs.
        frame = QRectF()
        for country in self.atlas.countries:
            item = CountryItem(country.iso3, country.name)
            item.setToolTip(country.name)
            self.countries[country.iso3] = item
            self._scene.addItem(item)
            frame = frame.united(scene_rect(country.bounds))
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
        place_font, region_font, country_font = QFont(), QFont(), QFont()
        place_font.setPointSizeF(8.5)
        region_font.setPointSizeF(8.5)
        region_font.setItalic(True)
        country_font.setPointSizeF(9)
        country_font.setCapitalization(QFont.Capitalization.AllUppercase)
        country_font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 106)
        for country in self.atlas.countries:
            if country.iso3.startswith("X"):
                continue  # user-assigned codes (the Siachen Glacier): a shape, not a country to name
            anchor = QPointF(country.label_x, -country.label_y)
            self._add_label(country.name, "country", country.iso3, country_font, anchor)
            self._ranks[id(self.labels[-1])] = map_layout.country_rank(self.atlas, country.iso3)
        for index, place in enumerate(self.atlas.places):
            anchor = QPointF(place.x, -place.y)
            target = place.entity_id or place.id
            rank = map_layout.place_rank(self.atlas, place.kind, place.general, place.country, index)
            if place.kind in AREA_KINDS:
                self._add_label(place.name, "region", target, region_font, anchor)
            else:
                marker = PlaceItem(place.id, place.name, place.kind, place.entity_id)
                marker.setPos(anchor)
                self._scene.addItem(marker)
                self.places[target] = marker
                self._add_label(place.name, "place", target, place_font, anchor)
            self._ranks[id(self.labels[-1])] = rank

    def _add_label(self, name: str, kind: str, target: str, font: QFont, anchor: QPointF) -> None:
        label = LabelItem(map_layout.label_text(name), kind, target, font, anchor)
        label.setPos(anchor)
        label.setVisible(False)
        self._scene.addItem(label)
        self.labels.append(label)

    @staticmethod
    def _lod_for_scale(pixels_per_km: float) -> int:
        # The coarsest level whose simplification stays under half a pixel.
        for lod in range(len(LOD_TOLERANCE_KM) - 1, -1, -1):
            if LOD_TOLERANCE_KM[lod] * pixels_per_km < 0.5:
                return lod
        return 0

    def _use_level_of_detail(self, lod: int) -> None:
        if lod == self._lod:
            return
        self._lod = lod
        if any(lod not in item.paths for item in self.countries.values()):
            paths: dict[str, QPainterPath] = {}
            for iso3, _hole, points in self.atlas.rings(lod):
                paths.setdefault(iso3, QPainterPath()).addPath(ring_path(points))
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
        colours = MAP_COLOURS[self._theme]
        return QColor(colours[key] if key in colours else self._layer_colours[self._theme][key])

    def fill_for(self, iso3: str) -> QColor:
        """The fill a country gets: selected, hovered, its layers (blended), the focus country, land."""
        if iso3 == self.selected:
            return self.colour("selected_fill")
        if iso3 == self.hovered_code:
            return self.colour("hover")
        active = [
            layer for layer, on in self.layers.items() if on and iso3 in self.atlas.layers.get(layer, set())
        ]
        if not active:
            return self.colour("focus" if iso3 == self.atlas.settings.focus else "land")
        colours = [self.colour(layer) for layer in active]
        return QColor(
            sum(c.red() for c in colours) // len(colours),
            sum(c.green() for c in colours) // len(colours),
            sum(c.blue() for c in colours) // len(colours),
        )

    def apply_style(self) -> None:
        for iso3, item in self.countries.items():
            item.setBrush(QBrush(self.fill_for(iso3)))
            if iso3 == self.selected:
                pen, z = QPen(self.colour("selected"), 2.4), 1.5
            elif iso3 in self.mentioned:
                pen, z = QPen(self.colour("mentioned"), 1.8), 1.0
            else:
                pen, z = QPen(self.colour("border"), 0.7), 0.0
            pen.setCosmetic(True)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            item.setPen(pen)
            item.setZValue(z)
        for line in self.lines:
            pen = QPen(self.colour("line"), 2.0, Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            line.setPen(pen)
        for marker in self.places.values():
            marker.colour = self.colour(marker_style(marker.kind)[1])
            marker.outline = self.colour("halo")
            marker.update()
        for label in self.labels:
            text = self.colour("muted" if label.kind == "region" else "label")
            label.set_colours(text, self.colour("halo"), self.colour("muted"))
        self.viewport().update()

    def set_layer(self, layer: str, on: bool) -> None:
        if layer not in self.layers:
            raise KeyError(layer)
        self.layers[layer] = on
        self.apply_style()
        self.place_labels()  # the key grew or shrank

    def set_mentioned(self, codes: set[str]) -> None:
        """Outline the countries the section being read names."""
        if codes != self.mentioned:
            self.mentioned = set(codes)
            self.apply_style()
            self.place_labels()

    def select_country(self, iso3: str) -> None:
        self.selected = iso3 if iso3 in self.countries else ""
        self.apply_style()
        self.place_labels()  # the key lists the selection

    # -- zoom and pan ----------------------------------------------------------------------------
    def _home_rect(self) -> QRectF:
        """The map's home countries; in a view WIDE_HOME pixels wide or more, out to the nearest
        edge of the ``wide_home`` countries as well (Russia, for a report on its interests)."""
        settings = self.atlas.settings
        home = QRectF()
        for code in settings.home:
            if code in self.atlas.country_by_code:
                home = home.united(scene_rect(self.atlas.country_by_code[code].bounds))
        if not home.isValid():
            return self._frame
        home = home.adjusted(-80, -80, 80, 80)
        if self.viewport().width() >= WIDE_HOME:
            nearest = [
                ring[i + 1]
                for iso3, _hole, ring in self.atlas.rings(len(LOD_TOLERANCE_KM) - 1)
                if iso3 in settings.wide_home
                for i in range(0, len(ring) - 1, 2)
                if home.left() <= ring[i] <= home.right()
            ]
            if nearest:
                home.setTop(min(home.top(), -(min(nearest) + WIDE_BAND_KM)))
        return home

    def _home_view(self) -> tuple[float, QRectF]:
        """The home scale, and the rectangle the view may pan over.

        A narrow view stays inside the frame the shapes were cut to (cropping the home a
        little); a wide one shows the whole home, and the frame's edge as a neatline."""
        view, home = self.viewport().rect(), self._home_rect()
        if home.width() <= 0 or home.height() <= 0 or view.isEmpty():
            return 1.0, home  # nothing to show yet: a database without map content, or no size
        fitted = min(view.width() / home.width(), view.height() / home.height())
        aspect = view.width() / max(view.height(), 1)
        if view.width() >= WIDE_HOME:
            shown = QRectF(0, 0, view.width() / fitted, view.height() / fitted)
            shown.moveCenter(home.center())
            return fitted, self._frame.united(shown)
        centre = home.center()
        inner = scene_rect(
            view_within_frame(
                self.atlas.frame, self.atlas.settings.projection, (centre.x(), -centre.y()), aspect
            )
        )
        if inner.width() <= 0:
            return fitted, self._frame
        return max(fitted, view.width() / inner.width(), view.height() / inner.height()), inner

    def reset_view(self) -> None:
        """The map's home countries (and the ``wide_home`` edge, when there is room), filling the view."""
        scale, allowed = self._home_view()
        self.setSceneRect(allowed)
        self._home_scale = scale
        self.setTransform(QTransform.fromScale(scale, scale))
        self.centerOn(self._home_rect().center())
        self._after_zoom()
        self.place_labels_now()
        self._just_reset = True

    def zoom_by(self, factor: float) -> None:
        current = self.transform().m11()
        low = self._home_scale
        target = max(low, min(low * MAX_ZOOM, current * factor))
        self.scale(target / current, target / current)
        self._after_zoom()

    @property
    def pixels_per_km(self) -> float:
        return self.transform().m11()

    def _after_zoom(self) -> None:
        self._use_level_of_detail(self._lod_for_scale(self.pixels_per_km))
        self.place_labels()

    # -- labels ------------------------------------------------------------------------------------
    def place_labels(self) -> None:
        """Place the labels once the view settles (scrolls and resizes come in bursts)."""
        if self._built and not self._labels_pending:
            self._labels_pending = True
            QTimer.singleShot(0, self._place_pending_labels)

    def _place_pending_labels(self) -> None:
        if self._labels_pending:  # not already placed by a reset in the meantime
            self.place_labels_now()

    def key_entries(self, marker_kinds: set[str] | None = None) -> list[tuple[str, str]]:
        """The key's ``(kind, label)`` entries for what the view draws."""
        if marker_kinds is None:
            marker_kinds = {
                self.places[p.candidate.id].kind for p in self.placed if p.candidate.kind == "place"
            }
        names = self.atlas.layer_names()
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        entries = legend(
            marker_kinds,
            [(layer, names[layer]) for layer, on in self.layers.items() if on],
            bool(self.mentioned),
            [line.toolTip() for line in self.lines if line.path().boundingRect().intersects(visible)],
            bool(self.selected),
        )
        # The core's own words are the UI's; layer and line names are the report's and stay as written.
        return [
            (kind, label if kind.startswith(("layer:", "line")) else translate("MapLegend", label))
            for kind, label in entries
        ]

    def place_labels_now(self) -> None:
        """Show the labels that fit, most important first; a place's marker only with its label."""
        self._labels_pending = False
        if not self._built:
            return
        view = QRectF(self.viewport().rect())
        in_view = {
            marker.kind for marker in self.places.values() if view.contains(self.mapFromScene(marker.pos()))
        }
        band = key_rect(self.key_entries(in_view), view)
        area = (0.0, 0.0, view.width(), band.top())
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        candidates = []
        for label in self.labels:
            point = self.mapFromScene(label.anchor)
            preferred = (float(point.x()), float(point.y()))
            marker, inside, more = 0.0, None, None
            rank = self._ranks[id(label)]
            if label.kind == "country":
                item = self.countries[label.target]
                bounds = item.path().boundingRect()
                if not bounds.intersects(visible):
                    continue
                seen = self.mapFromScene(bounds).boundingRect().intersected(view.toRect())
                seen_box = (float(seen.x()), float(seen.y()), float(seen.width()),
                            min(float(seen.height()), area[3] - seen.y()))  # fmt: skip

                def inside(x: float, y: float, item=item) -> bool:
                    return item.contains(self.mapToScene(int(x), int(y)))

                first = preferred if seen.contains(int(preferred[0]), int(preferred[1])) else None
                anchors = (first,) if first is not None and inside(*first) else ()
                more = partial(map_layout.visible_anchors, inside, seen_box, None, 6)
                if rank[0] < map_layout.OTHER:
                    inside = None  # the countries that matter are named even where the name overhangs
            else:
                anchors = (preferred,)
                marker = PLACE_RADIUS + 1 if label.kind == "place" else 0.0
            candidates.append(
                map_layout.Candidate(
                    label.target, label.kind, label.text, rank, anchors, label.size, marker,
                    self.places[label.target].kind if marker else "", inside, more,
                )
            )  # fmt: skip
        self.placed = map_layout.place_labels(candidates, area)
        shown = {(p.candidate.kind, p.candidate.id): p for p in self.placed}
        for label in self.labels:
            placed = shown.get((label.kind, label.target))
            label.setVisible(placed is not None)
            if placed is None:
                continue
            x, y = placed.box[0], placed.box[1]
            label.setPos(self.viewportTransform().inverted()[0].map(QPointF(x, y)))
            leader = placed.leader
            label.set_leader(
                None
                if leader is None
                else (
                    QPointF(leader[0][0] - x, leader[0][1] - y),
                    QPointF(leader[1][0] - x, leader[1][1] - y),
                )
            )
        for target, marker in self.places.items():
            marker.setVisible(("place", target) in shown)
        self._key_shown = self.key_entries()  # what the key band draws, until the labels move again
        if self.focused_target is not None and self.focused_target not in shown:
            self.focused_target = None
        self.show_focus()

    def layout(self) -> dict[str, list[dict[str, object]]]:
        """What the view shows, as ``dossier map --json --labels`` prints it: labels, markers, key."""
        markers = []
        for placed in self.placed:
            if placed.candidate.kind == "place":
                x, y = placed.candidate.anchors[0]
                markers.append(
                    {"id": placed.candidate.id, "kind": placed.candidate.marker_kind, "x": x, "y": y}
                )
        return {
            "labels": [placed.as_json() for placed in self.placed],
            "markers": markers,
            "legend": [{"kind": kind, "label": label} for kind, label in self._key_shown],
        }

    # -- events ------------------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.transform().isIdentity() or self._just_reset:
            self.reset_view()
        else:
            scale, allowed = self._home_view()
            self.setSceneRect(allowed)
            self._home_scale = scale
            if self.pixels_per_km < scale:
                self.zoom_by(1.0)
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
            self._just_reset = False
        event.accept()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 - Qt override
        super().scrollContentsBy(dx, dy)
        if dx or dy:
            self.place_labels()
