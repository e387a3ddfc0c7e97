"""Build the offline bundle (and, with --installer, the installer) for the OS this runs on.

    python packaging/build.py                 # dist/medsender-desktop/ + its --self-test
    python packaging/build.py --installer     # then: Windows setup .exe (Inno Setup) or macOS .dmg
    python packaging/build.py --installer --sign-identity "Developer ID Application: ..."

Run it with the project's Python (the one that has the app's dependencies, e.g. .venv/bin/python);
PyInstaller is installed into that environment first if it is missing. The version comes from
pyproject.toml and is passed on to the spec, Inno Setup and the dmg script.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "medsender-desktop.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / "medsender-desktop"
PYINSTALLER = "pyinstaller>=6.10,<7"


def project_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def executable(name: str = "medsender-desktop") -> Path:
    suffix = ".exe" if sys.platform == "win32" else ""
    return BUNDLE / f"{name}{suffix}"


def ensure_pyinstaller() -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print(f"build: installing {PYINSTALLER} into {sys.prefix}", flush=True)
        subprocess.run([sys.executable, "-m", "pip", "install", "--disable-pip-version-check",
                        "-q", PYINSTALLER], check=True)


def size_of(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build_bundle(clean: bool) -> float:
    ensure_pyinstaller()
    # PyInstaller's work folder is emptied: its up-to-date checks compare modification times,
    # which a checkout or an edit during a build can leave looking older than the cache.
    for old in (BUNDLE, DIST / "Medsender Desktop.app", WORK):
        shutil.rmtree(old, ignore_errors=True)
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)]
    if clean:
        command.insert(3, "--clean")
    started = time.perf_counter()
    subprocess.run(command, cwd=ROOT, check=True)
    return time.perf_counter() - started


def self_test(program: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MEDSENDER_KEYRING": "memory"}
    print(f"build: {program.relative_to(ROOT)} --self-test", flush=True)
    subprocess.run([str(program), "--self-test"], cwd=ROOT, env=env, check=True, timeout=300)


def installer(version: str, identity: str | None, arch: str | None) -> Path:
    if sys.platform == "win32":
        iscc = shutil.which("iscc") or shutil.which("ISCC") or str(
            Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)"))
            / "Inno Setup 6" / "ISCC.exe")
        script = ROOT / "packaging" / "windows" / "medsender-desktop.iss"
        subprocess.run([iscc, f"/DAppVersion={version}", f"/DSourceDir={BUNDLE}",
                        f"/DOutputDir={DIST}", str(script)], check=True)
        return DIST / f"MedsenderDesktop-{version}-setup.exe"
    if sys.platform == "darwin":
        command = ["bash", str(ROOT / "packaging" / "macos" / "make-dmg.sh"), "--version", version]
        if identity:
            command += ["--identity", identity]
        if arch:
            command += ["--arch", arch]
        subprocess.run(command, cwd=ROOT, check=True)
        arch = arch or os.uname().machine
        return DIST / f"MedsenderDesktop-{version}-{arch}.dmg"
    raise SystemExit("build: installers are made on Windows (Inno Setup) and macOS (dmg); "
                     "on Linux the bundle in dist/medsender-desktop/ is the product")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--installer", action="store_true",
                        help="also make the Windows installer or the macOS disk image")
    parser.add_argument("--sign-identity", default=None,
                        help="macOS: codesign identity for the .app and .dmg (default: unsigned)")
    parser.add_argument("--arch", default=None, help="macOS: the architecture in the dmg's name")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--no-self-test", action="store_true", help="skip the bundle's self-test")
    args = parser.parse_args(argv)

    version = project_version()
    print(f"build: Medsender Desktop {version} for {sys.platform}", flush=True)
    seconds = build_bundle(args.clean)
    size = size_of(BUNDLE)
    print(f"build: {BUNDLE.relative_to(ROOT)} built in {seconds:.0f} s, "
          f"{size / 1e6:.1f} MB in {sum(1 for _ in BUNDLE.rglob('*'))} files", flush=True)
    if not args.no_self_test:
        self_test(executable())
    if args.installer:
        print(f"build: {installer(version, args.sign_identity, args.arch).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
