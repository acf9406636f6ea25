"""The map dock: a short toolbar (layers, zoom, export) above the map itself.

Layers and export sit behind one button each, so the toolbar fits a dock 430 pixels wide.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton, QVBoxLayout, QWidget

from desktop.core.map.atlas import Atlas
from desktop.ui.i18n import translate
from desktop.ui.map.accessible import MapAccessibility
from desktop.ui.map.view import MapView


class MapPanel(QWidget):
    """The map with its toolbar.

    Signals:
        message(str): a line for the status bar.
    """

    message = Signal(str)

    def __init__(self, atlas: Atlas, theme_name: str = "light", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("map-panel")
        self.view = MapView(atlas, theme_name, self)
        self.toolbar = QToolBar(translate("MapPanel", "Map"), self)
        self.toolbar.setObjectName("map-toolbar")
        self.toolbar.setAccessibleName(translate("MapPanel", "Map tools"))
        self.layer_actions: dict[str, QAction] = {}
        layers = QMenu(translate("MapPanel", "Layers"), self)
        for layer, name in atlas.layer_names().items():
            action = QAction(name, self)
            action.setObjectName(f"layer-{layer}")
            action.setCheckable(True)
            action.setToolTip(
                translate("MapPanel", "Colour the {layer} ({count} on this map)").format(
                    layer=name.lower(), count=len(atlas.layers.get(layer, ()))
                )
            )
            action.toggled.connect(lambda on, layer=layer: self._toggle_layer(layer, on))
            layers.addAction(action)
            self.layer_actions[layer] = action
        self.layers_button = self._menu_button(
            translate("MapPanel", "Layers"),
            layers,
            translate("MapPanel", "Colour the countries by membership"),
        )
        self.toolbar.addSeparator()
        for text, slot, tip in (
            ("+", lambda: self.view.zoom_by(1.25), translate("MapPanel", "Zoom in (+ or the wheel)")),
            ("−", lambda: self.view.zoom_by(0.8), translate("MapPanel", "Zoom out (−)")),
            (
                translate("MapPanel", "Reset"),
                self.view.reset_view,
                translate("MapPanel", "Back to {home} (0)").format(home=atlas.settings.title),
            ),
        ):
            action = self.toolbar.addAction(text, slot)
            action.setToolTip(tip)
            # "+" and "−" say nothing read aloud: the button's name is the tip's first words.
            self.toolbar.widgetForAction(action).setAccessibleName(tip.split(" (")[0])
        self.toolbar.addSeparator()
        export = QMenu(translate("MapPanel", "Export"), self)
        export.addAction(translate("MapPanel", "PNG picture…"), self.export_png).setObjectName("export-png")
        export.addAction(translate("MapPanel", "SVG drawing…"), self.export_svg).setObjectName("export-svg")
        self._menu_button(
            translate("MapPanel", "Export"),
            export,
            translate("MapPanel", "Save the current view as a picture"),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, 1)
        self.setFocusProxy(self.view)
        self.accessibility = MapAccessibility(self.view)

    def _menu_button(self, text: str, menu: QMenu, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(text)
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.toolbar.addWidget(button)
        return button

    def _toggle_layer(self, layer: str, on: bool) -> None:
        self.view.set_layer(layer, on)
        count = sum(action.isChecked() for action in self.layer_actions.values())
        self.layers_button.setText(
            translate("MapPanel", "Layers ({count})").format(count=count)
            if count
            else translate("MapPanel", "Layers")
        )

    def _ask_path(self, suffix: str) -> str:
        from desktop.ui.file_dialogs import ask_save_path  # only when asked

        path, _ = ask_save_path(
            self,
            translate("MapPanel", "Export the map as {format}").format(format=suffix.upper()),
            f"{self.view.atlas.settings.export_name}.{suffix}",
            f"{suffix.upper()} (*.{suffix})",
        )
        if path and not path.lower().endswith(f".{suffix}"):
            path += f".{suffix}"
        return path

    def export_png(self, path: str = "") -> bool:
        return self._export("png", self.view.export_png, path)

    def export_svg(self, path: str = "") -> bool:
        return self._export("svg", self.view.export_svg, path)

    def _export(self, suffix: str, write, path: str) -> bool:
        """Write the map with ``write`` to ``path`` (asked for when empty), and say how it went."""
        path = path or self._ask_path(suffix)
        if not path:
            return False
        done = write(path)
        self.message.emit(
            (
                translate("MapPanel", "Map saved to {path}")
                if done
                else translate("MapPanel", "Could not save the map to {path}")
            ).format(path=path)
        )
        return done
