"""DocumentWorker: every pdfium call on its one thread, from any thread or event loop."""

from __future__ import annotations

import asyncio
import gc
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

import pypdfium2.raw as pdfium_c
import pytest

from medsender_desktop.documents import (
    DocumentWorker,
    build_cover_sheet,
    generate_document,
    generate_tiff,
    pdf_ops,
    pdfium_guard,
)
from medsender_desktop.documents.pdfium_guard import require_pdfium_access

NATIVE_FUNCTION = type(pdfium_c.FPDF_GetPageCount)


@pytest.fixture
def pdfium_calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, int]]]:
    """Every native pdfium function wrapped to record (name, calling thread ident)."""
    calls: list[tuple[str, int]] = []

    def recording(name: str, native: Callable[..., object]) -> Callable[..., object]:
        def call(*args: object) -> object:
            calls.append((name, threading.get_ident()))
            return native(*args)

        return call

    wrapped = 0
    for name in dir(pdfium_c):
        native = getattr(pdfium_c, name)
        if name.startswith("FPDF") and isinstance(native, NATIVE_FUNCTION):
            monkeypatch.setattr(pdfium_c, name, recording(name, native))
            wrapped += 1
    assert wrapped > 100
    return calls


async def exercise(worker: DocumentWorker) -> None:
    pdf = generate_document(pages=3, title="Thread check", lines=["Patient: Test"])
    tiff = generate_tiff(2)
    await worker.inspect(pdf)
    await worker.page_count(pdf)
    await worker.render_page(pdf, 1, scale=0.5, rotation=90)
    await worker.render_thumbnails(pdf, max_side=64)
    assert "Patient: Test" in await worker.extract_text(pdf)
    converted = await worker.to_pdf(tiff)
    merged = await worker.merge([pdf, converted])
    assert await worker.page_count(merged) == 5


async def test_every_native_pdfium_call_runs_on_the_worker_thread(
    worker: DocumentWorker, pdfium_calls: list[tuple[str, int]]
) -> None:
    await exercise(worker)
    gc.collect()  # a pdfium object finalised here would call FPDF_Close* on this thread
    names = {name for name, _ in pdfium_calls}
    assert {
        "FPDF_LoadMemDocument64",
        "FPDF_RenderPageBitmap",
        "FPDF_ImportPagesByIndex",
        "FPDF_SaveAsCopy",
        "FPDF_CloseDocument",
        "FPDF_ClosePage",
    } <= names
    threads = {ident for _, ident in pdfium_calls}
    assert threads == {worker.thread_ident}
    assert worker.thread_ident != threading.get_ident()


async def test_calls_from_other_threads_and_loops_also_run_on_the_worker(
    worker: DocumentWorker, pdfium_calls: list[tuple[str, int]]
) -> None:
    def in_own_loop() -> None:
        asyncio.run(exercise(worker))

    def blocking_caller() -> int:
        return worker.run_sync(pdf_ops.page_count, generate_document(pages=4, title="Sync"))

    with ThreadPoolExecutor(max_workers=3) as pool:
        loop_threads = [pool.submit(in_own_loop) for _ in range(2)]
        sync_calls = [pool.submit(blocking_caller) for _ in range(3)]
        await exercise(worker)  # meanwhile, on this test's own loop
        for future in loop_threads:
            future.result(timeout=60)
        assert [future.result(timeout=60) for future in sync_calls] == [4, 4, 4]
    gc.collect()
    assert {ident for _, ident in pdfium_calls} == {worker.thread_ident}


async def test_worker_thread_is_named_pdfium(worker: DocumentWorker) -> None:
    assert worker.thread_ident is None  # nothing started yet
    name = await worker.run(lambda: threading.current_thread().name)
    assert name.startswith("pdfium")
    assert worker.thread_ident == await worker.run(threading.get_ident)
    assert not worker.on_worker_thread()
    assert await worker.run(worker.on_worker_thread)


def test_pdfium_functions_refuse_to_run_off_the_worker() -> None:
    data = generate_document(pages=1, title="Off thread")
    with pytest.raises(RuntimeError, match="DocumentWorker thread"):
        pdf_ops.page_count(data)
    with pytest.raises(RuntimeError, match="DocumentWorker thread"):
        pdf_ops.merge([data])
    with pytest.raises(RuntimeError):
        require_pdfium_access()


def test_run_sync_from_a_job_on_the_worker_does_not_deadlock(worker: DocumentWorker) -> None:
    data = generate_document(pages=2, title="Nested")

    def nested() -> int:
        return worker.run_sync(pdf_ops.page_count, data)

    assert worker.run_sync(nested) == 2
    with DocumentWorker() as other:
        assert other.run_sync(lambda: worker.run_sync(nested)) == 2  # across workers too


async def test_jobs_run_one_at_a_time_in_order(worker: DocumentWorker) -> None:
    order: list[int] = []
    active: list[int] = []

    def job(number: int) -> int:
        active.append(number)
        assert len(active) == 1
        order.append(number)
        active.remove(number)
        return number

    results = await asyncio.gather(*(worker.run(job, n) for n in range(20)))
    assert results == list(range(20))
    assert order == list(range(20))


async def test_cancelling_a_waiting_call_drops_its_job(worker: DocumentWorker) -> None:
    started, release = threading.Event(), threading.Event()
    ran: list[str] = []

    def blocker() -> None:
        started.set()
        release.wait(30)

    blocking = asyncio.ensure_future(worker.run(blocker))
    await asyncio.to_thread(started.wait, 30)
    queued = asyncio.ensure_future(worker.run(ran.append, "queued"))
    await asyncio.sleep(0)  # the job is submitted, waiting behind the blocker
    queued.cancel()
    # the cancel reaches the worker's queue through the event loop: let it arrive before the
    # blocker ends (releasing first races the worker thread to the queued job)
    with pytest.raises(asyncio.CancelledError):
        await queued
    release.set()
    await blocking
    await worker.run(ran.append, "after")
    assert ran == ["after"]


async def test_errors_in_jobs_reach_the_caller(worker: DocumentWorker) -> None:
    def failing() -> None:
        raise LookupError("boom")

    with pytest.raises(LookupError, match="boom"):
        await worker.run(failing)
    with pytest.raises(LookupError):
        worker.run_sync(failing)
    assert await worker.run(lambda: 7) == 7  # the worker survives


async def test_close_is_idempotent_and_refuses_new_work() -> None:
    worker = DocumentWorker()
    assert await worker.page_count(generate_tiff(2)) == 2
    worker.close()
    worker.close()
    with pytest.raises(RuntimeError, match="closed"):
        await worker.page_count(generate_tiff(1))
    with pytest.raises(RuntimeError, match="closed"):
        worker.run_sync(lambda: None)


def test_close_from_a_job_on_the_worker_does_not_deadlock() -> None:
    worker = DocumentWorker()
    worker.run_sync(worker.close)
    with pytest.raises(RuntimeError, match="closed"):
        worker.run_sync(lambda: None)


class ContendedLock:
    """A lock that notes when a second thread has to wait for it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.contended = threading.Event()

    def __enter__(self) -> None:
        if not self._lock.acquire(blocking=False):
            self.contended.set()
            self._lock.acquire()

    def __exit__(self, *exc: object) -> None:
        self._lock.release()


async def test_two_workers_never_run_pdfium_at_the_same_time(monkeypatch: pytest.MonkeyPatch) -> None:
    lock = ContendedLock()
    monkeypatch.setattr(pdfium_guard, "_lock", lock)
    first_started, release_first = threading.Event(), threading.Event()
    inside_first = threading.Event()

    def long_job() -> None:
        inside_first.set()
        first_started.set()
        release_first.wait(30)
        inside_first.clear()

    def second_job() -> bool:
        return inside_first.is_set()

    with DocumentWorker() as first, DocumentWorker() as second:
        long_running = asyncio.ensure_future(first.run(long_job))
        await asyncio.to_thread(first_started.wait, 30)
        overlapping = asyncio.ensure_future(second.run(second_job))
        # the second worker's thread reached the lock and waits there for the first
        assert await asyncio.to_thread(lock.contended.wait, 30)
        assert not overlapping.done()
        release_first.set()
        await long_running
        assert await overlapping is False


async def test_cover_sheets_build_on_any_thread_without_the_worker(
    pdfium_calls: list[tuple[str, int]],
) -> None:
    def build() -> bytes:
        return build_cover_sheet(
            sender_name="Front Desk",
            recipient_name="Clinic",
            from_number="+15551230000",
            to_number="+15551239999",
            patient_name="Pat Example",
            patient_dob="1970-05-06",
            note="",
            access_code="1234",
            pages=1,
            sent_at=datetime(2025, 1, 2, tzinfo=UTC),
        )

    sheets = await asyncio.gather(*(asyncio.to_thread(build) for _ in range(4)))
    assert all(sheet.startswith(b"%PDF-") for sheet in sheets)
    assert pdfium_calls == []
