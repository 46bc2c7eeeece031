"""Where a process's time goes: exclusive seconds per phase, always on.

A phase is entered with ``with PHASES.phase("clear"):``; phases nest, and a
phase's seconds are its own, without those of the phases inside it, so the
phases of a process add up to the time they cover, and the rest of the
process's wall time is the framework's (pytest, xdist). ``database`` is the
phase of every round trip to a server (statements, commits, rollbacks;
:func:`time_round_trips`), and ``connect`` that of every new connection,
wherever they happen, so the time of
rowloss's own work in ``clear`` or ``insert`` is told from the server's.

A perf_counter call on entry and exit is the whole cost. Each process writes
its phases to ``timing/<process>.json`` in the run directory at its end;
``rowloss bench`` adds them up.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

TIMING_FOLDER = "timing"
DATABASE = "database"
CONNECT = "connect"
ROUND_TRIP_PHASES = (DATABASE, CONNECT)
"""The phases that are the servers' time: statements, commits and rollbacks;
new connections."""


class PhaseClock:
    """Seconds and entries per phase of one process."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self.entries: dict[str, int] = {}
        self.started = time.perf_counter()
        self._stack: list[list[Any]] = []  # [name, started, seconds of inner phases]

    @contextlib.contextmanager
    def phase(self, name: str) -> Iterator[None]:
        frame = [name, time.perf_counter(), 0.0]
        self._stack.append(frame)
        try:
            yield
        finally:
            self._stack.pop()
            spent = time.perf_counter() - frame[1]
            self.seconds[name] = self.seconds.get(name, 0.0) + spent - frame[2]
            self.entries[name] = self.entries.get(name, 0) + 1
            if self._stack:
                self._stack[-1][2] += spent

    def timed(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        """``function``, its calls counted in phase ``name``."""

        @functools.wraps(function)
        def timed_call(*args: Any, **kwargs: Any) -> Any:
            with self.phase(name):
                return function(*args, **kwargs)

        return timed_call

    def as_dict(self) -> dict[str, Any]:
        return {
            "pid": os.getpid(),
            "wall_seconds": time.perf_counter() - self.started,
            "phases": {
                name: {"seconds": round(seconds, 6), "entries": self.entries[name]}
                for name, seconds in sorted(self.seconds.items())
            },
        }

    def write(self, run_dir: Path, process: str) -> Path:
        folder = run_dir / TIMING_FOLDER
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{process}-{os.getpid()}.json"
        path.write_text(json.dumps({"process": process, **self.as_dict()}, indent=1) + "\n")
        return path


PHASES = PhaseClock()
"""This process's clock."""

ROUND_TRIPS = {
    "connect": CONNECT,
    "do_execute": DATABASE,
    "do_executemany": DATABASE,
    "do_execute_no_params": DATABASE,
    "do_commit": DATABASE,
    "do_rollback": DATABASE,
}
"""The dialect methods through which SQLAlchemy reaches the driver and the
server, and the phase each counts in."""


def time_round_trips(dialect: Any) -> None:
    """Count every round trip through ``dialect`` (one engine's own instance)
    in its phase, by wrapping the instance's methods."""
    if getattr(dialect, "_rowloss_timed", False):
        return
    for name, phase in ROUND_TRIPS.items():
        setattr(dialect, name, PHASES.timed(phase, getattr(dialect, name)))
    dialect._rowloss_timed = True


def read_timings(run_dir: Path) -> list[dict[str, Any]]:
    """Every process's phases written in ``run_dir``."""
    return [
        json.loads(path.read_text()) for path in sorted((run_dir / TIMING_FOLDER).glob("*.json"))
    ]
