"""MariaDB, in its shipped strict mode and in permissive mode."""

from __future__ import annotations

import dataclasses

from sqlalchemy.engine import Connection

from rowloss.backends.base import Capabilities, Driver
from rowloss.backends.mysql.protocol import (
    PERMISSIVE,
    SHARED_DRIVERS,
    MySQLProtocolFamily,
    is_mariadb,
    storage_options,
    strict_mode,
)

# MariaDB's compiled-in default since 10.2.4 (SELECT @@GLOBAL.sql_mode on a server
# started with --no-defaults reads it back).
MARIADB_DEFAULT_SQL_MODE = (
    "STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_AUTO_CREATE_USER,NO_ENGINE_SUBSTITUTION"
)


def _version_tuple(server_version: str) -> tuple[int, ...]:
    numbers = server_version.split("-")[0].split(".")
    return tuple(int(n) for n in numbers if n.isdigit())


class MariaDB(MySQLProtocolFamily):
    name = "mariadb"
    title = "MariaDB"
    dialect = "mariadb"
    drivers = (
        *SHARED_DRIVERS[:3],
        Driver(
            "mariadbconnector",
            packages=("mariadb",),
            module="mariadb",
            aliases=("mariadb", "mariadb-connector"),
            hazards=(
                (
                    "non_finite_float",
                    "rowloss does not send NaN or infinity through mariadb (Connector/Python): "
                    "in rowloss's runs with 1.1.14 it corrupted the process's memory, which "
                    "then crashed in later, unrelated cells",
                ),
            ),
        ),
        *SHARED_DRIVERS[3:],
    )
    modes = (strict_mode(MARIADB_DEFAULT_SQL_MODE), PERMISSIVE)
    capabilities = dataclasses.replace(MySQLProtocolFamily.capabilities, returning=True)
    url_example = "mariadb://user:password@127.0.0.1:3306/dbname"
    extra = "mariadb"
    table_options = storage_options("mariadb")
    non_transactional_table_options = storage_options("mariadb", engine="MyISAM")

    def refusal(self, server_version: str) -> str | None:
        if not is_mariadb(server_version):
            return (
                f"the server reports {server_version}, which is not MariaDB; "
                "give it as --rowloss-url mysql=URL"
            )
        return None

    def probe_capabilities(self, connection: Connection) -> Capabilities:
        version = _version_tuple(self.server_version(connection))
        return dataclasses.replace(self.capabilities, returning=version >= (10, 5))
