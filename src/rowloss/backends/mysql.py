"""Oracle MySQL. A server that reports itself as MariaDB is refused, so MariaDB's
behaviour is never published under MySQL's name."""

from __future__ import annotations

from rowloss.backends.mysql_family import (
    PERMISSIVE,
    SHARED_DRIVERS,
    MySQLFamily,
    is_mariadb,
    strict_mode,
)

# MySQL's compiled-in default since 8.0 (reference manual, "Server SQL Modes").
MYSQL_DEFAULT_SQL_MODE = (
    "ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,"
    "ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION"
)


class MySQL(MySQLFamily):
    name = "mysql"
    dialect = "mysql"
    drivers = SHARED_DRIVERS
    modes = (strict_mode(MYSQL_DEFAULT_SQL_MODE), PERMISSIVE)
    url_example = "mysql://user:password@127.0.0.1:3306/dbname"
    extra = "mysql"

    def refusal(self, server_version: str) -> str | None:
        if is_mariadb(server_version):
            return (
                f"the server reports {server_version}, which is MariaDB, not MySQL; "
                "measure it as --rowloss-url mariadb=URL"
            )
        return None
