"""Servers and targets for one run, each made once, on first use, and closed at
the end: the one object that owns every process and engine rowloss starts."""

from __future__ import annotations

import gc
from collections.abc import Callable, Collection

from sqlalchemy.engine import URL

from rowloss.backends import TargetSpec, get_backend
from rowloss.config import Settings
from rowloss.measure.targets import Missing, NotRun, Target, first_line, open_target
from rowloss.provision import Executor, NotProvided, provide
from rowloss.run.enginelog import EngineLog
from rowloss.run.keeper import kept_server
from rowloss.run.stopping import StopSignals
from rowloss.timing import PHASES

Provider = Callable[[str], Executor | NotProvided]
"""Where a process's servers come from: started here, or adopted from the
process that started them (an xdist worker's, :mod:`rowloss.run.exchange`)."""


class TargetPool:
    def __init__(
        self, settings: Settings, engine_log: EngineLog, provider: Provider | None = None
    ) -> None:
        self.settings = settings
        self.engine_log = engine_log
        """Started with the first target: from then on this process's engines
        log into the run directory."""
        self._provide = provider or self._start
        self._servers: dict[str, Executor | NotProvided] = {}
        self._targets: dict[TargetSpec, Target | NotRun] = {}
        self.signals = StopSignals(keep=self._server_pids)
        """Installed when this process starts its first server (or, leading
        xdist workers, its first worker)."""

    @property
    def stop_requested(self) -> str | None:
        return self.signals.requested

    def _server_pids(self) -> set[int]:
        pids = (getattr(server, "pid", None) for server in self._servers.values())
        return {pid for pid in pids if pid is not None}

    # -- servers ------------------------------------------------------------
    def server(self, database: str) -> Executor | NotProvided:
        if database not in self._servers:
            own = get_backend(database).file_per_process
            self._servers[database] = self._start(database) if own else self._provide(database)
        return self._servers[database]

    def _start(self, database: str) -> Executor | NotProvided:
        self.signals.install()
        settings = self.settings
        with PHASES.phase("provision"):
            if settings.servers is not None and database not in settings.urls:
                kept = kept_server(settings.servers, database)
                if kept is not None:
                    return kept
            return provide(get_backend(database), settings.urls, settings.sources, settings.images)

    # -- targets --------------------------------------------------------------
    def target(self, spec: TargetSpec) -> Target | NotRun:
        if spec not in self._targets:
            server = self.server(spec.database)
            if isinstance(server, NotProvided):
                self._targets[spec] = NotRun(Missing.SERVER, server.reason)
            else:
                self.engine_log.start()
                base: URL = server.url
                with PHASES.phase("open_target"):
                    self._targets[spec] = open_target(spec, base, server.origin)
        return self._targets[spec]

    def describe(self, database: str) -> tuple[URL, str] | None:
        """The URL of ``database``'s server and a description of it for people
        (no password), once it is provided."""
        server = self._servers.get(database)
        if server is None or isinstance(server, NotProvided):
            return None
        return server.url, f"the {database} server ({server.origin})"

    def close(self, dead: Collection[str] = ()) -> list[str]:
        """Dispose every engine, then stop every server this process started;
        the tables of a ``dead`` database's targets are not dropped (nobody is
        there to drop them). What fails is returned in lines, not raised: the
        run's results are written whatever a server did."""
        problems = []
        for target in self._targets.values():
            if isinstance(target, Target):
                try:
                    target.close(drop_tables=target.spec.database not in dead)
                except Exception as error:  # a dead server, a closed loop
                    problems.append(f"closing {target.spec.id}: {first_line(error)}")
        self._targets.clear()
        for database, server in self._servers.items():
            if not isinstance(server, NotProvided):
                try:
                    server.stop()
                except Exception as error:
                    problems.append(f"stopping the {database} server: {first_line(error)}")
        self._servers.clear()
        self.signals.restore()
        # Connections lost in reference cycles (a caller's, held by an
        # exception's frames) are returned to their pools now, logging here,
        # rather than at exit, where nothing keeps their records off the terminal.
        gc.collect()
        self.engine_log.stop()
        return problems
