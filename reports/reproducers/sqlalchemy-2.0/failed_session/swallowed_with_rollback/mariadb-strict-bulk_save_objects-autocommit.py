#!/usr/bin/env python3
"""rowloss reproducer: failed_session / swallowed_with_rollback through bulk_save_objects (autocommit) on mariadb strict, SQLAlchemy 2.0

`except Exception: rollback()` and carry on, around a batch with a repeated key.
Measured by rowloss, with this code and these rows:
- aiomysql 0.3.2 (mariadb 10.11.19-MariaDB-0+deb12u1, SQLAlchemy 2.0.58): dropped - 2 of 2 rows missing (1, 1); nothing revealed it (the caller's code swallowed IntegrityError: (pymysql.err.IntegrityError) (1062, "Duplicate entry '1' for key 'PRIMARY'"))
- asyncmy 0.2.18 (mariadb 10.11.19-MariaDB-0+deb12u1, SQLAlchemy 2.0.58): dropped - 2 of 2 rows missing (1, 1); nothing revealed it (the caller's code swallowed IntegrityError: (asyncmy.errors.IntegrityError) (1062, "Duplicate entry '1' for key 'PRIMARY'"))
- mariadbconnector 1.1.14 (mariadb 10.11.19-MariaDB-0+deb12u1, SQLAlchemy 2.0.58): dropped - 2 of 2 rows missing (1, 1); nothing revealed it (the caller's code swallowed IntegrityError: (mariadb.IntegrityError) Duplicate entry '1' for key 'PRIMARY')
- mysqlconnector 26.10.0 (mariadb 10.11.19-MariaDB-0+deb12u1, SQLAlchemy 2.0.58): dropped - 2 of 2 rows missing (1, 1); nothing revealed it (the caller's code swallowed IntegrityError: (mysql.connector.errors.IntegrityError) 1062 (23000): Duplicate entry '1' for key 'PRIMARY')
- mysqldb 2.3.2 (mariadb 10.11.19-MariaDB-0+deb12u1, SQLAlchemy 2.0.58): dropped - 2 of 2 rows missing (1, 1); nothing revealed it (the caller's code swallowed IntegrityError: (MySQLdb.IntegrityError) (1062, "Duplicate entry '1' for key 'PRIMARY'"))
- pymysql 1.2.4 (mariadb 10.11.19-MariaDB-0+deb12u1, SQLAlchemy 2.0.58): dropped - 2 of 2 rows missing (1, 1); nothing revealed it (the caller's code swallowed IntegrityError: (pymysql.err.IntegrityError) (1062, "Duplicate entry '1' for key 'PRIMARY'"))
Batch: 2 rows, faulty at 1

Run it against a server you own; it creates and drops one table, 'rowloss_repro_d9f7def2':

    python mariadb-strict-bulk_save_objects-autocommit.py 'mariadb+DRIVER://user:password@host/db'

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

TABLE_NAME = 'rowloss_repro_d9f7def2'
TRANSACTION = 'autocommit'  # "transaction": one that commits; "autocommit": per statement
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
def bulk_save_objects(session: Any, sink: Sink, rows: list[dict]) -> None:
    session.bulk_save_objects([sink.model(**row) for row in rows])


# The application code around the insert, as measured:
def swallow(handle: Any, insert: Insert, rows: Rows, sink: Any) -> None:
    try:
        insert(handle, rows)
        handle.commit()
    except Exception:
        handle.rollback()


BASELINE = []  # committed before the batch

ROWS_SENT = [
    {'id': 1, 'name': 'person 0'},
    {'id': 1, 'name': 'person 1'},
]

ROWS_MEANT = [
    {'id': 1, 'name': 'person 0'},
    {'id': 1, 'name': 'person 1'},
]

ROWS_OBSERVED = []  # what rowloss read back

if __name__ == "__main__":
    Case(
        TABLE_NAME,
        build_table,
        call=bulk_save_objects,
        on_session=True,
        application=swallow,
        transaction=TRANSACTION,
        session_setup=SESSION_SETUP,
        key=KEY,
        baseline=BASELINE,
        sent=ROWS_SENT,
        meant=ROWS_MEANT,
        observed=ROWS_OBSERVED,
    ).main(__doc__)
