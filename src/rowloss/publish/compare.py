"""Two sets of cells side by side: which cells changed outcome.

Pure: cells in, differences out. A cell that one side did not measure
(:attr:`Cell.measured`: ``not-run``, ``error``, cut short) is "not measured" on
that side, never a change, so a machine without MySQL does not report MySQL's
cells as changed; the expectation check, merging and the claims audit use the
same definition.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from rowloss.cells import Cell, CellKey


@dataclass(frozen=True)
class Change:
    key: CellKey
    before: Cell
    after: Cell

    def line(self) -> str:
        return (
            f"{self.key.label()}: {self.before.outcome.value} -> {self.after.outcome.value}"
            f" ({self.after.detail})"
        )


@dataclass
class Comparison:
    changed: list[Change] = field(default_factory=list)
    only_before: list[CellKey] = field(default_factory=list)
    only_after: list[CellKey] = field(default_factory=list)
    unmeasured_after: list[CellKey] = field(default_factory=list)
    """Measured before, not measured after: not a change."""
    measured_after: list[CellKey] = field(default_factory=list)
    """Not measured before, measured after: new measurements."""
    same: int = 0

    def summary(self) -> str:
        return (
            f"{len(self.changed)} changed, {self.same} the same, "
            f"{len(self.measured_after)} newly measured, "
            f"{len(self.unmeasured_after)} not measured this time, "
            f"{len(self.only_before)} only in the first, {len(self.only_after)} only in the second"
        )


def compare(before: Iterable[Cell], after: Iterable[Cell]) -> Comparison:
    """How ``after`` differs from ``before``, cell by cell, in key order."""
    old = {cell.key: cell for cell in before}
    new = {cell.key: cell for cell in after}
    result = Comparison()
    for key in sorted(old.keys() | new.keys()):
        if key not in new:
            result.only_before.append(key)
        elif key not in old:
            result.only_after.append(key)
        elif old[key].measured and not new[key].measured:
            result.unmeasured_after.append(key)
        elif new[key].measured and not old[key].measured:
            result.measured_after.append(key)
        elif old[key].measured and old[key].outcome is not new[key].outcome:
            result.changed.append(Change(key, old[key], new[key]))
        else:
            result.same += 1
    return result
