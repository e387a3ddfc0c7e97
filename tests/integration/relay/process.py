"""The relay as a real process (``python -m medsender_desktop.relay``), secrets in its env."""

from __future__ import annotations

import base64
import os
import socket
import subprocess
import sys
from pathlib import Path

import httpx

from tests.integration.relay.support import API_KEY, ENCRYPTION_KEY, RELAY_TOKEN
from tests.waiting import wait_until


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def relay_environment() -> dict[str, str]:
    return {
        **os.environ,
        "MEDSENDER_API_KEY": API_KEY,
        "MEDSENDER_RELAY_TOKEN": RELAY_TOKEN,
        "MEDSENDER_RELAY_KEY": base64.b64encode(ENCRYPTION_KEY).decode(),
        # no OS keychain in CI: the null backend answers "not stored", so the env is used
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
    }


class RelayProcess:
    def __init__(self, data_dir: Path, port: int | None = None, *, args: tuple[str, ...] = (),
                 env: dict[str, str] | None = None) -> None:
        self.data_dir = data_dir
        self.port = port or free_port()
        self.args = args  #: more command-line options
        self.env = env or {}  #: more environment variables
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 20.0) -> RelayProcess:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "medsender_desktop.relay", "--port", str(self.port),
             "--data-dir", str(self.data_dir), "--log-level", "warning", *self.args],
            env={**relay_environment(), **self.env}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )
        wait_until(self._healthy, "the relay process to become healthy", timeout)
        return self

    def _healthy(self) -> bool:
        assert self.proc is not None
        if self.proc.poll() is not None:
            raise RuntimeError(f"relay exited: {self.proc.stderr.read().decode()[-2000:]}")  # type: ignore[union-attr]
        try:
            return httpx.get(self.url + "/healthz", timeout=1).status_code == 200
        except httpx.TransportError:
            return False

    def kill(self) -> None:
        """SIGKILL: no shutdown handlers, no flush, no goodbye."""
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait(10)
            self.proc.stderr.close()  # type: ignore[union-attr]
            self.proc = None

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            finally:
                self.kill()
