"""The AI tab with results, for docs/screenshots/ai-tab.png (see docs/screenshots/README.md).

A sandbox and relay on loopback (the GUI tests' helpers), the app signed in to them, five
files dropped on the AI tab (two generated referrals, two corpus files, one that is not a
document); once all are final the screen is captured with ImageMagick's ``import``.
Run under Xvfb: ``python scripts/screenshot_ai_tab.py OUT.png`` (``OPEN=1``: with the pages;
``THEME=dark``: in dark colours, as Settings → Appearance → Dark).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from screenshot_harness import run, shoot  # first: it sets QT_API and the import path

from medsender_desktop.documents import generate_document
from tests.gui.helpers import Backend, drop_files, open_desktop
from tests.paths import CORPUS
from tests.waiting import until


def referral(folder: Path, name: str, patient: str, dob: str, reason: str) -> Path:
    path = folder / name
    path.write_bytes(generate_document(pages=2, title="Referral", kind_of_doc="Referral", lines=[
        f"Patient: {patient}", f"DOB: {dob}", "Phone: (404) 555-0187", "Sex: Female",
        "Referring provider: Dr. Ada Lee", f"Reason for referral: {reason}"]))
    return path


async def capture(backend: Backend, root: Path, out: Path) -> None:
    files = [referral(root, "referral-kowalski.pdf", "Grace Kowalski", "12/05/1966",
                      "persistent knee pain; please evaluate and treat."),
             CORPUS / "pdflatex-4-pages.pdf", CORPUS / "smile.tiff",
             referral(root, "cardiology-referral-finch.pdf", "Harold Finch", "03/14/1958",
                      "palpitations and shortness of breath on exertion; please see for Holter "
                      "monitoring.")]
    bad = root / "scanned-notes.pdf"
    bad.write_text("not a pdf")
    theme = os.environ.get("THEME")
    if theme:  # the app's own preference, read at start
        config = root / "app" / "config"
        config.mkdir(parents=True, exist_ok=True)
        (config / "settings.json").write_text(json.dumps({"preferences": {"theme": theme}}))
    async with open_desktop(backend, root) as desktop:
        window = desktop.window
        window.resize(1366, 768)
        window.move(0, 0)
        window.show()
        tab = window.ai_tab
        window.tabs.setCurrentWidget(tab)
        drop_files(tab, [*files, bad])
        await until(lambda: sum(e.is_final for e in desktop.session.ai_runs.entries) == 5,
                    "every file final", 60)
        entry = next(e for e in tab.model.records if e.file_name == "referral-kowalski.pdf")
        tab.select_entry(entry.id)
        if os.environ.get("OPEN"):
            tab.open_button.click()
            await until(lambda: tab.viewer.current_image is not None, "the pages shown")
        await shoot(out)


def main() -> None:
    out = Path(sys.argv[1])
    run(lambda backend, root: capture(backend, root, out))


if __name__ == "__main__":
    main()
