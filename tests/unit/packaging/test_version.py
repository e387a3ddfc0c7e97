"""One version, from pyproject.toml: every program's --version and the API user agent say it."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import medsender_desktop
from medsender_desktop import cli
from medsender_desktop._version import _checkout_version
from medsender_desktop.api import _http
from medsender_desktop.relay import __main__ as relay_main
from medsender_desktop.sandbox import __main__ as sandbox_main
from medsender_desktop.ui import app as desktop_app

ROOT = Path(__file__).resolve().parents[3]
PYPROJECT_VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]


def test_the_package_version_is_pyprojects() -> None:
    assert medsender_desktop.__version__ == PYPROJECT_VERSION
    assert f"MedsenderDesktop/{PYPROJECT_VERSION}" == _http.USER_AGENT


@pytest.mark.parametrize(
    ("program", "entry"),
    [
        ("medsender-desktop", lambda argv: desktop_app.run(["medsender-desktop", *argv])),
        ("medsender-sandbox", sandbox_main.main),
        ("medsender-relay", relay_main.main),
        ("medsender-api", cli.main),
    ],
)
def test_every_program_prints_its_version(
    program: str, entry: object, capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exited:
        entry(["--version"])  # type: ignore[operator]
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"{program} {PYPROJECT_VERSION}"


def test_desktop_version_needs_no_qt() -> None:
    """`--version` answers before Qt is loaded (it must work where Qt cannot start)."""
    code = ("import sys; from medsender_desktop.ui.app import run\n"
            "try:\n    run(['medsender-desktop', '--version'])\n"
            "except SystemExit as e:\n    assert e.code == 0\n"
            "assert 'PySide6' not in sys.modules, 'Qt was imported'\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"medsender-desktop {PYPROJECT_VERSION}"


def test_a_pyproject_of_another_project_is_not_taken(tmp_path: Path) -> None:
    other = tmp_path / "pyproject.toml"
    other.write_text('[project]\nname = "something-else"\nversion = "9.9.9"\n')
    assert _checkout_version(other) is None
    (tmp_path / "broken.toml").write_text("[project\n")
    assert _checkout_version(tmp_path / "broken.toml") is None
    assert _checkout_version(tmp_path / "missing.toml") is None
