"""Measuring a cell on real SQLite: the search finds the worst outcome, shrinks
it, gives the same answer twice, and its reproducer prints the same outcome."""

from reproducers import run_reproducer
from sqlalchemy import Column, Integer, MetaData, String, Table

from rowloss.cells import CellKey, Outcome
from rowloss.measure import callers
from rowloss.measure.apis import APIS
from rowloss.measure.budget import Budget
from rowloss.measure.scenario import Batch, Variant
from rowloss.measure.scratch import scratch_name
from rowloss.measure.search import measure
from rowloss.measure.strategies import Shape, ShapeSpace
from rowloss.provision.ownership import TABLE_NAME, Owner
from rowloss.publish import reproducer

BUDGET = Budget(examples=6, shrink_calls=60, max_batch=200)


def items_table(metadata: MetaData, name: str) -> Table:
    return Table(
        name,
        metadata,
        Column("id", Integer, primary_key=True, autoincrement=False),
        Column("label", String(20)),
    )


def duplicate_only_in_big_batches(shape):
    """A batch whose last row repeats the first key once it has 30 rows or more:
    the smallest failing batch has exactly 30 rows."""
    rows = [{"id": i + 1, "label": f"item {i}"} for i in range(shape.size)]
    if shape.size >= 30:
        rows[-1]["id"] = 1
    return Batch(sent=rows, meant=rows)


BIG_ONLY = Variant("big_only", items_table, ShapeSpace(min_size=1), duplicate_only_in_big_batches)


def test_the_worst_outcome_is_found_and_shrunk_to_the_smallest_batch(sqlite_target):
    target = sqlite_target
    result = measure(target, BIG_ONLY, APIS["core_executemany"], "transaction", BUDGET)
    assert result.worst.verdict.outcome is Outcome.RAISED
    assert result.worst.shape.size == 30


def test_the_same_cell_measures_the_same_twice(sqlite_target):
    target = sqlite_target
    first = measure(target, BIG_ONLY, APIS["core_executemany"], "autocommit", BUDGET)
    second = measure(target, BIG_ONLY, APIS["core_executemany"], "autocommit", BUDGET)
    assert first.worst.shape == second.worst.shape
    assert first.worst.verdict == second.worst.verdict


def test_the_reproducer_prints_the_measured_outcome(sqlite_target, tmp_path):
    target = sqlite_target
    url = target.url.set(drivername="sqlite")
    api = APIS["bulk_insert_mappings"]
    result = measure(target, BIG_ONLY, api, "transaction", BUDGET)
    key = CellKey("test", "big_only", "sqlite", "default", "pysqlite", api.name, "transaction", "x")
    text = reproducer.source(key, BIG_ONLY, api, target, result.worst, result.worst.verdict.detail)
    path = tmp_path / reproducer.write(tmp_path, key, text)
    done = run_reproducer(path, url.render_as_string(hide_password=False))
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"outcome:   {result.worst.verdict.outcome.value} - " in done.stdout


def test_a_table_changed_behind_the_oracles_back_is_caught(sqlite_target):
    """The outcome comes from reading the table: a row changed and a row deleted
    by someone else after the insert are reported, though the insert succeeded."""
    from sqlalchemy import delete, update

    from rowloss.measure.apis import Sink, send
    from rowloss.measure.scratch import mapped_class
    from rowloss.oracle import judge

    target = sqlite_target
    table = target.table("behind_the_back", items_table)
    rows = [{"id": i, "label": f"item {i}"} for i in (1, 2, 3)]
    caller = send(
        APIS["core_executemany"], target, Sink(table, mapped_class(table)), rows, "transaction"
    )
    assert caller.error is None

    def meddle(connection):
        connection.execute(update(table).where(table.c.id == 2).values(label="meddled"))
        connection.execute(delete(table).where(table.c.id == 3))

    target.run_connection(meddle)
    verdict = judge(rows, target.stored_rows(table), ["id"], caller)
    assert verdict.outcome is Outcome.DROPPED
    assert "1 of 3 rows missing (3)" in verdict.detail
    assert "2.label: 'meddled' stored for 'item 2'" in verdict.detail


def duplicate_from_row_20_on(shape):
    """The faulty row repeats the first key only when it stands at row 20 or later."""
    rows = [{"id": i + 1, "label": f"item {i}"} for i in range(shape.size)]
    for p in shape.faults:
        if p >= 20:
            rows[p]["id"] = 1
    return Batch(sent=rows, meant=rows)


AT_BOUNDARIES = Variant(
    "at_boundaries",
    items_table,
    ShapeSpace(
        min_size=60,
        max_size=60,
        max_faults=1,
        positions=(1, 20, 59),
        examples=(Shape(size=60, faults=(59,)),),
        shrink=False,
    ),
    duplicate_from_row_20_on,
)


def test_fixed_positions_without_shrinking_report_the_first_boundary_that_fails(sqlite_target):
    result = measure(sqlite_target, AT_BOUNDARIES, APIS["core_executemany"], "transaction", BUDGET)
    assert result.worst.verdict.outcome is Outcome.RAISED
    assert result.worst.shape == Shape(size=60, faults=(20,))
    assert result.explored <= 3, "only the listed positions are ever sent"


def test_a_reproducer_of_a_batch_too_large_to_list_runs(sqlite_target, tmp_path):
    api = APIS["core_executemany"]
    result = measure(sqlite_target, AT_BOUNDARIES, api, "autocommit", BUDGET)
    key = CellKey(
        "test", "boundaries", "sqlite", "default", "pysqlite", api.name, "autocommit", "x"
    )
    text = reproducer.source(key, AT_BOUNDARIES, api, sqlite_target, result.worst, "")
    assert "unpack(  # 60 rows, too many to list" in text
    path = tmp_path / reproducer.write(tmp_path, key, text)
    url = sqlite_target.url.set(drivername="sqlite").render_as_string(hide_password=False)
    done = run_reproducer(path, url)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"outcome:   {result.worst.verdict.outcome.value} - " in done.stdout


SWALLOWED = Variant(
    "swallowed",
    items_table,
    ShapeSpace(min_size=2, first_fault_at=1, max_faults=1),
    lambda shape: duplicate_only_in_big_batches(Shape(size=30, faults=())),
    caller=callers.swallow,
)


def test_a_reproducer_runs_the_callers_own_code(sqlite_target, tmp_path):
    target = sqlite_target
    api = APIS["core_executemany"]
    result = measure(target, SWALLOWED, api, "transaction", BUDGET)
    assert result.worst.verdict.outcome is Outcome.DROPPED
    assert "the caller's code swallowed IntegrityError" in result.worst.verdict.detail
    key = CellKey(
        "test", "swallowed", "sqlite", "default", "pysqlite", api.name, "transaction", "x"
    )
    text = reproducer.source(key, SWALLOWED, api, target, result.worst, "")
    assert "def swallow(handle, insert, rows, sink):" in text.replace(": Any", "").replace(
        ": Insert", ""
    ).replace(": Rows", "").replace(" -> None", "")
    path = tmp_path / reproducer.write(tmp_path, key, text)
    url = target.url.set(drivername="sqlite").render_as_string(hide_password=False)
    done = run_reproducer(path, url)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "outcome:   dropped - " in done.stdout


def test_scratch_tables_have_one_name_length_whatever_the_process():
    """A name's length shows in what a server says (PostgreSQL's error
    position), so a small pid and a large one, a fresh boot and a long uptime,
    the first table and the hundredth give names of one length, read back to
    their owner."""
    names = [
        f"rowloss_{Owner('host', pid, f'boot-{ticks}').compact}_{n:04d}"
        for pid, ticks, n in ((7, 5, 1), (4194304, 2_000_000_000, 123))
    ]
    assert len({len(name) for name in names}) == 1, names
    assert len(names[0]) <= 30, "within Oracle's old identifier limit"
    assert [Owner.from_table(name).pid for name in names] == [7, 4194304]
    assert all(TABLE_NAME.fullmatch(name) for name in names)
    assert len(scratch_name()) == len(names[0])
