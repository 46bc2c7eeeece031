"""Where a MariaDB server comes from: its container recipe and image (from
Debian bookworm's packages), and the server binaries of this machine. Imported
on first use."""

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

CONTAINER = container_recipe(
    family="mariadb",
    line="10.11",
    release="bookworm",
    packages=("mariadb-server-core", "mariadb-client-core"),  # my_print_defaults
    initialise='mariadb-install-db --no-defaults --user=mysql --datadir="$datadir" '
    "--auth-root-authentication-method=normal --skip-test-db",
    server="mariadbd",
    settings=TEST_SETTINGS,
)


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


def local_server(search_dirs: Sequence[Path] | None) -> LocalServer:
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
