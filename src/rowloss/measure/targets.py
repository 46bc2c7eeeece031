"""A live target: one database, mode and driver with a ready SQLAlchemy engine.

Opening a target checks, in order, what can keep it from running (driver
package, SQLAlchemy dialect, asyncio support, the server itself) and answers
with a :class:`NotRun` that says which, so every ``not-run`` cell has its reason.
Sync and async drivers offer the same face: a scenario passes a function of a
``Session`` or ``Connection`` and an async driver runs it through ``run_sync``.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import MetaData, create_engine, event, select
from sqlalchemy.engine import URL, Connection, Engine
from sqlalchemy.orm import Session
from sqlalchemy.sql.schema import Table

from rowloss.backends import Capabilities, SelfReport, TargetSpec
from rowloss.measure.scratch import mapped_class, scratch_name
from rowloss.measure.sqla import (
    engine_options,
    executemany_mode,
    missing_async_support,
    missing_dialect,
    sqlalchemy_version,
)
from rowloss.redact import stable_text
from rowloss.timing import DATABASE, PHASES, time_round_trips

T = TypeVar("T")


class Missing(str, enum.Enum):
    """What kept a target from running. Only ``SQLALCHEMY`` is expected of a
    healthy install (an older line lacks a dialect); the rest fail a required run."""

    SERVER = "server"
    DRIVER = "driver"
    SQLALCHEMY = "sqlalchemy"
    CONNECT = "connect"


@dataclass(frozen=True)
class NotRun:
    missing: Missing
    reason: str


def first_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return stable_text(f"{type(error).__name__}: {text[0] if text else ''}".strip())


class Target:
    """An open target. Close it with :meth:`close`."""

    def __init__(self, spec: TargetSpec, url: URL, origin: str) -> None:
        self.spec = spec
        self.url = url
        self.origin = origin
        self.is_async = spec.driver.is_async
        self._loop = asyncio.new_event_loop() if self.is_async else None
        self.engine = self._make_engine()
        self.reader = self._make_reader()
        """rowloss's own engine, for emptying tables and reading them back:
        never the caller's connection."""
        self._session_engines: dict[tuple[str, ...], tuple[Any, Any]] = {}
        """The (caller's, reader) engines whose connections run session
        statements, by statements (:meth:`session_statements`)."""
        self.report: SelfReport | None = None
        self.capabilities: Capabilities = spec.backend.capabilities
        self.tables: dict[str, Table] = {}
        """Scratch tables made for this target, by name of what they serve;
        created once, cleared between examples, dropped on close."""
        self.models: dict[str, type] = {}
        """The ORM class mapped to each scratch table, by table name: made once,
        so that SQLAlchemy's statement cache serves every cell of the table."""
        self.empty: set[str] = set()
        """Names of scratch tables known to hold no row: made and not written
        since, or read back empty. Clearing one costs no round trip."""

    # -- engines ---------------------------------------------------------------
    def _make_reader(self, session: tuple[str, ...] = ()) -> Any:
        """Its every use commits, so its pool need not roll back on return (a
        round trip on the MySQL protocol's drivers); the caller's engine keeps
        SQLAlchemy's defaults, as an application's does."""
        from sqlalchemy.pool import AsyncAdaptedQueuePool, QueuePool

        # Named, since SQLAlchemy 1.4 gives a SQLite file a NullPool, which takes no size.
        poolclass = AsyncAdaptedQueuePool if self.is_async else QueuePool
        return self._make_engine(
            session, poolclass=poolclass, pool_size=1, max_overflow=0, pool_reset_on_return=None
        )

    def _make_engine(self, session: tuple[str, ...] = (), **options: Any) -> Any:
        """An engine whose connections run the mode's setup, then ``session``."""
        options = {**engine_options(), **options}
        if self.is_async:
            from sqlalchemy.ext.asyncio import create_async_engine

            engine = create_async_engine(self.url, **options)
            sync_engine = engine.sync_engine
        else:
            engine = sync_engine = create_engine(self.url, **options)
        time_round_trips(sync_engine.dialect)
        setup = self.spec.backend.connection_setup(self.spec.mode)
        for statements in (setup, session):
            if statements:
                event.listen(sync_engine, "connect", _runs_on_connect(statements))
        return engine

    def _await(self, awaitable: Any) -> Any:
        assert self._loop is not None
        return self._loop.run_until_complete(awaitable)

    # -- running scenario code -------------------------------------------------
    def _bind(self, engine: Any, autocommit: bool) -> Any:
        return engine.execution_options(isolation_level="AUTOCOMMIT") if autocommit else engine

    def run_session(self, work: Callable[[Session], T], autocommit: bool = False) -> T:
        """``work(session)`` in a new Session; through ``run_sync`` when async.
        With ``autocommit`` the session's connection commits every statement."""
        bind = self._bind(self.engine, autocommit)
        if not self.is_async:
            with Session(bind=bind) as session:
                return work(session)
        from sqlalchemy.ext.asyncio import AsyncSession

        async def run() -> T:
            async with AsyncSession(bind=bind) as session:
                return await session.run_sync(work)

        return self._await(run())

    def run_caller(self, work: Callable[[Any], T], on_session: bool, autocommit: bool = False) -> T:
        """``work(handle)`` on a new Session or Connection that the work commits
        itself ("commit as you go"); what it leaves uncommitted is rolled back
        when the handle closes. A connection the stack leaks on the way is let go."""
        try:
            return self._run_caller(work, on_session, autocommit)
        finally:
            self._release_leaked()

    def _release_leaked(self) -> None:
        """Start the caller's pool afresh if a connection is still checked out
        once the caller's handle is closed. Some stacks leak one when a handle
        fails to open (duckdb_engine cannot set AUTOCOMMIT: the connection is
        checked out, the error raised, and the connection is given back only
        when the garbage collector gets to it); left alone, the leaks of
        earlier cells exhaust the pool, and a later cell records rowloss's
        ``QueuePool limit ... reached`` as its own outcome."""
        sync_engine = self.engine.sync_engine if self.is_async else self.engine
        checked_out = getattr(sync_engine.pool, "checkedout", None)
        if checked_out is not None and checked_out() > 0:
            self._dispose(self.engine)

    def _run_caller(self, work: Callable[[Any], T], on_session: bool, autocommit: bool) -> T:
        if on_session:
            return self.run_session(work, autocommit=autocommit)
        engine = self._bind(self.engine, autocommit)
        if not self.is_async:
            with engine.connect() as connection:
                return work(connection)

        async def run() -> T:
            async with engine.connect() as connection:
                return await connection.run_sync(work)

        return self._await(run())

    @contextlib.contextmanager
    def session_statements(self, statements: tuple[str, ...]) -> Iterator[None]:
        """Inside the block, the caller's and rowloss's engines are a pair whose
        every connection runs ``statements``, as an application sets its
        session time zone; no other cell gets those connections. The pair is
        made on first use and kept, so only the first cell of a setting
        connects anew (emptying the pools around every cell instead cost a new
        connection or two each, 45 to 106 ms through some drivers)."""
        if not statements:
            yield
            return
        if statements not in self._session_engines:
            self._session_engines[statements] = (
                self._make_engine(statements),
                self._make_reader(statements),
            )
        usual = self.engine, self.reader
        self.engine, self.reader = self._session_engines[statements]
        try:
            yield
        finally:
            self.engine, self.reader = usual

    def run_connection(self, work: Callable[[Connection], T], engine: Any = None) -> T:
        """``work(connection)`` inside a transaction that commits on success:
        rowloss's own work (tables, baselines, read-back), not the caller's."""
        engine = engine or self.engine
        if not self.is_async:
            with engine.begin() as connection:
                return work(connection)

        async def run() -> T:
            async with engine.begin() as connection:
                return await connection.run_sync(work)

        return self._await(run())

    def stored_rows(self, table: Table, then_empty: bool = False) -> list[dict[str, Any]]:
        """Every row of ``table``, read on the reader's connection (not the one
        that inserted), in primary-key order. ``then_empty``: delete them in
        the same transaction, so that the next batch finds the table empty
        without a transaction of its own to clear it."""

        def read(connection: Connection) -> list[dict[str, Any]]:
            query = select(table).order_by(*table.primary_key.columns)
            rows = [dict(row._mapping) for row in connection.execute(query)]
            if rows and then_empty:
                connection.execute(table.delete())
            return rows

        rows = self.run_connection(read, engine=self.reader)
        if not rows or then_empty:
            self.empty.add(table.name)
        return rows

    # -- life cycle ------------------------------------------------------------
    def probe(self) -> NotRun | None:
        """Connect once, read the self-report, and refuse a server of the wrong
        family. ``None`` when the target is ready."""
        backend = self.spec.backend

        def read(connection: Connection) -> tuple[str, dict[str, str], Capabilities]:
            version = backend.server_version(connection)
            return (
                version,
                backend.server_settings(connection),
                backend.probe_capabilities(connection),
            )

        try:
            version, settings, capabilities = self.run_connection(read)
        except Exception as error:  # any driver error means: cannot measure here
            return NotRun(
                Missing.CONNECT,
                f"connecting to {self.spec.database} through {self.spec.driver.name} failed: "
                f"{first_line(error)}",
            )
        refusal = backend.refusal(version)
        if refusal:
            return NotRun(Missing.SERVER, refusal)
        sync_engine: Engine = self.engine.sync_engine if self.is_async else self.engine
        self.capabilities = capabilities
        self.report = SelfReport(
            server_version=version,
            driver_version=self.spec.driver.version(),
            sqlalchemy_version=sqlalchemy_version(),
            executemany_mode=executemany_mode(
                sync_engine.dialect, self.spec.driver.statement_limit_bytes()
            ),
            settings=settings,
        )
        return None

    def table(self, purpose: str, build: Callable[[MetaData, str], Table]) -> Table:
        """The scratch table for ``purpose``, created on first use."""
        if purpose not in self.tables:
            table = build(MetaData(), scratch_name())
            self.run_connection(table.metadata.create_all)
            self.tables[purpose] = table
            self.empty.add(table.name)
        return self.tables[purpose]

    def model(self, table: Table) -> type:
        """The ORM class mapped to ``table``, made on first use."""
        if table.name not in self.models:
            self.models[table.name] = mapped_class(table)
        return self.models[table.name]

    @contextlib.contextmanager
    def scratch_table(self, build: Callable[[MetaData, str], Table]) -> Iterator[Table]:
        """A table of its own for one use: ``build(metadata, name)`` created
        now and dropped at exit."""
        table = build(MetaData(), scratch_name())
        self.run_connection(table.metadata.create_all)
        try:
            yield table
        finally:
            self.run_connection(table.metadata.drop_all)

    def _dispose(self, *engines: Any) -> None:
        for engine in engines:
            if self.is_async:
                self._await(engine.dispose())
            else:
                engine.dispose()

    def prepare(self, tables: Sequence[Table], baseline: Sequence[Mapping[str, Any]] = ()) -> None:
        """Empty ``tables`` and commit ``baseline`` rows into the first, in one
        transaction; a table known empty is not cleared. The tables are then
        taken to be written to, until a read-back finds one empty again."""
        to_clear = [table for table in tables if table.name not in self.empty]
        if to_clear or baseline:

            def work(connection: Connection) -> None:
                for table in to_clear:
                    connection.execute(table.delete())
                if baseline:
                    connection.execute(tables[0].insert(), [dict(row) for row in baseline])

            self.run_connection(work, engine=self.reader)
        self.empty.difference_update(table.name for table in tables)

    def close(self, drop_tables: bool = True) -> None:
        for table in self.tables.values() if drop_tables else ():
            with contextlib.suppress(Exception):  # a server gone away keeps no tables
                self.run_connection(table.metadata.drop_all)
        self.tables.clear()
        self.models.clear()
        self._dispose(self.engine, self.reader)
        for engines in self._session_engines.values():
            self._dispose(*engines)
        self._session_engines.clear()
        if self._loop is not None:
            self._loop.close()
            self._loop = None


def _runs_on_connect(statements: tuple[str, ...]) -> Callable[..., None]:
    """A connect hook running ``statements``, then committing: a driver that
    opens a transaction on its first statement (psycopg, pg8000) would
    otherwise hand the caller a connection already in one, which an
    autocommit caller cannot switch (SQLAlchemy's own connect-hook recipe
    leaves none open either)."""

    def setup(dbapi_connection: Any, connection_record: Any) -> None:
        with PHASES.phase(DATABASE):
            cursor = dbapi_connection.cursor()
            try:
                for statement in statements:
                    cursor.execute(statement)
            finally:
                cursor.close()
            dbapi_connection.commit()

    return setup


def open_target(spec: TargetSpec, base_url: URL, origin: str) -> Target | NotRun:
    """A probed, ready target, or why it cannot run."""
    driver = spec.driver
    if not driver.installed():
        return NotRun(
            Missing.DRIVER,
            f"driver package {driver.packages[0]} is not installed; "
            f"pip install 'rowloss[{spec.backend.extra}]'",
        )
    url = spec.backend.driver_url(base_url, driver)
    missing = missing_dialect(url)
    if missing:
        return NotRun(Missing.SQLALCHEMY, missing)
    if driver.is_async:
        missing = missing_async_support()
        if missing:
            return NotRun(Missing.DRIVER, missing)
    target = Target(spec, url, origin)
    problem = target.probe()
    if problem:
        target.close()
        return problem
    return target
