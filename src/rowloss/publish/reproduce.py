"""What every reproducer script runs: the steps around its own code.

A reproducer file holds only what is particular to its cell (the table, the
rows, the insert call and the application code around it, as measured); this
module creates the table on the server the user names, commits the baseline,
runs that code, reads the table back, drops the table and prints the outcome
rowloss's oracle gives. Keeping the steps here keeps each reproducer short
enough to read as plain steps.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, registry

from rowloss.oracle import CallerView, judge

Rows = list[dict[str, Any]]
Insert = Callable[[Any, Rows], None]
"""The insert API under test, bound to the table: ``insert(handle, rows)``."""


def unpack(*packed: str) -> Rows:
    """Rows too many to list, kept as their literal, compressed."""
    namespace: dict[str, Any] = {}
    exec("import datetime\nfrom decimal import Decimal", namespace)
    return eval(zlib.decompress(base64.b64decode("".join(packed))).decode(), namespace)


def shown(rows: Rows) -> Any:
    return rows if len(rows) <= 10 else f"{len(rows)} rows, first {rows[:3]}"


class Sink:
    """Where an insert call sends rows: the table, and a mapped class for the ORM."""

    def __init__(self, table: sa.Table) -> None:
        self.table = table
        self.model = type("Row", (registry().generate_base(),), {"__table__": table})


@dataclass(frozen=True)
class Case:
    """One reproducer's particulars, as its script declares them."""

    table_name: str
    build_table: Callable[[sa.MetaData, str], sa.Table]
    call: Callable[[Any, Sink, Rows], Any]
    """The insert API under test, on a Session or a Connection."""
    on_session: bool
    application: Callable[..., None]
    """The application code around the insert, as measured."""
    transaction: str
    """"transaction": one that commits; "autocommit": per statement."""
    session_setup: Sequence[str]
    key: tuple[str, ...]
    baseline: Rows
    sent: Rows
    meant: Rows
    observed: Rows
    wrong_model: bool = False
    """The insert is handed an identical table under another name (the wrong
    model); the intended table is the one read back."""

    def main(self, description: str) -> None:
        parser = argparse.ArgumentParser(description=description.strip().splitlines()[0])
        parser.add_argument("url", help="a SQLAlchemy URL naming the driver")
        url = sa.engine.make_url(parser.parse_args().url)
        metadata = sa.MetaData()
        table = self.build_table(metadata, self.table_name)
        sink = Sink(table)
        if self.wrong_model:
            sink = Sink(self.build_table(metadata, f"{self.table_name}_other"))
        if url.get_dialect().is_async:
            error, stored = asyncio.run(self._run_async(url, metadata, table, sink))
        else:
            error, stored = self._run_sync(url, metadata, table, sink)
        print("meant:   ", shown(self.meant))
        print("stored:  ", shown(stored))
        print("observed by rowloss:", shown(self.observed))
        print("error:   ", error)
        verdict = judge(self.meant, stored, self.key, CallerView(error=error), self.baseline)
        detail = verdict.detail
        if detail.endswith("revealed it"):  # this script does not watch warnings or rowcount
            detail = detail.rsplit("; ", 1)[0]
        print(f"outcome: {verdict.outcome.value} - {detail}")

    def _insert_batch(self, handle: Any, sink: Sink) -> None:
        def insert(handle: Any, rows: Rows) -> None:
            self.call(handle, sink, [dict(row) for row in rows])
            if self.on_session:
                handle.flush()

        self.application(handle, insert, self.sent, sink)

    def _setup(self, dbapi_connection: Any, connection_record: Any) -> None:
        cursor = dbapi_connection.cursor()
        for statement in self.session_setup:
            cursor.execute(statement)
        cursor.close()

    @staticmethod
    def _read_back(connection: Any, table: sa.Table) -> Rows:
        query = sa.select(table).order_by(*table.primary_key.columns)
        return [dict(row._mapping) for row in connection.execute(query)]

    def _run_sync(
        self, url: sa.URL, metadata: sa.MetaData, table: sa.Table, sink: Sink
    ) -> tuple[Any, Rows]:
        engine = sa.create_engine(url)
        sa.event.listen(engine, "connect", self._setup)
        metadata.create_all(engine)
        try:
            if self.baseline:
                with engine.begin() as connection:
                    connection.execute(table.insert(), self.baseline)
            bind = engine
            if self.transaction == "autocommit":
                bind = engine.execution_options(isolation_level="AUTOCOMMIT")
            error = None
            try:
                if self.on_session:
                    with Session(bind=bind) as session:
                        self._insert_batch(session, sink)
                else:
                    with bind.connect() as connection:
                        self._insert_batch(connection, sink)
            except Exception as exc:
                error = f"{type(exc).__name__}: {exc}".splitlines()[0]
            engine.dispose()
            with engine.connect() as connection:
                return error, self._read_back(connection, table)
        finally:
            metadata.drop_all(engine)
            engine.dispose()

    async def _run_async(
        self, url: sa.URL, metadata: sa.MetaData, table: sa.Table, sink: Sink
    ) -> tuple[Any, Rows]:
        from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine

        engine = create_async_engine(url)
        sa.event.listen(engine.sync_engine, "connect", self._setup)
        async with engine.begin() as connection:
            await connection.run_sync(metadata.create_all)
        try:
            if self.baseline:
                async with engine.begin() as connection:
                    await connection.execute(table.insert(), self.baseline)
            bind = engine
            if self.transaction == "autocommit":
                bind = engine.execution_options(isolation_level="AUTOCOMMIT")
            error = None
            try:
                if self.on_session:
                    async with AsyncSession(bind=bind) as session:
                        await session.run_sync(self._insert_batch, sink)
                else:
                    async with bind.connect() as connection:
                        await connection.run_sync(self._insert_batch, sink)
            except Exception as exc:
                error = f"{type(exc).__name__}: {exc}".splitlines()[0]
            await engine.dispose()
            async with engine.connect() as connection:
                stored = await connection.run_sync(self._read_back, table)
                return error, stored
        finally:
            async with engine.begin() as connection:
                await connection.run_sync(metadata.drop_all)
            await engine.dispose()
