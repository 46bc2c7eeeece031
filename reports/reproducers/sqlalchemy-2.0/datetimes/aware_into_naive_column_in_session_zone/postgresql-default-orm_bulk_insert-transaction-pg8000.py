#!/usr/bin/env python3
"""rowloss reproducer: datetimes / aware_into_naive_column_in_session_zone through orm_bulk_insert (transaction) on postgresql default, SQLAlchemy 2.0

aware datetimes into DateTime() on connections whose time zone is +05:30.
Measured by rowloss, with this code and these rows:
- pg8000 1.31.6 (postgresql 15.20 (Debian 15.20-0+deb12u1), SQLAlchemy 2.0.58): altered - 1 rows changed in at (1.at: offset dropped, converted to UTC wall clock (instant kept as UTC)); nothing revealed it
Batch: 1 rows, faulty at 0, value ((23, 30), -720)

Run it against a server you own; it creates and drops one table, 'rowloss_repro_efbeef5c':

    python postgresql-default-orm_bulk_insert-transaction-pg8000.py 'postgresql+DRIVER://user:password@host/db'

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
def orm_bulk_insert(session: Any, sink: Sink, rows: list[dict]) -> Any:
    return session.execute(insert(sink.model), rows)


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
    {'id': 1, 'at': datetime.datetime(2025, 1, 1, 11, 30)},
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
