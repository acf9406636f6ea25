"""Ending the window from outside as Ctrl+Q ends it: SIGTERM, SIGHUP, SIGINT and the session manager.

A logout, a shutdown or a ``kill`` sends SIGTERM (a closed terminal SIGHUP); Python's default
would end the process at once and lose the last keys typed into a note. Here each of them
closes the main window, which saves (or keeps in ``unsaved-notes/``) what was typed, then the
application quits. Python runs a signal handler only when the interpreter runs, and Qt's event
loop is C++: the signal's number is written to a socket (``signal.set_wakeup_fd``) that a
QSocketNotifier watches, so the handler runs at once however idle the window is. The session
manager's commit-data request saves the notes the same way without closing anything (the
session may still be cancelled).
"""

from __future__ import annotations

import contextlib
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtWidgets import QApplication, QWidget

QUIT_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name)
)


class QuitOnSignals(QObject):
    """Closes ``window`` (saving as Ctrl+Q does) and quits when a quit signal arrives.

    ``save`` is what the session manager's commit-data request runs (the notes' flush).
    """

    def __init__(self, app: QApplication, window: QWidget, save: Callable[[], object]) -> None:
        super().__init__(app)
        self.app, self.window, self.save = app, window, save
        self.received: list[int] = []
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._previous = {number: signal.signal(number, _note_only) for number in QUIT_SIGNALS}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_wakeup)
        app.commitDataRequest.connect(lambda _manager: self.save())
        app.aboutToQuit.connect(self.uninstall)

    def _on_wakeup(self, *_args: object) -> None:
        try:
            numbers = self._reader.recv(64)
        except OSError:
            return
        quits = [number for number in numbers if number in QUIT_SIGNALS]
        if not quits or self.received:
            return
        self.received.extend(quits)
        self.window.close()  # closeEvent saves the notes, as Ctrl+Q does
        self.app.quit()

    def uninstall(self) -> None:
        """Give the signals back to Python's defaults (a second SIGTERM while quitting ends it)."""
        if self._reader is None:
            return
        self._notifier.setEnabled(False)
        with contextlib.suppress(ValueError):  # not the main thread: nothing was installed there
            signal.set_wakeup_fd(self._previous_fd)
            for number, handler in self._previous.items():
                signal.signal(number, handler)
        self._reader.close()
        self._writer.close()
        self._reader = self._writer = None  # type: ignore[assignment]


def _note_only(_number: int, _frame: object) -> None:
    """The Python-level handler: the wakeup socket already carries the signal to the window."""


def quit_on_signals(app: QApplication, window: QWidget, save: Callable[[], object]) -> QuitOnSignals:
    return QuitOnSignals(app, window, save)
