#!/usr/bin/env python3
"""rowloss reproducer: datetimes / impossible_date_string through pandas_to_sql (autocommit) on mariadb permissive, SQLAlchemy 2.0

a date that does not exist, given as a string.
Measured by rowloss, with this code and these rows:
- aiomysql 0.3.2 (mariadb 10.11.19-MariaDB-0+deb12u1, SQLAlchemy 2.0.58): altered - 1 rows changed in at (1.at: '0000-00-00 00:00:00' stored for '2024-02-30 12:00:00'); warning revealed it
- asyncmy 0.2.18 (mariadb 10.11.19-MariaDB-0+deb12u1, SQLAlchemy 2.0.58): altered - 1 rows changed in at (1.at: '0000-00-00 00:00:00' stored for '2024-02-30 12:00:00'); warning revealed it
- pymysql 1.2.4 (mariadb 10.11.19-MariaDB-0+deb12u1, SQLAlchemy 2.0.58): altered - 1 rows changed in at (1.at: '0000-00-00 00:00:00' stored for '2024-02-30 12:00:00'); warning revealed it
Batch: 1 rows, faulty at 0, value '2024-02-30 12:00:00'

Run it against a server you own; it creates and drops one table, 'rowloss_repro_eb46811c':

    python mariadb-permissive-pandas_to_sql-autocommit-aiomysql.py 'mariadb+DRIVER://user:password@host/db'

with DRIVER one of: aiomysql, asyncmy, pymysql. It needs SQLAlchemy, the driver, and rowloss
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

TABLE_NAME = 'rowloss_repro_eb46811c'
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
        sa.Column('at', sa.DateTime()),
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
    {'id': 1, 'at': '2024-02-30 12:00:00'},
]

ROWS_MEANT = [
    {'id': 1, 'at': '2024-02-30 12:00:00'},
]

ROWS_OBSERVED = [
    {'id': 1, 'at': '0000-00-00 00:00:00'},
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
