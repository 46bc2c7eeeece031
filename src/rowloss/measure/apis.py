"""The insert APIs users call, one small function each, all of one shape:
``(session or connection, sink, rows) -> result or None``.

Each function is the code a user writes, no more, so that a reproducer can show
it as is and a remedy can wrap it. :func:`send` runs one of them the way an
application does (in a transaction that commits, or in autocommit mode), on a
sync or async driver, and returns what the caller could see.
"""

from __future__ import annotations

import importlib
import importlib.util
import warnings
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.exc import SAWarning

from rowloss.backends import Backend
from rowloss.measure import callers
from rowloss.measure.callers import Caller
from rowloss.measure.sqla import missing_insert_feature
from rowloss.measure.targets import Target, first_line
from rowloss.oracle import CallerView
from rowloss.redact import stable_text

Rows = Sequence[Mapping[str, Any]]
TRANSACTIONS = ("transaction", "autocommit")
"""``transaction``: one transaction that commits at the end (rolled back on
error); ``autocommit``: the connection commits each statement by itself."""


@dataclass(frozen=True)
class Sink:
    """Where a batch goes: the table, and an ORM class mapped to it."""

    table: Table
    model: type


# -- the APIs: code as users write it ---------------------------------------------


def bulk_insert_mappings(session: Any, sink: Sink, rows: list[dict[str, Any]]) -> None:
    session.bulk_insert_mappings(sink.model, rows)


def bulk_insert_mappings_render_nulls(session: Any, sink: Sink, rows: list[dict]) -> None:
    session.bulk_insert_mappings(sink.model, rows, render_nulls=True)


def bulk_insert_mappings_return_defaults(session: Any, sink: Sink, rows: list[dict]) -> None:
    session.bulk_insert_mappings(sink.model, rows, return_defaults=True)


def orm_bulk_insert(session: Any, sink: Sink, rows: list[dict]) -> Any:
    return session.execute(insert(sink.model), rows)


def add_all(session: Any, sink: Sink, rows: list[dict]) -> None:
    session.add_all([sink.model(**row) for row in rows])


def bulk_save_objects(session: Any, sink: Sink, rows: list[dict]) -> None:
    session.bulk_save_objects([sink.model(**row) for row in rows])


def core_executemany(connection: Any, sink: Sink, rows: list[dict]) -> Any:
    return connection.execute(sink.table.insert(), rows)


def core_multivalues(connection: Any, sink: Sink, rows: list[dict]) -> Any:
    return connection.execute(sink.table.insert().values(rows))


def _upsert_insert(connection: Any, table: Table) -> Any:
    """The dialect's own ``insert()``, the one with ``on_conflict_*`` or
    ``on_duplicate_key_update``: that of the SQLAlchemy dialect package the
    connection's dialect is (or is built on)."""
    for dialect_class in type(connection.dialect).__mro__:
        package = dialect_class.__module__.rpartition(".")[0]
        if package.startswith("sqlalchemy.dialects."):
            return importlib.import_module(package).insert(table)
    raise LookupError(f"{connection.dialect.name} has no insert() of its own")


def on_conflict_do_nothing(connection: Any, sink: Sink, rows: list[dict]) -> Any:
    key = [column.name for column in sink.table.primary_key.columns]
    statement = _upsert_insert(connection, sink.table).values(rows)
    return connection.execute(statement.on_conflict_do_nothing(index_elements=key))


def on_conflict_do_nothing_returning(connection: Any, sink: Sink, rows: list[dict]) -> Any:
    key = [column.name for column in sink.table.primary_key.columns]
    statement = _upsert_insert(connection, sink.table).values(rows)
    statement = statement.on_conflict_do_nothing(index_elements=key)
    return connection.execute(statement.returning(*sink.table.primary_key.columns))


def on_conflict_do_update(connection: Any, sink: Sink, rows: list[dict]) -> Any:
    key = [column.name for column in sink.table.primary_key.columns]
    statement = _upsert_insert(connection, sink.table).values(rows)
    changes = {c.name: statement.excluded[c.name] for c in sink.table.columns if c.name not in key}
    return connection.execute(statement.on_conflict_do_update(index_elements=key, set_=changes))


def on_duplicate_key_update(connection: Any, sink: Sink, rows: list[dict]) -> Any:
    statement = _upsert_insert(connection, sink.table).values(rows)
    changes = {c.name: statement.inserted[c.name] for c in sink.table.columns if not c.primary_key}
    return connection.execute(statement.on_duplicate_key_update(changes))


PANDAS_CHUNKSIZE = 1000
"""Rows per ``to_sql`` chunk: SQLAlchemy's default page size, so one batch
crosses both boundaries at the same row."""


def pandas_to_sql(connection: Any, sink: Sink, rows: list[dict]) -> Any:
    import pandas

    frame = pandas.DataFrame(rows)
    return frame.to_sql(
        sink.table.name, connection, if_exists="append", index=False, chunksize=PANDAS_CHUNKSIZE
    )


def pandas_to_sql_multi(connection: Any, sink: Sink, rows: list[dict]) -> Any:
    import pandas

    frame = pandas.DataFrame(rows)
    return frame.to_sql(
        sink.table.name,
        connection,
        if_exists="append",
        index=False,
        method="multi",
        chunksize=PANDAS_CHUNKSIZE,
    )


def insert_ignore(connection: Any, sink: Sink, rows: list[dict]) -> Any:
    return connection.execute(sink.table.insert().prefix_with("IGNORE"), rows)


def insert_or_ignore(connection: Any, sink: Sink, rows: list[dict]) -> Any:
    return connection.execute(sink.table.insert().prefix_with("OR IGNORE"), rows)


# -- the registry ---------------------------------------------------------------------


@dataclass(frozen=True)
class Api:
    name: str
    call: Callable[[Any, Sink, list[dict[str, Any]]], Any]
    on_session: bool
    """Called with a Session (ORM APIs) rather than a Connection (Core)."""
    needs: tuple[str, ...] = ()
    """Capabilities the database family must declare for the API to apply."""
    returning: bool = False
    """The statement has RETURNING; its rows are counted as a signal."""
    module: str | None = None
    """A package the API comes from that rowloss does not require (pandas)."""
    extra: str = ""
    """The pip extra that installs ``module``."""

    def __str__(self) -> str:
        return self.name

    def applies_to(self, backend: Backend) -> bool:
        return all(getattr(backend.capabilities, need) for need in self.needs)

    def missing_here(self, target: Target) -> str | None:
        """Why this API cannot execute on this live target, or ``None``."""
        if self.module and importlib.util.find_spec(self.module) is None:
            return f"{self.module} is not installed; pip install 'rowloss[{self.extra}]'"
        for need in self.needs:
            if not getattr(target.capabilities, need):
                server = target.report.server_version if target.report else "this server"
                return f"{target.spec.database} {server} lacks {need.replace('_', ' ')}"
        if self.returning:
            return missing_insert_feature(target.engine, "returning")
        return None


API_LIST = (
    Api("bulk_insert_mappings", bulk_insert_mappings, on_session=True),
    Api("bulk_insert_mappings_render_nulls", bulk_insert_mappings_render_nulls, True),
    Api("bulk_insert_mappings_return_defaults", bulk_insert_mappings_return_defaults, True),
    Api("orm_bulk_insert", orm_bulk_insert, on_session=True),
    Api("add_all", add_all, on_session=True),
    Api("bulk_save_objects", bulk_save_objects, on_session=True),
    Api("core_executemany", core_executemany, on_session=False),
    Api("core_multivalues", core_multivalues, on_session=False),
    Api("on_conflict_do_nothing", on_conflict_do_nothing, False, ("on_conflict_do_nothing",)),
    Api(
        "on_conflict_do_nothing_returning",
        on_conflict_do_nothing_returning,
        False,
        ("on_conflict_do_nothing", "returning"),
        returning=True,
    ),
    Api("on_conflict_do_update", on_conflict_do_update, False, ("on_conflict_do_update",)),
    Api("on_duplicate_key_update", on_duplicate_key_update, False, ("on_duplicate_key_update",)),
    Api("insert_ignore", insert_ignore, False, ("insert_ignore",)),
    Api("insert_or_ignore", insert_or_ignore, False, ("insert_or_ignore",)),
    Api("pandas_to_sql", pandas_to_sql, False, module="pandas", extra="pandas"),
    Api("pandas_to_sql_multi", pandas_to_sql_multi, False, module="pandas", extra="pandas"),
)
APIS: dict[str, Api] = {api.name: api for api in API_LIST}


# -- running one ----------------------------------------------------------------------


@dataclass
class Watch:
    """What the caller saw while the insert ran."""

    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    server_warnings: tuple[str, ...] = ()
    rowcount: int | None = None
    returned: int | None = None
    swallowed: list[str] = field(default_factory=list)

    def view(self) -> CallerView:
        return CallerView(
            error=self.error,
            swallowed=tuple(self.swallowed),
            warnings=tuple(sorted(set(self.warnings))),
            server_warnings=self.server_warnings,
            rowcount=self.rowcount,
            returned=self.returned,
        )


@contextmanager
def watch() -> Iterator[Watch]:
    """Keep the block's exception and driver warnings instead of raising them.

    SQLAlchemy's own warnings are left out: it emits several of them once per
    process, so they would make a cell depend on which test ran first.
    """
    seen = Watch()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            yield seen
        except Exception as error:  # the outcome, not a failure of the suite
            seen.error = first_line(error)
    seen.warnings.extend(
        f"{w.category.__name__}: {w.message}"
        for w in caught
        if not issubclass(w.category, SAWarning)
    )


def _note_result(seen: Watch, api: Api, result: Any) -> None:
    """Add up what the results of the caller's insert calls said."""
    if result is None:
        return
    if isinstance(result, int):  # pandas: the rows it reports written
        seen.rowcount = (seen.rowcount or 0) + result
        return
    if api.returning:
        seen.returned = (seen.returned or 0) + len(result.all())
    rowcount = getattr(result, "rowcount", None)
    if isinstance(rowcount, int) and rowcount >= 0:
        seen.rowcount = (seen.rowcount or 0) + rowcount


def send(
    api: Api,
    target: Target,
    sink: Sink,
    rows: Rows,
    transaction: str,
    caller: Caller = callers.plain,
) -> CallerView:
    """Run ``api`` with a private copy of ``rows`` inside ``caller`` (the
    application code around it), in a transaction that the caller commits or in
    autocommit mode, and return what the caller could see. Errors that escape
    the caller are kept, not raised; errors it swallowed are noted."""
    backend = target.spec.backend
    raised: list[str] = []

    with watch() as seen:

        def insert(handle: Any, part: Rows) -> None:
            try:  # a private copy per call: values are immutable, APIs may add keys
                _note_result(seen, api, api.call(handle, sink, [dict(row) for row in part]))
                if api.on_session:
                    handle.flush()
                connection = handle.connection() if api.on_session else handle
                # Made the same in every run: a warning names the per-run table.
                warnings = backend.server_warnings(connection)
                seen.server_warnings += tuple(stable_text(text) for text in warnings)
            except Exception as error:
                raised.append(first_line(error))
                raise

        target.run_caller(
            lambda handle: caller(handle, insert, rows, sink),
            on_session=api.on_session,
            autocommit=transaction == "autocommit",
        )
    seen.swallowed = [error for error in raised if error != seen.error]
    return seen.view()
