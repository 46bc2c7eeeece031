"""``rowloss bench``: what the suite costs against the database work it does.

It runs a fixed selection (the duplicates scenarios on every database, one
sync and one async driver of each where it has both) as
``rowloss run`` would, several times, each in a new process and a new run
directory, and prints the medians: measured cells per second, and the ratio
of the measuring processes' time to the time their round trips to the
servers took (:mod:`rowloss.timing` counts both in the same run). The ratio
is the figure to drive down: at 1 the suite would cost nothing but the
database's own work.
"""

from __future__ import annotations

import datetime as dt
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rowloss.publish import cellfiles
from rowloss.timing import ROUND_TRIP_PHASES, read_timings

SELECTION = ("test_duplicates.py",)
"""The scenario modules every repetition measures when no test is named."""
SELECTION_DRIVERS = "pysqlite,aiosqlite,psycopg2,asyncpg,pymysql,aiomysql,duckdb_engine,oracledb"
"""Their drivers, when none are named: every database, sync and async."""
REST = "pytest and the rest"
"""A process's time outside every phase: the framework's own."""


@dataclass(frozen=True)
class BenchRun:
    """One repetition."""

    wall_seconds: float
    exit_status: int
    cells: int
    measured: int
    processes: int
    process_seconds: float
    """The measuring processes' wall time added up (the xdist workers', or the
    single process's)."""
    phases: dict[str, float] = field(default_factory=dict)
    """Seconds per phase, added up over the measuring processes; :data:`REST` included."""
    controller_phases: dict[str, float] = field(default_factory=dict)
    """The same for an xdist controller, which measures nothing and waits
    for its workers between its phases (reading and comparing the matrix,
    writing the results)."""

    @property
    def database_seconds(self) -> float:
        """The round trips: statements, commits, rollbacks and connects."""
        return sum(self.phases.get(name, 0.0) for name in ROUND_TRIP_PHASES)

    @property
    def cells_per_second(self) -> float:
        return self.measured / self.wall_seconds if self.wall_seconds else 0.0

    @property
    def ratio(self) -> float:
        return self.process_seconds / self.database_seconds if self.database_seconds else 0.0


def measure_once(run_dir: Path, pytest_args: Sequence[str]) -> BenchRun:
    """``rowloss run`` in a new process, timed from outside, then its files read."""
    command = [sys.executable, "-m", "rowloss.cli", "run", *pytest_args]
    command += ["--rowloss-run-dir", str(run_dir), "-q"]
    started = time.perf_counter()
    finished = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - started
    try:
        return read_run(run_dir, wall, finished.returncode)
    except BenchError as error:
        problem = finished.stderr.strip().splitlines()[-1:] or [str(error)]
        raise BenchError(f"the run measured nothing ({problem[0]})") from None


def read_run(run_dir: Path, wall: float | None = None, exit_status: int = 0) -> BenchRun:
    """The figures of the run in ``run_dir``; without ``wall``, the wall time
    is its longest process's."""
    try:
        cells = cellfiles.load(run_dir)
    except cellfiles.UnreadableCells as error:
        raise BenchError(str(error)) from None
    timings = read_timings(run_dir)
    if not timings:
        raise BenchError(f"{run_dir} has no timing/ (a run of a rowloss without it?)")
    measuring = [t for t in timings if t["process"] != "main"] or timings
    phases = _phase_sums(measuring)
    process_seconds = sum(t["wall_seconds"] for t in measuring)
    phases[REST] = max(0.0, process_seconds - sum(phases.values()))
    return BenchRun(
        wall_seconds=wall if wall is not None else max(t["wall_seconds"] for t in timings),
        exit_status=exit_status,
        cells=len(cells),
        measured=sum(1 for cell in cells if cell.measured),
        processes=len(measuring),
        process_seconds=process_seconds,
        phases=phases,
        controller_phases=_phase_sums([t for t in timings if t not in measuring]),
    )


def _phase_sums(timings: Sequence[dict[str, Any]]) -> dict[str, float]:
    sums: dict[str, float] = {}
    for timing in timings:
        for name, phase in timing["phases"].items():
            sums[name] = sums.get(name, 0.0) + phase["seconds"]
    return sums


class BenchError(Exception):
    """A benchmark that cannot be taken; one line."""


def _median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else 0.0


def summary(runs: Sequence[BenchRun]) -> dict[str, Any]:
    """Medians (and the spread) of the figures of ``runs``."""

    def spread(values: list[float]) -> dict[str, float]:
        return {"median": _median(values), "min": min(values), "max": max(values)}

    names = sorted({name for run in runs for name in run.phases})
    return {
        "runs": len(runs),
        "cells": runs[0].cells,
        "measured": runs[0].measured,
        "processes": runs[0].processes,
        "wall_seconds": spread([r.wall_seconds for r in runs]),
        "measured_cells_per_second": spread([r.cells_per_second for r in runs]),
        "process_seconds": spread([r.process_seconds for r in runs]),
        "database_seconds": spread([r.database_seconds for r in runs]),
        "ratio": spread([r.ratio for r in runs]),
        "phases": {name: _median([r.phases.get(name, 0.0) for r in runs]) for name in names},
        "controller_phases": {
            name: _median([r.controller_phases.get(name, 0.0) for r in runs])
            for name in sorted({name for run in runs for name in run.controller_phases})
        },
    }


def lines(figures: dict[str, Any]) -> list[str]:
    """``figures`` for a person: the headline figures, then the phases."""

    def row(label: str, key: str, unit: str = "", digits: int = 1) -> str:
        f = figures[key]
        return (
            f"{label:34} {f['median']:10.{digits}f}{unit}   "
            f"(min {f['min']:.{digits}f}, max {f['max']:.{digits}f})"
        )

    out = [
        f"{figures['runs']} runs; {figures['cells']} cells, {figures['measured']} measured, "
        f"{figures['processes']} measuring processes; medians:",
        row("wall time", "wall_seconds", " s"),
        row("measured cells a second", "measured_cells_per_second"),
        row("measuring processes' time", "process_seconds", " s"),
        row("database round trips", "database_seconds", " s"),
        row("ratio (process time / round trips)", "ratio", "", 2),
        "where the measuring processes' time goes (median seconds, summed over them):",
    ]
    out.extend(_phase_lines(figures["phases"]))
    if figures["controller_phases"]:
        out.append("the xdist controller's own phases (median seconds):")
        out.extend(_phase_lines(figures["controller_phases"], shares=False))
    return out


def _phase_lines(phases: dict[str, float], shares: bool = True) -> list[str]:
    total = sum(phases.values()) or 1.0
    return [
        f"  {name:32} {seconds:10.1f} s" + (f"  {100 * seconds / total:5.1f} %" if shares else "")
        for name, seconds in sorted(phases.items(), key=lambda item: -item[1])
        if seconds >= 0.05
    ]


def report_runs(run_dirs: Sequence[str]) -> int:
    """The figures of runs already made (``rowloss bench --of RUN...``)."""
    runs = [read_run(Path(run_dir)) for run_dir in run_dirs]
    for line in lines(summary(runs)):
        print(line)
    return 0


def bench(repeat: int, out: str | None, pytest_args: Sequence[str]) -> int:
    """Run ``rowloss run PYTEST_ARGS`` ``repeat`` times and print (and keep in
    ``out``) the medians."""
    if repeat < 1:
        raise BenchError(f"--repeat {repeat}: give 1 or more")
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    folder = Path(out) if out else Path.cwd() / ".rowloss" / "bench" / stamp
    if folder.exists() and any(folder.iterdir()):
        raise BenchError(f"--out {folder} is not empty; name a new or empty folder")
    folder.mkdir(parents=True, exist_ok=True)
    args = list(pytest_args)
    runs = []
    for index in range(repeat):
        run = measure_once(folder / f"run-{index + 1}", args)
        print(
            f"run {index + 1}: {run.wall_seconds:.1f} s, {run.measured} measured cells, "
            f"ratio {run.ratio:.2f}, exit status {run.exit_status}",
            flush=True,
        )
        runs.append(run)
    figures = summary(runs)
    figures["pytest_args"] = args
    (folder / "bench.json").write_text(json.dumps(figures, indent=1) + "\n")
    for line in lines(figures):
        print(line)
    print(f"bench: {folder}/ (bench.json, run-*/)")
    return 0
