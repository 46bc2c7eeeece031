"""Driver sub-batching: a large batch reaches the server as several statements,
split by SQLAlchemy (insertmanyvalues pages, pandas chunks) or by the driver
(statements of at most so many bytes). When a row in a later piece fails, do
the pieces before it stay? And does the same faulty row do the same thing alone
as among others? Each cell records the page size and executemany mode in force."""

from __future__ import annotations

from sqlalchemy import Column, Integer, MetaData, String, Table, Text

from rowloss.backends import NON_TRANSACTIONAL_OPTIONS, TABLE_OPTIONS
from rowloss.measure.scenario import Batch, Row, Variant
from rowloss.measure.strategies import Shape, ShapeSpace

ROOT_CAUSE = "sub_batching"
PAGE = 1000
"""SQLAlchemy's default insertmanyvalues page size (recorded in every cell as
measured) and the pandas chunk size rowloss uses."""
ACROSS_PAGES = PAGE + 1
WIDE = 2000
"""Characters of filler per row where a batch must outgrow a driver's statement
size limit (pymysql: 1,024,000 bytes) without crossing a page."""
EXECUTEMANY_APIS = ("core_executemany", "bulk_insert_mappings", "orm_bulk_insert", "pandas_to_sql")


def items_table(options: dict) -> object:
    def build(metadata: MetaData, name: str) -> Table:
        return Table(
            name,
            metadata,
            Column("id", Integer, primary_key=True, autoincrement=False),
            Column("label", String(10), nullable=False),
            Column("note", Text),
            **options,
        )

    build.__name__ = "items_table"
    return build


def item(i: int, note: str | None = None) -> Row:
    return {"id": i + 1, "label": f"item {i % 1000}", "note": note}


def key_repeated_at_faults(note: str | None = None):
    """Faulty rows repeat the first row's key: the database refuses the row
    only when it arrives, so where it stands decides which pieces went first."""

    def build(shape: Shape) -> Batch:
        rows = [item(i, note) for i in range(shape.size)]
        for p in shape.faults:
            rows[p]["id"] = rows[0]["id"]
        return Batch(sent=rows, meant=rows)

    return build


def label_too_long_at_faults(shape: Shape) -> Batch:
    rows = [item(i) for i in range(shape.size)]
    for p in shape.faults:
        rows[p]["label"] = "x" * (10 + 5)
    return Batch(sent=rows, meant=rows)


def faulty_at(size: int, *positions: int) -> ShapeSpace:
    """One faulty row among ``size`` at one of ``positions``; the last of them
    is always tried. Each batch is large, so nothing is shrunk."""
    return ShapeSpace(
        min_size=size,
        max_size=size,
        max_faults=1,
        positions=positions,
        examples=(Shape(size=size, faults=(positions[-1],)),),
        shrink=False,
    )


AROUND_A_PAGE = faulty_at(ACROSS_PAGES, 1, PAGE - 1, PAGE)


ALONE = ShapeSpace(min_size=1, max_size=1, max_faults=1)
AFTER_FIRST = ShapeSpace(min_size=2, max_size=5, first_fault_at=1, max_faults=1)

VARIANTS = (
    Variant(
        "failing_row_in_a_later_page",
        items_table(TABLE_OPTIONS),
        AROUND_A_PAGE,
        key_repeated_at_faults(),
        note=f"{ACROSS_PAGES} rows, one repeating the first row's key: the second row, "
        f"row {PAGE - 1} (last of the first page) or row {PAGE} (first of the second)",
    ),
    Variant(
        "failing_row_in_a_later_page_myisam",
        items_table(NON_TRANSACTIONAL_OPTIONS),
        AROUND_A_PAGE,
        key_repeated_at_faults(),
        requires=("non_transactional_tables",),
        note="the same on a MyISAM table, which has no transactions to roll back",
    ),
    Variant(
        "failing_row_past_the_statement_size_limit",
        items_table(TABLE_OPTIONS),
        faulty_at(601, 1, 300, 600),
        key_repeated_at_faults("n" * WIDE),
        requires=("executemany_split_by_size",),
        apis=EXECUTEMANY_APIS,
        note=f"601 rows of {WIDE} characters each (1.2 MB, under one page), the faulty one "
        "second, 301st or last: a driver that rewrites executemany into multi-row "
        "statements splits it by size",
    ),
    Variant(
        "too_long_string_alone",
        items_table(TABLE_OPTIONS),
        ALONE,
        label_too_long_at_faults,
        note="VARCHAR(10) given 15 characters in a batch of one row",
    ),
    Variant(
        "too_long_string_after_the_first_row",
        items_table(TABLE_OPTIONS),
        AFTER_FIRST,
        label_too_long_at_faults,
        note="the same value in a batch of 2 to 5 rows, not in the first row",
    ),
    Variant(
        "too_long_string_alone_myisam",
        items_table(NON_TRANSACTIONAL_OPTIONS),
        ALONE,
        label_too_long_at_faults,
        requires=("non_transactional_tables",),
        note="VARCHAR(10) given 15 characters in a batch of one row, on MyISAM",
    ),
    Variant(
        "too_long_string_after_the_first_row_myisam",
        items_table(NON_TRANSACTIONAL_OPTIONS),
        AFTER_FIRST,
        label_too_long_at_faults,
        requires=("non_transactional_tables",),
        note="the same value in a batch of 2 to 5 rows, not in the first row, on MyISAM",
    ),
)


def test_sub_batching(rowloss_target, rowloss_cell, scenario, api, transaction):
    rowloss_cell.measure(rowloss_target, scenario, api, transaction)
