"""Pitfalls: small things around a bulk insert that the guidance warns about.
An empty list; a batch of one row; an explicit None for a NOT NULL column; a
NUL character in text; None beside integers too large for a float (pandas
turns such a column into floats); pending ORM objects and autoflush. The ignore, conflict
and upsert paths (``INSERT IGNORE``, ``ON CONFLICT``, ``ON DUPLICATE KEY
UPDATE``) are insert APIs, so every root cause measures them; their cells under
``duplicates`` show which rows they skip or overwrite, and whether rowcount or
RETURNING shows it."""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, Integer, MetaData, String, Table

from rowloss.backends import TABLE_OPTIONS
from rowloss.measure import callers
from rowloss.measure.scenario import Batch, Row, Variant
from rowloss.measure.strategies import Shape, ShapeSpace

ROOT_CAUSE = "pitfalls"
SESSION_APIS = (
    "bulk_insert_mappings",
    "bulk_insert_mappings_render_nulls",
    "bulk_insert_mappings_return_defaults",
    "orm_bulk_insert",
    "add_all",
    "bulk_save_objects",
)


def people_table(metadata: MetaData, name: str) -> Table:
    return Table(
        name,
        metadata,
        Column("id", Integer, primary_key=True, autoincrement=False),
        Column("name", String(40), nullable=False),
        **TABLE_OPTIONS,
    )


def notes_table(metadata: MetaData, name: str) -> Table:
    """Every column may be left out: a key the database numbers, a nullable text."""
    return Table(
        name,
        metadata,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("note", String(40)),
        **TABLE_OPTIONS,
    )


def counters_table(metadata: MetaData, name: str) -> Table:
    return Table(
        name,
        metadata,
        Column("id", Integer, primary_key=True, autoincrement=False),
        Column("count", BigInteger),
        **TABLE_OPTIONS,
    )


BEYOND_FLOAT = 2**53 + 1
"""The smallest integer a binary double cannot hold."""


def none_beside_big_integers(shape: Shape) -> Batch:
    rows = [
        {"id": i + 1, "count": None if i in shape.faults else BEYOND_FLOAT + 2 * i}
        for i in range(shape.size)
    ]
    return Batch(sent=rows, meant=rows)


def person(i: int) -> Row:
    return {"id": i + 1, "name": f"person {i}"}


def nothing(shape: Shape) -> Batch:
    return Batch(sent=[], meant=[])


def one_row_key_already_stored(shape: Shape) -> Batch:
    row = person(0)
    return Batch(sent=[row], meant=[row], baseline=[{**row, "name": "stored before"}])


def with_name(value_at_faults):
    def build(shape: Shape) -> Batch:
        rows = [person(i) for i in range(shape.size)]
        for p in shape.faults:
            rows[p]["name"] = value_at_faults
        return Batch(sent=rows, meant=rows)

    return build


def clean(shape: Shape) -> Batch:
    rows = [person(i) for i in range(shape.size)]
    return Batch(sent=rows, meant=rows)


ONE_ROW = ShapeSpace(min_size=1, max_size=1, max_faults=1)
ANY = ShapeSpace(min_size=1)

VARIANTS = (
    Variant(
        "empty_input",
        notes_table,
        ONE_ROW,  # the shape is not used
        nothing,
        requires=("autoincrement_keys",),
        note="an empty list of rows, into a table whose every column may be left out",
    ),
    Variant(
        "one_row_key_already_stored",
        people_table,
        ONE_ROW,
        one_row_key_already_stored,
        note="a batch of one row whose key is already in the table",
    ),
    Variant(
        "one_row_too_long",
        people_table,
        ONE_ROW,
        with_name("x" * 50),
        note="a batch of one row with 50 characters for a VARCHAR(40)",
    ),
    Variant(
        "explicit_none_for_not_null",
        people_table,
        ANY,
        with_name(None),
        note="None given for a NOT NULL column without a default",
    ),
    Variant(
        "nul_character_in_text",
        people_table,
        ANY,
        with_name("before\x00after"),
        note="a string holding a NUL character (U+0000)",
    ),
    Variant(
        "none_beside_big_integers",
        counters_table,
        ShapeSpace(min_size=2),
        none_beside_big_integers,
        note=f"odd BIGINT values from {BEYOND_FLOAT} (2**53 + 1) with None in some rows",
    ),
    Variant(
        "pending_objects_then_query",
        people_table,
        ShapeSpace(min_size=2, max_faults=1),
        clean,
        apis=SESSION_APIS,
        caller=callers.pending_objects_then_query,
        note="half the rows added as pending objects, a query (autoflush), then the other "
        "half through the API, and commit",
    ),
)


def test_pitfalls(rowloss_target, rowloss_cell, scenario, api, transaction):
    rowloss_cell.measure(rowloss_target, scenario, api, transaction)
