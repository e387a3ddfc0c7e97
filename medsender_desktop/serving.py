"""Run an ASGI app with uvicorn on loopback, in a background thread with its own event loop.

Used by ``medsender-desktop --sandbox`` (sandbox + relay in-process, off the UI thread) and by
the tests (real HTTP over loopback). Port 0 picks a free port; :attr:`url` tells which.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
from typing import Any

import uvicorn

log = logging.getLogger(__name__)


class BackgroundServer:
    """``with BackgroundServer(app) as srv: httpx.get(srv.url + "/...")``."""

    def __init__(self, app: Any, *, host: str = "127.0.0.1", port: int = 0, name: str = "server",
                 log_level: str = "warning") -> None:
        self.app = app
        self.host = host
        self.port = port
        self.name = name
        self._log_level = log_level
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self, timeout: float = 15.0) -> BackgroundServer:
        # proto=IPPROTO_TCP matters: asyncio sets TCP_NODELAY on accepted sockets only when the
        # listener says so; with proto 0, keep-alive requests wait ~40 ms (Nagle + delayed ACK).
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, self.port))
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(
            self.app, log_level=self._log_level, lifespan="on", access_log=False,
            timeout_graceful_shutdown=3,
        )
        self._server = uvicorn.Server(config)
        # uvicorn installs signal handlers only in the main thread; make sure it never does here.
        self._server.install_signal_handlers = lambda: None  # type: ignore[method-assign]

        def run() -> None:
            try:
                asyncio.run(self._server.serve(sockets=[sock]))  # type: ignore[union-attr]
            except BaseException as exc:  # reported to start() / logged; thread must not die silently
                self._error = exc
                log.exception("%s stopped with an error", self.name)
            finally:
                sock.close()

        self._thread = threading.Thread(target=run, name=f"{self.name}-uvicorn", daemon=True)
        self._thread.start()
        deadline = threading.Event()
        waited = 0.0
        while not self._server.started:
            if self._error is not None or not self._thread.is_alive():
                raise RuntimeError(f"{self.name} failed to start") from self._error
            if waited >= timeout:
                raise TimeoutError(f"{self.name} did not start within {timeout} s")
            deadline.wait(0.01)
            waited += 0.01
        return self

    def stop(self, timeout: float = 10.0) -> None:
        # Apps holding long-lived streams (the relay's SSE) end them first, so shutdown is quick.
        close_streams = getattr(self.app, "close_streams", None)
        if callable(close_streams):
            close_streams()
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def __enter__(self) -> BackgroundServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
