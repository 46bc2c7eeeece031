"""PostgreSQL, through every DBAPI driver SQLAlchemy has a dialect for."""

from __future__ import annotations

from types import MappingProxyType

from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import Connection

from rowloss.backends.base import Backend, Capabilities, Driver, scalar


class PostgreSQL(Backend):
    name = "postgresql"
    title = "PostgreSQL"
    dialect = "postgresql"
    drivers = (
        Driver("psycopg2", packages=("psycopg2-binary", "psycopg2"), module="psycopg2"),
        Driver("psycopg", packages=("psycopg",), module="psycopg", aliases=("psycopg3",)),
        Driver("pg8000", packages=("pg8000",), module="pg8000"),
        Driver("asyncpg", packages=("asyncpg",), module="asyncpg", is_async=True),
        Driver(
            "psycopg_async",
            packages=("psycopg",),
            module="psycopg",
            is_async=True,
            aliases=("psycopg-async",),
        ),
    )
    capabilities = Capabilities(
        returning=True,
        autoincrement_keys=True,
        on_conflict_do_nothing=True,
        on_conflict_do_update=True,
        timezone_aware_timestamps=True,
        session_time_zone=True,
        timestamp_precision=True,
        string_datetimes=True,
    )
    column_types = MappingProxyType(
        {
            "timestamp_precision": lambda precision: postgresql.TIMESTAMP(precision=precision),
        }
    )
    url_example = "postgresql://user:password@127.0.0.1:5432/dbname"
    extra = "postgresql"
    default_port = 5432
    session_sql = ("SET TIME ZONE 'UTC'",)

    def time_zone_sql(self, offset: str) -> tuple[str, ...]:
        # A bare '+05:30' would be read POSIX-style, west-positive: say INTERVAL.
        return (f"SET TIME ZONE INTERVAL '{offset}' HOUR TO MINUTE",)

    def server_version(self, connection: Connection) -> str:
        return scalar(connection, "SHOW server_version")

    def server_settings(self, connection: Connection) -> dict[str, str]:
        return {
            "time_zone": scalar(connection, "SHOW TimeZone"),
            "server_encoding": scalar(connection, "SHOW server_encoding"),
            "standard_conforming_strings": scalar(connection, "SHOW standard_conforming_strings"),
        }
