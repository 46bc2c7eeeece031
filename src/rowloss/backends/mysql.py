"""Oracle MySQL. A server that reports itself as MariaDB is refused, so MariaDB's
behaviour is never published under MySQL's name."""

from __future__ import annotations

from rowloss.backends.mysql_family import (
    PERMISSIVE,
    SHARED_DRIVERS,
    TEST_SETTINGS,
    MySQLFamily,
    container_recipe,
    is_mariadb,
    strict_mode,
)

# MySQL's compiled-in default since 8.0 (reference manual, "Server SQL Modes").
MYSQL_DEFAULT_SQL_MODE = (
    "ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,"
    "ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION"
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


class MySQL(MySQLFamily):
    name = "mysql"
    dialect = "mysql"
    drivers = SHARED_DRIVERS
    modes = (strict_mode(MYSQL_DEFAULT_SQL_MODE), PERMISSIVE)
    url_example = "mysql://user:password@127.0.0.1:3306/dbname"
    extra = "mysql"
    container = CONTAINER

    def refusal(self, server_version: str) -> str | None:
        if is_mariadb(server_version):
            return (
                f"the server reports {server_version}, which is MariaDB, not MySQL; "
                "measure it as --rowloss-url mariadb=URL"
            )
        return None
