"""Regenerate resources/: the app icon at every size, toolbar icons, and the license texts.

    .venv/bin/python scripts/make_resources.py

Icons come from the SVG drawings in ``medsender_desktop/ui/glyphs.py``: ``app.svg`` and one
``<glyph>.svg`` per toolbar/tray glyph (in a neutral grey; the app paints them in the theme's
colour), and the app icon rendered with QtSvg as PNGs 16..512 (Linux, the .desktop file),
``app.ico`` for Windows and ``app.icns`` for macOS (via Pillow, from the 512 px PNG).
Licenses: the license files of every distribution the desktop app bundles (found by
walking the project's requirements in the installed environment), plus the texts their
licenses refer to (LGPL-3.0 with the GPL-3.0 it amends for Qt/PySide6, pdfium's BSD-3-Clause
and Apache-2.0 and its third-party notices, Python's PSF license), and ``index.json`` that the
About dialog lists. The output is committed; rerun after changing dependencies or the drawing.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
import sysconfig
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Not bundled (the relay server and tests only) or build tools.
NOT_BUNDLED = {"medsender-desktop", "pyinstaller"}
SAME_CODE = {"phonenumberslite": "phonenumbers"}
# Components inside the wheels that carry their own notices.
EMBEDDED = [
    {"name": "Qt", "inside": "PySide6-Essentials", "license": "LGPL-3.0-only",
     "files": ["LGPL-3.0.txt", "GPL-3.0.txt"],
     "note": "Qt and Qt for Python (PySide6, shiboken6) are used unmodified under the LGPLv3, "
             "as shared libraries that can be replaced; their source is at "
             "https://code.qt.io and https://download.qt.io/official_releases/QtForPython/."},
    {"name": "pdfium", "inside": "pypdfium2", "license": "BSD-3-Clause AND Apache-2.0",
     "files": ["pdfium/pdfium.txt", "pdfium/BSD-3-Clause.txt", "pdfium/Apache-2.0.txt"],
     "note": "PDF rendering by pdfium (and the third-party code it includes, see pdfium/)."},
    {"name": "Python", "inside": "the bundle's interpreter", "license": "PSF-2.0",
     "files": ["Python.txt"], "note": "The Python runtime."},
]


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    icons = RESOURCES / "icons"
    icons.mkdir(parents=True, exist_ok=True)
    make_icons(icons)
    licenses = RESOURCES / "licenses"
    shutil.rmtree(licenses, ignore_errors=True)
    licenses.mkdir(parents=True)
    make_licenses(licenses)
    make_samples(RESOURCES / "samples")
    print(f"wrote {RESOURCES.relative_to(ROOT)}/")
    return 0


def make_icons(folder: Path) -> None:
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    from medsender_desktop.ui.glyphs import APP_ICON_SVG, GLYPHS, glyph_svg
    from medsender_desktop.ui.icons import render_svg

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for old in [*folder.glob("*.png"), *folder.glob("*.svg")]:
        old.unlink()
    (folder / "app.svg").write_bytes(APP_ICON_SVG)
    for name in GLYPHS:
        (folder / f"{name}.svg").write_bytes(glyph_svg(name, "#374151"))
    pngs = []
    for size in ICON_SIZES:
        path = folder / f"app-{size}.png"
        if not render_svg(APP_ICON_SVG, size).save(str(path), "PNG"):
            raise RuntimeError(f"cannot write {path}")
        pngs.append(path)
    largest = Image.open(pngs[-1])
    largest.save(folder / "app.ico", sizes=[(s, s) for s in ICON_SIZES if s <= 256])
    largest.save(folder / "app.icns")
    del app


def make_samples(folder: Path) -> None:
    """Sample documents to try a send with (the sandbox's kind of clinic paperwork)."""
    from medsender_desktop.documents import generate_document, generate_tiff

    folder.mkdir(parents=True, exist_ok=True)
    (folder / "sample-referral.pdf").write_bytes(generate_document(pages=2, title="Sample referral"))
    (folder / "sample-fax.tiff").write_bytes(generate_tiff(pages=2))


def bundled_distributions() -> list[metadata.Distribution]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = [*project["dependencies"], *project.get("optional-dependencies", {}).get("desktop", [])]
    seen: dict[str, metadata.Distribution] = {}
    queue = [Requirement(r) for r in wanted]
    while queue:
        req = queue.pop()
        key = re.sub(r"[-_.]+", "-", req.name).lower()
        if key in seen or key in NOT_BUNDLED:
            continue
        if req.marker is not None and not req.marker.evaluate({"extra": ""}):
            continue
        try:
            dist = metadata.distribution(req.name)
        except metadata.PackageNotFoundError:
            try:  # phonenumberslite is phonenumbers' code without its data: same license
                dist = metadata.distribution(SAME_CODE.get(key, req.name))
            except metadata.PackageNotFoundError:
                continue
        seen[key] = dist
        for extra_req in dist.requires or []:
            sub = Requirement(extra_req)
            if sub.marker is None or sub.marker.evaluate({"extra": ""}):
                queue.append(sub)
    return sorted(seen.values(), key=lambda d: d.metadata["Name"].lower())


def license_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]
    text = (meta.get("License") or "").strip()
    if text and len(text) < 80:
        return text
    return ", ".join(classifiers) or "see the license file"


def make_licenses(folder: Path) -> None:
    common = Path("/usr/share/common-licenses")
    shutil.copy(common / "LGPL-3", folder / "LGPL-3.0.txt")
    shutil.copy(common / "GPL-3", folder / "GPL-3.0.txt")
    shutil.copy(Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt", folder / "Python.txt")
    pdfium = folder / "pdfium"
    pdfium.mkdir()
    pypdfium = metadata.distribution("pypdfium2")
    for file in pypdfium.files or []:
        parts = Path(str(file)).parts
        if "LICENSES" in parts or "BUILD_LICENSES" in parts:
            source = Path(str(pypdfium.locate_file(file)))
            if source.is_file() and source.suffix == ".txt":
                shutil.copy(source, pdfium / source.name)
    entries = [dict(item) for item in EMBEDDED]
    for dist in bundled_distributions():
        name, version = dist.metadata["Name"], dist.version
        files = []
        for file in dist.files or []:
            stem = Path(str(file)).name.upper()
            if ".dist-info" in str(file) and stem.startswith(("LICENSE", "LICENCE", "COPYING", "NOTICE", "AUTHORS")):
                source = Path(str(dist.locate_file(file)))
                target = f"python/{name}-{Path(str(file)).name}"
                if not target.endswith(".txt"):
                    target += ".txt"
                (folder / "python").mkdir(exist_ok=True)
                shutil.copy(source, folder / target)
                files.append(target)
        if name.lower().startswith(("pyside6", "shiboken6")):
            files = files or ["LGPL-3.0.txt", "GPL-3.0.txt"]
        if name.lower() == "pypdfium2":
            files = files or sorted(f"pdfium/{p.name}" for p in pdfium.iterdir())
        entries.append({"name": name, "version": version, "license": license_of(dist),
                        "files": files})
    (folder / "index.json").write_text(json.dumps(entries, indent=1) + "\n", encoding="utf-8")
    (folder / "NOTICE.txt").write_text(notice(entries), encoding="utf-8")


def notice(entries: list[dict]) -> str:
    """The plain-text notice the Windows installer shows and the About dialog summarises."""
    lines = ["Medsender Desktop includes the following third-party components, each used under",
             "its own license. The full license texts are in the licenses folder next to this",
             "file (resources/licenses in the installed program).", ""]
    for entry in entries:
        version = f" {entry['version']}" if entry.get("version") else ""
        lines.append(f"- {entry['name']}{version}: {entry['license']}")
        if entry.get("note"):
            lines.append(f"  {entry['note']}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
