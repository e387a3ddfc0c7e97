"""The watched folder's logic on a real temporary folder: only finished PDFs and TIFFs, each
once; temporary names, files already there and half-written PDFs are left alone; a folder that
disappears is reported and watched again when it is back."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from medsender_desktop.documents import generate_document
from medsender_desktop.services.watched_folder import FolderProblem, FolderScanner, WatchedFolder, is_candidate
from tests.paths import CORPUS
from tests.waiting import until

PDF = generate_document(pages=3, title="Referral")


def scan_until_stable(scanner: FolderScanner, checks: int = 3) -> list[Path]:
    found: list[Path] = []
    for _ in range(checks):
        found += scanner.scan()
    return found


@pytest.mark.parametrize(("name", "wanted"), [
    ("referral.pdf", True), ("SCAN 0001.TIF", True), ("labs.tiff", True), ("~$referral.pdf", False),
    ("referral.pdf.tmp", False), ("referral.pdf.part", False), ("referral.pdf.crdownload", False),
    (".referral.pdf", False), ("~referral.pdf", False), ("notes.txt", False), ("photo.jpg", False),
    ("referral.pdf~", False),
])
def test_only_finished_pdfs_and_tiffs_are_candidates(name: str, wanted: bool) -> None:
    assert is_candidate(name) is wanted


def test_a_new_file_is_handed_on_once_after_two_steady_checks(tmp_path: Path) -> None:
    (tmp_path / "old.pdf").write_bytes(PDF)
    scanner = FolderScanner(tmp_path)
    assert scanner.scan() == []  # what was there before is left alone
    (tmp_path / "new.pdf").write_bytes(PDF)
    assert scanner.scan() == [], "first seen: not yet known to be finished"
    assert scanner.scan() == [tmp_path / "new.pdf"], "the same size and time twice: handed on"
    assert scan_until_stable(scanner, 5) == [], "never twice"
    assert (tmp_path / "new.pdf").read_bytes() == PDF, "nothing moved or changed"


def test_a_growing_file_waits_until_it_stops_growing(tmp_path: Path) -> None:
    scanner = FolderScanner(tmp_path)
    scanner.scan()
    path = tmp_path / "scan.tiff"
    data = (CORPUS / "smile.tiff").read_bytes()
    with path.open("wb") as fh:
        for start in range(0, len(data), max(1, len(data) // 4)):
            fh.write(data[start:start + max(1, len(data) // 4)])
            fh.flush()
            os.fsync(fh.fileno())
            assert scanner.scan() == [], "still being written"
    assert scan_until_stable(scanner) == [path]


def test_a_pdf_is_handed_on_only_with_its_end_marker(tmp_path: Path) -> None:
    scanner = FolderScanner(tmp_path, patience=6)
    scanner.scan()
    path = tmp_path / "print.pdf"
    path.write_bytes(PDF[: len(PDF) // 2])  # the writer paused half way (longer than the checks)
    assert scan_until_stable(scanner, 4) == [], "steady, but no %%EOF yet"
    path.write_bytes(PDF)
    assert scan_until_stable(scanner) == [path]
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(b"%PDF-1.4 never finished")
    assert scan_until_stable(scanner, 5) == [], "waits a while for the rest"
    assert scan_until_stable(scanner, 3) == [damaged], "then hands it on: the send dialog says why it cannot go"


def test_temporary_names_are_ignored_and_a_rename_is_handed_on(tmp_path: Path) -> None:
    scanner = FolderScanner(tmp_path)
    scanner.scan()
    for name in ("~$print.pdf", "print.pdf.part", "print.pdf.crdownload", "print.tmp"):
        (tmp_path / name).write_bytes(PDF)
    assert scan_until_stable(scanner, 4) == []
    (tmp_path / "print.pdf.part").rename(tmp_path / "print.pdf")  # a browser finishing a download
    assert scan_until_stable(scanner) == [tmp_path / "print.pdf"]


def test_a_new_print_saved_over_the_same_name_is_a_new_document(tmp_path: Path) -> None:
    scanner = FolderScanner(tmp_path)
    scanner.scan()
    path = tmp_path / "ehr-print.pdf"
    path.write_bytes(PDF)
    assert scan_until_stable(scanner) == [path]
    path.write_bytes(generate_document(pages=1, title="Another patient"))
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000))
    assert scan_until_stable(scanner) == [path]


def test_an_empty_file_is_never_handed_on(tmp_path: Path) -> None:
    scanner = FolderScanner(tmp_path)
    scanner.scan()
    (tmp_path / "empty.pdf").write_bytes(b"")
    assert scan_until_stable(scanner, 15) == []


def test_a_folder_that_disappears_is_reported_and_watched_again(tmp_path: Path) -> None:
    folder = tmp_path / "print"
    folder.mkdir()
    scanner = FolderScanner(folder)
    scanner.scan()
    folder.rmdir()
    assert scanner.scan() == [] and scanner.problem is FolderProblem.MISSING
    folder.write_text("now a file")  # a file where the folder was
    assert scanner.scan() == [] and scanner.problem is FolderProblem.MISSING
    folder.unlink()
    folder.mkdir()
    (folder / "waiting.pdf").write_bytes(PDF)  # there when it comes back: left alone
    assert scan_until_stable(scanner) == [] and scanner.problem is None
    (folder / "after.pdf").write_bytes(PDF)
    assert scan_until_stable(scanner) == [folder / "after.pdf"]


def test_a_folder_this_user_may_not_read_is_reported(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0)
    if os.name == "nt" or os.geteuid() == 0:  # root (CI's containers) and Windows ignore mode 0:
        real_scandir = os.scandir              # the OS's refusal is what they cannot give here

        def refusing_scandir(path: object) -> object:
            if Path(str(path)) == folder:
                raise PermissionError(13, "Permission denied", str(path))
            return real_scandir(path)  # type: ignore[arg-type]
        monkeypatch.setattr(os, "scandir", refusing_scandir)
    try:
        scanner = FolderScanner(folder)
        assert scanner.scan() == [] and scanner.problem is FolderProblem.UNREADABLE
    finally:
        folder.chmod(0o700)


async def test_the_watcher_hands_on_a_slowly_written_pdf_once(tmp_path: Path) -> None:
    ready: list[Path] = []
    problems: list[FolderProblem | None] = []
    watcher = WatchedFolder(tmp_path, on_ready=ready.append, on_problem=problems.append, interval=0.02)
    watcher.start()
    scanner = watcher.scanner
    try:
        await until(lambda: scanner.scans >= 2, "the first checks")
        path = tmp_path / "referral.pdf"
        chunk = len(PDF) // 5 + 1
        with path.open("wb") as fh:
            for start in range(0, len(PDF), chunk):
                fh.write(PDF[start:start + chunk])
                fh.flush()
                seen = scanner.scans  # a writer slower than the checks: each chunk outlasts 3
                await until(lambda seen=seen: scanner.scans >= seen + 3, "three checks")
                if start + chunk < len(PDF):
                    assert ready == [], "not before the last byte"
        await until(lambda: ready, "the finished PDF handed on")
        seen = scanner.scans
        await until(lambda: scanner.scans >= seen + 5, "five more checks")
        assert ready == [path] and problems == []
    finally:
        await watcher.stop()
