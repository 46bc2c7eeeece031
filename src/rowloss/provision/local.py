"""Servers started from binaries found on this machine.

Each is started once per run in a temporary directory, on a free loopback port,
with settings for tests (no fsync), and removed at the end. The process is run
and watched by mirakuru (start, wait for the port, stop the whole process tree);
what is ours is only which binaries to look for and which flags to pass. As
root, the server runs as an unprivileged user, since PostgreSQL refuses root.

A family joins by registering a factory with :func:`local_server`.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import subprocess
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.engine import URL

from rowloss.backends import mysql, mysql_family, postgresql
from rowloss.provision.base import ExecutorBase, Unavailable, free_loopback_port
from rowloss.provision.leftovers import reap_dead_directories_once
from rowloss.provision.ownership import note_process, owned_directory

START_TIMEOUT_SECONDS = 120

LocalFactory = Callable[[Sequence[Path] | None], "LocalServer"]
_FACTORIES: dict[str, LocalFactory] = {}


def local_server(*databases: str) -> Callable[[LocalFactory], LocalFactory]:
    """Register the factory that finds and prepares a local server for these
    databases; it raises :class:`Unavailable` when the machine lacks one."""

    def register(factory: LocalFactory) -> LocalFactory:
        for database in databases:
            _FACTORIES[database] = factory
        return factory

    return register


def local_executor(database: str, search_dirs: Sequence[Path] | None = None) -> LocalServer:
    """A not-yet-started server for ``database`` from this machine's binaries."""
    factory = _FACTORIES.get(database)
    if factory is None:
        raise Unavailable(
            f"rowloss has no way to start {database} from binaries on this machine; "
            f"give --rowloss-url {database}=URL"
        )
    return factory(search_dirs)


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


# -- PostgreSQL -------------------------------------------------------------


def postgresql_bin_folders() -> list[Path]:
    """Where PostgreSQL's server binaries live: pg_config's bindir, Debian's
    versioned folders (newest first, off PATH), then PATH."""
    folders: list[Path] = []
    pg_config = shutil.which("pg_config")
    if pg_config:
        finished = subprocess.run(
            [pg_config, "--bindir"], capture_output=True, text=True, check=False
        )
        if finished.returncode == 0 and finished.stdout.strip():
            folders.append(Path(finished.stdout.strip()))
    versioned = Path("/usr/lib/postgresql").glob("*/bin")
    folders.extend(sorted(versioned, key=lambda p: _numeric(p.parent.name), reverse=True))
    return [*folders, *path_folders()]


def _numeric(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(".") if part.isdigit())


class LocalPostgreSQL(LocalServer):
    database = "postgresql"
    accounts = ("postgres",)
    user = "rowloss"

    @property
    def url(self) -> URL:
        return URL.create(
            "postgresql", username=self.user, host="127.0.0.1", port=self.port, database="postgres"
        )

    def initialise(self, workdir: Path) -> None:
        self.run(
            [
                str(self.binaries["initdb"]),
                "--pgdata",
                str(workdir / "data"),
                "--username",
                self.user,
                "--auth",
                "trust",
                *postgresql.INITDB_ARGS,
            ],
            workdir,
        )

    def server_command(self, workdir: Path) -> list[str]:
        settings = {
            "listen_addresses": "127.0.0.1",
            "port": str(self.port),
            "unix_socket_directories": str(workdir),
            **postgresql.TEST_SETTINGS,
        }
        command = [str(self.binaries["postgres"]), "-D", str(workdir / "data")]
        for name, value in settings.items():
            command += ["-c", f"{name}={value}"]
        return command


@local_server("postgresql")
def _postgresql(search_dirs: Sequence[Path] | None) -> LocalServer:
    folders = postgresql_bin_folders() if search_dirs is None else list(search_dirs)
    found = find_binaries(["initdb", "postgres"], folders, same_folder=True)
    if found is None:
        raise Unavailable(
            "no PostgreSQL server binaries (initdb, postgres) in pg_config --bindir, "
            "/usr/lib/postgresql/*/bin or PATH; install them (Debian: apt-get install "
            "postgresql) or give --rowloss-url postgresql=URL"
        )
    return LocalPostgreSQL(found, origin=f"local {found['postgres'].parent}")


# -- MariaDB and MySQL ------------------------------------------------------

SYSTEM_SBIN = [Path("/usr/sbin"), Path("/usr/local/sbin"), Path("/usr/bin"), Path("/usr/local/bin")]

INIT_SQL = """\
CREATE DATABASE IF NOT EXISTS rowloss;
CREATE USER IF NOT EXISTS 'rowloss'@'127.0.0.1';
GRANT ALL PRIVILEGES ON rowloss.* TO 'rowloss'@'127.0.0.1';
"""


def server_identity(binary: Path) -> str:
    """What ``<server> --version`` says after the program name, e.g.
    ``Ver 10.11.6-MariaDB-0+deb12u1 for debian-linux-gnu on x86_64``."""
    finished = subprocess.run(
        [str(binary), "--version"], capture_output=True, text=True, check=False
    )
    words = finished.stdout.split()
    return " ".join(words[1:] if words and words[0].endswith(binary.name) else words)


class LocalMySQLProtocol(LocalServer):
    """MariaDB and MySQL differ here in how a data directory is initialised and
    in a few server options."""

    accounts = ("mysql",)
    settings: tuple[str, ...] = mysql_family.TEST_SETTINGS

    @property
    def url(self) -> URL:
        return URL.create(
            self.database, username="rowloss", host="127.0.0.1", port=self.port, database="rowloss"
        )

    def server_command(self, workdir: Path) -> list[str]:
        init_file = workdir / "init.sql"
        init_file.write_text(INIT_SQL)
        if self.run_as:
            os.chown(init_file, self.run_as.uid, self.run_as.gid)
        return [
            str(self.binaries["server"]),
            "--no-defaults",
            f"--datadir={workdir / 'data'}",
            f"--socket={workdir / 'mysqld.sock'}",
            f"--pid-file={workdir / 'mysqld.pid'}",
            f"--port={self.port}",
            "--bind-address=127.0.0.1",
            f"--init-file={init_file}",
            *self.settings,
        ]


class LocalMariaDB(LocalMySQLProtocol):
    database = "mariadb"

    def initialise(self, workdir: Path) -> None:
        self.run(
            [
                str(self.binaries["install"]),
                "--no-defaults",
                f"--datadir={workdir / 'data'}",
                "--auth-root-authentication-method=normal",
                "--skip-test-db",
            ],
            workdir,
        )


class LocalMySQL(LocalMySQLProtocol):
    database = "mysql"
    settings = mysql.SERVER_SETTINGS

    def server_command(self, workdir: Path) -> list[str]:
        # MySQL refuses to start without a folder for LOAD DATA and SELECT INTO OUTFILE.
        return [*super().server_command(workdir), f"--secure-file-priv={workdir}"]

    def initialise(self, workdir: Path) -> None:
        self.run(
            [
                str(self.binaries["server"]),
                "--no-defaults",
                "--initialize-insecure",
                f"--datadir={workdir / 'data'}",
            ],
            workdir,
        )


@local_server("mariadb")
def _mariadb(search_dirs: Sequence[Path] | None) -> LocalServer:
    folders = [*SYSTEM_SBIN, *path_folders()] if search_dirs is None else list(search_dirs)
    found = find_binaries(["mariadbd|mysqld", "mariadb-install-db|mysql_install_db"], folders)
    if found is None:
        raise Unavailable(
            "no MariaDB server binaries (mariadbd, mariadb-install-db) in /usr/sbin, /usr/bin "
            "or PATH; install them (Debian: apt-get install mariadb-server) or give "
            "--rowloss-url mariadb=URL"
        )
    server = found["mariadbd|mysqld"]
    identity = server_identity(server)
    if "mariadb" not in identity.lower():
        raise Unavailable(
            f"{server} is not MariaDB (it reports {identity}); give --rowloss-url mariadb=URL"
        )
    binaries = {"server": server, "install": found["mariadb-install-db|mysql_install_db"]}
    return LocalMariaDB(binaries, origin=f"local {server}")


@local_server("mysql")
def _mysql(search_dirs: Sequence[Path] | None) -> LocalServer:
    folders = [*SYSTEM_SBIN, *path_folders()] if search_dirs is None else list(search_dirs)
    found = find_binaries(["mysqld"], folders)
    if found is None:
        raise Unavailable(
            "no MySQL server binary (mysqld) in /usr/sbin, /usr/bin or PATH; install "
            "Oracle MySQL, run a Docker engine, or give --rowloss-url mysql=URL"
        )
    server = found["mysqld"]
    identity = server_identity(server)
    if "mariadb" in identity.lower():
        raise Unavailable(
            f"the mysqld on this machine ({server}) is MariaDB, not MySQL (it reports "
            f"{identity}); "
            "install Oracle MySQL, run a Docker engine, or give --rowloss-url mysql=URL"
        )
    return LocalMySQL({"server": server}, origin=f"local {server}")
