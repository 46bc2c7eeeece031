"""SQLite: the embedded default, always available, nothing to install."""

from __future__ import annotations

import dataclasses

from sqlalchemy.engine import Connection

from rowloss.backends.base import Backend, Capabilities, Driver, scalar


def _version_tuple(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split(".") if part.isdigit())


class SQLite(Backend):
    name = "sqlite"
    title = "SQLite"
    dialect = "sqlite"
    drivers = (
        Driver("pysqlite", packages=(), module="sqlite3", aliases=("sqlite3",)),
        Driver("aiosqlite", packages=("aiosqlite",), module="aiosqlite", is_async=True),
    )
    capabilities = Capabilities(
        returning=True,
        autoincrement_keys=True,
        on_conflict_do_nothing=True,
        on_conflict_do_update=True,
        insert_or_ignore=True,
    )
    url_example = "sqlite:////path/to/file.db"
    extra = "sqlite"
    embedded_file = "rowloss.db"

    def server_version(self, connection: Connection) -> str:
        return scalar(connection, "SELECT sqlite_version()")

    def server_settings(self, connection: Connection) -> dict[str, str]:
        return {"journal_mode": scalar(connection, "PRAGMA journal_mode")}

    def probe_capabilities(self, connection: Connection) -> Capabilities:
        version = _version_tuple(self.server_version(connection))
        return dataclasses.replace(
            self.capabilities,
            returning=version >= (3, 35),
            on_conflict_do_nothing=version >= (3, 24),
            on_conflict_do_update=version >= (3, 24),
        )
