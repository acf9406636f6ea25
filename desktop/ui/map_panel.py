"""The map dock: layer toggles, zoom and export above the map itself."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar, QVBoxLayout, QWidget

from desktop.core.atlas import Atlas
from desktop.ui.map_view import MapView


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
        self.toolbar = QToolBar("Map", self)
        self.toolbar.setObjectName("map-toolbar")
        self.toolbar.setAccessibleName("Map tools")
        self.layer_actions: dict[str, QAction] = {}
        for layer, name in atlas.layer_names().items():
            action = QAction(name, self)
            action.setObjectName(f"layer-{layer}")
            action.setCheckable(True)
            action.setToolTip(f"Colour the {name.lower()} ({len(atlas.layers.get(layer, ()))} on this map)")
            action.toggled.connect(lambda on, layer=layer: self.view.set_layer(layer, on))
            self.toolbar.addAction(action)
            self.layer_actions[layer] = action
        self.toolbar.addSeparator()
        for text, slot, tip in (
            ("+", lambda: self.view.zoom_by(1.25), "Zoom in (+ or the wheel)"),
            ("−", lambda: self.view.zoom_by(0.8), "Zoom out (−)"),
            ("Reset", self.view.reset_view, "Show the whole map (0)"),
            ("PNG…", self.export_png, "Save the current view as a PNG picture"),
            ("SVG…", self.export_svg, "Save the current view as an SVG drawing"),
        ):
            action = self.toolbar.addAction(text, slot)
            action.setToolTip(tip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, 1)

    def _ask_path(self, suffix: str) -> str:
        from PySide6.QtWidgets import QFileDialog  # only when asked

        path, _ = QFileDialog.getSaveFileName(
            self,
            f"Export the map as {suffix.upper()}",
            f"afghanistan-map.{suffix}",
            f"{suffix.upper()} (*.{suffix})",
        )
        if path and not path.lower().endswith(f".{suffix}"):
            path += f".{suffix}"
        return path

    def export_png(self, path: str = "") -> bool:
        path = path or self._ask_path("png")
        if not path:
            return False
        done = self.view.export_png(path)
        self.message.emit(f"Map saved to {path}" if done else f"Could not save the map to {path}")
        return done

    def export_svg(self, path: str = "") -> bool:
        path = path or self._ask_path("svg")
        if not path:
            return False
        done = self.view.export_svg(path)
        self.message.emit(f"Map saved to {path}" if done else f"Could not save the map to {path}")
        return done
