"""The insert APIs: where each applies, and running one as an application does."""

import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table

from rowloss.apis import API_LIST, APIS, Sink, send
from rowloss.backends import get_backend
from rowloss.scratch import mapped_class


@pytest.mark.parametrize(
    ("database", "only_here"),
    [
        (
            "sqlite",
            {"on_conflict_do_nothing", "on_conflict_do_nothing_returning", "insert_or_ignore"},
        ),
        ("postgresql", {"on_conflict_do_nothing", "on_conflict_do_nothing_returning"}),
        ("mariadb", {"insert_ignore"}),
        ("mysql", {"insert_ignore"}),
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
    sqlite_target.clear(table)
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
    sqlite_target.clear(table)
    sink = Sink(table, mapped_class(table))
    seen = send(APIS["add_all"], sqlite_target, sink, [{"id": 1, "emial": "x"}], "transaction")
    assert seen.error is not None and seen.error.startswith("TypeError: ")
