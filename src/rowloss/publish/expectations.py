"""The published matrix as the expectation of a run.

A measured outcome that differs from the published one is a change of
behaviour: the test fails with before, after and the reproducer, until a
maintainer accepts it (``--rowloss-update-matrix``). A cell new to the matrix,
or published without a measurement, passes. A cell that is not a measurement
(:attr:`Cell.measured`: ``not-run``, ``error``, cut short) is never compared.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

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
    def __init__(self, published: Iterable[Cell], source: Path | None) -> None:
        self.cells: dict[CellKey, Cell] = {cell.key: cell for cell in published}
        self.source = source

    def expected(self, key: CellKey) -> Cell | None:
        """The published measurement of ``key``, if there is one."""
        cell = self.cells.get(key)
        return cell if cell is not None and cell.measured else None

    def violation(self, cell: Cell, reproducer: Path | None) -> str | None:
        """Why ``cell`` contradicts the published matrix, or ``None``."""
        before = self.expected(cell.key)
        if before is None or not cell.measured or cell.outcome is before.outcome:
            return None
        lines = [
            f"{cell.key.label()} changed against the published matrix ({self.source}):",
            f"  before: {describe(before)}",
            f"  after:  {describe(cell)}",
        ]
        if reproducer is not None:
            lines.append(f"  reproducer: {reproducer}")
        lines.append(
            "  if the new behaviour is right, accept it with --rowloss-update-matrix "
            "(it rewrites reports/)"
        )
        return "\n".join(lines)
