"""Cells collected during a run and written to its run directory.

Every process (the single pytest process, or each xdist worker) writes one
fragment; the process that ends the run merges the fragments into ``cells.json``.
A run never writes to ``reports/``.
"""

from __future__ import annotations

import datetime as dt
import platform
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from rowloss.cells import Cell, CellKey, cells_from_json, cells_to_json

FRAGMENTS = "fragments"
CELLS_FILE = "cells.json"


class DuplicateCell(ValueError):
    """Two measurements claimed the same cell key in one run."""


class Recorder:
    def __init__(self, run_dir: Path, worker: str) -> None:
        self.run_dir = run_dir
        self.worker = worker
        self.cells: dict[CellKey, Cell] = {}

    def record(self, cell: Cell) -> None:
        if cell.key in self.cells:
            raise DuplicateCell(
                f"cell {cell.key.label()} recorded twice (by {self.cells[cell.key].test_id} "
                f"and {cell.test_id}); give each test its own scenario name"
            )
        self.cells[cell.key] = cell

    def write_fragment(self) -> Path:
        folder = self.run_dir / FRAGMENTS
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{self.worker}.json"
        path.write_text(cells_to_json(self.cells.values(), {"worker": self.worker}))
        return path


def merge(cell_sets: Iterable[Iterable[Cell]]) -> list[Cell]:
    """All cells of several fragments of one run; a key twice is an error."""
    merged: dict[CellKey, Cell] = {}
    for cells in cell_sets:
        for cell in cells:
            if cell.key in merged:
                raise DuplicateCell(f"cell {cell.key.label()} appears in two fragments")
            merged[cell.key] = cell
    return sorted(merged.values(), key=lambda c: c.key)


def merge_fragments(run_dir: Path) -> list[Cell]:
    paths = sorted((run_dir / FRAGMENTS).glob("*.json"))
    return merge(cells_from_json(path.read_text()) for path in paths)


def new_run_dir_path(root: Path) -> Path:
    """``root/.rowloss/runs/<UTC time>``: a fresh name, made on first write."""
    runs = root / ".rowloss" / "runs"
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    run_dir = runs / stamp
    suffix = 1
    while run_dir.exists():
        suffix += 1
        run_dir = runs / f"{stamp}-{suffix}"
    return run_dir


def point_latest_at(run_dir: Path) -> None:
    """``runs/latest`` -> this run, so the newest matrix has a fixed path."""
    latest = run_dir.parent / "latest"
    try:
        if latest.is_symlink() or latest.exists():
            latest.unlink()
        latest.symlink_to(run_dir.name)
    except OSError:
        pass  # a file system without symlinks still has the run itself


def run_metadata(run_dir: Path) -> dict[str, str]:
    """What identifies a run; attached to each cell it measured."""
    return {
        "run": run_dir.name,
        "python": platform.python_version(),
        "platform": f"{platform.system()} {platform.machine()}",
    }


def write_cells(run_dir: Path, cells: Iterable[Cell], metadata: Mapping[str, Any]) -> Path:
    path = run_dir / CELLS_FILE
    path.write_text(cells_to_json(cells, metadata))
    return path
