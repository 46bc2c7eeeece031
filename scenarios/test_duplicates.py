"""Duplicate keys: two rows of a batch, or a row and one already stored, share a
key the table keeps unique. The table can hold only one of them: what happens to
the other, and does anyone say so?"""

from __future__ import annotations

from sqlalchemy import Column, Integer, MetaData, String, Table, UniqueConstraint

from rowloss.backends import TABLE_OPTIONS
from rowloss.measure.scenario import Batch, Row, Variant
from rowloss.measure.strategies import Shape, ShapeSpace

ROOT_CAUSE = "duplicates"


def people_table(metadata: MetaData, name: str) -> Table:
    return Table(
        name,
        metadata,
        Column("id", Integer, primary_key=True, autoincrement=False),
        Column("name", String(40), nullable=False),
        Column("email", String(80)),
        **TABLE_OPTIONS,
    )


def people_unique_email_table(metadata: MetaData, name: str) -> Table:
    return Table(
        name,
        metadata,
        Column("id", Integer, primary_key=True, autoincrement=False),
        Column("name", String(40), nullable=False),
        Column("email", String(80)),
        UniqueConstraint("email"),
        **TABLE_OPTIONS,
    )


def seats_table(metadata: MetaData, name: str) -> Table:
    return Table(
        name,
        metadata,
        Column("tenant", Integer, primary_key=True, autoincrement=False),
        Column("seat", Integer, primary_key=True, autoincrement=False),
        Column("holder", String(40), nullable=False),
        **TABLE_OPTIONS,
    )


def codes_table(metadata: MetaData, name: str) -> Table:
    return Table(
        name,
        metadata,
        Column("code", String(40), primary_key=True),
        Column("label", String(40), nullable=False),
        **TABLE_OPTIONS,
    )


def person(i: int) -> Row:
    return {"id": i + 1, "name": f"person {i}", "email": f"p{i}@example.org"}


def same_batch(rows: list[Row]) -> Batch:
    return Batch(sent=rows, meant=rows)


def pk_in_batch(shape: Shape) -> Batch:
    rows = [person(i) for i in range(shape.size)]
    for p in shape.faults:
        rows[p]["id"] = rows[p - 1]["id"]
    return same_batch(rows)


def pk_already_stored(shape: Shape) -> Batch:
    rows = [person(i) for i in range(shape.size)]
    before = [{**rows[p], "name": f"stored before {p}", "email": None} for p in shape.faults]
    return Batch(sent=rows, meant=rows, baseline=before)


def unique_in_batch(shape: Shape) -> Batch:
    rows = [person(i) for i in range(shape.size)]
    for p in shape.faults:
        rows[p]["email"] = rows[p - 1]["email"]
    return same_batch(rows)


def composite_in_batch(shape: Shape) -> Batch:
    rows = [{"tenant": i % 3, "seat": i // 3, "holder": f"holder {i}"} for i in range(shape.size)]
    for p in shape.faults:
        rows[p]["tenant"], rows[p]["seat"] = rows[p - 1]["tenant"], rows[p - 1]["seat"]
    return same_batch(rows)


def codes(shape: Shape, twin: str) -> Batch:
    rows = [{"code": f"code-{i}", "label": f"label {i}"} for i in range(shape.size)]
    for p in shape.faults:
        earlier = rows[p - 1]["code"]
        rows[p]["code"] = earlier.upper() if twin == "case" else earlier + " "
    return same_batch(rows)


LATER_ROWS = ShapeSpace(min_size=2, first_fault_at=1)

VARIANTS = (
    Variant("pk_in_batch", people_table, LATER_ROWS, pk_in_batch),
    Variant("pk_already_stored", people_table, ShapeSpace(min_size=1), pk_already_stored),
    Variant("unique_in_batch", people_unique_email_table, LATER_ROWS, unique_in_batch),
    Variant(
        "composite_pk_in_batch",
        seats_table,
        LATER_ROWS,
        composite_in_batch,
        key=("tenant", "seat"),
    ),
    Variant("case_twin_keys", codes_table, LATER_ROWS, lambda s: codes(s, "case"), key=("code",)),
    Variant(
        "trailing_space_twin_keys",
        codes_table,
        LATER_ROWS,
        lambda s: codes(s, "space"),
        key=("code",),
    ),
)


def test_duplicates(rowloss_target, rowloss_cell, scenario, api, transaction):
    rowloss_cell.measure(rowloss_target, scenario, api, transaction)
