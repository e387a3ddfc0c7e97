"""One window per user: a second launch hands its files to the running app and exits.

The running app listens on a local socket (a named pipe on Windows, a user-only socket file
elsewhere) whose name is derived from the user and the data folder, so two users, or two
portable installs, never meet. A second launch (``medsender-desktop FILE...``, a double-click,
"Send with Medsender Desktop") connects, sends one line of JSON, ``{"files": [...absolute
paths...]}``, waits for ``ok`` and exits 0. What arrives is bounded and checked: anything
else is dropped without an answer.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

#: The most a second launch may send (paths only; thousands of them fit).
MAX_MESSAGE_BYTES = 256 * 1024
MAX_FILES = 200
ACK = b"ok\n"


def server_name(data_dir: Path) -> str:
    """The socket name for this user and data folder (no path, no PHI: a digest)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or the password database
        user = str(Path.home())
    digest = hashlib.sha256(f"{user}\0{data_dir.resolve()}".encode()).hexdigest()[:24]
    return f"medsender-desktop-{digest}"


def hand_over(name: str, files: Sequence[Path], *, timeout_ms: int = 3000) -> bool:
    """Give ``files`` to the app already running under ``name``; False if none answers.

    Blocking (Qt's ``waitFor...`` calls): it runs in the second launch before any window or
    event loop exists, and needs no QApplication.
    """
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    message = json.dumps({"files": [str(Path(f).absolute()) for f in files]}).encode() + b"\n"
    socket.write(message)
    if not socket.waitForBytesWritten(timeout_ms):
        return False
    answer = b""
    while not answer.endswith(b"\n") and socket.waitForReadyRead(timeout_ms):
        answer += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return answer == ACK


def parse_message(raw: bytes) -> list[Path] | None:
    """The files of one hand-over message, or None when it is not one."""
    try:
        message = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    files = message.get("files") if isinstance(message, dict) else None
    if not isinstance(files, list) or len(files) > MAX_FILES:
        return None
    if not all(isinstance(f, str) and f and "\0" not in f for f in files):
        return None
    return [Path(f) for f in files]


class InstanceServer(QObject):
    files_received = Signal(list)  #: list[Path] handed over by a second launch (may be empty)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._buffers: dict[QLocalSocket, bytes] = {}
        self._server.newConnection.connect(self.on_server_new_connection)

    def listen(self) -> bool:
        """Start listening. A socket left by a crashed run is removed first (nobody answered
        on it, or the caller would have handed over instead)."""
        if self._server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)
        if self._server.listen(self.name):
            return True
        log.warning("single-instance socket not available: %s", self._server.errorString())
        return False

    @property
    def listening(self) -> bool:
        return self._server.isListening()

    def close(self) -> None:
        self._server.close()
        for socket in list(self._buffers):
            socket.abort()
        self._buffers.clear()

    def on_server_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self.on_socket_ready_read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()

    def on_socket_ready_read(self, socket: QLocalSocket) -> None:
        if socket not in self._buffers:
            return
        data = self._buffers[socket] + bytes(socket.readAll().data())
        if len(data) > MAX_MESSAGE_BYTES:
            log.info("single-instance message too long; dropped")
            socket.abort()
            return
        self._buffers[socket] = data
        if b"\n" not in data:
            return
        files = parse_message(data.split(b"\n", 1)[0])
        if files is None:
            log.info("single-instance message not understood; dropped")
            socket.abort()
            return
        socket.write(ACK)
        socket.flush()
        socket.disconnectFromServer()
        log.info("a second launch handed over %d file(s)", len(files))
        self.files_received.emit(files)
