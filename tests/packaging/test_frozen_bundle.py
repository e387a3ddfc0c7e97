"""The offline bundle, built as a release is built, then run as a user's computer runs it.

Builds ``dist/medsender-desktop/`` with ``packaging/build.py`` (PyInstaller, installed into the
environment if missing), then runs the frozen ``medsender-desktop --self-test`` offscreen with
the in-memory keyring selected by the environment, and checks what the bundle carries.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "medsender-desktop"
EXE = ".exe" if sys.platform == "win32" else ""
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
MAX_MB = 200
CHECKS = ("main window", "keyring", "pdfium render", "TIFF image plugin", "print support",
          "send to the sandbox")

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1800)]


@pytest.fixture(scope="module")
def bundle() -> Path:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "--no-self-test"],
                          cwd=ROOT, capture_output=True, text=True, timeout=1500, check=False)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    print(f"bundle built in {time.perf_counter() - started:.0f} s")
    return BUNDLE


def frozen_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "PYTEST"))}
    env.update(QT_QPA_PLATFORM="offscreen", MEDSENDER_KEYRING="memory", HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
    return env


def test_the_frozen_app_passes_its_self_test(bundle: Path, tmp_path: Path) -> None:
    done = subprocess.run([str(bundle / f"medsender-desktop{EXE}"), "--self-test"], cwd=tmp_path,
                          env=frozen_env(tmp_path), capture_output=True, text=True, timeout=300,
                          check=False)
    print(done.stdout)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    for check in CHECKS:
        assert any(line.startswith(f"ok    {check}:") for line in lines), done.stdout
    assert any("in-memory keyring" in line and "MEDSENDER_KEYRING" in line for line in lines)
    assert lines[-1].startswith("self-test: all checks passed")


def test_every_frozen_program_reports_the_pyproject_version(bundle: Path, tmp_path: Path) -> None:
    for program in ("medsender-desktop", "medsender-api"):
        done = subprocess.run([str(bundle / f"{program}{EXE}"), "--version"], env=frozen_env(tmp_path),
                              capture_output=True, text=True, timeout=120, check=False)
        assert (done.returncode, done.stdout.strip()) == (0, f"{program} {VERSION}"), done.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"),
                    reason="the 200 MB budget and these plugin file names are the Linux bundle's")
def test_the_bundle_is_small_and_carries_what_the_app_needs(bundle: Path) -> None:
    du = subprocess.run(["du", "-sk", str(bundle)], capture_output=True, text=True, check=True)
    size_mb = int(du.stdout.split()[0]) / 1024
    print(f"bundle: {size_mb:.0f} MB (du)")
    assert size_mb < MAX_MB
    internal = bundle / "_internal"
    qt = internal / "PySide6" / "Qt"
    files = {p.relative_to(internal).as_posix() for p in internal.rglob("*")}
    plugins = {p.relative_to(qt / "plugins").as_posix() for p in (qt / "plugins").rglob("*.so")}
    for needed in ("platforms/libqxcb.so", "platforms/libqoffscreen.so", "imageformats/libqtiff.so",
                   "printsupport/libcupsprintersupport.so", "tls/libqopensslbackend.so"):
        assert needed in plugins
    assert not {p for p in plugins if p.split("/")[0] not in {
        "platforms", "imageformats", "iconengines", "tls", "printsupport", "styles",
        "platforminputcontexts", "platformthemes"}}, plugins
    unwanted = ("Quick", "Qml", "WebEngine", "VirtualKeyboard", "Wayland", "Pdf")
    assert not [f for f in files if any(f"Qt6{u}" in f or f"Qt{u}" in f for u in unwanted)]
    assert {p.name for p in (qt / "translations").iterdir()} == {"qtbase_es.qm"}  # Qt's, for Spanish
    assert {"medsender_desktop/ui/translations/medsender_en.qm",
            "medsender_desktop/ui/translations/medsender_es.qm"} <= files
    assert any(f.startswith("pypdfium2_raw/libpdfium") for f in files)
    assert any(f.startswith("certifi/") for f in files)
    assert {f"resources/icons/app-{s}.png" for s in (16, 32, 256, 512)} <= files
    assert "resources/licenses/LGPL-3.0.txt" in files
    assert not [f for f in files if f.startswith(("yaml/", "tkinter", "keyrings"))]
