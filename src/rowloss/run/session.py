"""One process's share of a run: its settings, run directory and journal,
its servers and targets, the servers found dead, and what the end of the run
reports. The single process of a run, the xdist controller and each worker
have one each; a worker is handed the run directory and the server exchange
by the controller."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rowloss.backends import TargetSpec
from rowloss.cells import Cell
from rowloss.config import Settings
from rowloss.measure.targets import Missing, NotRun, Target
from rowloss.publish import cellfiles
from rowloss.publish.compare import Comparison
from rowloss.publish.expectations import Expectations
from rowloss.publish.published import MATRIX_FILE
from rowloss.publish.reports import Published
from rowloss.recorder import FRAGMENTS, Recorder, new_run_dir_path, run_metadata
from rowloss.run.enginelog import EngineLog
from rowloss.run.exchange import ServerExchange
from rowloss.run.faults import Faults
from rowloss.run.pool import TargetPool
from rowloss.run.stopping import StopSignals
from rowloss.timing import PHASES

CRASHED = "the process died while measuring (a driver crash); its cell records error"
EXPECTED = "expected.json"
"""The published outcomes, compact, as the controller shares them with workers."""


class RunSetupError(Exception):
    """A run asked for in a way that cannot work; one line with the fix, for
    the framework to report as a usage error."""


@dataclass(frozen=True)
class Unusable:
    """Why a test gets no target: its cell is ``not-run`` for ``reason``
    (cut short when ``cut_short``), and ``failure``, when set, fails the test
    (a database the run requires)."""

    reason: str
    cut_short: str = ""
    failure: str = ""


class RunState:
    """Everything one process knows about the run."""

    def __init__(
        self,
        settings: Settings,
        rootpath: Path,
        worker: str | None = None,
        handed: Mapping[str, Any] | None = None,
    ) -> None:
        self.settings = settings
        self.worker = worker or "main"
        self.is_worker = worker is not None
        self.exchange: ServerExchange | None = None
        """The run's server exchange, when servers come from an xdist
        controller (a worker's) or go to workers (the controller's)."""
        if handed is not None:
            self.run_dir = Path(handed["run_dir"])
            exchange = ServerExchange.handed(handed["exchange"])
            self.exchange = exchange
            self.pool = TargetPool(
                settings,
                EngineLog(self.run_dir, self.worker),
                lambda database: exchange.adopt(database, settings.urls),
            )
            self.worker_signals = StopSignals()
            self.worker_signals.install()  # the controller passes a stop on as SIGTERM
        else:
            self.run_dir = settings.run_dir or new_run_dir_path(rootpath)
            self.pool = TargetPool(settings, EngineLog(self.run_dir, self.worker))
        self.recorder = Recorder(self.run_dir, self.worker)
        self.faults = Faults(self.run_dir)
        self.interrupted = ""
        """Why the run stopped before its end (a signal), else ``""``."""
        self.metadata = run_metadata(self.run_dir)
        self.cells: list[Cell] = []
        self.deaths: dict[str, str] = {}
        """Test id -> what killed the worker running it (xdist reports this)."""
        self.matrix_path: Path | None = None
        if settings.check_matrix or settings.update_matrix:
            self.matrix_path = settings.matrix or rootpath / "reports" / MATRIX_FILE
        self._expectations: Expectations | None = None
        self.expectations_shared = False
        """Whether the controller has left the published outcomes for the workers."""
        self.comparison: Comparison | None = None
        self.published: Published | None = None
        self.matrix_problem = ""
        self.close_problems: list[str] = []

    @property
    def expectations(self) -> Expectations:
        """The published matrix, read on first use (a session measuring nothing
        never reads it). Raises :class:`cellfiles.UnreadableCells` in one line.

        Its schema versions and every cell's fields are checked, not the whole
        schema: validating the published 34 MB took 80% of the 23 s the
        controller spent before it handed out the first test. The published
        matrix is held to its schema by ``tests/test_published.py``, and every
        file ``rowloss merge``, ``diff`` and ``report`` are given still is."""
        if self._expectations is None and self.is_worker and self.exchange is not None:
            compact = self.exchange.shared(EXPECTED)
            if compact is not None:
                with PHASES.phase("matrix_read"):
                    self._expectations = Expectations.from_compact(compact)
        if self._expectations is None:
            path = self.matrix_path
            cells: list[Cell] = []
            if path is not None and path.exists():
                try:
                    with PHASES.phase("matrix_read"):
                        cells = cellfiles.load(path, check_schema=False)
                except cellfiles.UnreadableCells as error:
                    raise cellfiles.UnreadableCells(
                        f"published matrix {error}; fix or remove it, or pass --rowloss-matrix none"
                    ) from None
            self._expectations = Expectations(cells, path)
        return self._expectations

    # -- targets ----------------------------------------------------------------
    def target(self, spec: TargetSpec) -> Target | Unusable:
        """A ready target for ``spec``, or why its test gets none."""
        gone = self.faults.reason(spec.database)
        if gone:
            return Unusable(gone, cut_short=gone)
        opened = self.pool.target(spec)
        if isinstance(opened, NotRun) and opened.missing is Missing.CONNECT:
            gone = self.server_gone(spec.database)
            if gone:
                return Unusable(gone, cut_short=gone)
        if isinstance(opened, NotRun):
            required = spec.database in self.settings.require
            failure = ""
            if required and opened.missing is not Missing.SQLALCHEMY:
                failure = (
                    f"{spec.database} is required (--rowloss-require) but {spec.id} is "
                    f"not-run: {opened.reason}"
                )
            return Unusable(opened.reason, failure=failure)
        return opened

    def server_gone(self, database: str) -> str | None:
        """After a cell of ``database`` broke: why its server is gone, if it is."""
        described = self.pool.describe(database)
        if described is None:
            return self.faults.reason(database)
        url, server = described
        return self.faults.check(database, url, server)

    # -- servers shared with xdist workers ----------------------------------------
    def hand_down(self) -> dict[str, Any]:
        """What a worker needs to join the run, as plain data; starts no
        server, only makes ready to pass a stop on to the workers."""
        self.pool.signals.install()
        if self.exchange is None:
            self.exchange = ServerExchange.new()
        return {"run_dir": str(self.run_dir), "exchange": self.exchange.hand_down()}

    def _share_expectations(self, exchange: ServerExchange) -> None:
        """Read the published matrix once, here, and leave its outcomes for
        the workers, once the first of them has collected scenarios; one that
        cannot be read is left for each worker to report when its first cell
        is held against it."""
        settings = self.settings
        if self.matrix_path is None or not settings.check_matrix or settings.update_matrix:
            return
        with contextlib.suppress(cellfiles.UnreadableCells):
            exchange.share(EXPECTED, self.expectations.compact())

    def announce(self, specs: Iterable[TargetSpec]) -> None:
        """A worker's collected tests need these targets' servers."""
        if self.is_worker and self.exchange is not None:
            shared = (spec for spec in specs if not spec.backend.file_per_process)
            self.exchange.announce(self.worker, (spec.database for spec in shared))

    def serve(self, worker: str) -> None:
        """Start, once each, the servers ``worker`` announced, and offer them
        to every worker; the controller calls this before any test is handed out."""
        if self.is_worker or self.exchange is None:
            return
        announced = set(self.exchange.needs(worker))
        if announced and not self.expectations_shared:
            self.expectations_shared = True
            self._share_expectations(self.exchange)
        needed = announced - self.exchange.offered
        for database in self.settings.selected_databases():
            if database in needed:
                server = self.pool.server(database)
                self.exchange.offer(database, server, self.settings.urls)

    def write_timing(self) -> None:
        """This process's phases (:mod:`rowloss.timing`), in a run that
        measured something; a session that measured nothing writes no file."""
        measured = self.recorder.started or (
            not self.is_worker and (self.run_dir / FRAGMENTS).is_dir()
        )
        if measured:
            PHASES.write(self.run_dir, self.worker)

    def close(self) -> None:
        """Dispose every engine and stop every server this process started,
        keeping the problems for the summary."""
        try:
            self.close_problems = self.pool.close(dead=self.faults.all())
        finally:
            if not self.is_worker and self.exchange is not None:
                self.exchange.remove()


def open_run(
    settings: Settings,
    rootpath: Path,
    worker: str | None = None,
    handed: Mapping[str, Any] | None = None,
) -> RunState:
    """This process's share of a new run; raises :class:`RunSetupError` when
    the run directory named holds a run already."""
    state = RunState(settings, rootpath, worker, handed)
    if not state.is_worker and (state.run_dir / FRAGMENTS).exists():
        raise RunSetupError(
            f"--rowloss-run-dir {state.run_dir} holds a run already; name a new folder "
            "or remove that one"
        )
    return state
