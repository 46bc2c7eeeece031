"""Swallowed exceptions and failed sessions: the database may refuse a batch
loudly, and the application's own code around the insert still loses it without
a word. The error is caught and dropped; a handle is used again after an error
without a rollback; the rows are inserted in chunks whose failures are skipped.
What does commit do afterwards, and which rows are left?"""

from __future__ import annotations

from sqlalchemy import Column, Integer, MetaData, String, Table

from rowloss.backends import TABLE_OPTIONS
from rowloss.cells import APPLICATION
from rowloss.measure import callers
from rowloss.measure.callers import CHUNK
from rowloss.measure.scenario import Batch, Row, Variant
from rowloss.measure.strategies import Shape, ShapeSpace

ROOT_CAUSE = "failed_session"


def people_table(metadata: MetaData, name: str) -> Table:
    return Table(
        name,
        metadata,
        Column("id", Integer, primary_key=True, autoincrement=False),
        Column("name", String(40), nullable=False),
        **TABLE_OPTIONS,
    )


def person(i: int) -> Row:
    return {"id": i + 1, "name": f"person {i}"}


def with_duplicate_keys(shape: Shape) -> Batch:
    """Rows whose faulty positions repeat the key of the row before: an error
    on every database for a plain INSERT."""
    rows = [person(i) for i in range(shape.size)]
    for p in shape.faults:
        rows[p]["id"] = rows[p - 1]["id"]
    return Batch(sent=rows, meant=rows)


def clean(shape: Shape) -> Batch:
    rows = [person(i) for i in range(shape.size)]
    return Batch(sent=rows, meant=rows)


FAULTY = ShapeSpace(min_size=2, first_fault_at=1)
ACROSS_CHUNKS = ShapeSpace(
    min_size=CHUNK + 1,
    first_fault_at=1,
    max_faults=1,
    examples=(Shape(size=2 * CHUNK, faults=(CHUNK,)),),
)

VARIANTS = (
    Variant(
        "swallowed_with_rollback",
        people_table,
        FAULTY,
        with_duplicate_keys,
        caller=callers.swallow,
        layer=APPLICATION,
        note="`except Exception: rollback()` and carry on, around a batch with a repeated key",
    ),
    Variant(
        "logged_and_reraised",
        people_table,
        FAULTY,
        with_duplicate_keys,
        caller=callers.log_and_reraise,
        layer=APPLICATION,
        note="the guidance's fix: roll back, log, re-raise",
    ),
    Variant(
        "chunks_skipping_errors",
        people_table,
        ACROSS_CHUNKS,
        with_duplicate_keys,
        caller=callers.chunks_skipping_errors,
        layer=APPLICATION,
        note=f"chunks of {CHUNK} rows, a failed chunk logged and skipped without rollback, "
        "then one commit",
    ),
    Variant(
        "after_failed_query",
        people_table,
        ShapeSpace(min_size=1, max_faults=1),
        clean,
        caller=callers.after_failed_query,
        layer=APPLICATION,
        note="an earlier query failed and was caught without rollback; then a clean batch "
        "on the same Session or Connection, and commit",
    ),
)


def test_failed_session(rowloss_target, rowloss_cell, scenario, api, transaction):
    rowloss_cell.measure(rowloss_target, scenario, api, transaction)
