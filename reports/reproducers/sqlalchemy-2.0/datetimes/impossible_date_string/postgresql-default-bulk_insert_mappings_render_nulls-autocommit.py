#!/usr/bin/env python3
"""rowloss reproducer: datetimes / impossible_date_string through bulk_insert_mappings_render_nulls (autocommit) on postgresql default, SQLAlchemy 2.0

a date that does not exist, given as a string.
Measured by rowloss, with this code and these rows:
- pg8000 1.31.6 (postgresql 15.20 (Debian 15.20-0+deb12u1), SQLAlchemy 2.0.58): partial - raised ProgrammingError: (pg8000.dbapi.ProgrammingError) {'S': 'ERROR', 'V': 'ERROR', 'C': '22008', 'M': 'date/time field value out of range: "2024-02-30 12:00:00"', 'W': "unnamed portal parameter $2 = '...'", 'F': 'datetime.c', 'L': '4021', 'R': 'DateTimeParseError'}; yet 1 of 2 rows missing (2)
Batch: 2 rows, faulty at 1, value '2024-02-30 12:00:00'

Run it against a server you own; it creates and drops one table, 'rowloss_repro_eb46811c':

    python postgresql-default-bulk_insert_mappings_render_nulls-autocommit.py 'postgresql+DRIVER://user:password@host/db'

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

TABLE_NAME = 'rowloss_repro_eb46811c'
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
        sa.Column('at', sa.DateTime()),
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
    {'id': 1, 'at': datetime.datetime(2024, 6, 1, 12, 0)},
    {'id': 2, 'at': '2024-02-30 12:00:00'},
]

ROWS_MEANT = [
    {'id': 1, 'at': datetime.datetime(2024, 6, 1, 12, 0)},
    {'id': 2, 'at': '2024-02-30 12:00:00'},
]

ROWS_OBSERVED = [
    {'id': 1, 'at': datetime.datetime(2024, 6, 1, 12, 0)},
]  # what rowloss read back

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
    ).main(__doc__)
