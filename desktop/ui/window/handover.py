"""The side of one-window-per-report that runs before Qt loads: a second launch's hand-over.

``dossier`` and ``dossier dossier://…`` (what the desktop entry runs for a link) first try to
give their place to the window already open for the same report (``single_instance`` is that
window's side). This module imports no Qt on Unix, so the hand-over is done before PySide6
loads: a link reaches the open window in the time Python takes to start, not Qt.
"""

from __future__ import annotations

import json
import os
import zlib
from pathlib import Path

ANSWER_SECONDS = 5.0  # the running window may be busy for a moment (laying out, saving)
CONNECT_MS = 500  # for Qt's local socket (not on Unix): a listening window accepts at once
ANSWER = b"ok\n"


def instance_name(report_key: str, data_dir: Path) -> str:
    """The socket's name: the same for the same user, report and notes folder, else different.

    The notes folder counts because a second folder (``--data-dir``) is a second set of notes,
    which deserves its own window.
    """
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    seed = "\n".join((user, report_key, str(Path(data_dir).absolute()))).encode("utf-8")
    # Two CRCs, 64 bits: enough to tell a user's few folders apart (hashlib would cost
    # start-up its OpenSSL import).
    return f"dossier-{zlib.crc32(seed):08x}{zlib.crc32(seed[::-1]):08x}"


def report_key(meta: dict[str, object]) -> str:
    """What tells one report from another: its id, else its web address or title."""
    return str(meta.get("id") or meta.get("url") or meta.get("title") or "report")


def socket_address(name: str) -> str:
    """Where the socket ``name`` lives: a file in the temporary folder on Unix (given to
    ``QLocalServer`` as a full path, so both sides agree without asking Qt), a pipe name elsewhere."""
    if os.name != "posix":
        return name
    return os.path.join(os.path.realpath(os.environ.get("TMPDIR") or "/tmp"), name)


def hand_over(name: str, section: str | None = None, note: str | None = None) -> bool:
    """Give the place to the window listening on ``name``; True when it took it.

    False when no window listens (or one that does never answers): then this process opens
    its own window.
    """
    request = json.dumps({"section": section or "", "note": note or ""}).encode("utf-8") + b"\n"
    if os.name != "posix":
        return _hand_over_qt(name, request)
    address = socket_address(name)
    if not os.path.exists(address):  # no window (the usual start): not even the socket module
        return False
    import socket

    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
        connection.settimeout(ANSWER_SECONDS)
        try:
            connection.connect(address)
            connection.sendall(request)
            return connection.recv(len(ANSWER)).startswith(ANSWER.strip())
        except OSError:  # no socket, a crashed window's socket, or no answer in time
            return False


def _hand_over_qt(name: str, request: bytes) -> bool:
    """The same through Qt's local socket (a named pipe on Windows)."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(socket_address(name))
    if not socket.waitForConnected(CONNECT_MS):
        return False
    socket.write(request)
    socket.flush()  # written at once, or waitForReadyRead writes the rest first
    answered = socket.waitForReadyRead(int(ANSWER_SECONDS * 1000))
    taken = answered and bytes(socket.readAll().data()).startswith(ANSWER.strip())
    socket.disconnectFromServer()
    return bool(taken)
