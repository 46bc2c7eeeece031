"""DuckDB, embedded like SQLite, through duckdb_engine: a dialect built on
SQLAlchemy's PostgreSQL dialect, so PostgreSQL's ``insert()`` constructs apply."""

from __future__ import annotations

from types import MappingProxyType

from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import URL, Connection, make_url

from rowloss.backends.base import Backend, Capabilities, Driver, scalar


class DuckDB(Backend):
    name = "duckdb"
    title = "DuckDB"
    dialect = "duckdb"
    drivers = (
        Driver(
            "duckdb_engine",
            packages=("duckdb_engine", "duckdb-engine"),
            module="duckdb_engine",
            aliases=("duckdb-engine",),
        ),
    )
    capabilities = Capabilities(
        returning=True,
        on_conflict_do_nothing=True,
        on_conflict_do_update=True,
        insert_or_ignore=True,
        timezone_aware_timestamps=True,
        timestamp_precision=True,
        string_datetimes=True,
    )
    column_types = MappingProxyType(
        {
            "timestamp_precision": lambda precision: postgresql.TIMESTAMP(precision=precision),
        }
    )
    url_example = "duckdb:////path/to/file.duckdb"
    extra = "duckdb"
    embedded_file = "rowloss.duckdb"
    file_per_process = True  # DuckDB locks its file to the process that opened it
    session_sql = ("SET TimeZone = 'UTC'",)

    def driver_url(self, base: URL | str, driver: Driver) -> URL:
        # duckdb_engine registers the bare dialect name; "duckdb+duckdb_engine" is unknown.
        return make_url(base).set(drivername=self.dialect)

    def reproducer_url(self, driver: str) -> str:
        return "duckdb:///rowloss-repro.duckdb"

    def server_version(self, connection: Connection) -> str:
        return scalar(connection, "SELECT version()")

    def server_settings(self, connection: Connection) -> dict[str, str]:
        return {"time_zone": scalar(connection, "SELECT current_setting('TimeZone')")}
