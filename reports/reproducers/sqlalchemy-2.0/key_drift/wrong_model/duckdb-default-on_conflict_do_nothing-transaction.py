#!/usr/bin/env python3
"""rowloss reproducer: key_drift / wrong_model through on_conflict_do_nothing (transaction) on duckdb default, SQLAlchemy 2.0

the API is given another model (table) of the same shape.
Measured by rowloss, with this code and these rows:
- duckdb_engine 0.17.0 (duckdb v1.2.2, SQLAlchemy 2.0.58): dropped - 1 of 1 rows missing (1); nothing revealed it (the other model's table got 1 rows)
Batch: 1 rows, faulty at 0

Run it against a server you own; it creates and drops one table, 'rowloss_repro_d5dd96ea':

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

TABLE_NAME = 'rowloss_repro_d5dd96ea'
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
        sa.Column('name', sa.String(length=40), nullable=False),
        sa.Column('email', sa.String(length=80)),
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
    {'id': 1, 'name': 'contact 0', 'email': 'c0@example.org'},
]

ROWS_MEANT = [
    {'id': 1, 'name': 'contact 0', 'email': 'c0@example.org'},
]

ROWS_OBSERVED = []  # what rowloss read back

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
        wrong_model=True,  # the insert is handed the wrong model
    ).main(__doc__)
