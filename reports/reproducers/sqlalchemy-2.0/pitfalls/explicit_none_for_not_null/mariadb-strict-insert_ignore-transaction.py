#!/usr/bin/env python3
"""rowloss reproducer: pitfalls / explicit_none_for_not_null through insert_ignore (transaction) on mariadb strict, SQLAlchemy 2.0

None given for a NOT NULL column without a default.
Measured by rowloss, with this code and these rows:
- aiomysql 0.3.2 (mariadb 10.11.19-MariaDB-0+deb12u1, SQLAlchemy 2.0.58): altered - 1 rows changed in name (1.name: '' stored instead of NULL); warning revealed it
- asyncmy 0.2.18 (mariadb 10.11.19-MariaDB-0+deb12u1, SQLAlchemy 2.0.58): altered - 1 rows changed in name (1.name: '' stored instead of NULL); warning revealed it
- mariadbconnector 1.1.14 (mariadb 10.11.19-MariaDB-0+deb12u1, SQLAlchemy 2.0.58): altered - 1 rows changed in name (1.name: '' stored instead of NULL); warning revealed it
- mysqlconnector 26.10.0 (mariadb 10.11.19-MariaDB-0+deb12u1, SQLAlchemy 2.0.58): altered - 1 rows changed in name (1.name: '' stored instead of NULL); warning revealed it
- mysqldb 2.3.2 (mariadb 10.11.19-MariaDB-0+deb12u1, SQLAlchemy 2.0.58): altered - 1 rows changed in name (1.name: '' stored instead of NULL); warning revealed it
- pymysql 1.2.4 (mariadb 10.11.19-MariaDB-0+deb12u1, SQLAlchemy 2.0.58): altered - 1 rows changed in name (1.name: '' stored instead of NULL); warning revealed it
Batch: 1 rows, faulty at 0

Run it against a server you own; it creates and drops one table, 'rowloss_repro_67237cf4':

    python mariadb-strict-insert_ignore-transaction.py 'mariadb+DRIVER://user:password@host/db'

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

TABLE_NAME = 'rowloss_repro_67237cf4'
TRANSACTION = 'transaction'  # "transaction": one that commits; "autocommit": per statement
SESSION_SETUP = ["SET SESSION time_zone = '+00:00'", "SET SESSION sql_mode = 'STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_AUTO_CREATE_USER,NO_ENGINE_SUBSTITUTION'"]  # run on every new connection, as rowloss does
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
def insert_ignore(connection: Any, sink: Sink, rows: list[dict]) -> Any:
    return connection.execute(sink.table.insert().prefix_with("IGNORE"), rows)


# The application code around the insert, as measured:
def plain(handle: Any, insert: Insert, rows: Rows, sink: Any) -> None:
    insert(handle, rows)
    handle.commit()


BASELINE = []  # committed before the batch

ROWS_SENT = [
    {'id': 1, 'name': None},
]

ROWS_MEANT = [
    {'id': 1, 'name': None},
]

ROWS_OBSERVED = [
    {'id': 1, 'name': ''},
]  # what rowloss read back

if __name__ == "__main__":
    Case(
        TABLE_NAME,
        build_table,
        call=insert_ignore,
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
