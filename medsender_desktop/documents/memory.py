"""How much memory this process holds, read cheaply on each platform (for :class:`Budget`).

* Linux: the current resident size, from ``/proc/self/statm``;
* Windows: the current working set, from ``GetProcessMemoryInfo`` (through ctypes; no extra
  package);
* macOS: the *peak* resident size, from ``getrusage`` (bytes there). The peak only grows, so a
  budget on it is a budget on how far a document pushes the process past its earlier peak;
* elsewhere: nothing (the CPU-time budget and the checks before decoding still apply).

A probe returns bytes, or None when the OS does not answer; it never raises.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable
from typing import Final

Probe = Callable[[], int | None]
_PAGE: Final = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def linux_resident() -> int | None:
    try:
        with open("/proc/self/statm", "rb") as statm:
            return int(statm.read().split()[1]) * _PAGE
    except (OSError, ValueError, IndexError):
        return None


def peak_resident(unit: int) -> int | None:
    """``getrusage``'s peak resident size times ``unit`` (1 on macOS: bytes; 1024 on Linux)."""
    try:
        import resource
    except ImportError:  # Windows
        return None
    try:
        return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss) * unit
    except (OSError, ValueError):
        return None


def macos_peak_resident() -> int | None:
    return peak_resident(1)


class ProcessMemoryCounters(ctypes.Structure):
    """Win32 ``PROCESS_MEMORY_COUNTERS``."""

    _fields_ = [
        ("cb", ctypes.c_uint32),
        ("PageFaultCount", ctypes.c_uint32),
        ("PeakWorkingSetSize", ctypes.c_size_t),
        ("WorkingSetSize", ctypes.c_size_t),
        ("QuotaPeakPagedPoolUsage", ctypes.c_size_t),
        ("QuotaPagedPoolUsage", ctypes.c_size_t),
        ("QuotaPeakNonPagedPoolUsage", ctypes.c_size_t),
        ("QuotaNonPagedPoolUsage", ctypes.c_size_t),
        ("PagefileUsage", ctypes.c_size_t),
        ("PeakPagefileUsage", ctypes.c_size_t),
    ]


def windows_working_set() -> int | None:
    try:
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
        get_info = kernel32.K32GetProcessMemoryInfo  # kernel32 exports it since Windows 7
        get_info.argtypes = [ctypes.c_void_p, ctypes.POINTER(ProcessMemoryCounters),
                             ctypes.c_uint32]
        get_info.restype = ctypes.c_int
        kernel32.GetCurrentProcess.restype = ctypes.c_void_p
        counters = ProcessMemoryCounters()
        counters.cb = ctypes.sizeof(ProcessMemoryCounters)
        if not get_info(kernel32.GetCurrentProcess(), ctypes.byref(counters), counters.cb):
            return None
        return int(counters.WorkingSetSize)
    except (AttributeError, OSError):  # not Windows, or the call is missing
        return None


def unavailable() -> int | None:
    return None


def probe_for(platform: str | None = None) -> Probe:
    """The probe for ``platform`` (a ``sys.platform`` value; default: this one)."""
    platform = sys.platform if platform is None else platform
    if platform.startswith("linux"):
        return linux_resident
    if platform == "win32":
        return windows_working_set
    if platform == "darwin":
        return macos_peak_resident
    return unavailable
