"""The app's asyncio event loop: qasync's Qt-driven loop, plus async-generator hooks.

qasync's loop never installs ``sys.set_asyncgen_hooks`` while it runs (asyncio's own loops
do). Without them an async generator abandoned mid-iteration (e.g. an httpx stream whose task
was cancelled) is finalized synchronously by the garbage collector, where it cannot await its
clean-up ("async generator ignored GeneratorExit"). With them it is closed the asyncio way:
``aclose()`` scheduled as a task on this loop, and ``shutdown_asyncgens()`` works at exit.
"""

from __future__ import annotations

import os
import sys
from typing import Any

os.environ["QT_API"] = "pyside6"  # before qasync is imported: bind to PySide6, never guess

import qasync
from PySide6.QtWidgets import QApplication


class AppEventLoop(qasync.QEventLoop):  # type: ignore[misc,name-defined]
    def _before_run_forever(self) -> None:
        super()._before_run_forever()
        self._saved_asyncgen_hooks: Any = sys.get_asyncgen_hooks()
        sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                               finalizer=self._asyncgen_finalizer_hook)

    def _after_run_forever(self) -> None:
        saved = getattr(self, "_saved_asyncgen_hooks", None)
        if saved is not None:
            sys.set_asyncgen_hooks(*saved)
            self._saved_asyncgen_hooks = None
        super()._after_run_forever()


def new_event_loop(app: QApplication | None = None) -> AppEventLoop:
    instance = app or QApplication.instance()
    assert instance is not None, "create the QApplication first"
    return AppEventLoop(instance)
