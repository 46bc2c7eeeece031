#!/usr/bin/env python3
"""rowloss reproducer: truncation / bigint_out_of_range through pandas_to_sql (transaction) on sqlite default, SQLAlchemy 2.0

Measured by rowloss, with this code and these rows:
- aiosqlite 0.22.1 (sqlite 3.40.1, SQLAlchemy 2.0.58): partial - raised OverflowError: Python int too large to convert to SQLite INTEGER; yet 25 of 53 rows missing (29, 30, 31, 32, 33 and 20 more)
- pysqlite Python 3.11.7 standard library (sqlite 3.40.1, SQLAlchemy 2.0.58): partial - raised OverflowError: Python int too large to convert to SQLite INTEGER; yet 25 of 53 rows missing (29, 30, 31, 32, 33 and 20 more)
Batch: 53 rows, faulty at 28, value 22640533170151872512

Run it against a server you own; it creates and drops one table, 'rowloss_repro_98a9a844':

    python sqlite-default-pandas_to_sql-transaction.py 'sqlite+DRIVER:///rowloss-repro.db'

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

from rowloss.publish.reproduce import Case, Insert, Rows, Sink, unpack

TABLE_NAME = 'rowloss_repro_98a9a844'
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
        sa.Column('value', sa.BigInteger()),
        mariadb_charset='utf8mb4',
        mariadb_engine='InnoDB',
        mysql_charset='utf8mb4',
        mysql_engine='InnoDB',
    )


PANDAS_CHUNKSIZE = 1000


# The insert API under test:
def pandas_to_sql(connection: Any, sink: Sink, rows: list[dict]) -> Any:
    import pandas

    frame = pandas.DataFrame(rows)
    return frame.to_sql(
        sink.table.name, connection, if_exists="append", index=False, chunksize=PANDAS_CHUNKSIZE
    )


# The application code around the insert, as measured:
def plain(handle: Any, insert: Insert, rows: Rows, sink: Any) -> None:
    insert(handle, rows)
    handle.commit()


BASELINE = []  # committed before the batch

ROWS_SENT = unpack(  # 53 rows, too many to list
    "eNp91D0KwkAUReHeVUyXJkXu+8lEtxIsBC0EW23EvZsyBN6ZauB0H3dmPbXtfIfnfbg0jW343F7vx3bvv3GfrE5e",
    "p6hT1mmuU6/TUqdznTRBAw8BiEBEQCIwEaAIVAQsAhcDF6OdgIuBi4GLgYuBi4GLgYvtXczmmNJdfVJq6Zayw/6B",
    "yoHK6U0BlQOVA5UDlQOVA5XDhAJcAlwCXII+G3AJcAlwCXAJcAlwSXBJcElwyaPL9Q9+8GxS",
)

ROWS_MEANT = unpack(  # 53 rows, too many to list
    "eNp91D0KwkAUReHeVUyXJkXu+8lEtxIsBC0EW23EvZsyBN6ZauB0H3dmPbXtfIfnfbg0jW343F7vx3bvv3GfrE5e",
    "p6hT1mmuU6/TUqdznTRBAw8BiEBEQCIwEaAIVAQsAhcDF6OdgIuBi4GLgYuBi4GLgYvtXczmmNJdfVJq6Zayw/6B",
    "yoHK6U0BlQOVA5UDlQOVA5XDhAJcAlwCXII+G3AJcAlwCXAJcAlwSXBJcElwyaPL9Q9+8GxS",
)

ROWS_OBSERVED = [
    {'id': 1, 'value': 7},
    {'id': 2, 'value': 7},
    {'id': 3, 'value': 7},
    {'id': 4, 'value': 7},
    {'id': 5, 'value': 7},
    {'id': 6, 'value': 7},
    {'id': 7, 'value': 7},
    {'id': 8, 'value': 7},
    {'id': 9, 'value': 7},
    {'id': 10, 'value': 7},
    {'id': 11, 'value': 7},
    {'id': 12, 'value': 7},
    {'id': 13, 'value': 7},
    {'id': 14, 'value': 7},
    {'id': 15, 'value': 7},
    {'id': 16, 'value': 7},
    {'id': 17, 'value': 7},
    {'id': 18, 'value': 7},
    {'id': 19, 'value': 7},
    {'id': 20, 'value': 7},
    {'id': 21, 'value': 7},
    {'id': 22, 'value': 7},
    {'id': 23, 'value': 7},
    {'id': 24, 'value': 7},
    {'id': 25, 'value': 7},
    {'id': 26, 'value': 7},
    {'id': 27, 'value': 7},
    {'id': 28, 'value': 7},
]  # what rowloss read back

if __name__ == "__main__":
    Case(
        TABLE_NAME,
        build_table,
        call=pandas_to_sql,
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
