#!/usr/bin/env python3
"""rowloss reproducer: failed_session / chunks_skipping_errors through on_duplicate_key_update (autocommit) on mariadb permissive, SQLAlchemy 2.0

chunks of 10 rows, a failed chunk logged and skipped without rollback, then one commit.
Measured by rowloss, with this code and these rows:
- aiomysql 0.3.2 (mariadb 10.11.19-MariaDB-0+deb12u1, SQLAlchemy 2.0.58): dropped - 1 of 11 rows missing (1); rowcount revealed it
- asyncmy 0.2.18 (mariadb 10.11.19-MariaDB-0+deb12u1, SQLAlchemy 2.0.58): dropped - 1 of 11 rows missing (1); rowcount revealed it
- mariadbconnector 1.1.14 (mariadb 10.11.19-MariaDB-0+deb12u1, SQLAlchemy 2.0.58): dropped - 1 of 11 rows missing (1); rowcount revealed it
- mysqlconnector 26.10.0 (mariadb 10.11.19-MariaDB-0+deb12u1, SQLAlchemy 2.0.58): dropped - 1 of 11 rows missing (1); nothing revealed it
- mysqldb 2.3.2 (mariadb 10.11.19-MariaDB-0+deb12u1, SQLAlchemy 2.0.58): dropped - 1 of 11 rows missing (1); rowcount revealed it
- pymysql 1.2.4 (mariadb 10.11.19-MariaDB-0+deb12u1, SQLAlchemy 2.0.58): dropped - 1 of 11 rows missing (1); rowcount revealed it
Batch: 11 rows, faulty at 1

Run it against a server you own; it creates and drops one table, 'rowloss_repro_2cd7d93e':

    python mariadb-permissive-on_duplicate_key_update-autocommit.py 'mariadb+DRIVER://user:password@host/db'

with DRIVER one of: aiomysql, asyncmy, mariadbconnector, mysqlconnector, mysqldb, pymysql. It needs SQLAlchemy, the driver, and rowloss
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

TABLE_NAME = 'rowloss_repro_2cd7d93e'
TRANSACTION = 'autocommit'  # "transaction": one that commits; "autocommit": per statement
SESSION_SETUP = ["SET SESSION time_zone = '+00:00'", "SET SESSION sql_mode = ''"]  # run on every new connection, as rowloss does
KEY = ('id',)
CHUNK = 10  # rows per call where the application inserts in chunks
logger = logging.getLogger("application")


def build_table(metadata, name):
    return sa.Table(
        name,
        metadata,
        sa.Column('id', sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column('name', sa.String(length=40), nullable=False),
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
def on_duplicate_key_update(connection: Any, sink: Sink, rows: list[dict]) -> Any:
    statement = _upsert_insert(connection, sink.table).values(rows)
    changes = {c.name: statement.inserted[c.name] for c in sink.table.columns if not c.primary_key}
    return connection.execute(statement.on_duplicate_key_update(changes))


# The application code around the insert, as measured:
def chunks_skipping_errors(handle: Any, insert: Insert, rows: Rows, sink: Any) -> None:
    for start in range(0, len(rows), CHUNK):
        try:
            insert(handle, rows[start : start + CHUNK])
        except Exception:
            logger.warning("chunk at row %d failed; going on", start)
    handle.commit()


BASELINE = []  # committed before the batch

ROWS_SENT = [
    {'id': 1, 'name': 'person 0'},
    {'id': 1, 'name': 'person 1'},
    {'id': 3, 'name': 'person 2'},
    {'id': 4, 'name': 'person 3'},
    {'id': 5, 'name': 'person 4'},
    {'id': 6, 'name': 'person 5'},
    {'id': 7, 'name': 'person 6'},
    {'id': 8, 'name': 'person 7'},
    {'id': 9, 'name': 'person 8'},
    {'id': 10, 'name': 'person 9'},
    {'id': 11, 'name': 'person 10'},
]

ROWS_MEANT = [
    {'id': 1, 'name': 'person 0'},
    {'id': 1, 'name': 'person 1'},
    {'id': 3, 'name': 'person 2'},
    {'id': 4, 'name': 'person 3'},
    {'id': 5, 'name': 'person 4'},
    {'id': 6, 'name': 'person 5'},
    {'id': 7, 'name': 'person 6'},
    {'id': 8, 'name': 'person 7'},
    {'id': 9, 'name': 'person 8'},
    {'id': 10, 'name': 'person 9'},
    {'id': 11, 'name': 'person 10'},
]

ROWS_OBSERVED = [
    {'id': 1, 'name': 'person 1'},
    {'id': 3, 'name': 'person 2'},
    {'id': 4, 'name': 'person 3'},
    {'id': 5, 'name': 'person 4'},
    {'id': 6, 'name': 'person 5'},
    {'id': 7, 'name': 'person 6'},
    {'id': 8, 'name': 'person 7'},
    {'id': 9, 'name': 'person 8'},
    {'id': 10, 'name': 'person 9'},
    {'id': 11, 'name': 'person 10'},
]  # what rowloss read back

if __name__ == "__main__":
    Case(
        TABLE_NAME,
        build_table,
        call=on_duplicate_key_update,
        on_session=False,
        application=chunks_skipping_errors,
        transaction=TRANSACTION,
        session_setup=SESSION_SETUP,
        key=KEY,
        baseline=BASELINE,
        sent=ROWS_SENT,
        meant=ROWS_MEANT,
        observed=ROWS_OBSERVED,
    ).main(__doc__)
