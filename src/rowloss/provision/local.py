"""Servers started from binaries found on this machine.

Each is started once per run in a temporary directory, on a free loopback port,
with settings for tests (no fsync), and removed at the end. The process is run
and watched by mirakuru (start, wait for the port, stop the whole process tree);
what is ours is only which binaries to look for and which flags to pass. As
root, the server runs as an unprivileged user, since PostgreSQL refuses root.

A family that can be started this way declares ``local_server`` in its
``backends/<family>/provision.py``; what is generic lives here.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import subprocess
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.engine import URL

from rowloss.provision.base import ExecutorBase, Unavailable, free_loopback_port
from rowloss.provision.leftovers import reap_dead_directories_once
from rowloss.provision.ownership import note_process, owned_directory

START_TIMEOUT_SECONDS = 120


# -- running as someone else ------------------------------------------------


@dataclass(frozen=True)
class RunAs:
    """The unprivileged account a server runs under when we are root."""

    name: str
    uid: int
    gid: int

    def popen_kwargs(self) -> dict[str, Any]:
        return {"user": self.uid, "group": self.gid, "extra_groups": []}


def unprivileged_account(preferred: Iterable[str]) -> RunAs | None:
    """``None`` when we are not root; otherwise the first existing account of
    ``preferred``, falling back to ``nobody``."""
    if os.geteuid() != 0:
        return None
    for name in (*preferred, "nobody"):
        try:
            entry = pwd.getpwnam(name)
        except KeyError:
            continue
        return RunAs(name, entry.pw_uid, entry.pw_gid)
    raise Unavailable("running as root and no unprivileged account exists to run a server")


def find_binary(choice: str, folders: Iterable[Path]) -> Path | None:
    """The first executable named by ``choice`` (``a|b``: either name) in ``folders``."""
    for folder in folders:
        for name in choice.split("|"):
            candidate = folder / name
            if candidate.is_file() and os.access(candidate, os.X_OK):
                return candidate
    return None


def find_binaries(
    choices: Sequence[str], folders: Iterable[Path], same_folder: bool = False
) -> dict[str, Path] | None:
    """Every binary of ``choices``, or ``None`` if one is missing. With
    ``same_folder``, all from the first folder that holds them all (so that
    PostgreSQL's initdb and postgres are of one version)."""
    folders = list(folders)
    groups = [[folder] for folder in folders] if same_folder else [folders]
    for group in groups:
        found = {choice: find_binary(choice, group) for choice in choices}
        if all(found.values()):
            return {choice: path for choice, path in found.items() if path is not None}
    return None


def dies_with_parent() -> list[str]:
    """A command prefix that makes the server get SIGKILL when this process dies,
    however it dies (a crashing driver, a kill): no server outlives its run.
    KILL, not TERM: a MariaDB under load was seen to stay up for minutes after
    SIGTERM, and the data directory is thrown away anyway. util-linux's setpriv
    sets it after the switch to the server's account, which would otherwise
    clear it; without setpriv, mirakuru's exit hook is all there is."""
    setpriv = shutil.which("setpriv")
    return [setpriv, "--pdeathsig", "KILL", "--"] if setpriv else []


def path_folders() -> list[Path]:
    return [Path(p) for p in os.environ.get("PATH", "").split(os.pathsep) if p]


SYSTEM_SBIN = [Path("/usr/sbin"), Path("/usr/local/sbin"), Path("/usr/bin"), Path("/usr/local/bin")]
"""Where distributions install server daemons."""


def server_identity(binary: Path) -> str:
    """What ``<server> --version`` says after the program name, e.g.
    ``Ver 10.11.6-MariaDB-0+deb12u1 for debian-linux-gnu on x86_64``."""
    finished = subprocess.run(
        [str(binary), "--version"], capture_output=True, text=True, check=False
    )
    words = finished.stdout.split()
    return " ".join(words[1:] if words and words[0].endswith(binary.name) else words)


# -- the executor -----------------------------------------------------------


class LocalServer(ExecutorBase):
    """A server process in its own temporary directory.

    Subclasses say how to initialise a data directory (:meth:`initialise`), what
    command runs the server (:meth:`server_command`) and its URL.
    """

    database: str = ""
    accounts: tuple[str, ...] = ()

    def __init__(self, binaries: dict[str, Path], origin: str) -> None:
        self.binaries = binaries
        self.origin = origin
        self.port = 0
        self.workdir: Path | None = None
        self.run_as = unprivileged_account(self.accounts)
        self._process: Any = None

    @property
    def url(self) -> URL:
        raise NotImplementedError

    def initialise(self, workdir: Path) -> None:
        raise NotImplementedError

    def server_command(self, workdir: Path) -> list[str]:
        raise NotImplementedError

    def run(self, command: list[str], workdir: Path) -> None:
        """Run a setup command as the server's account; its output goes to a log
        that is quoted (last lines) if it fails."""
        log = workdir / "setup.log"
        with log.open("ab") as out:
            finished = subprocess.run(
                command,
                cwd=workdir,
                stdout=out,
                stderr=subprocess.STDOUT,
                check=False,
                **self._popen_kwargs(),
            )
        if finished.returncode != 0:
            tail = log.read_text(errors="replace").strip().splitlines()[-3:]
            raise Unavailable(
                f"{Path(command[0]).name} failed ({finished.returncode}): {' | '.join(tail)}"
            )

    def _popen_kwargs(self) -> dict[str, Any]:
        return self.run_as.popen_kwargs() if self.run_as else {}

    def start(self) -> None:
        from mirakuru import TCPExecutor
        from mirakuru.exceptions import AlreadyRunning, ProcessExitedWithError, TimeoutExpired

        if self.running():
            return
        reap_dead_directories_once()
        self.workdir = owned_directory(f"rowloss-{self.database}-")
        if self.run_as:
            os.chown(self.workdir, self.run_as.uid, self.run_as.gid)
        self.initialise(self.workdir)
        self.port = free_loopback_port()
        log = (self.workdir / "server.log").open("ab")
        self._process = TCPExecutor(
            [*dies_with_parent(), *self.server_command(self.workdir)],
            host="127.0.0.1",
            port=self.port,
            timeout=START_TIMEOUT_SECONDS,
            stdout=log,
            stderr=subprocess.STDOUT,
            popen_kwargs={"cwd": self.workdir, **self._popen_kwargs()},
        )
        try:
            self._process.start()
            note_process(self.workdir, self._process.process.pid)
        except (AlreadyRunning, ProcessExitedWithError, TimeoutExpired) as error:
            tail = (self.workdir / "server.log").read_text(errors="replace").splitlines()[-3:]
            self.stop()
            raise Unavailable(
                f"the local {self.database} server did not start ({type(error).__name__}): "
                + " | ".join(line.strip() for line in tail)
            ) from None
        finally:
            log.close()

    @property
    def pid(self) -> int | None:  # type: ignore[override]
        process = getattr(self._process, "process", None)
        return process.pid if process is not None else None

    def running(self) -> bool:
        return bool(self._process is not None and self._process.running())

    def stop(self) -> None:
        """Stop the server and remove its directory; a server that has died
        already is no error."""
        from mirakuru.exceptions import ProcessFinishedWithError

        process, self._process = self._process, None
        try:
            if process is not None:
                with contextlib.suppress(ProcessFinishedWithError):
                    process.stop()
        finally:
            if self.workdir is not None:
                shutil.rmtree(self.workdir, ignore_errors=True)
                self.workdir = None
