"""Every benchmark, one table: ``python -m benchmarks [--json PATH] [--only NAME ...]``.

Each benchmark module runs in a process of its own (so one's memory and imports do not colour
another's), offscreen, and reports its figures: the median over repeated runs, the baseline
measured in the same run (the physical floor of that task on this machine), their ratio and the
goal. ``--json PATH`` writes ``{name: {"median", "baseline", "ratio", "unit", "goal", "met"}}``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.figures import OUT_ENV

#: (module, arguments, the figures it reports), in the order they run.
SUITE: list[tuple[str, list[str], list[str]]] = [
    ("benchmarks.bench_start", ["--repeat", "5"], ["cold_start_sandbox", "cold_start_profile"]),
    ("benchmarks.bench_send", ["--repeat", "15"],
     ["first_preview", "first_preview_dialog", "stall_thumbnails", "stall_upload", "preview_memory", "outbox_unseal"]),
    ("benchmarks.bench_cover", ["--repeat", "5"], ["stall_cover_first"]),
    ("benchmarks.bench_ui", ["--rows", "10000", "--repeat", "5", "--sent-only"],
     ["table_load_10k", "search_keystroke_10k", "search_keystroke_cold"]),
    ("benchmarks.bench_app", ["--records", "10000", "--burst", "1000", "--samples", "10"],
     ["stall_sync", "stall_relay_burst", "status_latency_relay", "status_latency_polling",
      "peak_memory"]),
    ("benchmarks.bench_ai", ["--repeat", "3"], ["stall_ai_batch", "ai_batch_seconds"]),
    ("benchmarks.bench_sandbox", ["--requests", "300", "--sends", "0"], ["sandbox_list_p95_100k"]),
    ("benchmarks.bench_relay", ["--callbacks", "2000", "--samples", "100"],
     ["relay_callbacks_per_s", "relay_delivery_p95"]),
]
NAMES = [name for _, _, names in SUITE for name in names]
ROOT = Path(__file__).resolve().parents[1]


def run_module(module: str, args: list[str], out: Path) -> tuple[bool, float, str]:
    env = {**os.environ, OUT_ENV: str(out), "QT_QPA_PLATFORM": "offscreen",
           "QT_API": "pyside6", "PYTHONPATH": str(ROOT)}
    if module == "benchmarks.bench_start":
        env.pop("QT_QPA_PLATFORM")  # a real (virtual) screen: the window must be mapped
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", module, *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=900)
    elapsed = time.perf_counter() - start
    tail = (proc.stdout + proc.stderr)[-1500:]
    return proc.returncode == 0, elapsed, tail


def table(results: dict[str, dict[str, object]]) -> str:
    header = (f"{'figure':24} {'median':>10} {'baseline':>10} {'ratio':>7}  {'unit':4} "
              f"{'goal':24} met")
    lines = [header]
    for name in NAMES:
        r = results.get(name)
        if r is None:
            lines.append(f"{name:24} {'(not measured: see above)':>40}")
            continue
        base = "-" if r["baseline"] is None else f"{r['baseline']:.1f}"
        ratio = "-" if r["ratio"] is None else f"{r['ratio']:.2f}"
        met = {True: "met", False: "NOT MET", None: "-"}[r["met"]]  # type: ignore[index]
        lines.append(f"{name:24} {r['median']:10.1f} {base:>10} {ratio:>7}  {r['unit']:4} "
                     f"{r['goal']!s:24} {met}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, default=None, help="write the figures here")
    parser.add_argument("--only", nargs="*", default=None,
                        help="run only the modules that report these figures")
    args = parser.parse_args(argv)
    results: dict[str, dict[str, object]] = {}
    failed = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="benchmarks-") as tmp:
        out = Path(tmp) / "figures.jsonl"
        out.touch()
        for module, module_args, names in SUITE:
            if args.only and not set(args.only) & set(names):
                continue
            ok, elapsed, tail = run_module(module, module_args, out)
            print(f"{module}: {'done' if ok else 'FAILED'} in {elapsed:.0f} s", flush=True)
            if not ok:
                failed.append(module)
                print("  " + tail.replace("\n", "\n  "), flush=True)
        for line in out.read_text().splitlines():
            data = json.loads(line)
            results[data.pop("name")] = data
    print(f"\nMedsender Desktop benchmarks ({os.cpu_count()} cores; medians; ratio = median / "
          f"baseline measured in the same run; {time.perf_counter() - started:.0f} s in all)\n")
    print(table(results))
    if args.json:
        args.json.write_text(json.dumps(
            {name: {k: results[name][k] for k in ("median", "baseline", "ratio", "unit", "goal",
                                                  "met")}
             for name in NAMES if name in results}, indent=2) + "\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
