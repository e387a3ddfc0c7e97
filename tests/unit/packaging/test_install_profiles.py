"""A relay server installs the base package only: the relay must not import the desktop extra."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DESKTOP_ONLY = ("PySide6", "qasync", "pypdfium2", "pypdfium2_raw", "PIL", "fpdf")


def test_the_relay_and_its_cli_import_nothing_from_the_desktop_extra() -> None:
    code = ("import sys\n"
            "from medsender_desktop.relay import __main__ as cli, app\n"
            "from medsender_desktop.relay import create_app, RelaySettings\n"
            f"loaded = sorted(m for m in {DESKTOP_ONLY!r} if m in sys.modules)\n"
            "print(','.join(loaded))\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


def test_the_base_dependencies_leave_the_desktop_libraries_to_the_extra() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    names = {d.split(">")[0].split("<")[0].split("=")[0].strip().lower()
             for d in project["dependencies"]}
    desktop = {d.split(">")[0].strip().lower() for d in project["optional-dependencies"]["desktop"]}
    heavy = {"pyside6-essentials", "pypdfium2", "pillow", "fpdf2", "qasync"}
    assert not names & heavy
    assert heavy <= desktop
    assert "phonenumberslite" in names and "phonenumbers" not in names
