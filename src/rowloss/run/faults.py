"""Servers that stopped answering during a run.

The first process of a run that finds a server gone (a cell broke, and the
server does not answer its protocol's greeting) writes one file for it into
the run directory; every process of the run reads it before each cell, so the
rest of that server's cells are ``not-run`` at once instead of each waiting on
a dead server. The cells in flight when it died are ``error`` and cut short:
neither they nor the ``not-run`` ones are compared with the published matrix.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from sqlalchemy.engine import URL

from rowloss.backends import get_backend
from rowloss.provision.base import server_answers, tcp_answers

FOLDER = "faults"
HEALTH_TIMEOUT_SECONDS = 3.0


def answers_now(url: URL, database: str) -> bool:
    """Whether the server behind ``url`` answers now: its protocol's greeting
    where it has one (a hung or dying server accepts a connection yet says
    nothing), else a connection accepted. An embedded database (the family's
    ``embedded_file``) always does."""
    backend = get_backend(database)
    if backend.embedded_file is not None:
        return True
    host = url.host or "127.0.0.1"
    port = url.port or backend.default_port or 0
    recipe = backend.container
    greeting = recipe.readiness.greeting if recipe is not None else None
    if greeting is None:
        return tcp_answers(host, port, HEALTH_TIMEOUT_SECONDS) is None
    return server_answers(host, port, greeting, HEALTH_TIMEOUT_SECONDS)


class Faults:
    """The servers found dead in this run, shared through the run directory."""

    def __init__(self, run_dir: Path) -> None:
        self.folder = run_dir / FOLDER
        self._known: dict[str, str] = {}

    def reason(self, database: str) -> str | None:
        """Why ``database``'s cells are not measured any more, or ``None``."""
        if database in self._known:
            return self._known[database]
        path = self.folder / database
        if not path.is_file():
            return None
        self._known[database] = path.read_text(encoding="utf-8").strip()
        return self._known[database]

    def declare(self, database: str, server: str) -> str:
        """Record that ``server`` (a description without secrets) stopped
        answering now; the first process to say so sets the reason."""
        stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")
        reason = f"{server} stopped answering at {stamp}"
        self.folder.mkdir(parents=True, exist_ok=True)
        try:
            descriptor = os.open(self.folder / database, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
        except FileExistsError:
            return self.reason(database) or reason
        with os.fdopen(descriptor, "w", encoding="utf-8") as out:
            out.write(reason + "\n")
        self._known[database] = reason
        return reason

    def check(self, database: str, url: URL, server: str) -> str | None:
        """After a cell of ``database`` broke: the reason when its server is
        dead (declaring it if this process is first to see), else ``None``."""
        known = self.reason(database)
        if known is not None:
            return known
        if answers_now(url, database):
            return None
        return self.declare(database, server)

    def all(self) -> dict[str, str]:
        if not self.folder.is_dir():
            return {}
        return {path.name: self.reason(path.name) or "" for path in sorted(self.folder.iterdir())}
