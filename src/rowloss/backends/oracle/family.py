"""Oracle Database, through python-oracledb and the older cx_Oracle."""

from __future__ import annotations

from sqlalchemy.engine import Connection

from rowloss.backends.base import Backend, Capabilities, Driver, scalar


class Oracle(Backend):
    name = "oracle"
    title = "Oracle"
    dialect = "oracle"
    drivers = (
        Driver("oracledb", packages=("oracledb",), module="oracledb", aliases=("python-oracledb",)),
        Driver(
            "cx_oracle",
            packages=("cx-oracle", "cx_Oracle"),
            module="cx_Oracle",
            aliases=("cx-oracle", "cx_Oracle"),
        ),
    )
    capabilities = Capabilities(
        returning=True,
        autoincrement_keys=True,
        timezone_aware_timestamps=True,
        session_time_zone=True,
        string_datetimes=True,
    )
    url_example = "oracle://user:password@127.0.0.1:1521/?service_name=FREEPDB1"
    extra = "oracle"
    default_port = 1521
    session_sql = ("ALTER SESSION SET TIME_ZONE = 'UTC'",)

    def time_zone_sql(self, offset: str) -> tuple[str, ...]:
        return (f"ALTER SESSION SET TIME_ZONE = '{offset}'",)

    def server_version(self, connection: Connection) -> str:
        return scalar(
            connection,
            "SELECT version_full FROM product_component_version WHERE product LIKE 'Oracle%'",
        )

    def server_settings(self, connection: Connection) -> dict[str, str]:
        return {
            "time_zone": scalar(connection, "SELECT SESSIONTIMEZONE FROM dual"),
            "nls_characterset": scalar(
                connection,
                "SELECT value FROM nls_database_parameters WHERE parameter = 'NLS_CHARACTERSET'",
            ),
        }
