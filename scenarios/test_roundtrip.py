"""Smoke: ordinary rows go in and come back unchanged, on every target.

If this cell is not ``ok``, rowloss itself is broken for that target and no
other cell of it can be trusted.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Column, DateTime, Integer, MetaData, Numeric, String, Table

from rowloss.backends import TABLE_OPTIONS
from rowloss.cells import Outcome
from rowloss.measure.apis import APIS, Sink, send
from rowloss.measure.scratch import mapped_class
from rowloss.oracle import judge

ROOT_CAUSE = "roundtrip"
API = "bulk_insert_mappings"
TRANSACTION = "transaction"

ORDINARY_ROWS = [
    {
        "id": 1,
        "name": "Ada",
        "quantity": 3,
        "price": Decimal("12.50"),
        "created_at": dt.datetime(2024, 5, 17, 9, 30, 0),
        "note": "first",
    },
    {
        "id": 2,
        "name": "Zoë",
        "quantity": 0,
        "price": Decimal("0.99"),
        "created_at": dt.datetime(2023, 12, 31, 23, 59, 59),
        "note": None,
    },
    {
        "id": 3,
        "name": "O'Brien",
        "quantity": -7,
        "price": Decimal("1000.00"),
        "created_at": dt.datetime(2000, 1, 1, 0, 0, 0),
        "note": "third",
    },
]


def ordinary_table(metadata: MetaData, name: str) -> Table:
    return Table(
        name,
        metadata,
        Column("id", Integer, primary_key=True, autoincrement=False),
        Column("name", String(40), nullable=False),
        Column("quantity", Integer),
        Column("price", Numeric(10, 2)),
        Column("created_at", DateTime),
        Column("note", String(40), nullable=True),
        **TABLE_OPTIONS,
    )


def test_ordinary_rows(rowloss_target, rowloss_cell):
    with rowloss_target.scratch_table(ordinary_table) as table:
        sink = Sink(table, mapped_class(table))
        caller = send(APIS[API], rowloss_target, sink, ORDINARY_ROWS, TRANSACTION)
        stored = rowloss_target.stored_rows(table)
    verdict = judge(ORDINARY_ROWS, stored, ["id"], caller)
    rowloss_cell.record(verdict, rowloss_target)
    assert verdict.outcome is Outcome.OK, verdict.detail
