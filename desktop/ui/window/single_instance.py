"""One window per report: a second launch hands its place to the window already open.

The first window listens on a local socket (``QLocalServer``) whose name is derived from the
user, the report and the notes folder. A later ``dossier`` or ``dossier dossier://…`` (what
the desktop entry runs for a link) connects to it first (``handover.hand_over``, before Qt
loads): if a window answers,
the place goes there as one JSON line, that window raises itself and shows it, and the new
process ends. A socket left behind by a window that crashed refuses connections: it is
removed (``QLocalServer.removeServer``) before listening again. Commands (``dossier search``,
``dossier notes …``) never come here; ``--screenshot`` renders on its own.

Signals of ``PlaceListener``:
    place_requested(str, str): a section id and a note id ("" for none) from another launch.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QObject, Signal

from desktop.ui.window.handover import ANSWER, socket_address

MAX_REQUEST_BYTES = 4096  # a place is a section and a note id: anything longer is not ours


class PlaceListener(QObject):
    """Listens for later launches of the same report and passes on the places they name."""

    place_requested = Signal(str, str)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self.server = QLocalServer(self)
        # Only this user may connect (the socket's file mode), not others on the machine.
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        address = socket_address(name)
        if not self.server.listen(address):
            # Nobody answered on this name (hand_over came first), so what is there is a socket
            # a crashed window left behind: remove it and listen afresh.
            self.server.removeServer(address)
            self.server.listen(address)

    @property
    def listening(self) -> bool:
        return self.server.isListening()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            connection = self.server.nextPendingConnection()
            connection.setParent(self)
            connection.readyRead.connect(lambda c=connection: self._read(c))
            connection.disconnected.connect(connection.deleteLater)
            self._read(connection)  # what came with the connection raises no readyRead of its own

    def _read(self, connection) -> None:
        if not connection.canReadLine():
            if connection.bytesAvailable() > MAX_REQUEST_BYTES:
                connection.abort()
            return
        line = bytes(connection.readLine(MAX_REQUEST_BYTES).data())
        try:
            request = json.loads(line)
            section, note = str(request.get("section") or ""), str(request.get("note") or "")
        except (ValueError, AttributeError):
            connection.abort()  # not a launch of ours
            return
        connection.write(ANSWER)
        connection.flush()
        self.place_requested.emit(section, note)


def show_place(window, section: str, note: str) -> None:
    """Bring ``window`` to the front at the place another launch asked for."""
    from PySide6.QtCore import Qt

    if window.windowState() & Qt.WindowState.WindowMinimized:
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
    if section and window.store.section(section) is not None:
        window.reader.show_section(section)
    if note:  # its passage, and the note open
        window.show_note(note)


def listen_for_places(window, name: str) -> PlaceListener:
    """Make ``window`` the one that later launches of ``name`` hand their places to."""
    listener = PlaceListener(name, window)
    listener.place_requested.connect(lambda section, note: show_place(window, section, note))
    return listener
