"""The database family: what every family declares, with the defaults in one place.

A family package (``backends/<family>/``) subclasses :class:`Backend` in its
``family.py`` and overrides only what differs, the way Django's backends
override ``base/features.py``. Its ``provision.py`` (where its server comes
from) is imported on first use, as SQLAlchemy loads each dialect's
``provision.py``: it builds on :mod:`rowloss.provision`, which reads this
registry, so importing it eagerly would be a cycle.
"""

from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any, ClassVar

from sqlalchemy import text
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.types import TypeEngine

from rowloss.backends.base.capabilities import Capabilities
from rowloss.backends.base.drivers import DEFAULT_MODE, Driver, Mode


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
    """One database family. Subclasses override class attributes and hooks;
    nothing outside the family's package and the registry names it."""

    name: ClassVar[str]
    """Registry name and first part of every test id."""
    title: ClassVar[str] = ""
    """The name a reader knows it by (``PostgreSQL``), for sentences in pages."""
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
    default_port: ClassVar[int | None] = None
    """The server's port when a URL names none; ``None`` for an embedded database."""
    embedded_file: ClassVar[str | None] = None
    """For an embedded database, the name of the file it keeps its data in; a
    run makes one in a temporary directory instead of starting a server."""
    file_per_process: ClassVar[bool] = False
    """An embedded database whose file one process at a time may open: each
    process of a run (each xdist worker) keeps a file of its own."""
    table_options: ClassVar[Mapping[str, Any]] = {}
    """``Table()`` keyword arguments of this dialect that every scenario table
    carries, fixing what the server's configuration would otherwise choose."""
    non_transactional_table_options: ClassVar[Mapping[str, Any]] = {}
    """The same for a table in a storage engine without transactions, where the
    family has one (capability ``non_transactional_tables``)."""
    column_types: ClassVar[Mapping[str, Callable[..., TypeEngine[Any]]]] = {}
    """This dialect's own column type behind a capability that is a type
    (``datetime_fsp``: ``lambda fsp: mysql.DATETIME(fsp=fsp)``). A scenario asks
    for the capability through :func:`rowloss.backends.dialect_type`, never for
    the dialect; a family that has such a capability must give its type here."""

    # -- provisioning: the family's provision.py, imported on first use ----------
    def provisioning(self) -> ModuleType:
        """The family's ``provision.py``. It declares ``CONTAINER`` (a
        :class:`~rowloss.provision.recipe.ContainerRecipe`, or ``None``) and
        ``local_server(search_dirs)`` (a not-yet-started server from this
        machine's binaries, or ``None`` where rowloss cannot start one)."""
        package = type(self).__module__.rpartition(".")[0]
        return importlib.import_module(f"{package}.provision")

    @property
    def container(self) -> Any:
        """How the server runs in a container; ``None`` where it cannot."""
        return self.provisioning().CONTAINER

    def local_executor(self, search_dirs: Sequence[Path] | None = None) -> Any:
        """A not-yet-started server from this machine's binaries, or ``None``
        where the family has no way to start one; it raises
        :class:`~rowloss.provision.base.Unavailable` when the machine lacks it."""
        factory = self.provisioning().local_server
        return None if factory is None else factory(search_dirs)

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

    def reproducer_url(self, driver: str) -> str:
        """An example URL for a reproducer's command line."""
        if self.embedded_file is not None:
            return f"{self.dialect}+{driver}:///rowloss-repro{Path(self.embedded_file).suffix}"
        return f"{self.dialect}+{driver}://user:password@host/db"

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

    warnings_statement: ClassVar[str | None] = None
    """The statement that lists the warnings the server kept for the last
    statement (level, code, message), where the family has one; a reproducer
    runs it too."""

    def server_warnings(self, connection: Connection) -> tuple[str, ...]:
        """Warnings the server kept for the last statement on ``connection``."""
        if self.warnings_statement is None:
            return ()
        rows = connection.exec_driver_sql(self.warnings_statement).all()
        return tuple(f"{level} {code}: {message}" for level, code, message in rows)

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
