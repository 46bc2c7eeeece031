"""Hypothesis strategies for batches.

Hypothesis draws only the *shape* of a batch: how many rows, where the faulty
rows stand, and the faulty value. The rows themselves are built from the shape
deterministically, so a batch of thousands of rows costs one small draw and
shrinks as fast as three integers do. The simplest shape (the smallest batch,
the fault in the first place it may stand) is always tried first.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st


@dataclass(frozen=True)
class Shape:
    """What hypothesis draws for one batch."""

    size: int
    """Rows in the batch."""
    faults: tuple[int, ...]
    """Positions of the faulty rows, ascending."""
    fault: Hashable = None
    """The faulty value, where the variant draws one."""

    def describe(self) -> str:
        where = ", ".join(str(p) for p in self.faults)
        value = "" if self.fault is None else f", value {self.fault!r}"
        return f"{self.size} rows, faulty at {where}{value}"


@dataclass(frozen=True)
class ShapeSpace:
    """The batches a variant may be sent: the strategy is made per budget, since
    the largest batch is the budget's to say."""

    fault: st.SearchStrategy[Hashable] | None = None
    min_size: int = 2
    first_fault_at: int = 0
    max_faults: int = 2
    positions: tuple[int, ...] | None = None
    """The only places a faulty row may stand (page boundaries), where the
    variant fixes them; ``None`` for anywhere from ``first_fault_at`` on."""
    max_size: int | None = None
    """The largest batch, where the variant fixes it rather than the budget."""
    examples: tuple[Shape, ...] = ()
    """Shapes always sent besides those hypothesis draws, as ``@example`` does:
    the sizes and positions a variant must cover (a page boundary)."""
    shrink: bool = True
    """Let hypothesis shrink the worst batch; off where each batch is large and
    ``examples`` already hold the boundaries worth reporting."""

    def strategy(self, max_size: int) -> st.SearchStrategy[Shape]:
        largest = self.max_size if self.max_size is not None else max_size
        return shapes(self, max(largest, self.min_size, self.first_fault_at + 1))


@st.composite
def shapes(draw: Any, space: ShapeSpace, max_size: int) -> Shape:
    """A batch of ``min_size``..``max_size`` rows with one to ``max_faults``
    faulty rows at or after ``first_fault_at``."""
    fault, min_size, first_fault_at = space.fault, space.min_size, space.first_fault_at
    max_faults = space.max_faults
    size = draw(st.integers(min_value=max(min_size, first_fault_at + 1), max_value=max_size))
    if space.positions is not None:
        where = st.sampled_from([p for p in space.positions if p < size])
    else:
        where = st.integers(min_value=first_fault_at, max_value=size - 1)
    positions = draw(st.lists(where, min_size=1, max_size=max_faults, unique=True))
    value = draw(fault) if fault is not None else None
    return Shape(size=size, faults=tuple(sorted(positions)), fault=value)
