"""The one thread every pypdfium2 call runs on."""

from __future__ import annotations

import asyncio
import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from types import TracebackType
from typing import Self

from medsender_desktop import wire
from medsender_desktop.documents import operations, pdf_ops, refusals
from medsender_desktop.documents.kinds import FAX_KINDS, FileKind
from medsender_desktop.documents.pdfium_guard import holds_pdfium_access, pdfium_access
from medsender_desktop.documents.records import DocumentInfo, RenderedPage

#: How many checked documents the worker remembers (a viewer renders the same one many times).
VETTED_REMEMBERED = 32


def _run_guarded[T](fn: Callable[..., T], args: tuple[object, ...]) -> T:
    with pdfium_access():
        return fn(*args)


def _retrieved(future: asyncio.Future[RenderedPage | None]) -> None:
    if not future.cancelled():
        future.exception()


def read_source(source: Path | bytes, max_bytes: int) -> bytes:
    """The bytes of ``source``; a file's size is checked before anything is read."""
    if not isinstance(source, Path):
        return source if isinstance(source, bytes) else bytes(source)
    try:
        stat = source.stat()
        if not source.is_file():
            raise refusals.missing()
        if stat.st_size == 0:
            raise refusals.empty()
        if stat.st_size >= max_bytes:
            raise refusals.too_large(stat.st_size, max_bytes)
        with source.open("rb") as stream:
            data = stream.read(max_bytes)  # never more than the limit, even if the file grew
    except OSError as exc:
        raise refusals.missing() from exc
    if len(data) >= max_bytes:
        raise refusals.too_large(None, max_bytes)
    return data


class DocumentWorker:
    """The ONE thread every pypdfium2 call runs on (pdfium is not thread-safe, not even across
    documents).

    Construct once per process (composition root / sandbox app) and pass it in. Safe to use
    from any thread and any event loop: coroutines ``await`` results with :meth:`run` (the
    awaiting loop keeps running), synchronous code blocks with :meth:`run_sync`. Jobs run one
    at a time, in submission order; cancelling an awaiting task drops a job that has not
    started. Jobs of all workers in a process are additionally serialised by one lock (see
    :mod:`~medsender_desktop.documents.pdfium_guard`).

    Only bytes, numbers and records come back; pdfium objects never leave the worker.
    """

    def __init__(self) -> None:
        self._thread_ident: int | None = None
        self._executor = ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="pdfium", initializer=self._remember_thread
        )
        self._closed = False
        #: Digests of documents that passed the checks before decoding (worker thread only).
        self._vetted: OrderedDict[bytes, None] = OrderedDict()

    def _vet_then[T](self, fn: Callable[..., T], data: bytes, *args: object) -> T:
        """On the worker: check ``data`` before decoding (once per document), then run ``fn``."""
        digest = hashlib.sha256(data).digest()
        if digest not in self._vetted:
            operations.vet(data)
            self._vetted[digest] = None
            while len(self._vetted) > VETTED_REMEMBERED:
                self._vetted.popitem(last=False)
        return fn(data, *args)

    def _remember_thread(self) -> None:
        self._thread_ident = threading.get_ident()

    @property
    def thread_ident(self) -> int | None:
        """The worker thread's ident (``None`` until the first job has started)."""
        return self._thread_ident

    def on_worker_thread(self) -> bool:
        return self._thread_ident == threading.get_ident()

    def close(self) -> None:
        """Finish the running job, drop queued ones and stop the thread. Idempotent."""
        self._closed = True
        self._executor.shutdown(wait=not self.on_worker_thread(), cancel_futures=True)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def _submit[T](self, fn: Callable[..., T], args: tuple[object, ...]) -> Future[T]:
        if self._closed:
            raise RuntimeError("the DocumentWorker has been closed")
        return self._executor.submit(_run_guarded, fn, args)

    async def run[T](self, fn: Callable[..., T], *args: object) -> T:
        """Run ``fn(*args)`` on the worker thread and await its result from any event loop."""
        return await asyncio.wrap_future(self._submit(fn, args))

    def run_sync[T](self, fn: Callable[..., T], *args: object) -> T:
        """Run ``fn(*args)`` on the worker thread, blocking the caller until it is done.

        Called from a job already running on a worker thread (this worker's or another's),
        ``fn`` runs right there, still under the pdfium lock, instead of deadlocking.
        Never call this from an event loop's thread: it would stall the loop.
        """
        if holds_pdfium_access():
            return fn(*args)
        return self._submit(fn, args).result()

    async def inspect(
        self,
        source: Path | bytes,
        *,
        allowed: frozenset[FileKind] = FAX_KINDS,
        max_pages: int = wire.MAX_PAGES,
        max_bytes: int = wire.MAX_FILE_BYTES,
    ) -> DocumentInfo:
        """Check a file for upload; raise :class:`~medsender_desktop.errors.DocumentError`
        with ``reason`` one of missing, empty, too_large, wrong_type, corrupt, encrypted,
        too_many_pages. ``max_pages`` is the most pages allowed; files of ``max_bytes`` or
        more are refused before they are read.
        """
        if isinstance(source, Path):  # file I/O off the event loop and off the pdfium thread
            data = await asyncio.to_thread(read_source, source, max_bytes)
        else:
            data = read_source(source, max_bytes)
        return await self.run(operations.inspect, data, allowed, max_pages, max_bytes)

    async def page_count(self, data: bytes) -> int:
        return await self.run(self._vet_then, operations.page_count, data)

    async def render_page(
        self, data: bytes, index: int, *, scale: float = 1.0, rotation: int = 0
    ) -> RenderedPage:
        """Page ``index`` (zero-based) at ``scale`` (1.0 = 72 dpi), turned ``rotation``
        degrees clockwise (0, 90, 180 or 270). PDFs render with pdfium, images with Pillow."""
        return await self.run(self._vet_then, operations.render_page, data, index, scale, rotation)

    async def render_thumbnails(self, data: bytes, *, max_side: int = 160) -> list[RenderedPage]:
        """Every page, each scaled so its longer side is ``max_side`` pixels."""
        return await self.run(self._vet_then, operations.render_thumbnails, data, max_side)

    async def extract_text(self, data: bytes) -> str:
        """The PDF's text layer, pages separated by ``\\f``; ``""`` for images."""
        return await self.run(self._vet_then, operations.extract_text, data)

    async def to_pdf(self, data: bytes) -> bytes:
        """PDFs unchanged; TIFF (every frame), PNG and JPEG as a PDF of one page per frame."""
        return await self.run(self._vet_then, operations.to_pdf, data)

    async def first_pages(self, data: bytes, count: int) -> bytes:
        """A PDF of the first ``count`` pages (e.g. the part of a fax that arrived)."""
        return await self.run(operations.first_pages, data, count)

    async def render_fitted(self, pdf: bytes | Path, index: int, *, width: int,
                            height: int) -> RenderedPage:
        """Page ``index`` of a PDF (bytes, or a file pdfium reads only as far as the page
        needs) scaled to fit ``width`` x ``height`` pixels."""
        return await self.run(pdf_ops.render_fitted, pdf, index, width, height)

    def first_look(self, path: Path, index: int, *, width: int,
                   height: int) -> asyncio.Future[RenderedPage | None]:
        """Page ``index`` of a file fitted to ``width`` x ``height`` pixels if it is a PDF
        (None otherwise): its kind and the page in one job, before the file is read in full.
        Queued at once (not when awaited: the page is drawn while the caller carries on);
        await the result on the running loop, or cancel it."""
        future = asyncio.wrap_future(self._submit(pdf_ops.first_look, (path, index, width, height)))
        future.add_done_callback(_retrieved)  # a look nobody awaits any more fails quietly
        return future

    async def render_thumbnail_range(self, pdf: bytes, start: int, stop: int, *,
                                     max_side: int = 160) -> list[RenderedPage]:
        """Thumbnails of a PDF's pages ``start`` to ``stop - 1`` (one short job per call)."""
        return await self.run(pdf_ops.render_thumbnail_range, pdf, start, stop, max_side)

    async def assemble(self, pdfs: list[bytes], order: list[tuple[int, int]]) -> bytes:
        """One PDF of the pages ``order`` names as ``(document, page)`` pairs, in that order."""
        return await self.run(pdf_ops.assemble, list(pdfs), list(order))

    async def merge(self, pdfs: list[bytes]) -> bytes:
        """One PDF holding every page of ``pdfs`` in order (images are converted first)."""
        documents = list(pdfs)
        for data in documents:
            await self.run(self._vet_then, len, data)
        return await self.run(operations.merge, documents)
