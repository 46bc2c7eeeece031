"""The published matrix as the expectation of a run.

A measured outcome that differs from the published one is a change of
behaviour: the test fails with before, after and the reproducer, until a
maintainer accepts it (``--rowloss-update-matrix``). A cell new to the matrix,
or published without a measurement, passes. A cell that is not a measurement
(:attr:`Cell.measured`: ``not-run``, ``error``, cut short) is never compared.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from rowloss.cells import Cell, CellKey


def describe(cell: Cell) -> str:
    versions = cell.versions
    found = ", ".join(
        part
        for part in (
            f"server {versions.server}" if versions.server else "",
            f"{cell.key.driver} {versions.driver}" if versions.driver else "",
            f"SQLAlchemy {versions.sqlalchemy}" if versions.sqlalchemy else "",
        )
        if part
    )
    return f"{cell.outcome.value} - {cell.detail}" + (f" ({found})" if found else "")


class Expectations:
    """The published outcome of every measured cell, by cell label, with the
    line that describes it in a failure. Built from the matrix's cells once
    per run; an xdist worker gets the same from its controller in the compact
    form (:meth:`compact`), rather than reading the whole matrix itself."""

    def __init__(self, published: Iterable[Cell], source: Path | None) -> None:
        self.cells: dict[CellKey, Cell] = {cell.key: cell for cell in published}
        self.source = source
        self.outcomes: dict[str, tuple[str, str]] = {
            key.label(): (cell.outcome.value, describe(cell))
            for key, cell in self.cells.items()
            if cell.measured
        }

    def compact(self) -> dict[str, Any]:
        """What :meth:`from_compact` needs, as plain data: no cell objects."""
        source = str(self.source) if self.source is not None else None
        return {"source": source, "outcomes": self.outcomes}

    @classmethod
    def from_compact(cls, document: Mapping[str, Any]) -> Expectations:
        source = document["source"]
        expectations = cls((), Path(source) if source is not None else None)
        expectations.outcomes = {
            label: (outcome, described)
            for label, (outcome, described) in document["outcomes"].items()
        }
        return expectations

    def violation(self, cell: Cell, reproducer: Path | None) -> str | None:
        """Why ``cell`` contradicts the published matrix, or ``None``."""
        before = self.outcomes.get(cell.key.label())
        if before is None or not cell.measured or cell.outcome.value == before[0]:
            return None
        lines = [
            f"{cell.key.label()} changed against the published matrix ({self.source}):",
            f"  before: {before[1]}",
            f"  after:  {describe(cell)}",
        ]
        if reproducer is not None:
            lines.append(f"  reproducer: {reproducer}")
        lines.append(
            "  if the new behaviour is right, accept it with --rowloss-update-matrix "
            "(it rewrites reports/)"
        )
        return "\n".join(lines)
