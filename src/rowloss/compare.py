"""Two sets of cells side by side: which cells changed outcome.

Pure: cells in, differences out. A cell that one side did not measure
(``not-run``: no server, no driver here) is "not measured" on that side, never
a change, so a machine without MySQL does not report MySQL's cells as changed.
Nor is a cell whose measurement was cut short (``Cell.cut_short``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from rowloss.cells import Cell, CellKey, Outcome


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
    """Measured before, ``not-run`` after: not measured here, not a change."""
    measured_after: list[CellKey] = field(default_factory=list)
    """``not-run`` before, measured after: new measurements."""
    same: int = 0

    def summary(self) -> str:
        return (
            f"{len(self.changed)} changed, {self.same} the same, "
            f"{len(self.measured_after)} newly measured, "
            f"{len(self.unmeasured_after)} not measured this time, "
            f"{len(self.only_before)} only in the first, {len(self.only_after)} only in the second"
        )


def _unmeasured(cell: Cell) -> bool:
    return cell.outcome is Outcome.NOT_RUN or bool(cell.cut_short)


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
        elif _unmeasured(new[key]) and not _unmeasured(old[key]):
            result.unmeasured_after.append(key)
        elif _unmeasured(old[key]) and not _unmeasured(new[key]):
            result.measured_after.append(key)
        elif old[key].outcome is not new[key].outcome:
            result.changed.append(Change(key, old[key], new[key]))
        else:
            result.same += 1
    return result
