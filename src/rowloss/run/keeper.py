"""Servers kept for several runs: one server per database for the tox
environments of every SQLAlchemy line, started once, not once per line.

``rowloss servers up`` starts a keeper process. It starts a server for each
database as a run would (a container, else the machine's binaries) and then
writes how to reach each, or why there is none, into a file only this user
can read. A run given that file (``--rowloss-servers``) measures those servers
by URL instead of starting its own. The keeper stops them and removes the
file on ``rowloss servers down``, or as soon as the process it keeps them for
is gone (tox, or the shell that asked), whichever comes first: an interrupted
tox leaves nothing running. A keeper that is killed outright is a dead owner
like any dead run (:mod:`rowloss.provision.ownership`), and the next run or
``rowloss clean`` removes its containers and directories.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

from rowloss.provision import Executor, NotProvided, ServerNotAnswering, provide
from rowloss.provision.ownership import Owner
from rowloss.provision.url import UrlExecutor
from rowloss.redact import redact_text, remember_secret, safe_url

START_TIMEOUT_SECONDS = 900
"""How long ``servers up`` waits for the keeper: the first start of a
container may build its image first."""
POLL_SECONDS = 0.5


class KeeperError(Exception):
    """``servers up`` or ``down`` cannot do what was asked; one line with the fix."""


@dataclass(frozen=True)
class Kept:
    """What a servers file says: who keeps the servers, for whom, and each
    database's server (``{"url", "origin"}``) or why it has none
    (``{"not_provided"}``)."""

    keeper: Owner
    watched: Owner
    servers: Mapping[str, Mapping[str, str]]

    def alive(self) -> bool:
        return not self.keeper.is_gone()

    def lines(self) -> list[str]:
        """One line per database, without passwords."""
        shown = []
        for database, entry in sorted(self.servers.items()):
            if "not_provided" in entry:
                shown.append(f"{database}: none ({entry['not_provided']})")
            else:
                shown.append(f"{database}: {entry['origin']} at {safe_url(entry['url'])}")
        return shown


def read_kept(path: Path) -> Kept | None:
    """The servers ``path`` describes, or ``None`` when there is no such file
    (a keeper still starting writes it only when every server answers)."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as error:
        raise KeeperError(
            f"{path} is not a servers file rowloss wrote ({error}); remove it"
        ) from None
    keeper = Owner.parse(str(document.get("keeper", "")))
    watched = Owner.parse(str(document.get("for", "")))
    if keeper is None or watched is None or not isinstance(document.get("servers"), dict):
        raise KeeperError(f"{path} is not a servers file rowloss wrote; remove it")
    return Kept(keeper, watched, document["servers"])


def kept_server(path: Path, database: str) -> Executor | NotProvided | None:
    """The server the keeper of ``path`` keeps for ``database``, or why there
    is none; ``None`` when the keeper was not asked for that database (a run
    then provides it as usual)."""
    try:
        kept = read_kept(path)
    except KeeperError as error:
        return NotProvided(database, str(error))
    if kept is None or not kept.alive():
        return NotProvided(
            database, f"no servers are kept in {path}: start them with rowloss servers up"
        )
    entry = kept.servers.get(database)
    if entry is None:
        return None
    if "not_provided" in entry:
        return NotProvided(database, entry["not_provided"])
    from rowloss.backends import get_backend

    url = make_url(entry["url"])
    if url.password:
        remember_secret(url.password)
    executor = UrlExecutor(url, get_backend(database), origin=entry["origin"])
    try:
        executor.start()
    except ServerNotAnswering as error:
        return NotProvided(database, str(error))
    return executor


# -- rowloss servers up | down --------------------------------------------------


def servers_up(
    path: Path, databases: Sequence[str], config: Mapping[str, Any], watched: Owner
) -> tuple[Kept, bool]:
    """Servers for ``databases`` kept in ``path`` for as long as ``watched``
    runs, and whether they were kept already (a second ``up`` for the same
    process, the next tox environment, starts nothing)."""
    kept = read_kept(path)
    if kept is not None and kept.alive():
        if kept.watched != watched:
            raise KeeperError(
                f"{path} keeps servers for another process (pid {kept.watched.pid}); "
                "stop them with rowloss servers down, or name another --rowloss-servers file"
            )
        missing = sorted(set(databases) - set(kept.servers))
        if missing:
            raise KeeperError(
                f"{path} keeps no server for {', '.join(missing)}; rowloss servers down, then up"
            )
        return kept, True
    with contextlib.suppress(FileNotFoundError):
        path.unlink()  # a dead keeper's: what it started is a dead owner's, removed as such
    path.parent.mkdir(parents=True, exist_ok=True)
    log_path = path.with_name(path.name + ".log")
    with log_path.open("w", encoding="utf-8") as log:
        keeper = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "rowloss.run.keeper",
                str(path),
                watched.token,
                json.dumps({"databases": list(databases), **config}),
            ],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # a Ctrl-C of the shell reaches tox, and tox's end the keeper
        )
    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        kept = read_kept(path)
        if kept is not None and kept.keeper.pid == keeper.pid:
            return kept, False
        if keeper.poll() is not None:
            lines = log_path.read_text(encoding="utf-8", errors="replace").strip().splitlines()
            why = lines[-1] if lines else f"exit status {keeper.returncode}"
            raise KeeperError(f"the servers did not start: {redact_text(why)}")
        time.sleep(POLL_SECONDS)
    keeper.terminate()
    raise KeeperError(f"the servers did not start in {START_TIMEOUT_SECONDS} s; see {log_path}")


def servers_down(path: Path, timeout: float = 120) -> Kept | None:
    """Stop the keeper of ``path`` and wait until it has stopped its servers;
    ``None`` when no keeper runs there."""
    kept = read_kept(path)
    if kept is None or not kept.alive():
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        return None
    with contextlib.suppress(ProcessLookupError):
        os.kill(kept.keeper.pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while not kept.keeper.is_gone():
        if time.monotonic() > deadline:
            raise KeeperError(f"the keeper (pid {kept.keeper.pid}) did not stop in {timeout} s")
        time.sleep(POLL_SECONDS / 5)
    return kept


# -- the keeper process ---------------------------------------------------------


def _entry(server: Executor | NotProvided) -> dict[str, str]:
    if isinstance(server, NotProvided):
        return {"not_provided": server.reason}
    return {"url": server.url.render_as_string(hide_password=False), "origin": server.origin}


def _write_private(path: Path, document: Any) -> None:
    """Write ``path`` whole or not at all, readable by this user only."""
    partial = path.with_name(f".{path.name}.{os.getpid()}")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as out:
        json.dump(document, out)
    os.replace(partial, path)


def keep(path: Path, watched: Owner, config: Mapping[str, Any]) -> None:
    """Start the servers, describe them in ``path``, and stop them when asked
    or when ``watched`` is gone."""
    from rowloss.backends import get_backend

    stop: list[int] = []

    def request_stop(signum: int, frame: object) -> None:
        stop.append(signum)

    for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(signum, request_stop)
    me = Owner.this_process()
    servers: dict[str, Executor | NotProvided] = {}
    try:
        for database in config["databases"]:
            if stop:
                return
            server = provide(
                get_backend(database), {}, config.get("sources", ()), config.get("images", {})
            )
            servers[database] = server
            entry = _entry(server)
            print(f"{database}: {entry.get('origin') or entry['not_provided']}", flush=True)
        _write_private(
            path,
            {
                "keeper": me.token,
                "for": watched.token,
                "servers": {database: _entry(server) for database, server in servers.items()},
            },
        )
        print(f"keeping {len(servers)} servers for pid {watched.pid}", flush=True)
        while not stop and not watched.is_gone():
            time.sleep(POLL_SECONDS)
    finally:
        kept = read_kept(path) if path.exists() else None
        if kept is not None and kept.keeper == me:
            path.unlink()
        for server in servers.values():
            if not isinstance(server, NotProvided):
                with contextlib.suppress(Exception):
                    server.stop()
        print("stopped", flush=True)


def main(argv: Sequence[str]) -> int:
    path, watched_token, config_text = argv
    watched = Owner.parse(watched_token)
    if watched is None:
        print(f"not a process: {watched_token!r}", file=sys.stderr)
        return 2
    try:
        keep(Path(path), watched, json.loads(config_text))
    except Exception as error:  # the one line ``servers up`` shows
        print(redact_text(f"{type(error).__name__}: {error}"), flush=True)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
