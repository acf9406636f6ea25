"""The window's panels, declared once: one row each, from which everything else is derived.

A row says what the panel is called, where it sits, its shortcut, how it is built (on first
show, unless it is on screen from the start), how its signals are wired and what takes the
keyboard. The docks, the Go menu's entries, the View menu's toggles, F6's panels, the first
start's layout on any screen and ``PanelManager.focus(name)`` are all made from the table,
so a new panel is its own module plus one row here (Frescobaldi's ``panelmanager.py``).

A row's ``build`` and ``wire`` take the window that hosts the panels: the main window, seen
only through the public methods and attributes it offers its panels (reader, store, atlas,
notes_store, map, announced_section, show_glossary_entry, show_facts, show_note, show_message...).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QTimer, SignalInstance
from PySide6.QtWidgets import QMainWindow, QWidget

from desktop.ui.i18n import translate
from desktop.ui.window.panel_dock import PanelDock

TYPE_CHECKING = False  # typing's, without importing typing: see desktop/ui/__init__.py
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    Host = Any  # the main window, as described in the module's docstring


class Panel:
    """One row of the table.

    ``area`` is "left" or "right" on a wide screen; ``stack`` its place down that side (0 on
    top; panels with the same side and stack share a tab group, the first of them in front);
    ``go`` the Go menu's entry (its accelerator marked with &) and ``shortcut`` its key ("Ctrl+1",
    or a standard key by name: "StandardKey.Find").
    ``focus`` gives the keyboard to the built panel. ``eager`` panels are built with the
    window (they are on screen from the first paint); the rest on first show. An eager panel
    ``after_paint`` is built right after the window's first paint: it is costly, and an empty
    dock of its size stands in for it without moving anything (the map: no stretch of its own).
    "bottom" panels sit under the text and are ``hidden`` at the first start.
    """

    __slots__ = (
        "after_paint",
        "area",
        "build",
        "eager",
        "focus",
        "front",
        "go",
        "hidden",
        "menu",
        "name",
        "needs_notes",
        "shortcut",
        "stack",
        "title",
        "wire",
    )  # fmt: skip

    def __init__(
        self,
        name: str,
        title: str,
        area: str,
        stack: int,
        go: str,
        shortcut: str,
        build: Callable[[Host], QWidget],
        wire: Callable[[Host, QWidget], None],
        focus: Callable[[QWidget], None],
        *,
        eager: bool = False,
        after_paint: bool = False,
        front: bool = False,  # in front of its tab group at the first start
        needs_notes: bool = False,  # shown only while a notes file is open
        menu: str = "go",  # the menu whose entry brings it forward ("go"; "notes": Notes ▸ Find in Notes)
        hidden: bool = False,  # closed at the first start (opened by its shortcut or the View menu)
    ) -> None:
        # A plain class, not a NamedTuple: the table is made before the first paint (see TYPE_CHECKING).
        self.name, self.title, self.area, self.stack, self.go, self.shortcut = (
            name,
            title,
            area,
            stack,
            go,
            shortcut,
        )
        self.build, self.wire, self.focus = build, wire, focus
        self.eager, self.after_paint, self.front = eager, after_paint, front
        self.needs_notes, self.menu, self.hidden = needs_notes, menu, hidden


def _focus_self(panel: QWidget) -> None:
    from PySide6.QtCore import Qt

    panel.setFocus(Qt.FocusReason.ShortcutFocusReason)


def _focus_view(panel: QWidget) -> None:
    from PySide6.QtCore import Qt

    panel.view.setFocus(Qt.FocusReason.ShortcutFocusReason)


# -- how each panel is built and wired ------------------------------------------------------------
def _build_contents(window: Host) -> QWidget:
    from desktop.ui.contents import ContentsPanel

    return ContentsPanel(window.store.sections, window)


def _wire_contents(window: Host, panel: QWidget) -> None:
    panel.section_activated.connect(window.reader.show_section)
    window.reader.section_changed.connect(panel.set_current_section)
    panel.set_current_section(window.reader.current_section() or window.store.sections[0].id)


MEANING_WARM_UP_MS = 1500  # after the search panel is built, well before most readers type a question


def _build_search(window: Host) -> QWidget:
    from PySide6.QtCore import QTimer

    from desktop.core.search.finder import search_all
    from desktop.core.search.meaning import related_hits
    from desktop.ui.search_panel import SearchPanel

    # The model loads in the background while the reader types; a query restored before the
    # window is shown is answered by its words alone.
    QTimer.singleShot(MEANING_WARM_UP_MS, window.store.meaning.warm_up)
    return SearchPanel(
        lambda query: search_all(window.store, window.notes_store, query, meaning=window.isVisible()),
        window,
        related=lambda paragraph_id: related_hits(window.store, paragraph_id),
    )


def _wire_search(window: Host, panel: QWidget) -> None:
    panel.result_activated.connect(window.reader.show_passage)
    panel.terms_changed.connect(window.reader.set_search_terms)
    panel.escape_pressed.connect(window.focus_reader)
    panel.entry_activated.connect(window.show_glossary_entry)
    panel.note_activated.connect(window.show_note)
    panel.set_query(window.state.text_value("search_query"))
    panel.query_changed.connect(lambda q: window.persist_state and window.state.set_value("search_query", q))


def _build_notes(window: Host) -> QWidget:
    from desktop.ui.notes.panel import NotesPanel

    if window.notes_store is None:
        return QWidget(window)
    panel = NotesPanel(window.store, window.notes_store, window)
    panel.orphans = set(window.orphans)
    panel.refresh()
    return panel


def _wire_notes(window: Host, panel: QWidget) -> None:
    if window.notes_store is None:
        return
    panel.note_activated.connect(window.show_note)
    panel.notes_changed.connect(window.refresh_notes)
    panel.notes_changed.connect(window.notes_file.count_save)
    panel.note_saved.connect(window.notes_file.count_save)
    panel.message.connect(window.show_message)
    panel.store_replaced.connect(window.notes_file.reopen)
    from desktop.ui.window.kept_splitters import keep_splitter

    keep_splitter(panel.splitter, window.state, "notes_splitter")


def _build_glossary(window: Host) -> QWidget:
    from desktop.ui.glossary_panel import GlossaryPanel

    return GlossaryPanel(window.store, window)


def _wire_glossary(window: Host, panel: QWidget) -> None:
    panel.mention_requested.connect(window.reader.show_mention)
    panel.quote_requested.connect(window.reader.show_quote)
    panel.related_requested.connect(lambda p: window.panels.activate("search").show_related(p))
    panel.message.connect(window.show_message)
    panel.entry_shown.connect(window.facts_follow_glossary)


def _build_map(window: Host) -> QWidget:
    from desktop.ui.map.panel import MapPanel

    return MapPanel(window.atlas, window.theme_name, window)


def _wire_map(window: Host, panel: QWidget) -> None:
    view = panel.view
    if window.announced_section:  # the reader went there before the map was built
        view.set_mentioned(window.atlas.entities_in_section(window.announced_section))
    window.reader.section_changed.connect(lambda s: view.set_mentioned(window.atlas.entities_in_section(s)))
    view.country_selected.connect(window.show_country_facts)
    view.place_selected.connect(window.show_facts)
    view.hovered.connect(window.show_message)
    panel.message.connect(window.show_message)


def _build_facts(window: Host) -> QWidget:
    from desktop.ui.facts_panel import FactsPanel

    return FactsPanel(window.atlas, window)


def _wire_facts(window: Host, panel: QWidget) -> None:
    panel.passage_requested.connect(window.reader.show_quote)
    panel.related_requested.connect(lambda p: window.panels.activate("search").show_related(p))
    panel.entry_requested.connect(window.show_glossary_entry)
    panel.country_requested.connect(window.show_on_map)
    panel.message.connect(window.show_message)


def _build_timeline(window: Host) -> QWidget:
    from desktop.ui.timeline.panel import timeline_panel

    return timeline_panel(window.store, window.theme_name, window)  # the theme of now, not of start-up


def _wire_timeline(window: Host, panel: QWidget) -> None:
    from PySide6.QtCore import Qt

    panel.passage_requested.connect(window.reader.show_quote)
    codes = window.atlas.country_of_entity
    panel.places_changed.connect(
        lambda places: window.map.set_mentioned({codes[p] for p in places if p in codes})
    )
    panel.facts_requested.connect(lambda entity: window.facts.show_entity(entity))  # built when first asked
    panel.message.connect(window.show_message)
    window.reader.section_changed.connect(panel.set_current_section)
    panel.set_current_section(window.reader.current_section())
    dock = window.panels.dock("timeline")
    window.resizeDocks(
        [dock], [max(panel.minimumHeight(), window.height() * 2 // 5)], Qt.Orientation.Vertical
    )


def _focus_filter(panel: QWidget) -> None:
    panel.focus_filter()


def _focus_query(panel: QWidget) -> None:
    panel.focus_query()


PANELS: tuple[Panel, ...] = (
    Panel("contents", "Contents", "left", 0, "&Contents", "Ctrl+1", _build_contents, _wire_contents,
          _focus_self, eager=True, front=True),
    Panel("search", "Search", "left", 0, "&Search the Report…", "StandardKey.Find", _build_search,
          _wire_search, _focus_query),
    Panel("notes", "Notes", "left", 0, "&Find in Notes", "Ctrl+3", _build_notes, _wire_notes, _focus_filter,
          needs_notes=True, menu="notes"),
    Panel("map", "Map", "right", 0, "&Map", "Ctrl+M", _build_map, _wire_map, _focus_view, eager=True,
          after_paint=True),
    Panel("glossary", "Glossary", "right", 1, "&Glossary", "Ctrl+G", _build_glossary, _wire_glossary,
          _focus_filter),
    Panel("facts", "Facts", "right", 1, "&Facts", "Ctrl+4", _build_facts, _wire_facts, _focus_view,
          front=True),
    Panel("timeline", "Timeline", "bottom", 0, "&Timeline", "Ctrl+5", _build_timeline, _wire_timeline,
          _focus_view, hidden=True),
)  # fmt: skip

# The table's titles and menu entries, for pyside6-lupdate: shown through translate("Panels", ...).
_WORDS = (
    QT_TRANSLATE_NOOP("Panels", "Contents"), QT_TRANSLATE_NOOP("Panels", "&Contents"),
    QT_TRANSLATE_NOOP("Panels", "Search"), QT_TRANSLATE_NOOP("Panels", "&Search the Report…"),
    QT_TRANSLATE_NOOP("Panels", "Notes"), QT_TRANSLATE_NOOP("Panels", "&Find in Notes"),
    QT_TRANSLATE_NOOP("Panels", "Map"), QT_TRANSLATE_NOOP("Panels", "&Map"),
    QT_TRANSLATE_NOOP("Panels", "Glossary"), QT_TRANSLATE_NOOP("Panels", "&Glossary"),
    QT_TRANSLATE_NOOP("Panels", "Facts"), QT_TRANSLATE_NOOP("Panels", "&Facts"),
    QT_TRANSLATE_NOOP("Panels", "Timeline"), QT_TRANSLATE_NOOP("Panels", "&Timeline"),
)  # fmt: skip


def _after(painted: SignalInstance, then: Callable[[], None], context: QObject) -> None:
    """Call ``then`` once, on the event loop's turn after ``painted`` is first emitted: after the
    paint returns, so the frame with the text is flushed to the screen first."""

    def once() -> None:
        painted.disconnect(once)
        QTimer.singleShot(0, context, then)

    painted.connect(once)


class PanelManager(QObject):
    """The docks made from a table of panels, and what is done with them by name."""

    def __init__(
        self, window: QMainWindow, notes_expected: Callable[[], bool], table: tuple[Panel, ...] = PANELS
    ) -> None:
        """``notes_expected()`` says whether a notes file is open or about to be (the panels that
        need the notes are shown only then)."""
        super().__init__(window)
        self.window = window
        self.notes_expected = notes_expected
        self.table = table
        self.rows = {row.name: row for row in table}
        self.docks: dict[str, PanelDock] = {}
        self.holding = False  # see hold_until_first_paint
        self.placed = False  # see place
        for row in table:
            dock = PanelDock(
                translate("Panels", row.title), f"{row.name}-dock", lambda row=row: row.build(window), window
            )
            dock.panel_created.connect(lambda panel, row=row: row.wire(window, panel))
            self.docks[row.name] = dock

    def names(self) -> list[str]:
        """The docks' object names (what a saved layout knows them by)."""
        return [dock.objectName() for dock in self.docks.values()]

    def place(self) -> None:
        """Put every dock in the window's layout on its side, as the table says (once).

        A saved layout that holds every dock places them itself (``restoreState``): a returning
        reader's start then never names a dock area, so Qt's namespace of enums (93 classes,
        some 20 ms to make) is not built before the first paint.
        """
        if self.placed:
            return
        self.placed = True
        from PySide6.QtCore import Qt

        areas = {
            "left": Qt.DockWidgetArea.LeftDockWidgetArea,
            "right": Qt.DockWidgetArea.RightDockWidgetArea,
            "bottom": Qt.DockWidgetArea.BottomDockWidgetArea,
        }
        for row in self.table:
            self.window.addDockWidget(areas[row.area], self.docks[row.name])

    def set_theme(self, name: str) -> None:
        """Tell every built panel that draws in the theme's colours (those with ``set_theme``)."""
        for dock in self.docks.values():
            if dock.built and hasattr(dock.panel, "set_theme"):
                dock.panel.set_theme(name)

    def build_eager(self, after_first_paint_of: SignalInstance | None = None) -> None:
        """Build the panels that are on screen from the start. With ``after_first_paint_of`` (the
        text's first_painted), the ``after_paint`` ones (and any other dock shown with the window)
        wait until it is emitted, and are built on the event loop's next turn; one asked for
        sooner is built then."""
        self.holding = False
        if after_first_paint_of is not None:
            for row in self.table:
                if row.eager and not row.after_paint:
                    self.docks[row.name].panel  # noqa: B018 - built now
            for dock in self.docks.values():  # shown with the window, built after its first paint
                dock.build_on_show = False
            _after(after_first_paint_of, self.build_eager, self.window)
            return
        waiting = [dock for row in self.table if (dock := self.docks[row.name]).showing or row.eager]
        for dock in self.docks.values():
            dock.build_on_show = True
        for dock in waiting:
            dock.panel  # noqa: B018 - built now

    def hold_until_first_paint(self, painted: SignalInstance, then: Callable[[], None]) -> None:
        """Build no panel, even one shown, until ``painted`` (the text's first_painted) is emitted;
        then call ``then`` (which builds them with ``build_eager``). One asked for sooner is built then."""
        self.holding = True
        for dock in self.docks.values():
            dock.build_on_show = False
        _after(painted, then, self.window)

    def dock(self, name: str) -> PanelDock:
        return self.docks[name]

    def panel(self, name: str) -> QWidget:
        """The panel, built now if it was not yet."""
        return self.docks[name].panel

    def built(self, name: str) -> bool:
        return self.docks[name].built

    def activate(self, name: str) -> QWidget:
        """Show the panel's dock in front of its tab group and return the panel."""
        return self.docks[name].activate()

    def focus(self, name: str) -> None:
        """Bring the panel forward and give it the keyboard."""
        row = self.rows[name]
        if row.needs_notes and not self.available(row):
            return
        row.focus(self.activate(name))

    def available(self, row: Panel) -> bool:
        """Whether the panel can be shown: one that needs the notes, while a notes file is open
        or is about to be (opened right after the first paint, the docks laid out before it)."""
        return not row.needs_notes or self.notes_expected()

    def shown(self) -> list[PanelDock]:
        """The docks a reader can show and hide (a notes dock only while there are notes)."""
        return [self.docks[row.name] for row in self.table if self.available(row)]

    def all_docks(self) -> list[PanelDock]:
        return list(self.docks.values())
