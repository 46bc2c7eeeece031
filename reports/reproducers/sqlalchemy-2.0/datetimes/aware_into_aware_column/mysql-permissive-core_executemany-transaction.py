#!/usr/bin/env python3
"""rowloss reproducer: datetimes / aware_into_aware_column through core_executemany (transaction) on mysql permissive, SQLAlchemy 2.0

aware datetimes (offsets -12:00 to +14:00) into DateTime(timezone=True).
Measured by rowloss, with this code and these rows:
- aiomysql 0.3.2 (mysql 9.7.4-2, SQLAlchemy 2.0.58): altered - 1 rows changed in at (1.at: offset dropped, wall clock kept (instant changed)); nothing revealed it
- asyncmy 0.2.18 (mysql 9.7.4-2, SQLAlchemy 2.0.58): altered - 1 rows changed in at (1.at: offset dropped, wall clock kept (instant changed)); nothing revealed it
- mysqlconnector 26.10.0 (mysql 9.7.4-2, SQLAlchemy 2.0.58): altered - 1 rows changed in at (1.at: offset dropped, wall clock kept (instant changed)); nothing revealed it
- mysqldb 2.3.2 (mysql 9.7.4-2, SQLAlchemy 2.0.58): altered - 1 rows changed in at (1.at: offset dropped, wall clock kept (instant changed)); nothing revealed it
- pymysql 1.2.4 (mysql 9.7.4-2, SQLAlchemy 2.0.58): altered - 1 rows changed in at (1.at: offset dropped, wall clock kept (instant changed)); nothing revealed it
Batch: 1 rows, faulty at 0, value ((23, 30), -720)

Run it against a server you own; it creates and drops one table, 'rowloss_repro_b28aeed2':

    python mysql-permissive-core_executemany-transaction.py 'mysql+DRIVER://user:password@host/db'

with DRIVER one of: aiomysql, asyncmy, mysqlconnector, mysqldb, pymysql. It needs SQLAlchemy, the driver, and rowloss
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

TABLE_NAME = 'rowloss_repro_b28aeed2'
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
        sa.Column('at', sa.DateTime(timezone=True)),
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
    {'id': 1, 'at': datetime.datetime(2024, 12, 31, 23, 30, tzinfo=datetime.timezone(datetime.timedelta(days=-1, seconds=43200)))},
]

ROWS_MEANT = [
    {'id': 1, 'at': datetime.datetime(2024, 12, 31, 23, 30, tzinfo=datetime.timezone(datetime.timedelta(days=-1, seconds=43200)))},
]

ROWS_OBSERVED = [
    {'id': 1, 'at': datetime.datetime(2024, 12, 31, 23, 30)},
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
