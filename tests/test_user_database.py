"""A user's database is safe: rowloss, pointed at it by URL, creates, fills and
drops only its own tables, however the run ends, and rowloss clean drops only
what runs that are gone left there."""

from __future__ import annotations

import signal
import time

import pytest
from runs import Run, measured, run, wait_until
from sqlalchemy import create_engine, inspect, text

from rowloss.provision.ownership import TABLE_NAME, Owner

USER_TABLES = {
    "customers": "CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL)",
    # Look-alikes: rowloss's prefix, and the shape of an older rowloss's names.
    "rowloss_keepme": "CREATE TABLE rowloss_keepme (id int PRIMARY KEY, note text)",
    "rowloss_abcdef_1": "CREATE TABLE rowloss_abcdef_1 (id int PRIMARY KEY)",
}


@pytest.fixture
def user_database(user_servers):
    """The user's PostgreSQL database with tables and rows of its own."""
    url = user_servers["postgresql"].url.set(drivername="postgresql+psycopg2")
    engine = create_engine(url)
    with engine.begin() as connection:
        for name, ddl in USER_TABLES.items():
            connection.execute(text(f"DROP TABLE IF EXISTS {name}"))
            connection.execute(text(ddl))
        connection.execute(text("INSERT INTO customers VALUES (1, 'Ada'), (2, 'Grace')"))
        connection.execute(text("INSERT INTO rowloss_keepme VALUES (7, 'mine')"))
        connection.execute(text("INSERT INTO rowloss_abcdef_1 VALUES (1)"))
    yield url, engine
    with engine.begin() as connection:
        for name in USER_TABLES:
            connection.execute(text(f"DROP TABLE IF EXISTS {name}"))
    engine.dispose()


def snapshot(engine) -> dict:
    """Every user table's columns and rows."""
    seen = {}
    with engine.connect() as connection:
        inspector = inspect(connection)
        for name in USER_TABLES:
            columns = [(c["name"], str(c["type"])) for c in inspector.get_columns(name)]
            rows = connection.execute(text(f"SELECT * FROM {name} ORDER BY 1")).all()
            seen[name] = (columns, [tuple(row) for row in rows])
    return seen


def rowloss_tables(engine) -> list[str]:
    names = inspect(engine).get_table_names()
    return sorted(name for name in names if TABLE_NAME.fullmatch(name))


def url_run(url, tmp_path, *extra) -> list[str]:
    rendered = url.render_as_string(hide_password=False)
    return [
        "run",
        "--rowloss-url",
        f"postgresql={rendered}",
        "--rowloss-backends",
        "postgresql",
        "--rowloss-run-dir",
        str(tmp_path / "run"),
        "-q",
        *extra,
    ]


def test_a_full_run_by_url_leaves_the_users_tables_as_they_were(user_database, tmp_path):
    url, engine = user_database
    before = snapshot(engine)
    code, output = run(url_run(url, tmp_path), tmp_path, timeout=1800)
    assert code == 0, output[-3000:]
    assert " 0 changed," in output
    assert snapshot(engine) == before
    assert rowloss_tables(engine) == [], "a run drops every table it made"


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGKILL], ids=["SIGINT", "SIGKILL"])
def test_an_interrupted_or_killed_run_by_url_leaves_the_users_tables(
    user_database, tmp_path, signum
):
    url, engine = user_database
    before = snapshot(engine)
    started = Run(url_run(url, tmp_path, "scenarios/test_truncation.py"), tmp_path)
    try:
        wait_until(lambda: measured(tmp_path / "run") >= 20, started, what="cells")
        started.signal(signum, group=True)
        code = started.wait(timeout=120)
    finally:
        started.kill_all()
    assert code == (2 if signum == signal.SIGINT else -signal.SIGKILL), started.output[-3000:]
    assert snapshot(engine) == before
    left = rowloss_tables(engine)
    if signum == signal.SIGINT:
        assert left == [], "an interrupted run drops its tables on the way out"
        return
    assert left, "a killed run leaves its tables"
    owners = [Owner.from_table(name) for name in left]
    deadline = time.monotonic() + 30  # SIGKILL reaches the workers a moment after the leader
    while not all(owner.is_gone() for owner in owners):
        assert time.monotonic() < deadline, "their owners are gone"
        time.sleep(0.2)
    live = f"rowloss_{Owner.this_process().compact}_1"
    with engine.begin() as connection:
        connection.execute(text(f"CREATE TABLE {live} (id int)"))
    try:
        rendered = url.render_as_string(hide_password=False)
        code, output = run(["clean", "--rowloss-url", rendered], tmp_path)
        assert code == 0, output
        assert f"removed {len(left)} tables of dead runs" in output, output
        assert "kept 1 of live runs" in output
        assert rowloss_tables(engine) == [live]
        assert snapshot(engine) == before
    finally:
        with engine.begin() as connection:
            connection.execute(text(f"DROP TABLE {live}"))
