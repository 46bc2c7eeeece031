#!/usr/bin/env python3
"""rowloss reproducer: key_drift / absent_key_server_default through insert_or_ignore (autocommit) on sqlite default, SQLAlchemy 2.0

rows without 'status' are meant to get the server default 'new'.
Measured by rowloss, with this code and these rows:
- aiosqlite 0.22.1 (sqlite 3.40.1, SQLAlchemy 2.0.58): altered - 1 rows changed in status (2.status: 'new' stored for 'active'); nothing revealed it
- pysqlite Python 3.11.7 standard library (sqlite 3.40.1, SQLAlchemy 2.0.58): altered - 1 rows changed in status (2.status: 'new' stored for 'active'); nothing revealed it
Batch: 2 rows, faulty at 0

Run it against a server you own; it creates and drops one table, 'rowloss_repro_d92925c3':

    python sqlite-default-insert_or_ignore-autocommit.py 'sqlite+DRIVER:///rowloss-repro.db'

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

TABLE_NAME = 'rowloss_repro_d92925c3'
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
        sa.Column('status', sa.String(length=20), server_default=sa.text("'new'")),
        mariadb_charset='utf8mb4',
        mariadb_engine='InnoDB',
        mysql_charset='utf8mb4',
        mysql_engine='InnoDB',
    )


# The insert API under test:
def insert_or_ignore(connection: Any, sink: Sink, rows: list[dict]) -> Any:
    return connection.execute(sink.table.insert().prefix_with("OR IGNORE"), rows)


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
        call=insert_or_ignore,
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
