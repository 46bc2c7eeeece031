"""What every database family declares, with the defaults in one place.

A family module (``sqlite.py``, ``postgresql.py`` ...) subclasses :class:`Backend`
and overrides only what differs, the way Django's ``base/features.py`` is
overridden per backend. Facts that depend on the server in front of us are
probed from the live connection, never assumed from a version string alone.
"""

from __future__ import annotations

import dataclasses
import importlib
import importlib.metadata
import importlib.util
import platform
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from sqlalchemy import text
from sqlalchemy.engine import URL, Connection, make_url

from rowloss.backends.recipe import ContainerRecipe


@dataclass(frozen=True)
class Driver:
    """A DBAPI driver as SQLAlchemy names it in a URL (``postgresql+<name>://``)."""

    name: str
    packages: tuple[str, ...]
    """PyPI distributions that provide it, the first the one to install; empty
    for a module of Python's standard library."""
    module: str
    """The module that must import for the driver to run."""
    is_async: bool = False
    aliases: tuple[str, ...] = ()
    """Other names users type for it, such as the package name ``mysqlclient``."""
    url_query: tuple[tuple[str, str], ...] = ()
    """Query parameters every URL of this driver carries (``charset=utf8mb4``)."""
    hazards: tuple[tuple[str, str], ...] = ()
    """(kind of value, why): values rowloss does not send through this driver,
    because doing so broke the measuring process itself. Their cells are
    ``not-run`` with the reason; see ``Variant.sends``."""

    statement_limit: str | None = None
    """``module:Class.attribute`` holding the most bytes the driver puts in one
    statement when it rewrites an executemany INSERT into multi-row statements;
    read from the installed driver into each cell."""

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    def statement_limit_bytes(self) -> int | None:
        """The installed driver's statement size limit, if it declares one."""
        if self.statement_limit is None:
            return None
        module_name, _, path = self.statement_limit.partition(":")
        try:
            value: Any = importlib.import_module(module_name)
            for part in path.split("."):
                value = getattr(value, part)
        except (ImportError, AttributeError):
            return None
        return value if isinstance(value, int) else None

    def installed(self) -> bool:
        try:
            return importlib.util.find_spec(self.module) is not None
        except ModuleNotFoundError:  # the parent of a dotted name is missing
            return False

    def version(self) -> str:
        """The installed distribution's version, or ``"not installed"``."""
        if not self.packages:
            return f"Python {platform.python_version()} standard library"
        for package in self.packages:
            try:
                return importlib.metadata.version(package)
            except importlib.metadata.PackageNotFoundError:
                continue
        return "not installed"


@dataclass(frozen=True)
class Mode:
    """A server configuration a family is measured under (strict, permissive)."""

    name: str
    description: str
    session_sql: tuple[str, ...] = ()
    """Statements run on every new connection to put it in this mode."""


DEFAULT_MODE = Mode("default", "the server as configured, nothing set per connection")


@dataclass(frozen=True)
class Capabilities:
    """What a database can do that scenarios ask for; each flag says what it gates."""

    returning: bool = False
    """``INSERT ... RETURNING`` is accepted."""
    on_conflict_do_nothing: bool = False
    """``INSERT ... ON CONFLICT DO NOTHING`` (PostgreSQL, SQLite) is accepted."""
    on_conflict_do_update: bool = False
    """``INSERT ... ON CONFLICT DO UPDATE`` is accepted."""
    insert_ignore: bool = False
    """``INSERT IGNORE`` (MariaDB, MySQL) is accepted."""
    insert_or_ignore: bool = False
    """``INSERT OR IGNORE`` (SQLite) is accepted."""
    on_duplicate_key_update: bool = False
    """``INSERT ... ON DUPLICATE KEY UPDATE`` (MariaDB, MySQL) is accepted."""
    non_transactional_tables: bool = False
    """Tables can be created in an engine without transactions (MyISAM)."""
    sql_modes: bool = False
    """The server has a per-session ``sql_mode`` that changes how bad data is handled."""
    enum_type: bool = False
    """A native ENUM column type exists."""
    fractional_second_digits: int = 6
    """Most digits of fractional seconds a temporal column can keep."""
    timezone_aware_timestamps: bool = False
    """A column type stores an instant with its offset (``TIMESTAMP WITH TIME ZONE``)."""
    empty_string_is_null: bool = False
    """``''`` is stored as NULL (Oracle)."""


@dataclass(frozen=True)
class SelfReport:
    """What a live connection says about the server and the client stack."""

    server_version: str
    driver_version: str
    sqlalchemy_version: str
    executemany_mode: str
    settings: Mapping[str, str] = field(default_factory=dict)
    """Server settings that change outcomes: sql_mode, time zone, storage engine."""

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


class Backend:
    """One database family. Subclasses override class attributes and hooks."""

    name: ClassVar[str]
    """Registry name and first part of every test id."""
    dialect: ClassVar[str]
    """SQLAlchemy dialect name in URLs."""
    drivers: ClassVar[tuple[Driver, ...]]
    modes: ClassVar[tuple[Mode, ...]] = (DEFAULT_MODE,)
    capabilities: ClassVar[Capabilities] = Capabilities()
    url_example: ClassVar[str]
    """The URL shape a user gives, shown in errors and help."""
    extra: ClassVar[str]
    """The pip extra that installs this family's drivers."""
    session_sql: ClassVar[tuple[str, ...]] = ()
    """Statements run on every connection whatever the mode: pin what the server
    configuration could otherwise change (time zone), so cells do not depend on it."""
    container: ClassVar[ContainerRecipe | None] = None
    """How the server runs in a container; ``None`` for an embedded database."""

    # -- selection -----------------------------------------------------------
    def driver(self, name: str) -> Driver:
        for driver in self.drivers:
            if name in driver.names:
                return driver
        raise KeyError(name)

    def mode(self, name: str) -> Mode:
        for mode in self.modes:
            if mode.name == name:
                return mode
        raise KeyError(name)

    # -- URLs ----------------------------------------------------------------
    def driver_url(self, base: URL | str, driver: Driver) -> URL:
        """The URL of ``base``'s server spoken to through ``driver``."""
        url = make_url(base).set(drivername=f"{self.dialect}+{driver.name}")
        return url.update_query_dict(dict(driver.url_query)) if driver.url_query else url

    # -- connection setup ----------------------------------------------------
    def connection_setup(self, mode: Mode) -> tuple[str, ...]:
        """Every statement a new connection runs before a scenario sees it."""
        return self.session_sql + mode.session_sql

    def time_zone_sql(self, offset: str) -> tuple[str, ...]:
        """Statements that set a connection's time zone to ``offset``
        (``+05:30``), as an application does; none where there is no such thing."""
        return ()

    # -- probes of the live server -------------------------------------------
    def server_version(self, connection: Connection) -> str:
        raise NotImplementedError

    def server_settings(self, connection: Connection) -> dict[str, str]:
        """Settings in force on this connection that can change an outcome."""
        return {}

    def server_warnings(self, connection: Connection) -> tuple[str, ...]:
        """Warnings the server kept for the last statement on ``connection``."""
        return ()

    def refusal(self, server_version: str) -> str | None:
        """Why this server must not be measured under this family's name, if so."""
        return None

    def probe_capabilities(self, connection: Connection) -> Capabilities:
        """The declared capabilities (what the family can do in its current
        releases), corrected by what this server reports."""
        return self.capabilities

    def __repr__(self) -> str:
        return f"<Backend {self.name}>"


def scalar(connection: Connection, sql: str) -> str:
    """One value of a probe query, as text."""
    value = connection.execute(text(sql)).scalar()
    return "" if value is None else str(value)
