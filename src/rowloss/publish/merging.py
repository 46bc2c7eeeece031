"""Cells of several runs as one set: workers, SQLAlchemy lines, a machine that
could run MySQL and one that could not.

Pure: named cell lists in, one list out, no cell lost or doubled. Where runs
share a key, a measurement wins over an ``error`` cell, and either over
``not-run``, so a machine without a server never erases what another measured.
Two measurements of one key with different outcomes are refused, not silently
picked; of two with the same outcome, the later run's record is kept. A cell
cut short (a server that died, an interrupted run) is no measurement and is
left out.
"""

from __future__ import annotations

from collections.abc import Sequence

from rowloss.cells import Cell, CellKey, Outcome


class ConflictingCells(ValueError):
    """Two runs measured the same cell differently."""


MEASURED = 2


def _rank(cell: Cell) -> int:
    if cell.measured:
        return MEASURED
    return 1 if cell.outcome is Outcome.ERROR else 0


def merge_runs(runs: Sequence[tuple[str, Sequence[Cell]]]) -> list[Cell]:
    """One cell per key from ``(name, cells)`` pairs, in key order."""
    merged: dict[CellKey, tuple[str, Cell]] = {}
    for name, cells in runs:
        for cell in cells:
            if cell.cut_short:
                continue
            previous = merged.get(cell.key)
            if previous is not None:
                kept_from, kept = previous
                if _rank(cell) < _rank(kept):
                    continue
                if _rank(cell) == _rank(kept) == MEASURED and cell.outcome is not kept.outcome:
                    raise ConflictingCells(
                        f"{cell.key.label()} is {kept.outcome.value} in {kept_from} but "
                        f"{cell.outcome.value} in {name}; compare them with rowloss diff and "
                        "merge the runs you mean"
                    )
            merged[cell.key] = (name, cell)
    return [cell for _, cell in sorted(merged.values(), key=lambda item: item[1].key)]


def update_published(published: Sequence[Cell], measured: Sequence[Cell]) -> list[Cell]:
    """The published matrix after accepting a run: where the run measured a
    cell, its measurement replaces what was published, whatever it was; an
    ``error`` or ``not-run`` cell of the run only fills a key that holds nothing
    better, so a machine without MySQL keeps the MySQL cells another measured."""
    merged = {cell.key: cell for cell in published}
    for cell in measured:
        if cell.cut_short:
            continue
        kept = merged.get(cell.key)
        if kept is None or _rank(cell) >= _rank(kept):
            merged[cell.key] = cell
    return sorted(merged.values(), key=lambda cell: cell.key)
