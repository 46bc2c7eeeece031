#!/usr/bin/env python3
"""rowloss reproducer: pitfalls / explicit_none_for_not_null through core_executemany (autocommit) on sqlite default, SQLAlchemy 2.0

None given for a NOT NULL column without a default.
Measured by rowloss, with this code and these rows:
- aiosqlite 0.22.1 (sqlite 3.40.1, SQLAlchemy 2.0.58): partial - raised IntegrityError: (sqlite3.IntegrityError) NOT NULL constraint failed: <table>.name; yet 1 of 2 rows missing (2)
- pysqlite Python 3.11.7 standard library (sqlite 3.40.1, SQLAlchemy 2.0.58): partial - raised IntegrityError: (sqlite3.IntegrityError) NOT NULL constraint failed: <table>.name; yet 1 of 2 rows missing (2)
Batch: 2 rows, faulty at 1

Run it against a server you own; it creates and drops one table, 'rowloss_repro_67237cf4':

    python sqlite-default-core_executemany-autocommit.py 'sqlite+DRIVER:///rowloss-repro.db'

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

TABLE_NAME = 'rowloss_repro_67237cf4'
TRANSACTION = 'autocommit'  # "transaction": one that commits; "autocommit": per statement
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
        mariadb_charset='utf8mb4',
        mariadb_engine='InnoDB',
        mysql_charset='utf8mb4',
        mysql_engine='InnoDB',
    )


# The insert API under test:
def core_executemany(connection: Any, sink: Sink, rows: list[dict]) -> Any:
    return connection.execute(sink.table.insert(), rows)


# The application code around the insert, as measured:
def plain(handle: Any, insert: Insert, rows: Rows, sink: Any) -> None:
    insert(handle, rows)
    handle.commit()


BASELINE = []  # committed before the batch

ROWS_SENT = [
    {'id': 1, 'name': 'person 0'},
    {'id': 2, 'name': None},
]

ROWS_MEANT = [
    {'id': 1, 'name': 'person 0'},
    {'id': 2, 'name': None},
]

ROWS_OBSERVED = [
    {'id': 1, 'name': 'person 0'},
]  # what rowloss read back

if __name__ == "__main__":
    Case(
        TABLE_NAME,
        build_table,
        call=core_executemany,
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
