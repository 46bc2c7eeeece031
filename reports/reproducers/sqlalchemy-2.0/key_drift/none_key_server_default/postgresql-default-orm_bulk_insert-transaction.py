#!/usr/bin/env python3
"""rowloss reproducer: key_drift / none_key_server_default through orm_bulk_insert (transaction) on postgresql default, SQLAlchemy 2.0

rows with status=None are meant to store NULL, not the default.
Measured by rowloss, with this code and these rows:
- asyncpg 0.32.0 (postgresql 15.20 (Debian 15.20-0+deb12u1), SQLAlchemy 2.0.58): altered - 1 rows changed in status (1.status: 'new' stored instead of NULL); nothing revealed it
- pg8000 1.31.6 (postgresql 15.20 (Debian 15.20-0+deb12u1), SQLAlchemy 2.0.58): altered - 1 rows changed in status (1.status: 'new' stored instead of NULL); nothing revealed it
- psycopg 3.3.9 (postgresql 15.20 (Debian 15.20-0+deb12u1), SQLAlchemy 2.0.58): altered - 1 rows changed in status (1.status: 'new' stored instead of NULL); nothing revealed it
- psycopg2 2.9.13 (postgresql 15.20 (Debian 15.20-0+deb12u1), SQLAlchemy 2.0.58): altered - 1 rows changed in status (1.status: 'new' stored instead of NULL); nothing revealed it
- psycopg_async 3.3.9 (postgresql 15.20 (Debian 15.20-0+deb12u1), SQLAlchemy 2.0.58): altered - 1 rows changed in status (1.status: 'new' stored instead of NULL); nothing revealed it
Batch: 2 rows, faulty at 0

Run it against a server you own; it creates and drops one table, 'rowloss_repro_2581d66d':

    python postgresql-default-orm_bulk_insert-transaction.py 'postgresql+DRIVER://user:password@host/db'

with DRIVER one of: asyncpg, pg8000, psycopg, psycopg2, psycopg_async. It needs SQLAlchemy, the driver, and rowloss
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

TABLE_NAME = 'rowloss_repro_2581d66d'
TRANSACTION = 'transaction'  # "transaction": one that commits; "autocommit": per statement
SESSION_SETUP = ["SET TIME ZONE 'UTC'"]  # run on every new connection, as rowloss does
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
def orm_bulk_insert(session: Any, sink: Sink, rows: list[dict]) -> Any:
    return session.execute(insert(sink.model), rows)


# The application code around the insert, as measured:
def plain(handle: Any, insert: Insert, rows: Rows, sink: Any) -> None:
    insert(handle, rows)
    handle.commit()


BASELINE = []  # committed before the batch

ROWS_SENT = [
    {'id': 1, 'name': 'contact 0', 'status': None},
    {'id': 2, 'name': 'contact 1', 'status': 'active'},
]

ROWS_MEANT = [
    {'id': 1, 'name': 'contact 0', 'status': None},
    {'id': 2, 'name': 'contact 1', 'status': 'active'},
]

ROWS_OBSERVED = [
    {'id': 1, 'name': 'contact 0', 'status': 'new'},
    {'id': 2, 'name': 'contact 1', 'status': 'active'},
]  # what rowloss read back

if __name__ == "__main__":
    Case(
        TABLE_NAME,
        build_table,
        call=orm_bulk_insert,
        on_session=True,
        application=plain,
        transaction=TRANSACTION,
        session_setup=SESSION_SETUP,
        key=KEY,
        baseline=BASELINE,
        sent=ROWS_SENT,
        meant=ROWS_MEANT,
        observed=ROWS_OBSERVED,
    ).main(__doc__)
