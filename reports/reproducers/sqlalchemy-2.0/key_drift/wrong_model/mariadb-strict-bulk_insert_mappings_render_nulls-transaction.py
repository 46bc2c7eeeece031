#!/usr/bin/env python3
"""rowloss reproducer: key_drift / wrong_model through bulk_insert_mappings_render_nulls (transaction) on mariadb strict, SQLAlchemy 2.0

the API is given another model (table) of the same shape.
Measured by rowloss, with this code and these rows:
- aiomysql 0.3.2 (mariadb 10.11.19-MariaDB-0+deb12u1, SQLAlchemy 2.0.58): dropped - 1 of 1 rows missing (1); nothing revealed it (the other model's table got 1 rows)
- asyncmy 0.2.18 (mariadb 10.11.19-MariaDB-0+deb12u1, SQLAlchemy 2.0.58): dropped - 1 of 1 rows missing (1); nothing revealed it (the other model's table got 1 rows)
- mariadbconnector 1.1.14 (mariadb 10.11.19-MariaDB-0+deb12u1, SQLAlchemy 2.0.58): dropped - 1 of 1 rows missing (1); nothing revealed it (the other model's table got 1 rows)
- mysqlconnector 26.10.0 (mariadb 10.11.19-MariaDB-0+deb12u1, SQLAlchemy 2.0.58): dropped - 1 of 1 rows missing (1); nothing revealed it (the other model's table got 1 rows)
- mysqldb 2.3.2 (mariadb 10.11.19-MariaDB-0+deb12u1, SQLAlchemy 2.0.58): dropped - 1 of 1 rows missing (1); nothing revealed it (the other model's table got 1 rows)
- pymysql 1.2.4 (mariadb 10.11.19-MariaDB-0+deb12u1, SQLAlchemy 2.0.58): dropped - 1 of 1 rows missing (1); nothing revealed it (the other model's table got 1 rows)
Batch: 1 rows, faulty at 0

Run it against a server you own; it creates and drops one table, 'rowloss_repro_d5dd96ea':

    python mariadb-strict-bulk_insert_mappings_render_nulls-transaction.py 'mariadb+DRIVER://user:password@host/db'

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

TABLE_NAME = 'rowloss_repro_d5dd96ea'
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
        sa.Column('email', sa.String(length=80)),
        mariadb_charset='utf8mb4',
        mariadb_engine='InnoDB',
        mysql_charset='utf8mb4',
        mysql_engine='InnoDB',
    )


# The insert API under test:
def bulk_insert_mappings_render_nulls(session: Any, sink: Sink, rows: list[dict]) -> None:
    session.bulk_insert_mappings(sink.model, rows, render_nulls=True)


# The application code around the insert, as measured:
def plain(handle: Any, insert: Insert, rows: Rows, sink: Any) -> None:
    insert(handle, rows)
    handle.commit()


BASELINE = []  # committed before the batch

ROWS_SENT = [
    {'id': 1, 'name': 'contact 0', 'email': 'c0@example.org'},
]

ROWS_MEANT = [
    {'id': 1, 'name': 'contact 0', 'email': 'c0@example.org'},
]

ROWS_OBSERVED = []  # what rowloss read back

if __name__ == "__main__":
    Case(
        TABLE_NAME,
        build_table,
        call=bulk_insert_mappings_render_nulls,
        on_session=True,
        application=plain,
        transaction=TRANSACTION,
        session_setup=SESSION_SETUP,
        key=KEY,
        baseline=BASELINE,
        sent=ROWS_SENT,
        meant=ROWS_MEANT,
        observed=ROWS_OBSERVED,
        wrong_model=True,  # the insert is handed the wrong model
    ).main(__doc__)
