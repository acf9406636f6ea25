"""A dock whose panel is built the first time it is shown or asked for.

The window declares each dock with a factory; nothing is built until the reader opens the
dock (or an action needs its panel), so start-up pays only for what is on screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget


def deferred(module: str, name: str, *args: object) -> Callable[[], QWidget]:
    """A factory that imports ``module`` and builds its ``name`` from ``args`` only when called."""

    def build() -> QWidget:
        from importlib import import_module

        return getattr(import_module(module), name)(*args)

    return build


class PanelDock(QDockWidget):
    """A dock with a panel made on first show.

    Signals:
        panel_created(QWidget): the panel was just built (wire it here).
    """

    panel_created = Signal(QWidget)

    def __init__(
        self,
        title: str,
        name: str,
        factory: Callable[[], QWidget],
        window: QMainWindow,
    ) -> None:
        """A dock of ``window`` not yet in its layout: ``window.addDockWidget`` puts it there, or
        ``window.restoreState`` with a saved layout that holds it."""
        super().__init__(title, window)
        self.setObjectName(name)
        self.setAccessibleName(title)
        self._factory: Callable[[], QWidget] | None = factory
        self.build_on_show = True  # off until the window's first paint (PanelManager.build_eager)
        self.showing = False  # whether the dock is shown now (in front of its tab group)
        self.setWidget(QWidget(self))  # a placeholder until first shown
        self.visibilityChanged.connect(self._on_visibility)

    @property
    def built(self) -> bool:
        return self._factory is None

    @property
    def panel(self) -> QWidget:
        """The panel, built now if it was not yet."""
        if self._factory is not None:
            factory, self._factory = self._factory, None
            widget = factory()
            placeholder = self.widget()
            self.setWidget(widget)
            if placeholder is not None and placeholder is not widget:
                placeholder.deleteLater()
            self.panel_created.emit(widget)
        return self.widget()

    def activate(self) -> QWidget:
        """Show the dock in front of its tab group and return its panel."""
        self.show()
        self.raise_()
        return self.panel

    def _on_visibility(self, visible: bool) -> None:
        self.showing = visible
        if visible and self.build_on_show:
            self.panel  # noqa: B018 - build on first show
