"""What MariaDB and MySQL share: the wire protocol, its drivers, ``sql_mode``."""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

from sqlalchemy.dialects import mysql
from sqlalchemy.engine import Connection

from rowloss.backends.base import Backend, Capabilities, Driver, Mode, scalar

UTF8MB4 = (("charset", "utf8mb4"),)

SHARED_DRIVERS = (
    Driver(
        "pymysql",
        packages=("pymysql",),
        module="pymysql",
        url_query=UTF8MB4,
        statement_limit="pymysql.cursors:Cursor.max_stmt_length",
    ),
    Driver(
        "mysqldb",
        packages=("mysqlclient",),
        module="MySQLdb",
        aliases=("mysqlclient",),
        url_query=UTF8MB4,
        statement_limit="MySQLdb.cursors:BaseCursor.max_stmt_length",
    ),
    Driver(
        "mysqlconnector",
        packages=("mysql-connector-python",),
        module="mysql.connector",
        aliases=("mysql-connector-python", "mysql-connector"),
        url_query=UTF8MB4,
    ),
    Driver(
        "aiomysql",
        packages=("aiomysql",),
        module="aiomysql",
        is_async=True,
        url_query=UTF8MB4,
        statement_limit="aiomysql.cursors:Cursor.max_stmt_length",
    ),
    Driver("asyncmy", packages=("asyncmy",), module="asyncmy", is_async=True, url_query=UTF8MB4),
)

PERMISSIVE = Mode(
    "permissive",
    "sql_mode='' on every connection: bad values are adjusted with a warning",
    ("SET SESSION sql_mode = ''",),
)


def strict_mode(vendor_default: str) -> Mode:
    """The vendor's shipped default ``sql_mode``, set explicitly on every connection
    so that a server's own configuration cannot change what "strict" means."""
    return Mode(
        "strict",
        f"the vendor default sql_mode='{vendor_default}' on every connection",
        (f"SET SESSION sql_mode = '{vendor_default}'",),
    )


class MySQLProtocolFamily(Backend):
    """Shared declarations and probes; the MariaDB and MySQL families declare
    the differences."""

    warnings_statement = "SHOW WARNINGS"
    capabilities = Capabilities(
        insert_ignore=True,
        autoincrement_keys=True,
        on_duplicate_key_update=True,
        executemany_split_by_size=True,
        non_transactional_tables=True,
        enum_type=True,
        column_character_sets=True,
        session_time_zone=True,
        zone_converting_timestamp=True,
        datetime_fsp=True,
        zero_dates=True,
        string_datetimes=True,
    )
    column_types = MappingProxyType(
        {
            "zone_converting_timestamp": lambda: mysql.TIMESTAMP(),
            "datetime_fsp": lambda fsp: mysql.DATETIME(fsp=fsp),
            "column_character_sets": lambda length, charset: mysql.VARCHAR(length, charset=charset),
            "enum_type": lambda *values: mysql.ENUM(*values),
        }
    )
    default_port = 3306
    session_sql = ("SET SESSION time_zone = '+00:00'",)

    def time_zone_sql(self, offset: str) -> tuple[str, ...]:
        return (f"SET SESSION time_zone = '{offset}'",)

    def server_version(self, connection: Connection) -> str:
        return scalar(connection, "SELECT VERSION()")

    def server_settings(self, connection: Connection) -> dict[str, str]:
        return {
            "sql_mode": scalar(connection, "SELECT @@SESSION.sql_mode"),
            "time_zone": scalar(connection, "SELECT @@SESSION.time_zone"),
            "default_storage_engine": scalar(connection, "SELECT @@SESSION.default_storage_engine"),
            "character_set_connection": scalar(
                connection, "SELECT @@SESSION.character_set_connection"
            ),
        }


def storage_options(dialect: str, engine: str = "InnoDB") -> dict[str, Any]:
    """``Table()`` options fixing the character set and storage engine, rather
    than leaving them to the server's configuration, which differs between
    installs (MariaDB's compiled-in default character set is latin1)."""
    return {f"{dialect}_charset": "utf8mb4", f"{dialect}_engine": engine}


def is_mariadb(server_version: str) -> bool:
    return "mariadb" in server_version.lower()
