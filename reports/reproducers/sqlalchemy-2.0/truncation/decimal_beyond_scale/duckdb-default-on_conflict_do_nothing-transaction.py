#!/usr/bin/env python3
"""rowloss reproducer: truncation / decimal_beyond_scale through on_conflict_do_nothing (transaction) on duckdb default, SQLAlchemy 2.0

NUMERIC(8, 2) given a third decimal place.
Measured by rowloss, with this code and these rows:
- duckdb_engine 0.17.0 (duckdb v1.2.2, SQLAlchemy 2.0.58): altered - 1 rows changed in value (1.value: rounded to Decimal('0.02') from Decimal('0.015') (2 decimal places)); nothing revealed it
Batch: 1 rows, faulty at 0, value Decimal('0.015')

Run it against a server you own; it creates and drops one table, 'rowloss_repro_8ed26b79':

    python duckdb-default-on_conflict_do_nothing-transaction.py 'duckdb:///rowloss-repro.duckdb'

with DRIVER one of: duckdb_engine. It needs SQLAlchemy, the driver, and rowloss
(for the steps around this code and the verdict: rowloss/publish/reproduce.py).
"""

from __future__ import annotations

import logging
from typing import Any

import datetime
import importlib
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy import func, insert, select, text

from rowloss.publish.reproduce import Case, Insert, Rows, Sink

TABLE_NAME = 'rowloss_repro_8ed26b79'
TRANSACTION = 'transaction'  # "transaction": one that commits; "autocommit": per statement
SESSION_SETUP = ["SET TimeZone = 'UTC'"]  # run on every new connection, as rowloss does
KEY = ('id',)
CHUNK = 10  # rows per call where the application inserts in chunks
logger = logging.getLogger("application")


def build_table(metadata, name):
    return sa.Table(
        name,
        metadata,
        sa.Column('id', sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column('value', sa.Numeric(precision=8, scale=2)),
        mariadb_charset='utf8mb4',
        mariadb_engine='InnoDB',
        mysql_charset='utf8mb4',
        mysql_engine='InnoDB',
    )


def _upsert_insert(connection: Any, table: Table) -> Any:
    """The dialect's own ``insert()``, the one with ``on_conflict_*`` or
    ``on_duplicate_key_update``: that of the SQLAlchemy dialect package the
    connection's dialect is (or is built on)."""
    for dialect_class in type(connection.dialect).__mro__:
        package = dialect_class.__module__.rpartition(".")[0]
        if package.startswith("sqlalchemy.dialects."):
            return importlib.import_module(package).insert(table)
    raise LookupError(f"{connection.dialect.name} has no insert() of its own")


# The insert API under test:
def on_conflict_do_nothing(connection: Any, sink: Sink, rows: list[dict]) -> Any:
    key = [column.name for column in sink.table.primary_key.columns]
    statement = _upsert_insert(connection, sink.table).values(rows)
    return connection.execute(statement.on_conflict_do_nothing(index_elements=key))


# The application code around the insert, as measured:
def plain(handle: Any, insert: Insert, rows: Rows, sink: Any) -> None:
    insert(handle, rows)
    handle.commit()


BASELINE = []  # committed before the batch

ROWS_SENT = [
    {'id': 1, 'value': Decimal('0.015')},
]

ROWS_MEANT = [
    {'id': 1, 'value': Decimal('0.015')},
]

ROWS_OBSERVED = [
    {'id': 1, 'value': Decimal('0.02')},
]  # what rowloss read back

if __name__ == "__main__":
    Case(
        TABLE_NAME,
        build_table,
        call=on_conflict_do_nothing,
        on_session=False,
        application=plain,
        transaction=TRANSACTION,
        session_setup=SESSION_SETUP,
        key=KEY,
        baseline=BASELINE,
        sent=ROWS_SENT,
        meant=ROWS_MEANT,
        observed=ROWS_OBSERVED,
    ).main(__doc__)
