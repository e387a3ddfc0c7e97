"""The document viewer on its own: real pdfium renders on the documents worker."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from medsender_desktop.documents import DocumentWorker, generate_tiff
from medsender_desktop.errors import DocumentError
from medsender_desktop.ui.widgets.document_viewer import DocumentViewer
from tests.gui.helpers import RecordingDialogs
from tests.hostile_documents import crop_outside_pdf, tall_page_pdf
from tests.paths import CORPUS
from tests.waiting import until


async def test_pages_thumbnails_and_a_bad_document(qapp) -> None:
    with DocumentWorker() as worker:
        viewer = DocumentViewer(worker, RecordingDialogs())
        viewer.resize(700, 600)
        shown: list[bool] = []
        viewer.document_changed.connect(shown.append)
        await viewer.load((CORPUS / "pdflatex-4-pages.pdf").read_bytes())
        assert viewer.page_count == 4 and viewer.thumbnails.count() == 4 and shown[-1] is True
        viewer.thumbnails.setCurrentRow(2)  # clicking a thumbnail shows that page
        await viewer.show_page(2)
        assert viewer.page == 2 and viewer.page_label.text() == "Page 3 of 4"
        assert viewer.next_button.isEnabled() and viewer.prev_button.isEnabled()
        # a fax machine's TIFF, converted to PDF like every received document
        await viewer.load(await worker.to_pdf(generate_tiff(pages=2)))
        assert viewer.page_count == 2 and viewer.current_image is not None
        with pytest.raises(DocumentError):
            await viewer.load(b"this is not a PDF")
        assert viewer.page_count == 0 and viewer.current_image is None
        viewer.deleteLater()


async def test_a_turn_shows_on_the_thumbnails_and_does_not_carry_over(qapp) -> None:
    with DocumentWorker() as worker:
        viewer = DocumentViewer(worker, RecordingDialogs())
        viewer.resize(700, 600)
        await viewer.load((CORPUS / "pdflatex-4-pages.pdf").read_bytes())
        upright = viewer.thumbnail_size(0)
        assert upright.height() > upright.width()
        viewer.show()
        QTest.mouseClick(viewer.rotate_right_button, Qt.MouseButton.LeftButton)
        await until(lambda: viewer.rotation == 90 and viewer.current_image is not None
                    and viewer.current_image.width() > viewer.current_image.height(), "the turned page")
        for row in range(viewer.page_count):
            turned = viewer.thumbnail_size(row)
            assert turned.width() > turned.height(), "every thumbnail turns with the pages"
        # the next fax opens upright
        await viewer.load((CORPUS / "pdflatex-4-pages.pdf").read_bytes())
        assert viewer.rotation == 0
        assert viewer.current_image.height() > viewer.current_image.width()
        assert viewer.thumbnail_size(0).height() > viewer.thumbnail_size(0).width()
        viewer.close()
        viewer.clear()  # nothing left to render once the worker is gone


async def test_a_page_that_cannot_be_drawn_says_so_and_the_others_show(qapp) -> None:
    """Defect 12: a crop box outside the media box fails that page only, with a message."""

    with DocumentWorker() as worker:
        viewer = DocumentViewer(worker, RecordingDialogs())
        viewer.resize(700, 600)
        viewer.show()
        await viewer.load(crop_outside_pdf())
        assert viewer.page_count == 3 and viewer.current_image is not None
        assert "cannot be shown" in viewer.thumbnails.item(1).toolTip()
        assert viewer.thumbnails.item(0).toolTip() == ""
        for expected_page, expect_image in ((1, False), (2, True)):
            shown: asyncio.Future[int] = asyncio.get_running_loop().create_future()

            def done(index: int, waiter: asyncio.Future[int] = shown) -> None:
                if not waiter.done():
                    waiter.set_result(index)

            viewer.page_shown.connect(done)
            QTest.mouseClick(viewer.next_button, Qt.MouseButton.LeftButton)
            assert await asyncio.wait_for(shown, 15) == expected_page
            viewer.page_shown.disconnect(done)
            assert (viewer.current_image is not None) is expect_image
            if not expect_image:
                assert "cannot be shown" in viewer.page_view.text()
        await viewer.load(tall_page_pdf())  # 595 x 200,000 points: shown scaled down
        assert viewer.current_image is not None
        viewer.deleteLater()
