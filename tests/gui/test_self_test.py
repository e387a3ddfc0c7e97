"""``python -m medsender_desktop --self-test`` as CI and the packaged builds run it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_self_test_passes_in_a_fresh_process(tmp_path: Path) -> None:
    report = tmp_path / "self-test.txt"
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen",
           "MEDSENDER_SELF_TEST_REPORT": str(report)}
    env.pop("PYTEST_CURRENT_TEST", None)
    done = subprocess.run([sys.executable, "-m", "medsender_desktop", "--self-test"], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    for check in ("main window", "keyring", "pdfium render", "TIFF image plugin", "print support",
                  "send to the sandbox"):
        assert any(line.startswith(f"ok    {check}:") for line in lines), done.stdout
    assert lines[-1].startswith("self-test: all checks passed")
    assert report.read_text().splitlines() == lines  # what a windowed build leaves for CI


def test_self_test_reports_a_failing_check(qapp, monkeypatch, capsys) -> None:
    """A broken check is named, the others still run, and the exit code is 1."""
    from medsender_desktop.ui import self_test

    def broken() -> str:
        raise RuntimeError("the TIFF plugin is missing")

    checks = tuple((name, broken if name == "TIFF image plugin" else check)
                   for name, check in self_test.CHECKS)
    monkeypatch.setattr(self_test, "CHECKS", checks)
    assert self_test.run_self_test() == 1
    out = capsys.readouterr().out
    assert "FAIL  TIFF image plugin: RuntimeError: the TIFF plugin is missing" in out
    assert "ok    pdfium render:" in out
    assert "1 check(s) failed" in out
