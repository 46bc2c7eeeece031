#!/usr/bin/env python3
"""rowloss reproducer: failed_session / swallowed_with_rollback through bulk_insert_mappings_return_defaults (autocommit) on postgresql default, SQLAlchemy 2.0

`except Exception: rollback()` and carry on, around a batch with a repeated key.
Measured by rowloss, with this code and these rows:
- pg8000 1.31.6 (postgresql 15.20 (Debian 15.20-0+deb12u1), SQLAlchemy 2.0.58): dropped - 1 of 2 rows missing (1); nothing revealed it (the caller's code swallowed IntegrityError: (pg8000.dbapi.IntegrityError) {'S': 'ERROR', 'V': 'ERROR', 'C': '23505', 'M': 'duplicate key value violates unique constraint "<table>_pkey"', 'D': 'Key (id)=(1) already exists.', 's': 'public', 't': [...]
Batch: 2 rows, faulty at 1

Run it against a server you own; it creates and drops one table, 'rowloss_repro_d9f7def2':

    python postgresql-default-bulk_insert_mappings_return_defaults-autocommit-pg8000.py 'postgresql+DRIVER://user:password@host/db'

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

TABLE_NAME = 'rowloss_repro_d9f7def2'
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
def bulk_insert_mappings_return_defaults(session: Any, sink: Sink, rows: list[dict]) -> None:
    session.bulk_insert_mappings(sink.model, rows, return_defaults=True)


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

ROWS_OBSERVED = [
    {'id': 1, 'name': 'person 0'},
]  # what rowloss read back

if __name__ == "__main__":
    Case(
        TABLE_NAME,
        build_table,
        call=bulk_insert_mappings_return_defaults,
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
