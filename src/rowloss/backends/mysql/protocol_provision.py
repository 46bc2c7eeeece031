"""What the MariaDB and MySQL families share in where a server comes from: the
container recipe's template, the test settings, a server started from this
machine's binaries. Imported on first use, with the family's provision.py."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.engine import URL

from rowloss.provision.local import LocalServer
from rowloss.provision.recipe import ContainerRecipe, DebianImage

TEST_SETTINGS = (
    "--skip-name-resolve",
    "--default-time-zone=+00:00",
    "--innodb-flush-log-at-trx-commit=0",
    "--innodb-doublewrite=0",
    "--innodb-buffer-pool-size=128M",
    "--skip-log-bin",
    "--max-connections=200",
)
"""Server options for a throwaway server, wherever it runs (container or local)."""

ENTRYPOINT = r"""#!/bin/sh
# rowloss's image keeps the official mysql and mariadb images' contract:
# MYSQL_ROOT_PASSWORD, MYSQL_DATABASE, MYSQL_USER, MYSQL_PASSWORD, and
# "SERVER ARGS" or "ARGS".
set -eu
datadir=/var/lib/mysql
case "${1:-}" in
  mysqld|mariadbd) shift ;;
esac
sql() { printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e "s/'/''/g"; }
mkdir -p "$datadir" /run/mysqld /var/lib/mysql-files
chown mysql:mysql "$datadir" /run/mysqld /var/lib/mysql-files
if [ ! -d "$datadir/mysql" ]; then
  {initialise}
fi
init=/run/mysqld/init.sql
user=$(sql "${MYSQL_USER:?}")
cat > "$init" <<SQL
CREATE DATABASE IF NOT EXISTS \`${MYSQL_DATABASE:?}\`;
CREATE USER IF NOT EXISTS '$user'@'%' IDENTIFIED BY '$(sql "${MYSQL_PASSWORD:?}")';
GRANT ALL PRIVILEGES ON \`${MYSQL_DATABASE}\`.* TO '$user'@'%';
ALTER USER 'root'@'localhost' IDENTIFIED BY '$(sql "${MYSQL_ROOT_PASSWORD:?}")';
SQL
chown mysql "$init" && chmod 600 "$init"
exec {server} --no-defaults --user=mysql --datadir="$datadir" --init-file="$init" \
  --socket=/run/mysqld/mysqld.sock --bind-address=0.0.0.0 --port=3306 "$@"
"""

MYSQL_ACCOUNT = (
    "grep -q '^mysql:' /etc/group || echo 'mysql:x:999:' >> /etc/group",
    "grep -q '^mysql:' /etc/passwd || "
    "echo 'mysql:x:999:999::/var/lib/mysql:/usr/sbin/nologin' >> /etc/passwd",
)
"""Debian's server-core packages make no ``mysql`` account; the server runs as it."""


def container_recipe(
    family: str,
    line: str,
    release: str,
    packages: tuple[str, ...],
    initialise: str,
    server: str,
    settings: tuple[str, ...],
) -> ContainerRecipe:
    """The recipe both MySQL-protocol families share, apart from their names."""
    return ContainerRecipe(
        family=family,
        line=line,
        official_image=f"{family}:{line}",
        port=3306,
        environment={
            "MYSQL_ROOT_PASSWORD": "{password}",
            "MYSQL_DATABASE": "{database}",
            "MYSQL_USER": "{user}",
            "MYSQL_PASSWORD": "{password}",
        },
        user="rowloss",
        database="rowloss",
        command=settings,
        debian=DebianImage(
            release=release,
            packages=packages,
            after_install=MYSQL_ACCOUNT,
            entrypoint=ENTRYPOINT.replace("{initialise}", initialise).replace("{server}", server),
            version_command=(server, "--version"),
        ),
    )


INIT_SQL = """\
CREATE DATABASE IF NOT EXISTS rowloss;
CREATE USER IF NOT EXISTS 'rowloss'@'127.0.0.1';
GRANT ALL PRIVILEGES ON rowloss.* TO 'rowloss'@'127.0.0.1';
"""


class LocalMySQLProtocol(LocalServer):
    """MariaDB and MySQL differ here in how a data directory is initialised and
    in a few server options."""

    accounts = ("mysql",)
    settings: tuple[str, ...] = TEST_SETTINGS

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
