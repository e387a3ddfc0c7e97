"""``medsender-desktop --self-test``: can this computer run the app? (offscreen, quick)

Checks: the main window builds; the keyring round trip (against the backend chosen at start:
the OS store, ``MEDSENDER_KEYRING=memory``'s in-memory one, or a clearly labelled in-memory one
when the system has none); a PDF page renders with pdfium on the documents worker; Qt's TIFF
plugin reads every page of a multi-page TIFF; Qt's print support prints a page to a PDF file
that pdfium then opens; a generated PDF is sent to an embedded sandbox over loopback HTTP and
the sandbox records it as delivered. Prints one line per check; exit code 0 only when all pass.
The packaged builds run it after building (packaging/build.py) and after installing.
"""

from __future__ import annotations

import asyncio
import os
import secrets
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import keyring

from medsender_desktop.api import Credentials, FaxRequest, MedsenderClient, SentFax
from medsender_desktop.app import EmbeddedSandbox
from medsender_desktop.documents import DocumentWorker, FileKind, generate_document, generate_tiff
from medsender_desktop.services.credentials import (
    KEYRING_ENV,
    SERVICE,
    MemoryKeyring,
    backend_name,
    is_secure_backend,
)
from medsender_desktop.services.settings import SettingsStore


def check_keyring() -> str:
    backend = keyring.get_keyring()
    note = ""
    if isinstance(backend, MemoryKeyring):
        note = f" — selected by {KEYRING_ENV}"
    elif not is_secure_backend(backend):
        backend = MemoryKeyring()
        note = (" — no system keyring on this computer; checked the in-memory keyring instead "
                "(live profiles will ask for a secure store)")
    user = f"self-test/{secrets.token_hex(4)}"
    value = secrets.token_urlsafe(16)
    backend.set_password(SERVICE, user, value)
    try:
        if backend.get_password(SERVICE, user) != value:
            raise RuntimeError("the value read back differs from the value stored")
    finally:
        backend.delete_password(SERVICE, user)
    if backend.get_password(SERVICE, user) is not None:
        raise RuntimeError("the entry could not be deleted")
    return f"{backend_name(backend)}{note}"


def check_pdfium() -> str:
    data = generate_document(pages=1, title="Medsender self-test")
    with DocumentWorker() as worker:
        page = asyncio.run(worker.render_page(data, 0, scale=0.5))
    if page.width < 100 or page.height < 100:
        raise RuntimeError(f"rendered page is only {page.width}x{page.height}")
    corner = page.pixel(2, page.height - 3)
    if corner[:3] != (255, 255, 255):
        raise RuntimeError("the page background is not white")
    return f"page rendered {page.width}x{page.height}"


def check_tiff() -> str:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImageReader

    pages = 3
    data = generate_tiff(pages=pages)
    raw = QByteArray(data)  # QBuffer reads from it in place: keep it alive
    buffer = QBuffer(raw)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    tiff_format = QByteArray(b"tiff")
    reader = QImageReader(buffer, tiff_format)
    try:
        count = reader.imageCount()
        if count != pages:
            raise RuntimeError(f"expected {pages} pages, the TIFF plugin reports {count} "
                               f"({reader.errorString()})")
        for i in range(count):
            if not reader.jumpToImage(i):
                raise RuntimeError(f"cannot move to page {i + 1}")
            image = reader.read()
            if image.isNull():
                raise RuntimeError(f"page {i + 1} unreadable: {reader.errorString()}")
    finally:
        del reader  # the reader must go before the buffer it reads from
        buffer.close()
    return f"{count} pages read"


def check_main_window() -> str:
    from PySide6.QtWidgets import QApplication

    from medsender_desktop.ui.dialogs.factory import DialogFactory
    from medsender_desktop.ui.main_window import MainWindow
    from medsender_desktop.ui.notifier import Notifier

    app = QApplication.instance()
    assert app is not None, "run_self_test() creates the QApplication"
    with tempfile.TemporaryDirectory() as tmp, DocumentWorker() as worker:
        window = MainWindow(settings=SettingsStore(Path(tmp)), dialogs=DialogFactory(),
                            notifier=Notifier(), documents=worker)
        shot = window.grab()  # lays out and paints every visible part, without a screen
        app.processEvents()
        if shot.isNull() or shot.width() < 400:
            raise RuntimeError("the main window could not be painted")
        tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        window.close()
        window.deleteLater()
        app.processEvents()
    expected = ["Sent", "Received", "Numbers", "Clients", "AI"]
    if tabs != expected:
        raise RuntimeError(f"unexpected tabs {tabs}")
    return "tabs " + ", ".join(tabs)


def check_print() -> str:
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    printers = len(QPrinterInfo.availablePrinterNames())  # loads the platform's print plugin
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "self-test-print.pdf"
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.Letter),
                                          QPageLayout.Orientation.Portrait, QMarginsF(18, 18, 18, 18)))
        painter = QPainter()
        if not painter.begin(printer):
            raise RuntimeError("the printer would not start a page")
        try:
            painter.drawText(printer.pageRect(QPrinter.Unit.DevicePixel).adjusted(40, 40, 0, 0),
                             0, "Medsender Desktop self-test page")
        finally:
            painter.end()
        data = target.read_bytes()
    with DocumentWorker() as worker:
        info = asyncio.run(worker.inspect(data, allowed=frozenset({FileKind.PDF})))
    if info.pages != 1:
        raise RuntimeError(f"the printed PDF has {info.pages} pages instead of 1")
    return f"printed 1 page to PDF ({info.size} bytes); {printers} system printer(s) listed"


def check_sandbox_send() -> str:
    async def send(worker: DocumentWorker, data_dir: Path) -> str:
        embedded = EmbeddedSandbox(data_dir, worker, speed="instant", demo=False, db=":memory:")
        endpoints = await embedded.start()
        credentials = Credentials(api_key=endpoints.api_key, client_secret=endpoints.client_secret,
                                  base_url=endpoints.api_base_url)
        try:
            async with MedsenderClient(credentials, documents=worker) as api:
                number = await api.provision_fax_number(area_code="415")
                result = await api.send_fax(FaxRequest(
                    to_numbers=("(212) 555-0199",), from_number=number.number,
                    files=(generate_document(pages=1, title="Self-test fax"),),
                    filename="self-test.pdf"))
                fax = await asyncio.wait_for(_final(api, result.token), timeout=20)
        finally:
            await embedded.stop()
        if str(fax.sent_status) != "success":
            raise RuntimeError(f"the sandbox recorded the fax as {fax.sent_status}")
        return f"fax recorded by the embedded sandbox as {fax.sent_status}"

    with tempfile.TemporaryDirectory() as tmp, DocumentWorker() as worker:
        return asyncio.run(send(worker, Path(tmp)))


async def _final(api: MedsenderClient, token: str) -> SentFax:
    while True:  # polled until final; the caller bounds it with a timeout
        fax = await api.get_sent_fax(token)
        if fax.is_final:
            return fax
        await asyncio.sleep(0.05)


CHECKS: tuple[tuple[str, Callable[[], str]], ...] = (
    ("main window", check_main_window),
    ("keyring", check_keyring),
    ("pdfium render", check_pdfium),
    ("TIFF image plugin", check_tiff),
    ("print support", check_print),
    ("send to the sandbox", check_sandbox_send),
)


REPORT_ENV = "MEDSENDER_SELF_TEST_REPORT"
"""A file the report is also written to: a windowed Windows/macOS build has no console."""


def run_self_test() -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "medsender-desktop"])
    lines: list[str] = []

    def report(line: str) -> None:
        lines.append(line)
        print(line, flush=True)  # a no-op where a windowed build has no stdout

    failures = 0
    started = time.perf_counter()
    for name, check in CHECKS:
        try:
            detail = check()
        except Exception as exc:  # every failure is reported; the others still run
            failures += 1
            report(f"FAIL  {name}: {type(exc).__name__}: {exc}")
        else:
            report(f"ok    {name}: {detail}")
    elapsed = time.perf_counter() - started
    verdict = "all checks passed" if not failures else f"{failures} check(s) failed"
    report(f"self-test: {verdict} in {elapsed:.1f} s")
    if os.environ.get(REPORT_ENV):
        Path(os.environ[REPORT_ENV]).write_text("\n".join(lines) + "\n", encoding="utf-8")
    del app
    return 0 if failures == 0 else 1
