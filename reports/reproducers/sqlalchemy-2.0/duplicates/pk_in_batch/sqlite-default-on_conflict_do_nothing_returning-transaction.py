#!/usr/bin/env python3
"""rowloss reproducer: duplicates / pk_in_batch through on_conflict_do_nothing_returning (transaction) on sqlite default, SQLAlchemy 2.0

Measured by rowloss, with this code and these rows:
- aiosqlite 0.22.1 (sqlite 3.40.1, SQLAlchemy 2.0.58): dropped - 1 of 2 rows missing (1); returning revealed it
- pysqlite Python 3.11.7 standard library (sqlite 3.40.1, SQLAlchemy 2.0.58): dropped - 1 of 2 rows missing (1); rowcount and returning revealed it
Batch: 2 rows, faulty at 1

Run it against a server you own; it creates and drops one table, 'rowloss_repro_55d690ae':

    python sqlite-default-on_conflict_do_nothing_returning-transaction.py 'sqlite+DRIVER:///rowloss-repro.db'

with DRIVER one of: aiosqlite, pysqlite. It needs SQLAlchemy, the driver, and rowloss
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

TABLE_NAME = 'rowloss_repro_55d690ae'
TRANSACTION = 'transaction'  # "transaction": one that commits; "autocommit": per statement
SESSION_SETUP = []  # run on every new connection, as rowloss does
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
def on_conflict_do_nothing_returning(connection: Any, sink: Sink, rows: list[dict]) -> Any:
    key = [column.name for column in sink.table.primary_key.columns]
    statement = _upsert_insert(connection, sink.table).values(rows)
    statement = statement.on_conflict_do_nothing(index_elements=key)
    return connection.execute(statement.returning(*sink.table.primary_key.columns))


# The application code around the insert, as measured:
def plain(handle: Any, insert: Insert, rows: Rows, sink: Any) -> None:
    insert(handle, rows)
    handle.commit()


BASELINE = []  # committed before the batch

ROWS_SENT = [
    {'id': 1, 'name': 'person 0', 'email': 'p0@example.org'},
    {'id': 1, 'name': 'person 1', 'email': 'p1@example.org'},
]

ROWS_MEANT = [
    {'id': 1, 'name': 'person 0', 'email': 'p0@example.org'},
    {'id': 1, 'name': 'person 1', 'email': 'p1@example.org'},
]

ROWS_OBSERVED = [
    {'id': 1, 'name': 'person 0', 'email': 'p0@example.org'},
]  # what rowloss read back

if __name__ == "__main__":
    Case(
        TABLE_NAME,
        build_table,
        call=on_conflict_do_nothing_returning,
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
