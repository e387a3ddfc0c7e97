"""Documents worker costs as ratios against bare pypdfium2 in the same run.

    python -m benchmarks.bench_documents

The worker should add (almost) nothing to pdfium itself: one thread hop per call. The bare
baselines run on this thread before the worker starts (nothing else touches pdfium then).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from medsender_desktop.documents import DocumentWorker, generate_document, generate_tiff

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "data" / "corpus"


def best(fn: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


async def best_async(fn: Callable[[], Awaitable[object]], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        await fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    scan = (CORPUS / "cmyk-image.pdf").read_bytes()
    pdf199 = generate_document(pages=199, title="Benchmark")
    tiff = generate_tiff(20)

    def bare_render() -> None:
        doc = pdfium.PdfDocument(scan)
        page = doc[0]
        bitmap = page.render(scale=2, force_bitmap_format=pdfium_c.FPDFBitmap_BGRA)
        bytes(bitmap.buffer)
        bitmap.close(), page.close(), doc.close()

    def bare_count() -> None:
        doc = pdfium.PdfDocument(pdf199)
        for i in range(len(doc)):
            doc[i].close()
        doc.close()

    def bare_thumbs() -> None:
        doc = pdfium.PdfDocument(pdf199)
        for i in range(len(doc)):
            page = doc[i]
            bitmap = page.render(scale=160 / 792, force_bitmap_format=pdfium_c.FPDFBitmap_BGRA)
            bytes(bitmap.buffer)
            bitmap.close(), page.close()
        doc.close()

    for warm in (bare_render, bare_count, bare_thumbs):
        warm()
    base = {"render": best(bare_render), "count": best(bare_count), "thumbs": best(bare_thumbs, 3)}

    async def measured() -> dict[str, float]:
        with DocumentWorker() as worker:
            await worker.render_page(scan, 0, scale=2)
            return {
                "render": await best_async(lambda: worker.render_page(scan, 0, scale=2)),
                "count": await best_async(lambda: worker.inspect(pdf199)),
                "thumbs": await best_async(lambda: worker.render_thumbnails(pdf199), 3),
                "tiff_to_pdf": await best_async(lambda: worker.to_pdf(tiff), 3),
            }

    got = asyncio.run(measured())
    print("documents worker vs bare pypdfium2 (best of N, same run)")
    print(f"  render a scanned page at 2x : {got['render'] * 1e3:7.1f} ms  ratio {got['render'] / base['render']:.2f}")
    print(f"  inspect a 199-page PDF      : {got['count'] * 1e3:7.1f} ms  ratio {got['count'] / base['count']:.2f}"
          "  (also hashes the file)")
    print(f"  199 thumbnails              : {got['thumbs'] * 1e3:7.1f} ms  ratio {got['thumbs'] / base['thumbs']:.2f}")
    print(f"  20-frame TIFF to PDF        : {got['tiff_to_pdf'] * 1e3:7.1f} ms")


if __name__ == "__main__":
    main()
