#!/usr/bin/env python3
"""rowloss reproducer: key_drift / absent_key_not_null_no_default through orm_bulk_insert (autocommit) on postgresql default, SQLAlchemy 2.0

'name' is NOT NULL without a default; some rows leave it out.
Measured by rowloss, with this code and these rows:
- asyncpg 0.32.0 (postgresql 15.20 (Debian 15.20-0+deb12u1), SQLAlchemy 2.0.58): partial - raised IntegrityError: (sqlalchemy.dialects.postgresql.asyncpg.IntegrityError) <class 'asyncpg.exceptions.NotNullViolationError'>: null value in column "name" of relation "<table>" violates not-null constraint; yet 1 of 2 rows missing (2)
- pg8000 1.31.6 (postgresql 15.20 (Debian 15.20-0+deb12u1), SQLAlchemy 2.0.58): partial - raised ProgrammingError: (pg8000.dbapi.ProgrammingError) {'S': 'ERROR', 'V': 'ERROR', 'C': '23502', 'M': 'null value in column "name" of relation "<table>" violates not-null constraint', 'D': 'Failing row contains (2, null, c1@example.org).', 's': 'public', 't': '<table>', 'c': 'name', 'F': [...]
- psycopg 3.3.9 (postgresql 15.20 (Debian 15.20-0+deb12u1), SQLAlchemy 2.0.58): partial - raised IntegrityError: (psycopg.errors.NotNullViolation) null value in column "name" of relation "<table>" violates not-null constraint; yet 1 of 2 rows missing (2)
- psycopg2 2.9.13 (postgresql 15.20 (Debian 15.20-0+deb12u1), SQLAlchemy 2.0.58): partial - raised IntegrityError: (psycopg2.errors.NotNullViolation) null value in column "name" of relation "<table>" violates not-null constraint; yet 1 of 2 rows missing (2)
- psycopg_async 3.3.9 (postgresql 15.20 (Debian 15.20-0+deb12u1), SQLAlchemy 2.0.58): partial - raised IntegrityError: (psycopg.errors.NotNullViolation) null value in column "name" of relation "<table>" violates not-null constraint; yet 1 of 2 rows missing (2)
Batch: 2 rows, faulty at 1

Run it against a server you own; it creates and drops one table, 'rowloss_repro_cec82205':

    python postgresql-default-orm_bulk_insert-autocommit.py 'postgresql+DRIVER://user:password@host/db'

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

TABLE_NAME = 'rowloss_repro_cec82205'
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
        sa.Column('email', sa.String(length=80)),
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
    {'id': 1, 'name': 'contact 0', 'email': 'c0@example.org'},
    {'id': 2, 'email': 'c1@example.org'},
]

ROWS_MEANT = [
    {'id': 1, 'name': 'contact 0', 'email': 'c0@example.org'},
    {'id': 2, 'name': None, 'email': 'c1@example.org'},
]

ROWS_OBSERVED = [
    {'id': 1, 'name': 'contact 0', 'email': 'c0@example.org'},
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
