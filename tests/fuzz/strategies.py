"""Hypothesis strategies and a run counter shared by the fuzz tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

#: Reproducible and bounded: the same inputs on every run, no example database on disk.
_BASE = settings(derandomize=True, database=None, deadline=None,
                 suppress_health_check=list(HealthCheck))


def bounded(examples: int) -> settings:
    return settings(_BASE, max_examples=examples)

#: JSON-ish values, including what strict JSON refuses: NaN, infinities, lone surrogates.
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True),
    st.text(), st.text(alphabet=st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)),
)
JSON_VALUES = st.recursive(
    SCALARS,
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=20,
)


@dataclass
class Tally:
    """Counts inputs and crashes (unexpected exceptions) for the one-line summary."""

    name: str
    tried: int = 0
    crashes: list[str] = field(default_factory=list)

    def line(self) -> str:
        return f"fuzz {self.name}: {self.tried} inputs tried, crashes {len(self.crashes)}"


def deep(levels: int, opener: str = "[", closer: str = "]", core: Any = "1") -> str:
    return opener * levels + str(core) + closer * levels
