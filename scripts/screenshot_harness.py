"""What the single-purpose screenshot scripts share: a loopback sandbox and relay (the GUI
tests' helpers), an in-memory keychain, the app's qasync loop, and a grab of the screen with
ImageMagick's ``import``. Run the scripts under Xvfb (see docs/screenshots/README.md)."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

os.environ["QT_API"] = "pyside6"
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import keyring
from PySide6.QtWidgets import QApplication

from medsender_desktop.documents import DocumentWorker
from medsender_desktop.ui.event_loop import new_event_loop
from tests.conftest import MemoryKeyring
from tests.gui.helpers import Backend, start_backend


async def settle() -> None:
    for _ in range(30):  # let the screen paint: a screenshot, not a test
        await asyncio.sleep(0.05)


async def shoot(path: Path) -> None:
    """The whole screen, once painted, into ``path`` (off the loop: ``import`` takes a moment)."""
    await settle()
    await asyncio.to_thread(subprocess.run, ["import", "-window", "root", str(path)], check=True)


def run(capture: Callable[[Backend, Path], Coroutine[Any, Any, None]], **backend_options: Any) -> None:
    """``capture(backend, scratch_folder)`` on the app's loop, against a fresh backend."""
    root = Path(tempfile.mkdtemp())
    keyring.set_keyring(MemoryKeyring())
    with DocumentWorker() as documents, start_backend(root / "backend", documents,
                                                      **backend_options) as backend:
        app = QApplication([])
        loop = new_event_loop(app)
        asyncio.set_event_loop(loop)
        loop.run_until_complete(capture(backend, root))
        loop.run_until_complete(loop.shutdown_asyncgens())
