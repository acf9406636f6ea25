"""One window per report: a second launch hands its place to the window already open.

The first window listens on a local socket (``QLocalServer``) whose name is derived from the
user, the report and the notes folder. A later ``dossier`` or ``dossier dossier://…`` (what
the desktop entry runs for a link) connects to it first (``hand_over``): if a window answers,
the place goes there as one JSON line, that window raises itself and shows it, and the new
process ends. A socket left behind by a window that crashed refuses connections: it is
removed (``QLocalServer.removeServer``) before listening again. Commands (``dossier search``,
``dossier notes …``) never come here; ``--screenshot`` renders on its own.

Signals of ``PlaceListener``:
    place_requested(str, str): a section id and a note id ("" for none) from another launch.
"""

from __future__ import annotations

import json
import os
import zlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal

CONNECT_MS = 500  # a listening window accepts at once; only a dead socket makes us wait
ANSWER_MS = 5000  # the running window may be busy for a moment (laying out, saving)
MAX_REQUEST_BYTES = 4096  # a place is a section and a note id: anything longer is not ours
ANSWER = b"ok\n"


def instance_name(report_key: str, data_dir: Path) -> str:
    """The socket's name: the same for the same user, report and notes folder, else different.

    The notes folder counts because a second folder (``--data-dir``) is a second set of notes,
    which deserves its own window.
    """
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    seed = "\n".join((user, report_key, str(Path(data_dir).absolute()))).encode("utf-8")
    # Two CRCs, 64 bits: enough to tell a user's few folders apart, and zlib is loaded already
    # (hashlib would cost start-up its OpenSSL import).
    return f"dossier-{zlib.crc32(seed):08x}{zlib.crc32(seed[::-1]):08x}"


def report_key(meta: dict[str, object]) -> str:
    """What tells one report from another: its id, else its web address or title."""
    return str(meta.get("id") or meta.get("url") or meta.get("title") or "report")


def hand_over(name: str, section: str | None = None, note: str | None = None) -> bool:
    """Give the place to the window listening on ``name``; True when it took it.

    False when no window listens (or one that does never answers): then this process opens
    its own window.
    """
    request = json.dumps({"section": section or "", "note": note or ""}).encode("utf-8") + b"\n"
    if os.name == "posix":
        return _hand_over_unix(name, request)
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_MS):
        return False
    socket.write(request)
    socket.flush()  # written at once, or waitForReadyRead writes the rest first
    taken = socket.waitForReadyRead(ANSWER_MS) and bytes(socket.readAll().data()).startswith(ANSWER.strip())
    socket.disconnectFromServer()
    return bool(taken)


def _hand_over_unix(name: str, request: bytes) -> bool:
    """The same through Python's own socket: on Unix a QLocalServer is a plain Unix socket in
    Qt's temporary folder, and loading QtNetwork would cost every start its import."""
    import socket

    from PySide6.QtCore import QDir

    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
        connection.settimeout(ANSWER_MS / 1000)
        try:
            connection.connect(os.path.join(QDir.tempPath(), name))
            connection.sendall(request)
            return connection.recv(len(ANSWER)).startswith(ANSWER.strip())
        except OSError:  # no socket, a crashed window's socket, or no answer in time
            return False


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
        if not self.server.listen(name):
            # Nobody answered on this name (hand_over came first), so what is there is a socket
            # a crashed window left behind: remove it and listen afresh.
            self.server.removeServer(name)
            self.server.listen(name)

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
