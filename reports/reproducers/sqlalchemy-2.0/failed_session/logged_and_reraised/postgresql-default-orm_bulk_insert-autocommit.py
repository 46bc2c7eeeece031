#!/usr/bin/env python3
"""rowloss reproducer: failed_session / logged_and_reraised through orm_bulk_insert (autocommit) on postgresql default, SQLAlchemy 2.0

the guidance's fix: roll back, log, re-raise.
Measured by rowloss, with this code and these rows:
- pg8000 1.31.6 (postgresql 15.20 (Debian 15.20-0+deb12u1), SQLAlchemy 2.0.58): partial - raised IntegrityError: (pg8000.dbapi.IntegrityError) {'S': 'ERROR', 'V': 'ERROR', 'C': '23505', 'M': 'duplicate key value violates unique constraint "<table>_pkey"', 'D': 'Key (id)=(1) already exists.', 's': 'public', 't': '<table>', 'n': '<table>_pkey', 'F': 'nbtinsert.c', 'L': '664', 'R': [...]
Batch: 2 rows, faulty at 1

Run it against a server you own; it creates and drops one table, 'rowloss_repro_c9b5ef6b':

    python postgresql-default-orm_bulk_insert-autocommit.py 'postgresql+DRIVER://user:password@host/db'

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

TABLE_NAME = 'rowloss_repro_c9b5ef6b'
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
        sa.Column('name', sa.String(length=40), nullable=False),
        mariadb_charset='utf8mb4',
        mariadb_engine='InnoDB',
        mysql_charset='utf8mb4',
        mysql_engine='InnoDB',
    )


# The insert API under test:
def orm_bulk_insert(session: Any, sink: Sink, rows: list[dict]) -> Any:
    return session.execute(insert(sink.model), rows)


# The application code around the insert, as measured:
def log_and_reraise(handle: Any, insert: Insert, rows: Rows, sink: Any) -> None:
    try:
        insert(handle, rows)
        handle.commit()
    except Exception as exc:
        handle.rollback()
        logger.error("bulk insert failed: %s", exc)
        raise


BASELINE = []  # committed before the batch

ROWS_SENT = [
    {'id': 1, 'name': 'person 0'},
    {'id': 1, 'name': 'person 1'},
]

ROWS_MEANT = [
    {'id': 1, 'name': 'person 0'},
    {'id': 1, 'name': 'person 1'},
]

ROWS_OBSERVED = [
    {'id': 1, 'name': 'person 0'},
]  # what rowloss read back

if __name__ == "__main__":
    Case(
        TABLE_NAME,
        build_table,
        call=orm_bulk_insert,
        on_session=True,
        application=log_and_reraise,
        transaction=TRANSACTION,
        session_setup=SESSION_SETUP,
        key=KEY,
        baseline=BASELINE,
        sent=ROWS_SENT,
        meant=ROWS_MEANT,
        observed=ROWS_OBSERVED,
    ).main(__doc__)
