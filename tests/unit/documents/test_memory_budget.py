"""The per-document memory budget reads the process's memory on Linux, Windows and macOS."""

from __future__ import annotations

import ctypes
import sys

import pytest

from medsender_desktop.documents import memory
from medsender_desktop.documents.bounds import Budget
from medsender_desktop.errors import DocumentError

MIB = 1024 * 1024
ON_LINUX = sys.platform.startswith("linux")


@pytest.mark.parametrize(("platform", "probe"), [
    ("linux", memory.linux_resident), ("win32", memory.windows_working_set),
    ("darwin", memory.macos_peak_resident), ("freebsd14", memory.unavailable),
])
def test_each_platform_gets_its_own_way_to_read_memory(platform: str, probe) -> None:
    assert memory.probe_for(platform) is probe


def test_the_budget_uses_the_probe_of_the_platform_it_runs_on(
        monkeypatch: pytest.MonkeyPatch) -> None:
    for platform, probe in (("darwin", memory.macos_peak_resident),
                            ("win32", memory.windows_working_set)):
        monkeypatch.setattr(sys, "platform", platform)
        assert Budget().memory is probe


@pytest.mark.skipif(not ON_LINUX, reason="reads /proc (this suite's CI runs on Linux)")
def test_the_linux_probe_sees_the_process_grow() -> None:
    before = memory.linux_resident()
    block = bytearray(96 * MIB)
    block[:: 4096] = b"x" * len(block[:: 4096])  # touch every page: really resident
    after = memory.linux_resident()
    assert before is not None and after is not None and after - before >= 80 * MIB
    del block


@pytest.mark.skipif(not ON_LINUX, reason="getrusage counts kilobytes on Linux, bytes on macOS")
def test_the_getrusage_probe_reads_the_peak_in_bytes() -> None:
    current, peak = memory.linux_resident(), memory.peak_resident(1024)
    assert current is not None and peak is not None and peak >= current > 10 * MIB


def test_the_windows_probe_has_the_win32_layout_and_never_raises_elsewhere() -> None:
    expected = 8 + 8 * ctypes.sizeof(ctypes.c_size_t)  # two DWORDs, eight SIZE_Ts
    assert ctypes.sizeof(memory.ProcessMemoryCounters) == expected
    if sys.platform != "win32":
        assert memory.windows_working_set() is None


def test_the_budget_refuses_a_document_that_grows_memory_past_it() -> None:
    readings = iter([100 * MIB, 300 * MIB, 501 * MIB])
    budget = Budget(cpu_seconds=60, memory_growth=400 * MIB, memory=lambda: next(readings))
    budget.check()  # 200 MB more: within
    with pytest.raises(DocumentError) as refused:
        budget.check()  # 401 MB more
    assert "expands to far more data" in refused.value.message


def test_without_an_answer_from_the_os_only_the_cpu_budget_applies() -> None:
    budget = Budget(cpu_seconds=60, memory_growth=1, memory=memory.unavailable)
    budget.check()
