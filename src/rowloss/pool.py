"""Servers and targets for one run, each made once, on first use, and closed at
the end: the one object that owns every process and engine rowloss starts."""

from __future__ import annotations

import signal
import threading
from collections.abc import Mapping
from typing import Any

from sqlalchemy.engine import URL, make_url

from rowloss.backends import TargetSpec
from rowloss.config import Settings
from rowloss.provision import Executor, NotProvided, provide
from rowloss.provision.url import UrlExecutor
from rowloss.targets import Missing, NotRun, Target, open_target


class TargetPool:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._servers: dict[str, Executor | NotProvided] = {}
        self._targets: dict[TargetSpec, Target | NotRun] = {}
        self._sigterm_installed = False
        self._previous_sigterm: Any = None
        self.stop_requested: str | None = None
        """Why the run was asked to stop (SIGTERM), for the runner to act on
        at its next step: the KeyboardInterrupt raised for it is lost when it
        lands in a callback whose exceptions Python ignores (a gc callback)."""

    def _stop_on_sigterm(self) -> None:
        """SIGTERM ends the run as Ctrl-C does, so that the servers and
        containers it started are stopped and removed on the way out."""
        if self._sigterm_installed or threading.current_thread() is not threading.main_thread():
            return
        self._previous_sigterm = signal.signal(signal.SIGTERM, self._interrupt)
        self._sigterm_installed = True

    def _interrupt(self, signum: int, frame: Any) -> None:
        self.stop_requested = f"stopped by signal {signum}"
        raise KeyboardInterrupt(self.stop_requested)

    # -- servers ------------------------------------------------------------
    def server(self, database: str) -> Executor | NotProvided:
        if database not in self._servers:
            if database not in self.settings.urls:
                self._stop_on_sigterm()
            self._servers[database] = provide(
                database, self.settings.urls, self.settings.sources, self.settings.images
            )
        return self._servers[database]

    def hand_down(self) -> dict[str, dict[str, str]]:
        """Every selected server, started here, as plain data for another
        process (an xdist worker) to :meth:`adopt`. Contains credentials: it
        must never be printed."""
        handed: dict[str, dict[str, str]] = {}
        for database in self.settings.selected_databases():
            server = self.server(database)
            if isinstance(server, NotProvided):
                handed[database] = {"not_provided": server.reason}
            else:
                handed[database] = {
                    "url": server.url.render_as_string(hide_password=False),
                    "origin": server.origin,
                }
        return handed

    def adopt(self, handed: Mapping[str, Mapping[str, str]]) -> None:
        """Use servers another process started instead of starting our own."""
        for database, entry in handed.items():
            if "url" in entry:
                executor = UrlExecutor(make_url(entry["url"]), origin=entry["origin"])
                executor.start()
                self._servers[database] = executor
            else:
                self._servers[database] = NotProvided(database, entry["not_provided"])

    # -- targets --------------------------------------------------------------
    def target(self, spec: TargetSpec) -> Target | NotRun:
        if spec not in self._targets:
            server = self.server(spec.database)
            if isinstance(server, NotProvided):
                self._targets[spec] = NotRun(Missing.SERVER, server.reason)
            else:
                base: URL = server.url
                self._targets[spec] = open_target(spec, base, server.origin)
        return self._targets[spec]

    def close(self) -> None:
        """Dispose every engine, then stop every server this process started."""
        for target in self._targets.values():
            if isinstance(target, Target):
                target.close()
        self._targets.clear()
        for server in self._servers.values():
            if not isinstance(server, NotProvided):
                server.stop()
        self._servers.clear()
        if self._sigterm_installed:
            # None: the previous handler was not set from Python; the default stands for it.
            signal.signal(signal.SIGTERM, self._previous_sigterm or signal.SIG_DFL)
            self._sigterm_installed = False
