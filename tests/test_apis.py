"""The insert APIs: where each applies, and running one as an application does."""

import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table

from rowloss.backends import get_backend
from rowloss.measure import callers
from rowloss.measure.apis import API_LIST, APIS, Sink, send
from rowloss.measure.scratch import mapped_class


@pytest.mark.parametrize(
    ("database", "only_here"),
    [
        (
            "sqlite",
            {
                "on_conflict_do_nothing",
                "on_conflict_do_nothing_returning",
                "on_conflict_do_update",
                "insert_or_ignore",
            },
        ),
        (
            "postgresql",
            {"on_conflict_do_nothing", "on_conflict_do_nothing_returning", "on_conflict_do_update"},
        ),
        ("mariadb", {"insert_ignore", "on_duplicate_key_update"}),
        ("mysql", {"insert_ignore", "on_duplicate_key_update"}),
        ("oracle", set()),
    ],
)
def test_the_skip_by_design_paths_apply_to_their_databases_only(database, only_here):
    backend = get_backend(database)
    generic = {a.name for a in API_LIST if not a.needs}
    assert {a.name for a in API_LIST if a.applies_to(backend)} == generic | only_here


def names_table(metadata: MetaData, name: str) -> Table:
    return Table(
        name,
        metadata,
        Column("id", Integer, primary_key=True, autoincrement=False),
        Column("name", String(20)),
    )


@pytest.mark.parametrize("api", [a for a in API_LIST if a.applies_to(get_backend("sqlite"))])
@pytest.mark.parametrize("transaction", ["transaction", "autocommit"])
def test_every_api_stores_ordinary_rows_and_leaves_the_callers_rows_alone(
    sqlite_target, api, transaction
):
    table = sqlite_target.table("names", names_table)
    sqlite_target.prepare([table])
    rows = [{"id": 1, "name": "a"}, {"id": 2, "name": "b"}]
    caller_rows = [dict(r) for r in rows]
    seen = send(api, sqlite_target, Sink(table, mapped_class(table)), caller_rows, transaction)
    assert seen.error is None
    assert sqlite_target.stored_rows(table) == rows
    assert caller_rows == rows, "the API ran on a copy"
    if api.returning:
        assert seen.returned == 2


def test_an_error_is_kept_with_its_type_not_raised(sqlite_target):
    table = sqlite_target.table("names", names_table)
    sqlite_target.prepare([table])
    sink = Sink(table, mapped_class(table))
    seen = send(APIS["add_all"], sqlite_target, sink, [{"id": 1, "emial": "x"}], "transaction")
    assert seen.error is not None and seen.error.startswith("TypeError: ")


def send_names(target, rows, caller, api="core_executemany", transaction="transaction"):
    table = target.table("names", names_table)
    target.prepare([table])
    seen = send(APIS[api], target, Sink(table, mapped_class(table)), rows, transaction, caller)
    return seen, [row["id"] for row in target.stored_rows(table)]


def names(ids):
    return [{"id": i, "name": f"n{i}"} for i in ids]


@pytest.mark.parametrize("api", ["core_executemany", "bulk_insert_mappings"])
def test_a_caller_that_swallows_the_error_sees_none_but_rowloss_notes_it(sqlite_target, api):
    seen, stored = send_names(sqlite_target, names([1, 2, 2]), callers.swallow, api)
    assert seen.error is None
    assert seen.swallowed and "IntegrityError" in seen.swallowed[0]
    assert stored == []


def test_log_and_reraise_lets_the_error_reach_the_caller(sqlite_target):
    seen, stored = send_names(sqlite_target, names([1, 2, 2]), callers.log_and_reraise)
    assert seen.error is not None and "IntegrityError" in seen.error
    assert seen.swallowed == ()
    assert stored == []


def test_chunks_skipping_errors_commits_the_chunks_that_went_in(sqlite_target):
    rows = names(range(1, 16))
    rows[3]["id"] = 1  # a duplicate in the first chunk of ten
    seen, stored = send_names(sqlite_target, rows, callers.chunks_skipping_errors)
    assert seen.error is None and len(seen.swallowed) == 1
    # sqlite3's executemany runs row by row: the rows before the duplicate stay
    # in the transaction that the caller commits.
    assert stored == [1, 2, 3, *range(11, 16)]
    assert seen.rowcount == 5, "rowcounts of the calls that returned add up"


def test_after_failed_query_runs_the_insert_on_the_same_handle(sqlite_target):
    seen, stored = send_names(sqlite_target, names([1, 2]), callers.after_failed_query)
    assert seen.error is None
    assert stored == [1, 2]


def test_an_upsert_overwrites_the_stored_row(sqlite_target):
    table = sqlite_target.table("names", names_table)
    sqlite_target.prepare([table], names([1]))
    sink = Sink(table, mapped_class(table))
    rows = [{"id": 1, "name": "new"}]
    seen = send(APIS["on_conflict_do_update"], sqlite_target, sink, rows, "transaction")
    assert seen.error is None
    assert sqlite_target.stored_rows(table) == rows


def test_pandas_missing_says_how_to_install_it(sqlite_target):
    from dataclasses import replace

    api = replace(APIS["pandas_to_sql"], module="rowloss_no_such_module")
    assert api.missing_here(sqlite_target) == (
        "rowloss_no_such_module is not installed; pip install 'rowloss[pandas]'"
    )


def test_a_table_known_empty_is_not_cleared_and_one_written_to_is(sqlite_target):
    from sqlalchemy import event

    statements = []
    for engine in (sqlite_target.engine, sqlite_target.reader):
        event.listen(engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    table = sqlite_target.table("names", names_table)
    statements.clear()
    sqlite_target.prepare([table])
    assert statements == [], "a new table holds no row"
    sqlite_target.prepare([table], names([1]))  # a baseline: the table is written to
    sqlite_target.prepare([table])
    assert any(s.startswith("DELETE") for s in statements)
    assert sqlite_target.stored_rows(table) == []
    statements.clear()
    sqlite_target.prepare([table])
    assert statements == [], "read back empty"
