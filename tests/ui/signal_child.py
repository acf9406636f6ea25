"""A child for the quit-signal test: the real window (``run_window``), typing into a note until ended.

Usage: python signal_child.py NOTE_ID, with DOSSIER_DATA_DIR set. Once the window is up it opens
the note and types a key every 150 ms (never the 0.6 s pause of the idle autosave); after each
key it prints "typed COUNT", flushed.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.app import run_window
from desktop.ui.window.main_window import MainWindow


def main() -> int:
    note_id = sys.argv[1]
    app = QApplication([*sys.argv[:1], "-style", "fusion"])
    count = 0
    keys = QTimer()

    def type_one() -> None:
        nonlocal count
        window = next((w for w in app.topLevelWidgets() if isinstance(w, MainWindow)), None)
        if window is None:
            return
        if count == 0:
            window.show_note(note_id)
        QTest.keyClick(window.notes.editor, Qt.Key.Key_W)
        count += 1
        print(f"typed {count}", flush=True)

    keys.timeout.connect(type_one)
    keys.start(150)
    return run_window()


if __name__ == "__main__":
    sys.exit(main())
