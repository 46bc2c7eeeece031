#!/usr/bin/env python3
"""rowloss reproducer: truncation / bigint_out_of_range through pandas_to_sql (transaction) on mariadb permissive, SQLAlchemy 2.0

Measured by rowloss, with this code and these rows:
- mariadbconnector 1.1.14 (mariadb 10.11.19-MariaDB-0+deb12u1, SQLAlchemy 2.0.58): altered - 1 rows changed in value (1.value: clamped to 9223372036854775807 from 22640533170151872512); warning revealed it
Batch: 53 rows, faulty at 0, value 22640533170151872512

Run it against a server you own; it creates and drops one table, 'rowloss_repro_98a9a844':

    python mariadb-permissive-pandas_to_sql-transaction-mariadbconnector.py 'mariadb+DRIVER://user:password@host/db'

with DRIVER one of: mariadbconnector. It needs SQLAlchemy, the driver, and rowloss
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

from rowloss.publish.reproduce import Case, Insert, Rows, Sink, unpack

TABLE_NAME = 'rowloss_repro_98a9a844'
TRANSACTION = 'transaction'  # "transaction": one that commits; "autocommit": per statement
SESSION_SETUP = ["SET SESSION time_zone = '+00:00'", "SET SESSION sql_mode = ''"]  # run on every new connection, as rowloss does
KEY = ('id',)
CHUNK = 10  # rows per call where the application inserts in chunks
logger = logging.getLogger("application")


def build_table(metadata, name):
    return sa.Table(
        name,
        metadata,
        sa.Column('id', sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column('value', sa.BigInteger()),
        mariadb_charset='utf8mb4',
        mariadb_engine='InnoDB',
        mysql_charset='utf8mb4',
        mysql_engine='InnoDB',
    )


PANDAS_CHUNKSIZE = 1000


# The insert API under test:
def pandas_to_sql(connection: Any, sink: Sink, rows: list[dict]) -> Any:
    import pandas

    frame = pandas.DataFrame(rows)
    return frame.to_sql(
        sink.table.name, connection, if_exists="append", index=False, chunksize=PANDAS_CHUNKSIZE
    )


# The application code around the insert, as measured:
def plain(handle: Any, insert: Insert, rows: Rows, sink: Any) -> None:
    insert(handle, rows)
    handle.commit()


BASELINE = []  # committed before the batch

ROWS_SENT = unpack(  # 53 rows, too many to list
    "eNp91LEKwkAQRdHer0iXJkXem5ls9FfEQtBCsNVG/HdTqrB3q4E71YHZ427Y3mu8XcbDoGkYn+f747rN9pJzRajN",
    "Kq3NJb+n721/bbffFP2U/VT9tPRT66e1n/b9pBmaoAGIQERAIjARoAhUBCwCF4OLwcXgYnAxuBhcDC4GF4OLwSXA",
    "JcAl6IDAJcAlwCXAJcAlwCXAJcElwSXBJelnAZcElwSXBJcElwSXApcClwKX+nc5fQDti2xS",
)

ROWS_MEANT = unpack(  # 53 rows, too many to list
    "eNp91LEKwkAQRdHer0iXJkXem5ls9FfEQtBCsNVG/HdTqrB3q4E71YHZ427Y3mu8XcbDoGkYn+f747rN9pJzRajN",
    "Kq3NJb+n721/bbffFP2U/VT9tPRT66e1n/b9pBmaoAGIQERAIjARoAhUBCwCF4OLwcXgYnAxuBhcDC4GF4OLwSXA",
    "JcAl6IDAJcAlwCXAJcAlwCXAJcElwSXBJelnAZcElwSXBJcElwSXApcClwKX+nc5fQDti2xS",
)

ROWS_OBSERVED = unpack(  # 53 rows, too many to list
    "eNp91LEKwlAMRuHdp7hblw7Nn6S39VXEQdBBcNVFfHc7lkLOnQIn0we5l1Pb3nd43odzs7ENn9vr/djmVXLvmnxe",
    "MnrPZeq/cb+s3fIheZ2iTlmnuU69Tkud1jrZBM2gAYiBiAGJgYkBioGKAYuBi8BF4CJwEbgIXAQuAheBi8BF4OLg",
    "4uDidEDg4uDi4OLg4uDi4OLgEuAS4BLgEvSzgEuAS4BLgEuAS4BLgkuCS4JLHl2uf1aBbDk=",
)  # what rowloss read back

if __name__ == "__main__":
    Case(
        TABLE_NAME,
        build_table,
        call=pandas_to_sql,
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
