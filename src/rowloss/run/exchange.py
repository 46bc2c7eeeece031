"""The servers of an xdist run: started by the controller, for what its
workers collected, once each.

The controller collects nothing, so only its workers know which databases
the session's tests need. Each worker, once it has collected, writes the
databases it needs into a private folder of the run; the controller reads
them before it hands out the first test, starts each server that is not
started yet and writes back how to reach it; a worker reads that when its
first test of that database asks for a target. So a session whose tests need
no server starts none, and a run starts one server per database it measures.

Only the controller starts servers: each is owned by the run's process (see
:mod:`rowloss.provision.ownership`), survives a worker that a driver crashes,
and is stopped with the run. The folder is marked with the same owner, so the
next run or ``rowloss clean`` removes it if the run is killed. A URL the user
gave is never written (workers take it from their own settings); the URL of a
server rowloss started, with its generated password, is, in a file that only
this user can read, removed at the end of the run.

The controller also leaves there the published outcomes the run is held
against, in compact form, so that no worker reads the whole matrix.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from sqlalchemy.engine import URL, make_url

from rowloss.backends import get_backend
from rowloss.provision import Executor, NotProvided, ServerNotAnswering
from rowloss.provision.ownership import OWNER_FILE, Owner
from rowloss.provision.url import UrlExecutor

PREFIX = "rowloss-servers-"
NEEDS = "needs-{worker}.json"
SERVER = "server-{database}.json"
NOT_OFFERED = (
    "the run's controller started no server for it (its tests were not collected "
    "when the run began)"
)


class ServerExchange:
    """One run's folder of server requests and offers."""

    def __init__(self, folder: Path, owner: str) -> None:
        self.folder = folder
        self.owner = owner
        """The token of the run's owner (:class:`Owner`), the controller."""
        self.offered: set[str] = set()
        """The databases this process offered (the controller's)."""

    @classmethod
    def new(cls) -> ServerExchange:
        """An exchange for a run this process leads; nothing is made until used."""
        folder = Path(tempfile.gettempdir()) / f"{PREFIX}{secrets.token_hex(6)}"
        return cls(folder, Owner.this_process().token)

    @classmethod
    def handed(cls, entry: Mapping[str, str]) -> ServerExchange:
        return cls(Path(entry["folder"]), entry["owner"])

    def hand_down(self) -> dict[str, str]:
        """What a worker needs to join this exchange (no secret)."""
        return {"folder": str(self.folder), "owner": self.owner}

    # -- a worker ---------------------------------------------------------------
    def announce(self, worker: str, databases: Iterable[str]) -> None:
        """Tell the controller which databases ``worker``'s tests need."""
        needed = sorted(set(databases))
        if needed:
            self._write(NEEDS.format(worker=worker), needed)

    def adopt(self, database: str, urls: Mapping[str, URL]) -> Executor | NotProvided:
        """The server the controller started for ``database``, or why there is none."""
        entry = self._read(SERVER.format(database=database))
        if entry is None:
            return NotProvided(database, NOT_OFFERED)
        if "not_provided" in entry:
            return NotProvided(database, entry["not_provided"])
        url = urls[database] if entry.get("given") else make_url(entry["url"])
        executor = UrlExecutor(url, get_backend(database), origin=entry["origin"])
        try:
            executor.start()
        except ServerNotAnswering as error:  # died since it started: its faults say more
            return NotProvided(database, str(error))
        return executor

    # -- the controller -----------------------------------------------------------
    def needs(self, worker: str) -> list[str]:
        """The databases ``worker`` announced, if it announced any."""
        return list(self._read(NEEDS.format(worker=worker)) or [])

    def offer(self, database: str, server: Executor | NotProvided, urls: Mapping[str, URL]) -> None:
        """Let every worker use ``server`` (or know why there is none)."""
        entry: dict[str, Any]
        if isinstance(server, NotProvided):
            entry = {"not_provided": server.reason}
        elif urls.get(database) == server.url:
            entry = {"given": True, "origin": server.origin}
        else:
            entry = {
                "url": server.url.render_as_string(hide_password=False),
                "origin": server.origin,
            }
        self._write(SERVER.format(database=database), entry)
        self.offered.add(database)

    def share(self, name: str, document: Any) -> None:
        """Leave ``document`` for every worker under ``name``."""
        self._write(name, document)

    def shared(self, name: str) -> Any:
        """What the controller left under ``name``, or ``None``."""
        return self._read(name)

    def remove(self) -> None:
        """Remove the folder; only the controller calls this, at the end."""
        shutil.rmtree(self.folder, ignore_errors=True)

    # -- files ------------------------------------------------------------------
    def _ensure_folder(self) -> None:
        self.folder.mkdir(mode=0o700, exist_ok=True)
        with contextlib.suppress(FileExistsError):
            descriptor = os.open(
                self.folder / OWNER_FILE, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600
            )
            with os.fdopen(descriptor, "w", encoding="utf-8") as out:
                out.write(self.owner + "\n")

    def _write(self, name: str, document: Any) -> None:
        """Write ``name`` whole or not at all, readable by this user only."""
        self._ensure_folder()
        partial = self.folder / f".{name}.{os.getpid()}"
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as out:
            json.dump(document, out)
        os.replace(partial, self.folder / name)

    def _read(self, name: str) -> Any:
        try:
            return json.loads((self.folder / name).read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
