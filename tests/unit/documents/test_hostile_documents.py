"""Hostile documents are refused (or accepted) within 5 s and 500 MB, in a fresh process each,
through every path that takes a file: the documents worker, the CLI and the sandbox upload."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from medsender_desktop.documents import DocumentWorker
from medsender_desktop.documents.refusals import Reason
from medsender_desktop.errors import DocumentError
from tests import hostile_documents as hostile

ROOT = Path(__file__).resolve().parents[3]
SECONDS: float = 5.0
LIMIT_MB: float = 500.0

#: Peak resident memory of this process since it started (VmHWM belongs to the process image;
#: ru_maxrss would also count the pytest process this child was forked from).
PEAK_MB = textwrap.dedent("""
    def peak_mb():
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
        import resource
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
""")
#: Runs in a child process; prints {"verdict", "seconds", "peak_mb"} (peak RSS of the child).
INSPECT = PEAK_MB + textwrap.dedent("""
    import asyncio, json, sys, time
    from pathlib import Path
    from medsender_desktop.documents import DocumentWorker
    from medsender_desktop.errors import DocumentError
    data = Path(sys.argv[1]).read_bytes()
    start = time.monotonic()
    with DocumentWorker() as worker:
        try:
            info = asyncio.run(worker.inspect(data))
            verdict = f"accepted:{info.pages}"
        except DocumentError as exc:
            verdict = f"refused:{exc.reason}"
    print(json.dumps({"verdict": verdict, "seconds": time.monotonic() - start,
                      "peak_mb": peak_mb()}))
""")
#: Runs a command as a grandchild and reports its time and peak RSS (RUSAGE_CHILDREN).
MEASURE = textwrap.dedent("""
    import json, resource, subprocess, sys, time
    start = time.monotonic()
    done = subprocess.run(sys.argv[1:], capture_output=True, text=True, timeout=60)
    print(json.dumps({"code": done.returncode, "stderr": done.stderr[-2000:],
                      "seconds": time.monotonic() - start,
                      "peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
""")


def child(script: str, *args: str) -> dict:
    done = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return hostile.write_all(tmp_path_factory.mktemp("hostile"))


@pytest.mark.parametrize(("name", "expected"), [
    ("flate-bomb.pdf", "refused:too_large"),
    ("lzw-flate-bomb.pdf", "refused:too_large"),
    ("runlength-flate-bomb.pdf", "refused:too_large"),
    ("lzw-bomb.pdf", "refused:too_large"),
    ("tiff-500-huge-pages.tif", "refused:too_many_pages"),
    ("tiff-3000-pages.tif", "refused:too_many_pages"),
    ("tiff-loop.tif", "refused:corrupt"),
    ("tiff-self-loop.tif", "refused:corrupt"),
    ("tiff-huge-area.tif", "refused:too_large"),
    ("no-pages.pdf", "refused:corrupt"),
    ("truncated.pdf", "refused:corrupt"),
    ("wrong-magic.pdf", "refused:wrong_type"),
])
def test_hostile_documents_are_judged_within_time_and_memory(
    corpus: dict[str, Path], name: str, expected: str, run_summary: Callable[[str], None]
) -> None:
    result = child(INSPECT, str(corpus[name]))
    run_summary(f"hostile document {name}: {result['verdict']} in {result['seconds']:.2f} s, "
                 f"peak RSS {result['peak_mb']:.0f} MB")
    assert result["verdict"] == expected
    assert result["seconds"] < SECONDS
    assert result["peak_mb"] < LIMIT_MB


def test_huge_pages_under_the_page_limit_are_refused_before_decoding(tmp_path: Path) -> None:
    """150 pages of 8000 x 11000 (88 million pixels each): the header says so; not decoded."""
    path = tmp_path / "big.tif"
    path.write_bytes(hostile.tiff(150, 8000, 11000))
    result = child(INSPECT, str(path))
    assert result["verdict"] == "refused:too_large"
    assert result["seconds"] < SECONDS and result["peak_mb"] < LIMIT_MB


def test_the_cli_refuses_the_flate_bomb_within_bounds(
    corpus: dict[str, Path], run_summary: Callable[[str], None]
) -> None:
    cli = [sys.executable, "-m", "medsender_desktop.api", "send", str(corpus["flate-bomb.pdf"]),
           "--to", "+12125550143", "--from", "+14155550187"]
    env_script = ("import os, runpy, sys; os.environ.update(MEDSENDER_API_KEY='sk_test_x', "
                  "MEDSENDER_CLIENT_SECRET='s', MEDSENDER_BASE_URL='http://127.0.0.1:9/api/v2');"
                  "sys.argv = sys.argv[1:]; runpy.run_module('medsender_desktop.api', "
                  "run_name='__main__')")
    result = child(MEASURE, sys.executable, "-c", env_script, *cli[2:])
    run_summary(f"hostile document: CLI send of the flate bomb: exit {result['code']} in "
                 f"{result['seconds']:.2f} s, peak RSS {result['peak_mb']:.0f} MB")
    assert result["code"] == 2, result["stderr"]
    assert "too large" in result["stderr"] or "expands" in result["stderr"]
    assert result["seconds"] < SECONDS + 2  # plus interpreter start-up
    assert result["peak_mb"] < LIMIT_MB


def test_the_sandbox_refuses_the_flate_bomb_upload_within_bounds(
    corpus: dict[str, Path], run_summary: Callable[[str], None]
) -> None:
    script = PEAK_MB + textwrap.dedent("""
        import json, sys, time
        import httpx
        from medsender_desktop.documents import DocumentWorker
        from medsender_desktop.sandbox import SandboxSettings, create_app
        from medsender_desktop.serving import BackgroundServer
        app = create_app(SandboxSettings(), documents=DocumentWorker())
        data = open(sys.argv[1], "rb").read()
        with BackgroundServer(app, name="sandbox") as server:
            state = app.state.sandbox
            with httpx.Client(base_url=server.url + "/api/v2", timeout=30,
                              auth=(state.api_key, state.client_secret)) as http:
                number = http.post("/fax_numbers", data={"area_code": "212"}).json()
                number = number.get("faxNumber") or number["fax_number"]
                start = time.monotonic()
                answer = http.post("/sent_faxes", data={"to_number": "+12125550143",
                                   "from_number": number["number"]},
                                   files={"file": ("a.pdf", data, "application/pdf")})
                seconds = time.monotonic() - start
        print(json.dumps({"status": answer.status_code, "body": answer.text, "seconds": seconds,
                          "peak_mb": peak_mb()}))
    """)
    result = child(script, str(corpus["flate-bomb.pdf"]))
    run_summary(f"hostile document: sandbox upload of the flate bomb: {result['status']} in "
                 f"{result['seconds']:.2f} s, peak RSS {result['peak_mb']:.0f} MB")
    assert result["status"] == 400, result["body"]
    assert result["seconds"] < SECONDS
    assert result["peak_mb"] < LIMIT_MB


# --- odd but real-world PDFs (defect 12) ---------------------------------------------------------
async def test_a_very_tall_page_renders_scaled_down(worker: DocumentWorker) -> None:
    for data in (hostile.tall_page_pdf(), hostile.tall_page_pdf(2147483647)):
        page = await worker.render_page(data, 0, scale=1.0)
        assert page.width >= 1 and page.height >= 1
        assert page.width * page.height <= 50_000_000
        assert max(page.width, page.height) <= 16384
        [thumb] = await worker.render_thumbnails(data, max_side=160)
        assert max(thumb.width, thumb.height) <= 160


async def test_a_crop_box_outside_the_page_fails_only_that_page(worker: DocumentWorker) -> None:
    data = hostile.crop_outside_pdf()
    thumbs = await worker.render_thumbnails(data, max_side=160)
    assert [t.index for t in thumbs] == [0, 1, 2]
    assert thumbs[0].problem is None and thumbs[2].problem is None
    assert thumbs[1].problem and "cannot be shown" in thumbs[1].problem
    with pytest.raises(DocumentError, match="cannot be shown"):
        await worker.render_page(data, 1, scale=1.0)
    assert (await worker.render_page(data, 2, scale=1.0)).width == 595


async def test_a_pdf_that_loads_with_no_pages_cannot_be_read(worker: DocumentWorker) -> None:
    with pytest.raises(DocumentError) as caught:
        await worker.inspect(hostile.no_pages_pdf())
    assert caught.value.reason == Reason.CORRUPT
    assert "cannot be read" in caught.value.message
    assert "no pages" not in caught.value.message
