"""Key drift: the dicts of one batch do not all have the same keys. A key is
missing from the first row or from a later one, is present as None instead of
absent, is not a column at all (misspelt), or the rows go through the wrong
model. What does each row end up holding?

A row is *meant* as a single-row INSERT would store it: a value sent is kept; a
key left out gets the column's default (NULL where there is none); a key sent
as None is NULL; a misspelt key was meant for the column it resembles.
"""

from __future__ import annotations

from sqlalchemy import Column, Integer, MetaData, String, Table, text

from rowloss.backends import TABLE_OPTIONS
from rowloss.cells import APPLICATION
from rowloss.measure.scenario import Batch, Row, Variant, meant_row
from rowloss.measure.strategies import Shape, ShapeSpace

ROOT_CAUSE = "key_drift"


def contacts_table(metadata: MetaData, name: str) -> Table:
    return Table(
        name,
        metadata,
        Column("id", Integer, primary_key=True, autoincrement=False),
        Column("name", String(40), nullable=False),
        Column("email", String(80)),
        **TABLE_OPTIONS,
    )


def contacts_server_default_table(metadata: MetaData, name: str) -> Table:
    return Table(
        name,
        metadata,
        Column("id", Integer, primary_key=True, autoincrement=False),
        Column("name", String(40), nullable=False),
        Column("status", String(20), server_default=text("'new'"), info={"meant": "new"}),
        **TABLE_OPTIONS,
    )


def contacts_client_default_table(metadata: MetaData, name: str) -> Table:
    return Table(
        name,
        metadata,
        Column("id", Integer, primary_key=True, autoincrement=False),
        Column("name", String(40), nullable=False),
        Column("status", String(20), default="new"),
        **TABLE_OPTIONS,
    )


def contact(i: int) -> Row:
    return {"id": i + 1, "name": f"contact {i}", "email": f"c{i}@example.org"}


def with_status(i: int) -> Row:
    return {"id": i + 1, "name": f"contact {i}", "status": "active"}


def drift(
    shape: Shape,
    table_builder,
    row,
    change,
    renamed: dict[str, str] | None = None,
    always_first: bool = False,
) -> Batch:
    """Ordinary rows, with ``change`` applied at the faulty positions (and at
    position 0 when ``always_first``)."""
    table = table_builder(MetaData(), "meant")
    faulty = set(shape.faults) | ({0} if always_first else set())
    sent = [change(row(i)) if i in faulty else row(i) for i in range(shape.size)]
    return Batch(sent=sent, meant=[meant_row(table, r, renamed) for r in sent])


def without(key: str):
    return lambda r: {k: v for k, v in r.items() if k != key}


def as_none(key: str):
    return lambda r: {**r, key: None}


def misspelt(right: str, wrong: str):
    return lambda r: {(wrong if k == right else k): v for k, v in r.items()}


def wrong_model(shape: Shape) -> Batch:
    rows = [contact(i) for i in range(shape.size)]
    return Batch(sent=rows, meant=rows)


ANY_ROWS = ShapeSpace(min_size=2)
LATER_ROWS = ShapeSpace(min_size=2, first_fault_at=1)
EMIAL = {"emial": "email"}

VARIANTS = (
    Variant(
        "first_row_lacks_key",
        contacts_table,
        LATER_ROWS,
        lambda s: drift(s, contacts_table, contact, without("email"), always_first=True),
        note="row 0 (and maybe others) has no 'email'; the other rows have one",
    ),
    Variant(
        "later_row_lacks_key",
        contacts_table,
        LATER_ROWS,
        lambda s: drift(s, contacts_table, contact, without("email")),
    ),
    Variant(
        "none_key_no_default",
        contacts_table,
        ANY_ROWS,
        lambda s: drift(s, contacts_table, contact, as_none("email")),
        note="rows with email=None, a column without a default, are meant to store NULL",
    ),
    Variant(
        "absent_key_server_default",
        contacts_server_default_table,
        ANY_ROWS,
        lambda s: drift(s, contacts_server_default_table, with_status, without("status")),
        note="rows without 'status' are meant to get the server default 'new'",
    ),
    Variant(
        "absent_key_client_default",
        contacts_client_default_table,
        ANY_ROWS,
        lambda s: drift(s, contacts_client_default_table, with_status, without("status")),
        note="rows without 'status' are meant to get the Column default 'new'",
    ),
    Variant(
        "none_key_server_default",
        contacts_server_default_table,
        ANY_ROWS,
        lambda s: drift(s, contacts_server_default_table, with_status, as_none("status")),
        note="rows with status=None are meant to store NULL, not the default",
    ),
    Variant(
        "none_key_client_default",
        contacts_client_default_table,
        ANY_ROWS,
        lambda s: drift(s, contacts_client_default_table, with_status, as_none("status")),
        note="rows with status=None are meant to store NULL, not the default",
    ),
    Variant(
        "absent_key_not_null_no_default",
        contacts_table,
        ANY_ROWS,
        lambda s: drift(s, contacts_table, contact, without("name")),
        note="'name' is NOT NULL without a default; some rows leave it out",
    ),
    Variant(
        "misspelt_key_first_row",
        contacts_table,
        ANY_ROWS,
        lambda s: drift(s, contacts_table, contact, misspelt("email", "emial"), EMIAL, True),
        note="row 0 says 'emial' for 'email'",
    ),
    Variant(
        "misspelt_key_later_row",
        contacts_table,
        LATER_ROWS,
        lambda s: drift(s, contacts_table, contact, misspelt("email", "emial"), EMIAL),
        note="a later row says 'emial' for 'email'",
    ),
    Variant(
        "wrong_model",
        contacts_table,
        ShapeSpace(min_size=1, max_faults=1),
        wrong_model,
        decoy=True,
        layer=APPLICATION,
        note="the API is given another model (table) of the same shape",
    ),
)


def test_key_drift(rowloss_target, rowloss_cell, scenario, api, transaction):
    rowloss_cell.measure(rowloss_target, scenario, api, transaction)
