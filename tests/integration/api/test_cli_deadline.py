"""Defect 7: a server that trickles one byte at a time cannot keep the CLI running: every
command has an overall deadline and says plainly what happened."""

from __future__ import annotations

import select
import socket
import threading
import time
from collections.abc import Iterator

import pytest

from medsender_desktop.cli import main
from tests.paths import CORPUS

TRICKLE_EVERY = 0.3  # seconds between bytes: far inside any per-read timeout


class TricklingServer:
    """Answers every request with headers promising 100 kB, then one byte per interval."""

    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self.connections = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._listener.getsockname()[1]}/api/v2"

    def __enter__(self) -> TricklingServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._listener.close()
        self._thread.join(5)

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._trickle, args=(conn,), daemon=True).start()

    def _trickle(self, conn: socket.socket) -> None:
        with conn:
            conn.recv(65536)  # the request head (and whatever body came with it)
            try:
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                             b"Content-Length: 100000\r\n\r\n")
                while not self._stop.is_set():
                    readable, _, _ = select.select([conn], [], [], TRICKLE_EVERY)
                    if readable and not conn.recv(65536):
                        return  # the client gave up
                    conn.sendall(b" ")
            except OSError:
                return


@pytest.fixture
def trickler() -> Iterator[TricklingServer]:
    with TricklingServer() as server:
        yield server


@pytest.mark.parametrize(("argv", "advice"), [
    (["list", "sent"], "Try again"),
    (["status", "abc123"], "Try again"),
    (["send", str(CORPUS / "minimal-document.pdf"), "--to", "9174732192", "--from",
      "9177572947"], "may or may not"),
])
def test_every_command_stops_at_its_deadline(
    trickler: TricklingServer, capsys: pytest.CaptureFixture[str], argv: list[str], advice: str
) -> None:
    env = {"MEDSENDER_API_KEY": "sk_test_deadline", "MEDSENDER_CLIENT_SECRET": "s",
           "MEDSENDER_BASE_URL": trickler.url}
    started = time.monotonic()
    code = main(["--deadline", "2", *argv], env=env)
    elapsed = time.monotonic() - started
    _, err = capsys.readouterr()
    assert code == 1
    assert "did not finish within 2 seconds" in err and advice in err, err
    assert elapsed < 10  # the server would trickle for about 8 hours
    assert trickler.connections >= 1


def test_the_deadline_must_be_positive(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--deadline", "0", "list", "sent"], env={}) == 2
    assert "deadline" in capsys.readouterr().err
