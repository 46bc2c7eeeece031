"""Opening a target: every reason not to run is named; a real SQLite target
reports itself from the live connection."""

import sqlite3
from dataclasses import replace

from sqlalchemy import Column, Integer, MetaData, String, Table

from rowloss.backends import TargetSpec, get_backend
from rowloss.measure.apis import APIS, Sink, send
from rowloss.measure.scratch import PREFIX, mapped_class
from rowloss.measure.targets import Missing, NotRun, Target, open_target
from rowloss.provision.embedded import EmbeddedFile


def sqlite_spec(driver="pysqlite"):
    backend = get_backend("sqlite")
    return TargetSpec(backend, backend.modes[0], backend.driver(driver))


def test_a_missing_driver_package_says_how_to_install_it(tmp_path):
    spec = sqlite_spec()
    absent = replace(spec.driver, module="rowloss_no_such_module", packages=("nope",))
    opened = open_target(replace(spec, driver=absent), f"sqlite:///{tmp_path}/x.db", "test")
    assert isinstance(opened, NotRun) and opened.missing is Missing.DRIVER
    assert "pip install 'rowloss[sqlite]'" in opened.reason


def test_a_dialect_this_sqlalchemy_lacks_is_not_run_for_sqlalchemy(tmp_path):
    spec = sqlite_spec()
    unknown = replace(spec.driver, name="nosuchdriver")
    opened = open_target(replace(spec, driver=unknown), f"sqlite:///{tmp_path}/x.db", "test")
    assert isinstance(opened, NotRun) and opened.missing is Missing.SQLALCHEMY
    assert "has no sqlite+nosuchdriver dialect" in opened.reason


def test_a_server_of_the_wrong_family_is_refused(tmp_path):
    class PretendMySQL(type(get_backend("sqlite"))):
        def refusal(self, server_version):
            return f"reports {server_version}"

    spec = replace(sqlite_spec(), backend=PretendMySQL())
    opened = open_target(spec, f"sqlite:///{tmp_path}/x.db", "test")
    assert isinstance(opened, NotRun) and opened.missing is Missing.SERVER
    assert opened.reason == f"reports {sqlite3.sqlite_version}"


def test_sync_and_async_sqlite_report_themselves_and_round_trip():
    with EmbeddedFile("sqlite", "rowloss.db") as embedded:
        for driver in ("pysqlite", "aiosqlite"):
            target = open_target(sqlite_spec(driver), embedded.url, embedded.origin)
            assert isinstance(target, Target), target
            try:
                assert target.report.server_version == sqlite3.sqlite_version
                assert target.report.sqlalchemy_version
                assert target.report.executemany_mode
                rows = [{"id": 1, "name": "x"}, {"id": 2, "name": "y"}]

                def build(metadata: MetaData, name: str) -> Table:
                    return Table(
                        name,
                        metadata,
                        Column("id", Integer, primary_key=True),
                        Column("name", String(5)),
                    )

                with target.scratch_table(build) as table:
                    assert table.name.startswith(PREFIX)
                    seen = send(
                        APIS["bulk_insert_mappings"],
                        target,
                        Sink(table, mapped_class(table)),
                        rows,
                        "transaction",
                    )
                    assert seen.error is None
                    assert target.stored_rows(table) == rows
                tables = target.run_connection(
                    lambda c: c.exec_driver_sql("SELECT name FROM sqlite_master").all()
                )
                assert tables == [], "the scratch table is dropped"
            finally:
                target.close()


def test_an_error_is_seen_by_the_caller_not_raised():
    with EmbeddedFile("sqlite", "rowloss.db") as embedded:
        target = open_target(sqlite_spec(), embedded.url, embedded.origin)
        try:

            def build(metadata, name):
                return Table(name, metadata, Column("id", Integer, primary_key=True))

            with target.scratch_table(build) as table:
                sink = Sink(table, mapped_class(table))
                rows = [{"id": 1}, {"id": 1}]
                seen = send(APIS["bulk_insert_mappings"], target, sink, rows, "transaction")
                assert seen.error is not None and "IntegrityError" in seen.error
                assert target.stored_rows(table) == []
        finally:
            target.close()


def test_session_statements_reach_writer_and_reader_inside_the_block_only(sqlite_target):
    from sqlalchemy import text

    def cache_size(connection):
        return connection.execute(text("PRAGMA cache_size")).scalar()

    before = sqlite_target.run_connection(cache_size)
    with sqlite_target.session_statements(("PRAGMA cache_size = 1234",)):
        assert sqlite_target.run_connection(cache_size) == 1234
        assert sqlite_target.run_connection(cache_size, engine=sqlite_target.reader) == 1234
    assert sqlite_target.run_connection(cache_size) == before
    assert sqlite_target.run_connection(cache_size, engine=sqlite_target.reader) == before


def test_a_session_setting_keeps_its_engines_and_connections_for_the_next_cell(sqlite_target):
    """The engines of a setting are made once: its next cell reuses their
    pooled connection rather than connecting anew."""
    from sqlalchemy import event

    setting = ("PRAGMA cache_size = 4321",)
    connects: list[object] = []
    with sqlite_target.session_statements(setting):
        engine = sqlite_target.engine
        event.listen(engine, "connect", lambda dbapi, record: connects.append(dbapi))
        sqlite_target.run_connection(lambda connection: None)
    with sqlite_target.session_statements(setting):
        assert sqlite_target.engine is engine
        sqlite_target.run_connection(lambda connection: None)
    assert len(connects) == 1


def test_time_zone_statements_per_family():
    assert get_backend("sqlite").time_zone_sql("+05:30") == ()
    assert get_backend("postgresql").time_zone_sql("+05:30") == (
        "SET TIME ZONE INTERVAL '+05:30' HOUR TO MINUTE",
    )
    assert get_backend("mariadb").time_zone_sql("+05:30") == ("SET SESSION time_zone = '+05:30'",)
    assert get_backend("oracle").time_zone_sql("+05:30") == (
        "ALTER SESSION SET TIME_ZONE = '+05:30'",
    )


def test_a_new_connection_reaches_the_caller_outside_any_transaction(user_servers):
    """The connection setup (PostgreSQL's ``SET TIME ZONE``) is committed, so
    psycopg, which opens a transaction on a first statement, hands an
    autocommit caller a connection it can switch: measured, the caller's
    first use of a fresh connection once raised "can't change 'autocommit'
    now" where the database had nothing to do with it."""
    backend = get_backend("postgresql")
    spec = TargetSpec(backend, backend.modes[0], backend.driver("psycopg"))
    opened = open_target(spec, user_servers["postgresql"].url, "test")
    assert isinstance(opened, Target), opened
    try:
        opened.engine.dispose()  # the caller's next connection is a new one
        answer = opened.run_caller(
            lambda connection: connection.exec_driver_sql("SELECT 1").scalar(),
            on_session=False,
            autocommit=True,
        )
        assert answer == 1
    finally:
        opened.close()


def test_rows_read_back_then_emptied_leave_the_table_empty_and_known_so(sqlite_target):
    def build(metadata, name):
        return Table(name, metadata, Column("id", Integer, primary_key=True))

    with sqlite_target.scratch_table(build) as table:
        rows = [{"id": 1}, {"id": 2}]
        sqlite_target.prepare([table], rows)
        assert table.name not in sqlite_target.empty
        assert sqlite_target.stored_rows(table, then_empty=True) == rows
        assert table.name in sqlite_target.empty
        assert sqlite_target.stored_rows(table) == []


def test_a_connection_the_stack_leaks_is_let_go_so_later_cells_get_one():
    """duckdb_engine checks a connection out, then fails to set AUTOCOMMIT and
    leaks it until the garbage collector runs; more such sends than the pool
    holds (5 + 10 overflow) must not leave the next caller waiting for one."""
    import gc

    backend = get_backend("duckdb")
    spec = TargetSpec(backend, backend.modes[0], backend.driver("duckdb_engine"))
    with EmbeddedFile("duckdb", "rowloss.duckdb") as embedded:
        target = open_target(spec, embedded.url, embedded.origin)
        assert isinstance(target, Target), target
        collecting = gc.isenabled()
        gc.disable()  # the leak is given back by the collector only
        try:
            table = target.table(
                "leak",
                lambda m, n: Table(
                    n, m, Column("id", Integer, primary_key=True, autoincrement=False)
                ),
            )
            sink = Sink(table, mapped_class(table))
            api = APIS["add_all"]  # through a Session: the path that leaks
            errors = [send(api, target, sink, [{"id": 1}], "autocommit").error for _ in range(20)]
            assert errors[0] is not None and "set_isolation_level" in errors[0], (
                "the leaking stack this test relies on no longer fails; find another"
            )
            assert not [e for e in errors if e and "QueuePool" in e], errors
            assert target.engine.pool.checkedout() == 0
            assert send(api, target, sink, [{"id": 2}], "transaction").error is None
            assert target.stored_rows(table) == [{"id": 2}]
        finally:
            if collecting:
                gc.enable()
            target.close()
