#!/usr/bin/env python3
"""rowloss reproducer: key_drift / absent_key_server_default through on_duplicate_key_update (transaction) on mariadb permissive, SQLAlchemy 2.0

rows without 'status' are meant to get the server default 'new'.
Measured by rowloss, with this code and these rows:
- aiomysql 0.3.2 (mariadb 10.11.19-MariaDB-0+deb12u1, SQLAlchemy 2.0.58): altered - 1 rows changed in status (2.status: 'new' stored for 'active'); nothing revealed it
- asyncmy 0.2.18 (mariadb 10.11.19-MariaDB-0+deb12u1, SQLAlchemy 2.0.58): altered - 1 rows changed in status (2.status: 'new' stored for 'active'); nothing revealed it
- mariadbconnector 1.1.14 (mariadb 10.11.19-MariaDB-0+deb12u1, SQLAlchemy 2.0.58): altered - 1 rows changed in status (2.status: 'new' stored for 'active'); nothing revealed it
- mysqlconnector 26.10.0 (mariadb 10.11.19-MariaDB-0+deb12u1, SQLAlchemy 2.0.58): altered - 1 rows changed in status (2.status: 'new' stored for 'active'); nothing revealed it
- mysqldb 2.3.2 (mariadb 10.11.19-MariaDB-0+deb12u1, SQLAlchemy 2.0.58): altered - 1 rows changed in status (2.status: 'new' stored for 'active'); nothing revealed it
- pymysql 1.2.4 (mariadb 10.11.19-MariaDB-0+deb12u1, SQLAlchemy 2.0.58): altered - 1 rows changed in status (2.status: 'new' stored for 'active'); nothing revealed it
Batch: 2 rows, faulty at 0

Run it against a server you own; it creates and drops one table, 'rowloss_repro_d92925c3':

    python mariadb-permissive-on_duplicate_key_update-transaction.py 'mariadb+DRIVER://user:password@host/db'

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

TABLE_NAME = 'rowloss_repro_d92925c3'
TRANSACTION = 'transaction'  # "transaction": one that commits; "autocommit": per statement
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
        sa.Column('status', sa.String(length=20), server_default=sa.text("'new'")),
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
def plain(handle: Any, insert: Insert, rows: Rows, sink: Any) -> None:
    insert(handle, rows)
    handle.commit()


BASELINE = []  # committed before the batch

ROWS_SENT = [
    {'id': 1, 'name': 'contact 0'},
    {'id': 2, 'name': 'contact 1', 'status': 'active'},
]

ROWS_MEANT = [
    {'id': 1, 'name': 'contact 0', 'status': 'new'},
    {'id': 2, 'name': 'contact 1', 'status': 'active'},
]

ROWS_OBSERVED = [
    {'id': 1, 'name': 'contact 0', 'status': 'new'},
    {'id': 2, 'name': 'contact 1', 'status': 'new'},
]  # what rowloss read back

if __name__ == "__main__":
    Case(
        TABLE_NAME,
        build_table,
        call=on_duplicate_key_update,
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
