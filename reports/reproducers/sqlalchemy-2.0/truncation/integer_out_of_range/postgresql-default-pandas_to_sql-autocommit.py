#!/usr/bin/env python3
"""rowloss reproducer: truncation / integer_out_of_range through pandas_to_sql (autocommit) on postgresql default, SQLAlchemy 2.0

Measured by rowloss, with this code and these rows:
- pg8000 1.31.6 (postgresql 15.20 (Debian 15.20-0+deb12u1), SQLAlchemy 2.0.58): partial - raised DatabaseError: Execution failed on sql 'INSERT INTO <table> (id, value) VALUES (:id, :value)': (pg8000.dbapi.ProgrammingError) {'S': 'ERROR', 'V': 'ERROR', 'C': '22003', 'M': 'integer out of range', 'F': 'int8.c', 'L': '1298', 'R': 'int84'}; yet 1 of 2 rows missing (2)
Batch: 2 rows, faulty at 1, value 2147483648

Run it against a server you own; it creates and drops one table, 'rowloss_repro_2e904558':

    python postgresql-default-pandas_to_sql-autocommit.py 'postgresql+DRIVER://user:password@host/db'

with DRIVER one of: pg8000. It needs SQLAlchemy, the driver, and rowloss
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

TABLE_NAME = 'rowloss_repro_2e904558'
TRANSACTION = 'autocommit'  # "transaction": one that commits; "autocommit": per statement
SESSION_SETUP = ["SET TIME ZONE 'UTC'"]  # run on every new connection, as rowloss does
KEY = ('id',)
CHUNK = 10  # rows per call where the application inserts in chunks
logger = logging.getLogger("application")


def build_table(metadata, name):
    return sa.Table(
        name,
        metadata,
        sa.Column('id', sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column('value', sa.Integer()),
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

ROWS_SENT = [
    {'id': 1, 'value': 7},
    {'id': 2, 'value': 2147483648},
]

ROWS_MEANT = [
    {'id': 1, 'value': 7},
    {'id': 2, 'value': 2147483648},
]

ROWS_OBSERVED = [
    {'id': 1, 'value': 7},
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
