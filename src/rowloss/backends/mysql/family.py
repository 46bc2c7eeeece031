"""Oracle MySQL. A server that reports itself as MariaDB is refused, so MariaDB's
behaviour is never published under MySQL's name."""

from __future__ import annotations

from rowloss.backends.mysql.protocol import (
    PERMISSIVE,
    SHARED_DRIVERS,
    MySQLProtocolFamily,
    is_mariadb,
    storage_options,
    strict_mode,
)

# MySQL's compiled-in default since 8.0 (reference manual, "Server SQL Modes").
MYSQL_DEFAULT_SQL_MODE = (
    "ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,"
    "ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION"
)


class MySQL(MySQLProtocolFamily):
    name = "mysql"
    title = "MySQL"
    dialect = "mysql"
    drivers = SHARED_DRIVERS
    modes = (strict_mode(MYSQL_DEFAULT_SQL_MODE), PERMISSIVE)
    url_example = "mysql://user:password@127.0.0.1:3306/dbname"
    extra = "mysql"
    table_options = storage_options("mysql")
    non_transactional_table_options = storage_options("mysql", engine="MyISAM")

    def refusal(self, server_version: str) -> str | None:
        if is_mariadb(server_version):
            return (
                f"the server reports {server_version}, which is MariaDB, not MySQL; "
                "measure it as --rowloss-url mariadb=URL"
            )
        return None
