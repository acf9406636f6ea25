"""The timeline panel: the report's dated events on an era axis, in lanes by actor or country.

A click (or Enter) on an event asks for its sentence, its places and its facts; reading a
section highlights the section's events. The filters (actor, place) and the period (drag
across the timeline to zoom to it; Esc or "All time" goes back) narrow what is drawn.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QRubberBand,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.timeline.events import (
    Event,
    Period,
    TimelineData,
    events_in_section,
    filter_events,
    timeline_data,
)
from desktop.core.timeline.layout import lane_keys, neighbour
from desktop.ui.i18n import translate
from desktop.ui.timeline.scene import AXIS_HEIGHT, MARKER_ROW, Layout, label_font, label_row, lay_out

if TYPE_CHECKING:
    from desktop.core.store import ReportStore

MAX_LANES = 5
MIN_HEIGHT = 200  # the axis and three lanes with a row of labels each

LANE_CHOICES = (
    ("actor", QT_TRANSLATE_NOOP("Timeline", "By actor")),
    ("country", QT_TRANSLATE_NOOP("Timeline", "By country")),
)
DRAG_PX = 6  # a press that moves less is a click, not a period


def _years(period: tuple[float, float] | None, data: TimelineData) -> str:
    if period is None:
        return translate("Timeline", "All time")
    first, last = int(period[0]), int(period[1] - 1e-6)
    return f"{first}" if first == last else f"{first}–{last}"


class TimelineView(QGraphicsView):
    """The drawing, with the keyboard and the mouse: it lays out its scene on every resize.

    Signals:
        current_changed(str): the event with the keyboard's (or the mouse's) attention.
        activated(str): Enter or a click on an event.
        period_picked(float, float): a drag across the timeline chose this period.
        period_cleared(): Esc while zoomed.
    """

    current_changed = Signal(str)
    activated = Signal(str)
    period_picked = Signal(float, float)
    period_cleared = Signal()

    def __init__(self, panel: TimelinePanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.setObjectName("timeline-view")
        self.setAccessibleName(translate("Timeline", "Timeline"))
        self.viewport().setAccessibleName(
            translate("Timeline", "Timeline")
        )  # what takes the keyboard inside the view
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.layout_: Layout | None = None
        self._press: QPointF | None = None
        self._band: QRubberBand | None = None

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.panel.redraw()

    def event_at(self, point: QPointF) -> str:
        """The event whose marker or label is under a viewport point ("" if none)."""
        for item in self.items(point.toPoint()):
            while item is not None and not item.data(0):
                item = item.parentItem()
            if item is not None:
                return str(item.data(0))
        return ""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        panel = self.panel
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            panel.step(1 if key == Qt.Key.Key_Right else -1)
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            panel.step(-len(panel.shown) if key == Qt.Key.Key_Home else len(panel.shown))
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            panel.step_lane(-1 if key == Qt.Key.Key_Up else 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and panel.current:
            self.activated.emit(panel.current)
        elif key == Qt.Key.Key_Escape and panel.period is not None:
            self.period_cleared.emit()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._press is not None and abs(event.position().x() - self._press.x()) >= DRAG_PX:
            if self._band is None:
                self._band = QRubberBand(QRubberBand.Shape.Rectangle, self.viewport())
            x0, x1 = sorted((self._press.x(), event.position().x()))
            self._band.setGeometry(int(x0), 0, int(x1 - x0), self.viewport().height())
            self._band.show()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        press, self._press = self._press, None
        if self._band is not None:
            self._band.hide()
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        moved = abs(event.position().x() - press.x())
        if moved >= DRAG_PX and self.layout_ is not None:
            axis, left = self.layout_.axis, self.layout_.left
            x0, x1 = sorted((press.x(), event.position().x()))
            self.period_picked.emit(axis.year(max(0.0, x0 - left)), axis.year(max(0.0, x1 - left)))
        else:
            hit = self.event_at(event.position())
            if hit:
                self.current_changed.emit(hit)
                self.activated.emit(hit)
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if not self.event_at(event.position()) and event.position().y() < AXIS_HEIGHT:
            self.period_cleared.emit()  # a double click on the axis: all time again
        super().mouseDoubleClickEvent(event)


class TimelinePanel(QWidget):
    """The timeline dock's panel.

    Signals:
        event_activated(str): an event was clicked or Enter pressed on it (its id).
        passage_requested(str, str): its paragraph id and quote, for the text to mark.
        places_changed(object): the set of place ids to light on the map.
        facts_requested(str): a glossary id whose facts to show (the event's fact's subject).
        period_changed(float, float): the period shown (fractional years; all time is the
            whole axis).
        message(str): a line for the status bar.
    """

    event_activated = Signal(str)
    passage_requested = Signal(str, str)
    places_changed = Signal(object)
    facts_requested = Signal(str)
    period_changed = Signal(float, float)
    message = Signal(str)

    def __init__(
        self,
        data: TimelineData,
        theme_name: str = "light",
        fact_subjects: dict[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.data = data
        self.theme_name = theme_name
        self.fact_subjects = fact_subjects or {}  # fact id -> its first entity
        self.by_id = {event.id: event for event in data.events}
        self.lane_by = "actor"
        self.actor = ""
        self.place = ""
        self.period: tuple[float, float] | None = None
        self.section_events: set[str] = set()
        self.current = ""
        self.shown: list[Event] = list(data.events)

        self.lanes_box = self._combo(
            "lanes",
            translate("Timeline", "Lanes"),
            [(translate("Timeline", label), key) for key, label in LANE_CHOICES],
        )
        actors = sorted(
            {a for e in data.events for a in e.actors}, key=lambda i: data.names.get(i, i).casefold()
        )
        places = sorted(
            {p for e in data.events for p in e.places}, key=lambda i: data.names.get(i, i).casefold()
        )
        self.actor_box = self._combo(
            "actor",
            translate("Timeline", "Actor"),
            [(translate("Timeline", "Any actor"), "")] + [(data.names.get(a, a), a) for a in actors],
        )
        self.place_box = self._combo(
            "place",
            translate("Timeline", "Place"),
            [(translate("Timeline", "Any place"), "")] + [(data.names.get(p, p), p) for p in places],
        )
        self.period_button = QPushButton(translate("Timeline", "All time"), self)
        self.period_button.setObjectName("timeline-period")
        self.period_button.setAccessibleName(translate("Timeline", "Show all time"))
        self.period_button.setToolTip(
            translate(
                "Timeline", "The period shown: drag across the timeline to pick one; click for all time"
            )
        )
        self.period_button.clicked.connect(lambda: self.set_period(None))
        self.places_button = QPushButton(translate("Timeline", "Places on map"), self)
        self.places_button.setObjectName("timeline-places")
        self.places_button.setAccessibleName(
            translate("Timeline", "Show only this period's places on the map")
        )
        self.places_button.setToolTip(
            translate("Timeline", "Light on the map only the places of the events shown")
        )
        self.places_button.clicked.connect(self.show_period_places)
        export = QMenu(self)
        export.addAction(translate("Timeline", "Export as PNG…"), lambda: self.export("png"))
        export.addAction(translate("Timeline", "Export as SVG…"), lambda: self.export("svg"))
        self.export_button = QToolButton(self)
        self.export_button.setText(translate("Timeline", "Export"))
        self.export_button.setAccessibleName(translate("Timeline", "Export the timeline"))
        self.export_button.setMenu(export)
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        for widget in (
            self.lanes_box,
            self.actor_box,
            self.place_box,
            self.period_button,
            self.places_button,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        self.view = TimelineView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.setFocusProxy(self.view)
        self.setMinimumHeight(MIN_HEIGHT)
        self.lanes_box.currentIndexChanged.connect(self._filters_changed)
        self.actor_box.currentIndexChanged.connect(self._filters_changed)
        self.place_box.currentIndexChanged.connect(self._filters_changed)
        self.view.current_changed.connect(self.set_current)
        self.view.activated.connect(self.activate)
        self.view.period_picked.connect(lambda a, b: self.set_period((a, b)))
        self.view.period_cleared.connect(lambda: self.set_period(None))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(900, 300)

    def _combo(self, name: str, label: str, items: list[tuple[str, str]]) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(f"timeline-{name}")
        box.setAccessibleName(translate("Timeline", "Timeline {choice}").format(choice=label.lower()))
        box.view().setAccessibleName(
            translate("Timeline", "Timeline {choice}: choices").format(choice=label.lower())
        )  # the open list
        box.setToolTip(label)
        for label, key in items:
            box.addItem(label, key)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        box.setMaximumWidth(170)
        return box

    # -- what is shown ---------------------------------------------------------------------------
    def _filters_changed(self) -> None:
        self.lane_by = self.lanes_box.currentData()
        self.actor = self.actor_box.currentData()
        self.place = self.place_box.currentData()
        self.redraw()

    def filtered(self) -> list[Event]:
        """The events the filters and the period let through, in date order."""
        period = Period(*self.period) if self.period is not None else None
        return filter_events(
            self.data.events, [self.actor] if self.actor else [], [self.place] if self.place else [], period
        )

    def redraw(self) -> None:
        """Lay the scene out again for the view's size, the filters, the period and the theme."""
        self.shown = self.filtered()
        size = self.view.viewport().size()
        # Fewer lanes rather than one row of labels each: two rows name twice the events.
        font = label_font(self.font())
        row = label_row(font)
        fit = int((size.height() - max(AXIS_HEIGHT, 2 * row + 6) - 4) // (MARKER_ROW + 2 * row + 4))
        lanes = lane_keys(
            self.shown or self.data.events, self.lane_by, max(1, min(MAX_LANES, fit)), self.data.country_of
        )
        self.view.layout_ = lay_out(
            self.view.scene(), self.shown, self.data.eras, lanes, self.lane_by, self.data.names,
            self.data.country_of, (max(size.width(), 200), max(size.height(), 120)), font, self.theme_name,
            self.period, self.section_events, self.current,
        )  # fmt: skip
        self.view.setSceneRect(self.view.scene().sceneRect())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "view"):
            self.redraw()  # the window's zoom

    def set_theme(self, name: str) -> None:
        self.theme_name = name
        self.redraw()

    def set_period(self, period: tuple[float, float] | None) -> None:
        """Zoom to ``period`` (fractional years), or to all time (None)."""
        if period is not None and period[1] - period[0] < 0.05:
            return  # a slip of the mouse, not a period
        self.period = period
        self.period_button.setText(_years(period, self.data))
        self.period_button.setAccessibleName(
            translate("Timeline", "Show all time")
            if period is None
            else translate("Timeline", "Period {years}: show all time").format(
                years=_years(period, self.data)
            )
        )
        self.redraw()
        axis = self.view.layout_.axis if self.view.layout_ else None
        if axis is not None:
            self.period_changed.emit(axis.start, axis.end)

    def set_current_section(self, section_id: str) -> None:
        """Highlight the events the section being read states."""
        found = {event.id for event in events_in_section(self.data.events, section_id)}
        if found != self.section_events:
            self.section_events = found
            self.redraw()

    def show_period_places(self) -> None:
        """Ask the map to light only the places of the events shown."""
        places = {place for event in self.shown for place in event.places}
        self.places_changed.emit(places)
        self.message.emit(
            translate("Timeline", "The map shows the places of {count} events ({years})").format(
                count=len(self.shown), years=_years(self.period, self.data)
            )
        )

    # -- the current event ----------------------------------------------------------------------------
    def set_current(self, event_id: str) -> None:
        if event_id not in self.by_id or event_id == self.current:
            return
        self.current = event_id
        event = self.by_id[event_id]
        self.redraw()
        spoken = self.describe(event)
        self.view.setAccessibleDescription(spoken)
        self.message.emit(spoken)

    def describe(self, event: Event) -> str:
        """What a screen reader and the status bar say of an event."""
        date = (
            translate("Timeline", "{start} to {end}").format(start=event.date, end=event.end)
            if event.end
            else event.date
        )
        hedge = translate("Timeline", "about ") if event.approximate else ""
        note = translate("Timeline", " Corrected by an editor's note.") if event.correction else ""
        return f"{hedge}{date}: {event.title}. “{event.quote}”{note}"

    def step(self, step: int) -> None:
        """Move to the next or previous event shown, in date order (beyond the ends: the ends)."""
        order = [event.id for event in self.shown]
        if not order:
            return
        if abs(step) > 1:
            self.set_current(order[0] if step < 0 else order[-1])
            return
        self.set_current(neighbour(order, self.current, step))

    def step_lane(self, step: int) -> None:
        """Move to the nearest event in the lane above or below."""
        layout = self.view.layout_
        if layout is None or self.current not in layout.markers:
            self.step(1)
            return
        here = layout.markers[self.current].sceneBoundingRect().center()
        rows = sorted({round(m.sceneBoundingRect().center().y()) for m in layout.markers.values()})
        row = round(here.y())
        wanted = [r for r in rows if (r > row if step > 0 else r < row)]
        if not wanted:
            return
        target = min(wanted) if step > 0 else max(wanted)
        candidates = [
            (abs(m.sceneBoundingRect().center().x() - here.x()), key)
            for key, m in layout.markers.items()
            if round(m.sceneBoundingRect().center().y()) == target
        ]
        self.set_current(min(candidates)[1])

    def activate(self, event_id: str = "") -> None:
        """Go to an event: its sentence in the text, its places on the map, its facts."""
        event = self.by_id.get(event_id or self.current)
        if event is None:
            return
        self.set_current(event.id)
        self.event_activated.emit(event.id)
        self.passage_requested.emit(event.paragraph_id, event.quote)
        self.places_changed.emit(set(event.places))
        subject = self.fact_subjects.get(event.fact) or (event.places[0] if event.places else "")
        if subject:
            self.facts_requested.emit(subject)

    # -- export -------------------------------------------------------------------------------------
    def export(self, suffix: str, path: str = "") -> bool:
        """Save the timeline as drawn, as PNG or SVG (asks where when ``path`` is empty)."""
        if not path:
            from desktop.ui.file_dialogs import ask_save_path  # only when asked

            path, _ = ask_save_path(
                self,
                translate("Timeline", "Export the timeline as {format}").format(format=suffix.upper()),
                f"timeline.{suffix}",
                f"{suffix.upper()} (*.{suffix})",
            )
            if not path:
                return False
            if not path.lower().endswith(f".{suffix}"):
                path += f".{suffix}"
        done = self._export_svg(path) if suffix == "svg" else self.view.viewport().grab().save(path, "PNG")
        self.message.emit(
            (
                translate("Timeline", "Timeline saved to {path}")
                if done
                else translate("Timeline", "Could not save the timeline to {path}")
            ).format(path=path)
        )
        return done

    def _export_svg(self, path: str) -> bool:
        from PySide6.QtSvg import QSvgGenerator

        scene = self.view.scene()
        rect = scene.sceneRect()
        generator = QSvgGenerator()
        generator.setFileName(path)
        generator.setSize(rect.size().toSize())
        generator.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
        generator.setTitle("Timeline — Dossier")
        painter = QPainter(generator)
        if not painter.isActive():
            return False
        scene.render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
        return painter.end()


def timeline_panel(store: ReportStore, theme_name: str, parent: QWidget | None = None) -> TimelinePanel:
    """The panel for a compiled report: its events and eras, names, places' countries, facts."""
    atlas = store.atlas
    country_of = {
        entity: atlas.country_by_code[iso3].entity_id
        for entity, iso3 in atlas.country_of_entity.items()
        if iso3 in atlas.country_by_code
    }
    subjects = {fact.id: fact.entities[0] for fact in atlas.facts if fact.entities}
    return TimelinePanel(timeline_data(store.connection, country_of), theme_name, subjects, parent)
