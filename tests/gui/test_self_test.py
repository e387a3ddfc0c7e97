"""``python -m medsender_desktop --self-test`` as CI and the packaged builds run it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_self_test_passes_in_a_fresh_process(tmp_path: Path) -> None:
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTEST_CURRENT_TEST", None)
    done = subprocess.run([sys.executable, "-m", "medsender_desktop", "--self-test"], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    for check in ("main window", "keyring", "pdfium render", "TIFF image plugin"):
        assert any(line.startswith(f"ok    {check}:") for line in lines), done.stdout
    assert lines[-1].startswith("self-test: all checks passed")


def test_self_test_reports_a_failing_check(tmp_path: Path) -> None:
    """A broken check makes the exit code non-zero and is named (the TIFF plugin is hidden)."""
    env = {**os.environ, "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen",
           "QT_PLUGIN_PATH": str(tmp_path / "no-plugins")}
    code = ("import sys; from PySide6.QtCore import QCoreApplication; "
            "QCoreApplication.setLibraryPaths([]); "
            "from medsender_desktop.ui.self_test import run_self_test; sys.exit(run_self_test())")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "FAIL  TIFF image plugin" in done.stdout
    assert "1 check(s) failed" in done.stdout
