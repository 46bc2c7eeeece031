#!/usr/bin/env python3
"""rowloss reproducer: truncation / string_too_long_multibyte through pandas_to_sql_multi (transaction) on mariadb permissive, SQLAlchemy 2.0

VARCHAR(10) given 11 or more two-byte characters.
Measured by rowloss, with this code and these rows:
- aiomysql 0.3.2 (mariadb 10.11.19-MariaDB-0+deb12u1, SQLAlchemy 2.0.58): altered - 1 rows changed in value (1.value: truncated to 10 of 11 characters); warning revealed it
- asyncmy 0.2.18 (mariadb 10.11.19-MariaDB-0+deb12u1, SQLAlchemy 2.0.58): altered - 1 rows changed in value (1.value: truncated to 10 of 11 characters); warning revealed it
- mariadbconnector 1.1.14 (mariadb 10.11.19-MariaDB-0+deb12u1, SQLAlchemy 2.0.58): altered - 1 rows changed in value (1.value: truncated to 10 of 11 characters); warning revealed it
- mysqlconnector 26.10.0 (mariadb 10.11.19-MariaDB-0+deb12u1, SQLAlchemy 2.0.58): altered - 1 rows changed in value (1.value: truncated to 10 of 11 characters); warning revealed it
- mysqldb 2.3.2 (mariadb 10.11.19-MariaDB-0+deb12u1, SQLAlchemy 2.0.58): altered - 1 rows changed in value (1.value: truncated to 10 of 11 characters); warning revealed it
- pymysql 1.2.4 (mariadb 10.11.19-MariaDB-0+deb12u1, SQLAlchemy 2.0.58): altered - 1 rows changed in value (1.value: truncated to 10 of 11 characters); warning revealed it
Batch: 1 rows, faulty at 0, value 1

Run it against a server you own; it creates and drops one table, 'rowloss_repro_d9561cbd':

    python mariadb-permissive-pandas_to_sql_multi-transaction.py 'mariadb+DRIVER://user:password@host/db'

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

TABLE_NAME = 'rowloss_repro_d9561cbd'
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
        sa.Column('value', sa.String(length=10)),
        mariadb_charset='utf8mb4',
        mariadb_engine='InnoDB',
        mysql_charset='utf8mb4',
        mysql_engine='InnoDB',
    )


PANDAS_CHUNKSIZE = 1000


# The insert API under test:
def pandas_to_sql_multi(connection: Any, sink: Sink, rows: list[dict]) -> Any:
    import pandas

    frame = pandas.DataFrame(rows)
    return frame.to_sql(
        sink.table.name,
        connection,
        if_exists="append",
        index=False,
        method="multi",
        chunksize=PANDAS_CHUNKSIZE,
    )


# The application code around the insert, as measured:
def plain(handle: Any, insert: Insert, rows: Rows, sink: Any) -> None:
    insert(handle, rows)
    handle.commit()


BASELINE = []  # committed before the batch

ROWS_SENT = [
    {'id': 1, 'value': 'ééééééééééé'},
]

ROWS_MEANT = [
    {'id': 1, 'value': 'ééééééééééé'},
]

ROWS_OBSERVED = [
    {'id': 1, 'value': 'éééééééééé'},
]  # what rowloss read back

if __name__ == "__main__":
    Case(
        TABLE_NAME,
        build_table,
        call=pandas_to_sql_multi,
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
