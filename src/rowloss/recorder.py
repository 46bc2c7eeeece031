"""Cells collected during a run and written to its run directory.

Every process (the single pytest process, or each xdist worker) appends to its
own journal, one JSON line per cell as soon as it is measured, so a process that
dies (a driver can crash it) loses nothing already measured. Before a cell is
measured its key is journaled as an *intent*: an intent with no cell after it
marks the cell whose measurement killed the process. The process that ends the
run merges the journals into ``cells.json``. A run never writes to ``reports/``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from rowloss.cells import (
    CUT_SHORT,
    SCHEMA_VERSION,
    Cell,
    CellKey,
    Outcome,
    SchemaVersionError,
    cells_to_json,
)
from rowloss.timing import PHASES

FRAGMENTS = "fragments"
CELLS_FILE = "cells.json"
SILENT_FILE = "silent.txt"
"""Every silent cell of the run, one a line: outcome, cell, what happened."""
DIED = "the process measuring this cell died before it finished (a driver crash?)"


class DuplicateCell(ValueError):
    """Two measurements claimed the same cell key in one run."""


class Recorder:
    def __init__(self, run_dir: Path, worker: str) -> None:
        self.run_dir = run_dir
        self.worker = worker
        self.cells: dict[CellKey, Cell] = {}
        self.journal = run_dir / FRAGMENTS / f"{worker}-{os.getpid()}.jsonl"
        self.started = False

    def _append(self, entry: Mapping[str, Any]) -> None:
        with PHASES.phase("journal"):
            self._write(entry)

    def _write(self, entry: Mapping[str, Any]) -> None:
        if not self.started:  # the journal is this process's own (its name has the pid)
            self.journal.parent.mkdir(parents=True, exist_ok=True)
            self.journal.write_text(json.dumps({"schema_version": SCHEMA_VERSION}) + "\n")
            self.started = True
        with self.journal.open("a", encoding="utf-8") as journal:
            journal.write(json.dumps(entry, ensure_ascii=False) + "\n")

    def intend(self, key: CellKey, test_id: str) -> None:
        """Note that ``key`` is about to be measured."""
        self._append({"intent": {"key": key.__dict__, "test_id": test_id}})

    def record(self, cell: Cell) -> None:
        if cell.key in self.cells:
            raise DuplicateCell(
                f"cell {cell.key.label()} recorded twice (by {self.cells[cell.key].test_id} "
                f"and {cell.test_id}); give each test its own scenario name"
            )
        self.cells[cell.key] = cell
        self._append({"cell": cell.to_dict()})


def merge(cell_sets: Iterable[Iterable[Cell]]) -> list[Cell]:
    """All cells of several fragments of one run; a key twice is an error."""
    merged: dict[CellKey, Cell] = {}
    for cells in cell_sets:
        for cell in cells:
            if cell.key in merged:
                raise DuplicateCell(f"cell {cell.key.label()} appears in two fragments")
            merged[cell.key] = cell
    return sorted(merged.values(), key=lambda c: c.key)


def read_journal(path: Path, deaths: Mapping[str, str], interrupted: str = "") -> list[Cell]:
    """The cells of one journal, plus an ``error`` cell for each intent that
    never got its cell (``deaths`` maps test ids to what killed them); in a
    run that was ``interrupted``, such a cell is cut short, not a finding. A
    last line cut off by a killed process is no cell."""
    cells: dict[CellKey, Cell] = {}
    intents: dict[CellKey, str] = {}
    text = path.read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip()]
    if lines and not text.endswith("\n"):
        lines.pop()
    version = json.loads(lines[0]).get("schema_version") if lines else SCHEMA_VERSION
    if version != SCHEMA_VERSION:
        raise SchemaVersionError(
            f"journal has schema_version {version!r}; this rowloss reads {SCHEMA_VERSION}"
        )
    for line in lines[1:]:
        entry = json.loads(line)
        if "cell" in entry:
            cell = Cell.from_dict(entry["cell"])
            cells[cell.key] = cell
        else:
            intents[CellKey(**entry["intent"]["key"])] = entry["intent"]["test_id"]
    for key, test_id in intents.items():
        if key in cells:
            continue
        if test_id in deaths or not interrupted:
            detail = DIED + (f": {deaths[test_id]}" if test_id in deaths else "")
            cells[key] = Cell(key=key, outcome=Outcome.ERROR, detail=detail, test_id=test_id)
        else:
            why = f"the run was {interrupted} before this cell was measured"
            cells[key] = Cell(
                key=key,
                outcome=Outcome.ERROR,
                detail=f"cut short: {why}",
                evidence={CUT_SHORT: why},
                test_id=test_id,
            )
    return list(cells.values())


def merge_fragments(
    run_dir: Path, deaths: Mapping[str, str] | None = None, interrupted: str = ""
) -> list[Cell]:
    paths = sorted((run_dir / FRAGMENTS).glob("*.jsonl"))
    return merge(read_journal(path, deaths or {}, interrupted) for path in paths)


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
    """``cells.json``, and the silent cells one a line in ``silent.txt``."""
    cells = list(cells)
    path = run_dir / CELLS_FILE
    path.write_text(cells_to_json(cells, metadata))
    silent = [cell for cell in cells if cell.outcome.silent]
    (run_dir / SILENT_FILE).write_text(
        "".join(f"{c.outcome.value}: {c.key.label()}: {c.detail}\n" for c in silent),
        encoding="utf-8",
    )
    return path
