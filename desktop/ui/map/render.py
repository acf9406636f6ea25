"""The map alone, offscreen, at a given size: for ``dossier map --labels`` and ``--png``.

The same ``MapView`` the window shows, at its home view, so what the command line reports
and draws is what a person sees in a map of that size.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable

from desktop.core.map.atlas import Atlas


def ensure_application():
    """The running QApplication, or an offscreen one made for drawing."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from desktop.app import quiet_offscreen_notices

        quiet_offscreen_notices()
        app = QApplication([*sys.argv[:1], "-style", "fusion"])
    return app


def home_view(atlas: Atlas, width: int, height: int, theme: str = "light", layers: Iterable[str] = ()):
    """A ``MapView`` whose map area is ``width`` x ``height`` pixels, at home, labels placed."""
    from PySide6.QtWidgets import QFrame

    from desktop.ui.map.view import MapView

    app = ensure_application()
    view = MapView(atlas, theme)
    view.setFrameShape(QFrame.Shape.NoFrame)
    view.resize(width, height)
    for layer in layers:
        view.set_layer(layer, True)
    view.show()
    app.processEvents()
    view.reset_view()
    return view


def save_png(view, path: str) -> bool:
    """Write the view to a new PNG file; False if it cannot (it never replaces a file)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    view.viewport().grab().save(buffer, "PNG")
    buffer.close()
    try:
        with open(path, "xb") as out:  # "x": fails if the file appeared meanwhile
            out.write(bytes(data.data()))
    except OSError:
        return False
    return True
