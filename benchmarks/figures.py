"""One figure of the benchmark suite: a median, the baseline measured in the same run, a goal.

Every benchmark module computes its figures and calls :func:`emit`; run on its own it prints
them, run by ``python -m benchmarks`` (which sets ``MEDSENDER_BENCH_OUT``) it also appends them
as JSON lines for the suite's table.
"""

from __future__ import annotations

import json
import math
import os
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Final

OUT_ENV: Final = "MEDSENDER_BENCH_OUT"


@dataclass(frozen=True)
class Goal:
    """``ratio_max``: median / baseline at most this; ``value_max`` / ``value_min``: the median's
    own bound (in the figure's unit). Any combination; none means "reported, no goal"."""

    ratio_max: float | None = None
    value_max: float | None = None
    value_min: float | None = None

    def text(self, unit: str) -> str:
        parts = []
        if self.ratio_max is not None:
            parts.append(f"ratio <= {self.ratio_max:g}")
        if self.value_max is not None:
            parts.append(f"< {self.value_max:g} {unit}")
        if self.value_min is not None:
            parts.append(f">= {self.value_min:g} {unit}")
        return " and ".join(parts) or "-"

    def met(self, median: float, ratio: float | None) -> bool | None:
        checks: list[bool] = []
        if self.ratio_max is not None:
            checks.append(ratio is not None and ratio <= self.ratio_max)
        if self.value_max is not None:
            checks.append(median < self.value_max)
        if self.value_min is not None:
            checks.append(median >= self.value_min)
        return all(checks) if checks else None


@dataclass(frozen=True)
class Figure:
    name: str
    median: float
    baseline: float | None
    unit: str
    goal: str
    met: bool | None
    samples: int
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or self.baseline == 0 or math.isnan(self.baseline):
            return None
        return self.median / self.baseline

    def as_json(self) -> dict[str, object]:
        data = asdict(self)
        data["ratio"] = self.ratio
        return data


def figure(name: str, values: Sequence[float], baseline: Sequence[float] | float | None,
           unit: str, goal: Goal | None = None, note: str = "") -> Figure:
    """The median of ``values`` against the median of ``baseline`` (same run)."""
    goal = goal or Goal()
    median = statistics.median(values)
    if baseline is None:
        base = None
    elif isinstance(baseline, (int, float)):
        base = float(baseline)
    else:
        base = statistics.median(baseline)
    ratio = None if base in (None, 0) else median / base  # type: ignore[operator]
    return Figure(name, median, base, unit, goal.text(unit), goal.met(median, ratio),
                  len(values), note)


def emit(figures: Iterable[Figure]) -> None:
    figures = list(figures)
    for f in figures:
        ratio = f"{f.ratio:.2f}x" if f.ratio is not None else "-"
        base = f"{f.baseline:.1f}" if f.baseline is not None else "-"
        met = {True: "met", False: "NOT MET", None: ""}[f.met]
        print(f"  [{f.name}] median {f.median:.1f} {f.unit} (n={f.samples}), baseline {base}, "
              f"ratio {ratio}, goal {f.goal} {met}".rstrip())
    out = os.environ.get(OUT_ENV)
    if out:
        with open(out, "a", encoding="utf-8") as handle:
            for f in figures:
                handle.write(json.dumps(f.as_json()) + "\n")


def percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    return statistics.quantiles(ordered, n=100, method="inclusive")[int(q) - 1]
