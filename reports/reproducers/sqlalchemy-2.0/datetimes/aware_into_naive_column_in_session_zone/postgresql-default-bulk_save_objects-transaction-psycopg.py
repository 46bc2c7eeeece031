#!/usr/bin/env python3
"""rowloss reproducer: datetimes / aware_into_naive_column_in_session_zone through bulk_save_objects (transaction) on postgresql default, SQLAlchemy 2.0

aware datetimes into DateTime() on connections whose time zone is +05:30.
Measured by rowloss, with this code and these rows:
- psycopg 3.3.9 (postgresql 15.20 (Debian 15.20-0+deb12u1), SQLAlchemy 2.0.58): altered - 1 rows changed in at (1.at: 2025-01-01T17:00:00 stored for 2024-12-31T23:30:00-12:00); nothing revealed it
- psycopg2 2.9.13 (postgresql 15.20 (Debian 15.20-0+deb12u1), SQLAlchemy 2.0.58): altered - 1 rows changed in at (1.at: 2025-01-01T17:00:00 stored for 2024-12-31T23:30:00-12:00); nothing revealed it
- psycopg_async 3.3.9 (postgresql 15.20 (Debian 15.20-0+deb12u1), SQLAlchemy 2.0.58): altered - 1 rows changed in at (1.at: 2025-01-01T17:00:00 stored for 2024-12-31T23:30:00-12:00); nothing revealed it
Batch: 1 rows, faulty at 0, value ((23, 30), -720)

Run it against a server you own; it creates and drops one table, 'rowloss_repro_efbeef5c':

    python postgresql-default-bulk_save_objects-transaction-psycopg.py 'postgresql+DRIVER://user:password@host/db'

with DRIVER one of: psycopg, psycopg2, psycopg_async. It needs SQLAlchemy, the driver, and rowloss
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

TABLE_NAME = 'rowloss_repro_efbeef5c'
TRANSACTION = 'transaction'  # "transaction": one that commits; "autocommit": per statement
SESSION_SETUP = ["SET TIME ZONE 'UTC'", "SET TIME ZONE INTERVAL '+05:30' HOUR TO MINUTE"]  # run on every new connection, as rowloss does
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


# The insert API under test:
def bulk_save_objects(session: Any, sink: Sink, rows: list[dict]) -> None:
    session.bulk_save_objects([sink.model(**row) for row in rows])


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
    {'id': 1, 'at': datetime.datetime(2025, 1, 1, 17, 0)},
]  # what rowloss read back

if __name__ == "__main__":
    Case(
        TABLE_NAME,
        build_table,
        call=bulk_save_objects,
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
