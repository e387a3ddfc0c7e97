"""The start path stays light: what is imported when the main window first shows.

A child process starts the app the way ``medsender-desktop`` does (offscreen, its own user
folders, the in-memory keyring) and, at the main window's first show event, writes which of the
heavy modules are loaded, then ends. Timing is the benchmarks' business (benchmarks/bench_start);
this guards the causes issue 14 found, without a clock.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
#: Not needed to show the window: cover sheets and demo PDFs (fpdf2, fontTools), the embedded
#: servers (Starlette, uvicorn, python-multipart), httpx's command line, another OS's keychain.
HEAVY = ("fpdf", "fontTools", "starlette", "uvicorn", "multipart", "python_multipart",
         "httpx._main", "keyring.backends.macOS", "keyring.backends.Windows",
         "medsender_desktop.sandbox", "medsender_desktop.relay.app")

PROBE = """
import importlib.util, json, os, sys

def on_first_show(window_class):
    shown = window_class.showEvent

    def show_event(self, event):
        shown(self, event)
        loaded = [name for name in json.loads(os.environ["PROBE_MODULES"])
                  if sys.modules.get(name) is not None]
        sys.stdout.write("LOADED " + json.dumps(loaded) + "\\n")
        sys.stdout.flush()
        os._exit(0)  # the probe has its answer; nothing of the run is kept (own folders)

    window_class.showEvent = show_event

class PatchMainWindow:
    # patches the window class when the app imports it, so the app's own import order stands
    def find_spec(self, name, path, target=None):
        if name != "medsender_desktop.ui.main_window":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        run_module = spec.loader.exec_module

        def exec_module(module):
            run_module(module)
            on_first_show(module.MainWindow)

        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, PatchMainWindow())
from medsender_desktop.ui.app import run
run(["medsender-desktop", *sys.argv[1:]])
sys.exit("the main window never showed")
"""


def loaded_at_first_show(tmp_path: Path, *args: str) -> list[str]:
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "MEDSENDER_"))}
    env.update(
        HOME=str(home), XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"), XDG_CACHE_HOME=str(home / "cache"),
        QT_QPA_PLATFORM="offscreen", QT_API="pyside6", MEDSENDER_KEYRING="memory",
        PYTHONPATH=os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")]),
        PROBE_MODULES=json.dumps(HEAVY),
    )
    # -c, not -m: the probe patches the window class before the app imports anything else
    done = subprocess.run([sys.executable, "-c", PROBE, *args], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=90)
    lines = [line for line in done.stdout.splitlines() if line.startswith("LOADED ")]
    assert done.returncode == 0 and lines, done.stderr[-2000:]
    return list(json.loads(lines[-1].removeprefix("LOADED ")))


@pytest.mark.parametrize("args", [("--sandbox",), ()], ids=["sandbox", "no-profile"])
def test_nothing_heavy_is_imported_before_the_window_shows(tmp_path: Path, args: tuple[str, ...]) -> None:
    assert loaded_at_first_show(tmp_path, *args) == []


def test_the_probe_sees_a_heavy_import(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The check can fail: fpdf imported before the window shows is seen."""
    (tmp_path / "sitecustomize.py").write_text("import fpdf\n")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(tmp_path), os.environ.get("PYTHONPATH", "")]))
    assert "fpdf" in loaded_at_first_show(tmp_path)
