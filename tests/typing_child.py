"""A child process for the steady-typing kill test: types into the notes dock until killed.

Usage: python typing_child.py DATA_DIR NOTE_ID. A key every 150 ms (never the 0.6 s pause the
idle autosave waits for); after each key it prints "typed COUNT MONOTONIC_TIME", flushed.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.context import open_report
from desktop.core.notes.store import NotesStore
from desktop.ui.notes.panel import NotesPanel


def main() -> None:
    data, note_id = Path(sys.argv[1]), sys.argv[2]
    app = QApplication(sys.argv[:1])
    panel = NotesPanel(open_report(), NotesStore(data / "notes.sqlite"))
    panel.show()
    panel.open_note(note_id)
    count = 0

    def type_one() -> None:
        nonlocal count
        QTest.keyClick(panel.editor, Qt.Key.Key_W)
        count += 1
        print(f"typed {count} {time.monotonic():.4f}", flush=True)

    keys = QTimer()
    keys.timeout.connect(type_one)
    keys.start(150)
    app.exec()


if __name__ == "__main__":
    main()
