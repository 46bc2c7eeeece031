#!/usr/bin/env python3
"""rowloss reproducer: key_drift / absent_key_client_default on duckdb default

rows without 'status' are meant to get the Column default 'new'.

The 5 cases below are the insert APIs, transaction modes and batches with
which rowloss measured rows lost or changed here; run against a server you own,
the script repeats the cases measured with the driver in the URL.
It prints what was sent, what was stored and what the application saw (the
error, the driver's and the server's warnings, the rowcount), and the outcome
from comparing the rows read back with the rows meant; it exits 1 where an
outcome differs from the one rowloss published for the driver in the URL and
the SQLAlchemy line installed, 0 where all agree. It creates
and drops one table, 'rowloss_repro_26a87e6d', and needs only SQLAlchemy and the driver:

    python duckdb-default.py 'duckdb:///rowloss-repro.duckdb' [--api API] [--transaction MODE]

with DRIVER one of: duckdb_engine.

Measured with:
- duckdb_engine 0.17.0 (duckdb v1.2.2, SQLAlchemy 1.4.54)
- duckdb_engine 0.17.0 (duckdb v1.2.2, SQLAlchemy 2.0.58)
- duckdb_engine 0.17.0 (duckdb v1.2.2, SQLAlchemy 2.1.9)
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import datetime
import importlib
import logging
import math
import sys
import warnings
import zlib
from collections import defaultdict
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session, registry

TABLE_NAME = 'rowloss_repro_26a87e6d'
SESSION_SETUP = ["SET TimeZone = 'UTC'"]  # run on every new connection, as rowloss does
KEY = ('id',)
WRONG_MODEL = False  # the insert is handed an identical table of another name
WARNINGS_STATEMENT = None  # what lists the server's warnings, if it keeps any
CHUNK = 10  # rows per call where the application inserts in chunks
logger = logging.getLogger("application")


def build_table(metadata, name):
    return sa.Table(
        name,
        metadata,
        sa.Column('id', sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column('name', sa.String(length=40), nullable=False),
        sa.Column('status', sa.String(length=20), default='new'),
        mariadb_charset='utf8mb4',
        mariadb_engine='InnoDB',
        mysql_charset='utf8mb4',
        mysql_engine='InnoDB',
    )


PANDAS_CHUNKSIZE = 1000


# The insert APIs under test:
def core_executemany(connection: Any, sink: Sink, rows: list[dict]) -> Any:
    return connection.execute(sink.table.insert(), rows)


def insert_or_ignore(connection: Any, sink: Sink, rows: list[dict]) -> Any:
    return connection.execute(sink.table.insert().prefix_with("OR IGNORE"), rows)


def orm_bulk_insert(session: Any, sink: Sink, rows: list[dict]) -> Any:
    return session.execute(insert(sink.model), rows)


def pandas_to_sql(connection: Any, sink: Sink, rows: list[dict]) -> Any:
    import pandas

    frame = pandas.DataFrame(rows)
    return frame.to_sql(
        sink.table.name, connection, if_exists="append", index=False, chunksize=PANDAS_CHUNKSIZE
    )


def pandas_to_sql_multi(connection: Any, sink: Sink, rows: list[dict]) -> Any:
    import pandas

    frame = pandas.DataFrame(rows)
    return frame.to_sql(
        sink.table.name,
        connection,
        if_exists="append",
        index=False,
        method="multi",
        chunksize=PANDAS_CHUNKSIZE,
    )


# The application code around the insert, as measured:
def plain(handle: Any, insert: Insert, rows: Rows, sink: Any) -> None:
    insert(handle, rows)
    handle.commit()


CASES = [
    {
        "api": 'core_executemany',
        "call": core_executemany,
        "on_session": False,
        "application": plain,
        "transaction": 'transaction',
        "batch": '2 rows, faulty at 0',
        "baseline": [],
        "sent": [
            {'id': 1, 'name': 'contact 0'},
            {'id': 2, 'name': 'contact 1', 'status': 'active'},
        ],
        "meant": [
            {'id': 1, 'name': 'contact 0', 'status': 'new'},
            {'id': 2, 'name': 'contact 1', 'status': 'active'},
        ],
        "observed": [
            {'id': 1, 'name': 'contact 0', 'status': 'new'},
            {'id': 2, 'name': 'contact 1', 'status': 'new'},
        ],  # what rowloss read back
        "published": {  # by driver, then by SQLAlchemy line
            'duckdb_engine': {
                '1.4': ('altered', "1 rows changed in status (2.status: 'new' stored for 'active'); nothing revealed it"),
                '2.0': ('altered', "1 rows changed in status (2.status: 'new' stored for 'active'); nothing revealed it"),
                '2.1': ('altered', "1 rows changed in status (2.status: 'new' stored for 'active'); nothing revealed it"),
            },
        },
    },
    {
        "api": 'insert_or_ignore',
        "call": insert_or_ignore,
        "on_session": False,
        "application": plain,
        "transaction": 'transaction',
        "batch": '2 rows, faulty at 0',
        "baseline": [],
        "sent": [
            {'id': 1, 'name': 'contact 0'},
            {'id': 2, 'name': 'contact 1', 'status': 'active'},
        ],
        "meant": [
            {'id': 1, 'name': 'contact 0', 'status': 'new'},
            {'id': 2, 'name': 'contact 1', 'status': 'active'},
        ],
        "observed": [
            {'id': 1, 'name': 'contact 0', 'status': 'new'},
            {'id': 2, 'name': 'contact 1', 'status': 'new'},
        ],  # what rowloss read back
        "published": {  # by driver, then by SQLAlchemy line
            'duckdb_engine': {
                '1.4': ('altered', "1 rows changed in status (2.status: 'new' stored for 'active'); nothing revealed it"),
                '2.0': ('altered', "1 rows changed in status (2.status: 'new' stored for 'active'); nothing revealed it"),
                '2.1': ('altered', "1 rows changed in status (2.status: 'new' stored for 'active'); nothing revealed it"),
            },
        },
    },
    {
        "api": 'orm_bulk_insert',
        "call": orm_bulk_insert,
        "on_session": True,
        "application": plain,
        "transaction": 'transaction',
        "batch": '2 rows, faulty at 0',
        "baseline": [],
        "sent": [
            {'id': 1, 'name': 'contact 0'},
            {'id': 2, 'name': 'contact 1', 'status': 'active'},
        ],
        "meant": [
            {'id': 1, 'name': 'contact 0', 'status': 'new'},
            {'id': 2, 'name': 'contact 1', 'status': 'active'},
        ],
        "observed": [
            {'id': 1, 'name': 'contact 0', 'status': 'new'},
            {'id': 2, 'name': 'contact 1', 'status': 'new'},
        ],  # what rowloss read back
        "published": {  # by driver, then by SQLAlchemy line
            'duckdb_engine': {
                '1.4': ('altered', "1 rows changed in status (2.status: 'new' stored for 'active'); nothing revealed it"),
                '2.0': ('ok', '2 rows stored as given'),
                '2.1': ('ok', '2 rows stored as given'),
            },
        },
    },
    {
        "api": 'pandas_to_sql',
        "call": pandas_to_sql,
        "on_session": False,
        "application": plain,
        "transaction": 'transaction',
        "batch": '2 rows, faulty at 0',
        "baseline": [],
        "sent": [
            {'id': 1, 'name': 'contact 0'},
            {'id': 2, 'name': 'contact 1', 'status': 'active'},
        ],
        "meant": [
            {'id': 1, 'name': 'contact 0', 'status': 'new'},
            {'id': 2, 'name': 'contact 1', 'status': 'active'},
        ],
        "observed": [
            {'id': 1, 'name': 'contact 0', 'status': None},
            {'id': 2, 'name': 'contact 1', 'status': 'active'},
        ],  # what rowloss read back
        "published": {  # by driver, then by SQLAlchemy line
            'duckdb_engine': {
                '1.4': ('altered', '1 rows changed in status (1.status: NULL stored); nothing revealed it'),
                '2.0': ('altered', '1 rows changed in status (1.status: NULL stored); nothing revealed it'),
                '2.1': ('altered', '1 rows changed in status (1.status: NULL stored); nothing revealed it'),
            },
        },
    },
    {
        "api": 'pandas_to_sql_multi',
        "call": pandas_to_sql_multi,
        "on_session": False,
        "application": plain,
        "transaction": 'transaction',
        "batch": '2 rows, faulty at 0',
        "baseline": [],
        "sent": [
            {'id': 1, 'name': 'contact 0'},
            {'id': 2, 'name': 'contact 1', 'status': 'active'},
        ],
        "meant": [
            {'id': 1, 'name': 'contact 0', 'status': 'new'},
            {'id': 2, 'name': 'contact 1', 'status': 'active'},
        ],
        "observed": [
            {'id': 1, 'name': 'contact 0', 'status': None},
            {'id': 2, 'name': 'contact 1', 'status': 'active'},
        ],  # what rowloss read back
        "published": {  # by driver, then by SQLAlchemy line
            'duckdb_engine': {
                '1.4': ('altered', '1 rows changed in status (1.status: NULL stored); nothing revealed it'),
                '2.0': ('altered', '1 rows changed in status (1.status: NULL stored); nothing revealed it'),
                '2.1': ('altered', '1 rows changed in status (1.status: NULL stored); nothing revealed it'),
            },
        },
    },
]


# -- the same value? rowloss's oracle and every reproducer compare so ------------

BINARY = (bytes, bytearray, memoryview)


def as_number(value: Any) -> Decimal | None:
    """The exact number a value stands for, so that int, float and Decimal
    compare alike; ``None`` for anything that is not a number (booleans too)."""
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        return None
    try:
        return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    except InvalidOperation:
        return None


def is_nan(value: Any) -> bool:
    """NaN is never equal to itself, yet a NaN stored for a NaN is no change."""
    return (isinstance(value, float) and math.isnan(value)) or (
        isinstance(value, Decimal) and value.is_nan()
    )


def same_value(given: Any, stored: Any) -> bool:
    """Strings exact; numbers exact as Decimal; datetimes equal as instants *and*
    as wall-clock values (so a changed offset is a change)."""
    if is_nan(given) or is_nan(stored):
        return is_nan(given) and is_nan(stored)
    given_number, stored_number = as_number(given), as_number(stored)
    if given_number is not None and stored_number is not None:
        return given_number == stored_number
    if isinstance(given, datetime.datetime) and isinstance(stored, datetime.datetime):
        if (given.tzinfo is None) != (stored.tzinfo is None):
            return False
        return given == stored and given.utcoffset() == stored.utcoffset()
    if isinstance(given, BINARY):
        return isinstance(stored, BINARY) and bytes(given) == bytes(stored)
    if given is None or stored is None:
        return given is None and stored is None
    return bool(given == stored)


def equivalent(given: Any, stored: Any) -> bool:
    """Not the same value, yet equal as a Python value of the same type: the
    same thing in another representation, such as an aware datetime read back
    with the same instant and another offset. A naive value read back for an
    aware one, or an instant moved, is not: those compare unequal."""
    if type(given) is not type(stored) or same_value(given, stored):
        return False
    try:
        return bool(given == stored)
    except TypeError:
        return False


# -- the steps every rowloss reproducer shares: the same text in every file ------
# Make the table, commit the baseline, run the case's insert inside the
# application code, read the table back, drop it, and compare the rows read back
# with the rows meant. Nothing here is particular to one case.

SHOWN_ROWS = 10
LINE = ".".join(sa.__version__.split(".")[:2])
"""The SQLAlchemy line installed, whose published outcomes the cases are held to."""


class Sink:
    """Where an insert call sends rows: the table, and a mapped class for the ORM."""

    def __init__(self, table: sa.Table) -> None:
        self.table = table
        self.model = type("Row", (registry().generate_base(),), {"__table__": table})


class Seen:
    """What the application could see while the insert ran."""

    def __init__(self) -> None:
        self.error: str | None = None
        self.caught: list[str] = []
        self.warnings: list[str] = []
        self.server_warnings: list[str] = []
        self.rowcount: int | None = None
        self.returned: int | None = None

    def note(self, result: Any) -> None:
        if isinstance(result, int):  # pandas: the rows it reports written
            self.rowcount = (self.rowcount or 0) + result
        elif result is not None:
            if getattr(result, "returns_rows", False):
                self.returned = (self.returned or 0) + len(result.all())
            rowcount = getattr(result, "rowcount", None)
            if isinstance(rowcount, int) and rowcount >= 0:
                self.rowcount = (self.rowcount or 0) + rowcount


class MissingModule(BaseException):
    """An insert API's package is not installed: the case cannot run. Not an
    ``Exception``, so the application code's ``except Exception`` lets it by."""


def first_line(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}".splitlines()[0]


def run_case(case: dict[str, Any], url: sa.URL) -> tuple[Seen, list[dict[str, Any]]]:
    """Run ``case`` on a new table at ``url``: what was seen, what was stored."""
    metadata = sa.MetaData()
    table = build_table(metadata, TABLE_NAME)  # noqa: F821 - defined above the steps
    sink = Sink(build_table(metadata, f"{TABLE_NAME}_other") if WRONG_MODEL else table)  # noqa: F821
    if url.get_dialect().is_async:
        return asyncio.run(_run_async(case, url, metadata, table, sink))
    engine = sa.create_engine(url)
    sa.event.listen(engine, "connect", _session_setup)
    metadata.create_all(engine)
    try:
        if case["baseline"]:
            with engine.begin() as connection:
                connection.execute(table.insert(), case["baseline"])
        seen = Seen()
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                with _handle(case, engine) as handle:
                    _application(handle, case, sink, seen)
            except Exception as error:
                seen.error = first_line(error)
        _keep_warnings(seen, caught)
        engine.dispose()
        with engine.connect() as connection:
            return seen, _read_back(connection, table)
    finally:
        metadata.drop_all(engine)
        engine.dispose()


async def _run_async(
    case: dict[str, Any], url: sa.URL, metadata: sa.MetaData, table: sa.Table, sink: Sink
) -> tuple[Seen, list[dict[str, Any]]]:
    from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine

    engine = create_async_engine(url)
    sa.event.listen(engine.sync_engine, "connect", _session_setup)
    async with engine.begin() as connection:
        await connection.run_sync(metadata.create_all)
    try:
        if case["baseline"]:
            async with engine.begin() as connection:
                await connection.execute(table.insert(), case["baseline"])
        seen = Seen()
        bind = _bind(case, engine)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                if case["on_session"]:
                    async with AsyncSession(bind=bind) as session:
                        await session.run_sync(_application, case, sink, seen)
                else:
                    async with bind.connect() as connection:
                        await connection.run_sync(_application, case, sink, seen)
            except Exception as error:
                seen.error = first_line(error)
        _keep_warnings(seen, caught)
        await engine.dispose()
        async with engine.connect() as connection:
            return seen, await connection.run_sync(_read_back, table)
    finally:
        async with engine.begin() as connection:
            await connection.run_sync(metadata.drop_all)
        await engine.dispose()


def _session_setup(dbapi_connection: Any, connection_record: Any) -> None:
    cursor = dbapi_connection.cursor()
    for statement in SESSION_SETUP:
        cursor.execute(statement)
    cursor.close()


def _bind(case: dict[str, Any], engine: Any) -> Any:
    if case["transaction"] == "autocommit":
        return engine.execution_options(isolation_level="AUTOCOMMIT")
    return engine


def _handle(case: dict[str, Any], engine: Any) -> Any:
    """A Session or a Connection, as the insert API takes, that the application
    code commits itself; what it leaves uncommitted is rolled back."""
    bind = _bind(case, engine)
    return Session(bind=bind) if case["on_session"] else bind.connect()


def _application(handle: Any, case: dict[str, Any], sink: Sink, seen: Seen) -> None:
    """The application code of the case, handed the insert API as ``insert``."""

    def insert(handle: Any, rows: list[dict[str, Any]]) -> None:
        try:
            seen.note(case["call"](handle, sink, [dict(row) for row in rows]))
            if case["on_session"]:
                handle.flush()
            connection = handle.connection() if case["on_session"] else handle
            if WARNINGS_STATEMENT:  # the server keeps warnings: the caller could ask
                for level, code, message in connection.exec_driver_sql(WARNINGS_STATEMENT):
                    seen.server_warnings.append(f"{level} {code}: {message}")
        except ModuleNotFoundError as error:
            raise MissingModule(f"{error.name} (pip install {error.name})") from None
        except Exception as error:
            seen.caught.append(first_line(error))
            raise

    case["application"](handle, insert, case["sent"], sink)


def _keep_warnings(seen: Seen, caught: list[warnings.WarningMessage]) -> None:
    """The driver's warnings; SQLAlchemy's own are left out, as rowloss does."""
    kept = {
        f"{w.category.__name__}: {w.message}"
        for w in caught
        if not issubclass(w.category, sa.exc.SAWarning)
    }
    seen.warnings = sorted(kept)


def _read_back(connection: Any, table: sa.Table) -> list[dict[str, Any]]:
    query = sa.select(table).order_by(*table.primary_key.columns)
    return [dict(row._mapping) for row in connection.execute(query)]


# -- the comparison: the outcome of the rows read back against the rows meant ------


def differing(given: dict[str, Any], stored: dict[str, Any]) -> list[str]:
    """The columns the row meant names whose stored value differs."""
    return [c for c, value in given.items() if not same_value(value, stored.get(c))]


def compare(meant, stored, key, baseline=()) -> dict[str, list]:
    """Pair rows meant (the baseline's and the batch's) with rows stored, key by
    key: exact matches first, then the rest as changed; leftovers are missing or
    extra. A key meant twice is two rows, of which the table may hold one."""
    expected = [("baseline", dict(row)) for row in baseline]
    expected += [("batch", dict(row)) for row in meant]
    wanted_by_key, stored_by_key = defaultdict(list), defaultdict(list)
    for whose, row in expected:
        wanted_by_key[tuple(row.get(c) for c in key)].append((whose, row))
    for row in stored:
        stored_by_key[tuple(row.get(c) for c in key)].append(row)
    found: dict[str, list] = {"missing": [], "changed": [], "extra": []}
    for k in dict.fromkeys([*wanted_by_key, *stored_by_key]):
        wanted, unmatched = list(wanted_by_key.get(k, [])), []
        for row in stored_by_key.get(k, []):
            exact = next((i for i, (_, w) in enumerate(wanted) if not differing(w, row)), None)
            if exact is None:
                unmatched.append(row)
            else:
                del wanted[exact]
        for (whose, want), got in zip(wanted, unmatched, strict=False):
            found["changed"].append((whose, want, got, differing(want, got)))
        found["missing"] += wanted[len(unmatched) :]
        found["extra"] += unmatched[len(wanted) :]
    return found


def only_representation(change: tuple) -> bool:
    """A changed row whose every differing value is an equivalent one."""
    _, want, got, columns = change
    return all(equivalent(want[c], got.get(c)) for c in columns)


def outcome(meant, stored, key, baseline=(), error=None) -> tuple[str, str]:
    """The outcome rowloss gives this read-back, and why, in a few words."""
    found = compare(meant, stored, key, baseline)
    altered = [c for c in found["changed"] if not only_representation(c)]
    reshaped = [c for c in found["changed"] if only_representation(c)]
    missing = found["missing"]
    batch_missing = sum(1 for whose, _ in missing if whose == "batch")
    stored_of_batch = len(meant) - batch_missing + len(found["extra"])
    baseline_kept = not any(whose == "baseline" for whose, _ in missing) and not any(
        c[0] == "baseline" for c in altered
    )
    words = []
    if missing:
        words.append(f"{len(missing)} of {len(meant) + len(baseline)} rows missing")
    for _, want, got, columns in altered[:3]:
        changes = ", ".join(f"{c}: {want[c]!r} stored as {got.get(c)!r}" for c in columns)
        words.append(f"row {[want.get(c) for c in key]} changed ({changes})")
    if len(altered) > 3:
        words.append(f"{len(altered) - 3} more rows changed")
    if found["extra"]:
        words.append(f"{len(found['extra'])} extra rows")
    if reshaped:
        words.append(f"{len(reshaped)} rows read back equal in another representation")
    why = "; ".join(words) or "every row stored as meant"
    if error is not None:
        return ("raised" if stored_of_batch == 0 and baseline_kept else "partial"), why
    if missing:
        return "dropped", why
    if altered or found["extra"]:
        return "altered", why
    return ("equivalent" if reshaped else "ok"), why


# -- the command line -----------------------------------------------------------


def shown(rows: list[dict[str, Any]]) -> str:
    if len(rows) <= SHOWN_ROWS:
        return repr(rows)
    return f"{len(rows)} rows, the first {SHOWN_ROWS}: {rows[:SHOWN_ROWS]!r}"


def report(number: int, case: dict[str, Any], driver: str, seen: Seen, stored: list) -> bool | None:
    """Print what the case sent, stored and showed; whether it agrees with the
    outcome rowloss published for ``driver`` on :data:`LINE` (``None`` where
    none was)."""
    got, why = outcome(case["meant"], stored, KEY, case["baseline"], seen.error)
    print(f"\n== case {number}: {case['api']} ({case['transaction']}); batch: {case['batch']}")
    if case["baseline"]:
        print(f"baseline:  {shown(case['baseline'])}  (committed before the batch)")
    print(f"sent:      {shown(case['sent'])}")
    if case["meant"] != case["sent"]:
        print(f"meant:     {shown(case['meant'])}  (with the columns' defaults)")
    print(f"stored:    {shown(stored)}")
    print(f"error:     {seen.error or 'none reached the application'}")
    for error in seen.caught:
        if error != seen.error:
            print(f"caught:    {error}  (by the application's code)")
    for warning in seen.server_warnings + seen.warnings:
        print(f"warning:   {warning}")
    if not seen.server_warnings and not seen.warnings:
        print("warning:   none")
    print(f"rowcount:  {seen.rowcount if seen.rowcount is not None else 'not reported'}")
    if seen.returned is not None:
        print(f"returned:  {seen.returned} rows")
    print(f"outcome:   {got} - {why}")
    by_line = case["published"].get(driver)
    if by_line is None:
        print(f"published: nothing for {driver}; rowloss measured {', '.join(case['published'])}")
        return None
    published = by_line.get(LINE, by_line.get(""))
    if published is None:
        measured = ", ".join(f"SQLAlchemy {line}" for line in by_line)
        print(f"published: nothing for {driver} on SQLAlchemy {LINE}; rowloss measured {measured}")
        return None
    agrees = published[0] == got
    print(
        f"published: {published[0]} for {driver} on SQLAlchemy {LINE}, "
        f"{'agrees' if agrees else 'DIFFERS'}"
    )
    print(f"           (rowloss saw: {published[1]})")
    return agrees


def main(description: str) -> int:
    """Exit 0 where no case differs from what rowloss published for the driver
    and the SQLAlchemy line installed, 1 where one differs, 2 for a bad command
    line, 3 where the database cannot be used."""
    parser = argparse.ArgumentParser(description=description.strip().splitlines()[0])
    parser.add_argument("url", help="a SQLAlchemy URL naming the driver")
    parser.add_argument("--api", help="run only the cases of this insert API")
    parser.add_argument("--transaction", choices=("transaction", "autocommit"))
    arguments = parser.parse_args()
    try:
        url = sa.engine.make_url(arguments.url)
        url.get_dialect()
    except Exception as error:
        parser.error(f"cannot use that URL ({first_line(error)}); give one as in the example")
    driver = url.get_driver_name()
    chosen = [
        case
        for case in CASES
        if (arguments.api in (None, case["api"]))
        and (arguments.transaction in (None, case["transaction"]))
    ]
    ours = [case for case in chosen if LINE in case["published"].get(driver, ())]
    ours = ours or [case for case in chosen if driver in case["published"]]
    if not chosen:
        parser.error("no case matches --api and --transaction; see CASES in this file")
    differ, skipped, uncompared = 0, [], 0
    for number, case in enumerate(ours or chosen, start=1):
        try:
            seen, stored = run_case(case, url)
        except MissingModule as missing:
            print(f"\n== case {number}: {case['api']} needs {missing}; not run")
            skipped.append(number)
            continue
        except Exception as error:
            print(f"cannot run case {number} on {url.render_as_string()}: {first_line(error)}")
            return 3
        agrees = report(number, case, driver, seen, stored)
        differ += agrees is False
        uncompared += agrees is None
    compared = len(ours or chosen) - len(skipped) - uncompared
    published = f"what rowloss published for {driver} on SQLAlchemy {LINE}"
    if not compared:
        verdict = f"no case to compare with {published}"
    elif differ:
        verdict = f"{differ} of {compared} {'case differs' if differ == 1 else 'cases differ'} from"
    else:
        verdict = "the 1 case agrees with" if compared == 1 else f"all {compared} cases agree with"
    if compared:
        verdict += f" {published}"
    if uncompared:
        verdict += f" ({uncompared} without a published outcome to compare with)"
    if skipped:
        verdict += f" ({len(skipped)} not run: a package is missing)"
    print(f"\n{verdict}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(__doc__))
