"""Where a MySQL server comes from: its container recipe and image (from
Debian sid's packages), and a mysqld of this machine that is MySQL, not MariaDB.
Imported on first use."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from rowloss.backends.mysql.protocol_provision import (
    TEST_SETTINGS,
    LocalMySQLProtocol,
    container_recipe,
)
from rowloss.provision.base import Unavailable
from rowloss.provision.local import (
    SYSTEM_SBIN,
    LocalServer,
    find_binaries,
    path_folders,
    server_identity,
)

SERVER_SETTINGS = (*TEST_SETTINGS, "--mysqlx=OFF")
"""MySQL's X plugin would listen on every interface of the machine; it is off."""

CONTAINER = container_recipe(
    family="mysql",
    line="9.7",
    release="sid",
    packages=("mysql-server-core",),
    initialise='mysqld --no-defaults --initialize-insecure --user=mysql --datadir="$datadir"',
    server="mysqld",
    settings=SERVER_SETTINGS,
)


class LocalMySQL(LocalMySQLProtocol):
    database = "mysql"
    settings = SERVER_SETTINGS

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


def local_server(search_dirs: Sequence[Path] | None) -> LocalServer:
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
