"""The cover-page preview never makes the UI thread import the PDF writer: opening the send
dialog leaves fpdf2/fontTools unloaded, and the first preview imports them on a worker thread
(they froze the window for ~0.2 s when imported on the UI thread; benchmarks/bench_cover.py
measures the stall). A child process, so nothing else of the test run has imported them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

PROBE = """
import asyncio, json, sys, threading
from PySide6.QtWidgets import QApplication
from medsender_desktop.documents import DocumentWorker
from medsender_desktop.ui.dialogs.factory import DialogFactory
from medsender_desktop.ui.event_loop import new_event_loop

imported_on = {}

class Watch:  # records which thread first imports the PDF writer
    def find_spec(self, name, path, target=None):
        if name in ("fpdf", "fontTools") and name not in imported_on:
            imported_on[name] = threading.current_thread() is threading.main_thread()
        return None

sys.meta_path.insert(0, Watch())

async def run():
    worker = DocumentWorker()
    dialog = DialogFactory().new_fax_dialog(None, numbers=[], documents=worker)
    dialog.show()
    after_open = [m for m in ("fpdf", "fontTools") if m in sys.modules]
    dialog.fields.patient_edit.setText("Ada Lovelace")
    dialog.views.setCurrentWidget(dialog.cover_preview)
    for _ in range(3000):
        if dialog.cover_preview.up_to_date:
            break
        await asyncio.sleep(0.01)
    result = {"after_open": after_open, "drawn": dialog.cover_preview.up_to_date,
              "pdf": bool(dialog.cover_preview.pdf), "on_main_thread": imported_on}
    dialog.close()
    worker.close()
    return result

app = QApplication([])
print("RESULT " + json.dumps(asyncio.run(run(), loop_factory=lambda: new_event_loop(app))))
"""


def test_the_pdf_writer_is_imported_off_the_ui_thread(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_API": "pyside6",
           "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-c", PROBE], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=120)
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    assert done.returncode == 0 and lines, done.stderr[-2000:]
    result = json.loads(lines[-1].removeprefix("RESULT "))
    assert result["after_open"] == [], "opening the send dialog imported the PDF writer"
    assert result["drawn"] and result["pdf"], "the cover page was previewed"
    assert result["on_main_thread"] == {"fpdf": False, "fontTools": False}, result
