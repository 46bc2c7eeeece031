"""Standalone reproducer scripts, one per cell that is not ``ok``.

A reproducer is plain steps: the table, the rows, the call as a user writes it,
the read-back, the rows rowloss expected and observed. Run against a URL given
on its command line, it prints the outcome rowloss's oracle gives what it stored.
"""

from __future__ import annotations

import hashlib
import inspect
import textwrap
from pathlib import Path
from typing import Any

from sqlalchemy import MetaData

from rowloss import apis, callers
from rowloss.apis import Api
from rowloss.cells import CellKey
from rowloss.measure import Example
from rowloss.pycode import IMPORTS, UNPACK, literal, rows_source, table_code
from rowloss.scenario import Variant
from rowloss.targets import Target

FOLDER = "reproducers"

TEMPLATE = '''\
#!/usr/bin/env python3
"""rowloss reproducer: {title}

{note}Measured by rowloss: {outcome} - {detail}
Versions: {versions}
Batch: {batch}

Run it against a server you own; it creates and drops one table, {table_name!r}:

    python {filename} '{url_shape}'

It needs SQLAlchemy, the driver, and rowloss (for the verdict only).
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import logging
import zlib

{imports}from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, registry

from rowloss.oracle import CallerView, judge

TABLE_NAME = {table_name!r}
TRANSACTION = {transaction!r}  # "transaction": one that commits; "autocommit": per statement
SESSION_SETUP = {setup}  # run on every new connection, as rowloss does
KEY = {key}
CHUNK = {chunk}  # rows per call where the application inserts in chunks
logger = logging.getLogger("application")


def build_table(metadata, name):
    return {table}


class Sink:
    def __init__(self, table, model):
        self.table = table
        self.model = model


{helpers}{call_source}


CALL = {call_name}
ON_SESSION = {on_session}

{unpack}


def shown(rows):
    return rows if len(rows) <= 10 else f"{{len(rows)}} rows, first {{rows[:3]}}"


BASELINE = {baseline}  # committed before the batch

ROWS_SENT = {sent}

ROWS_MEANT = {meant}

ROWS_OBSERVED = {observed}  # what rowloss read back


def insert(handle, rows):
    """The insert API under test, on a Session or a Connection."""
    CALL(handle, SINK, [dict(row) for row in rows])
    if ON_SESSION:
        handle.flush()


# The application code around the insert, as measured:
{caller_source}


def insert_batch(handle):
    {caller_name}(handle, insert, ROWS_SENT, SINK)


def setup(dbapi_connection, connection_record):
    cursor = dbapi_connection.cursor()
    for statement in SESSION_SETUP:
        cursor.execute(statement)
    cursor.close()


def read_back(connection):
    query = sa.select(TABLE).order_by(*TABLE.primary_key.columns)
    return [dict(row._mapping) for row in connection.execute(query)]


def run_sync(url):
    engine = sa.create_engine(url)
    sa.event.listen(engine, "connect", setup)
    METADATA.create_all(engine)
    try:
        if BASELINE:
            with engine.begin() as connection:
                connection.execute(TABLE.insert(), BASELINE)
        bind = engine
        if TRANSACTION == "autocommit":
            bind = engine.execution_options(isolation_level="AUTOCOMMIT")
        error = None
        try:
            if ON_SESSION:
                with Session(bind=bind) as session:
                    insert_batch(session)
            else:
                with bind.connect() as connection:
                    insert_batch(connection)
        except Exception as exc:
            error = f"{{type(exc).__name__}}: {{exc}}".splitlines()[0]
        engine.dispose()
        with engine.connect() as connection:
            return error, read_back(connection)
    finally:
        METADATA.drop_all(engine)
        engine.dispose()


async def run_async(url):
    from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine

    engine = create_async_engine(url)
    sa.event.listen(engine.sync_engine, "connect", setup)
    async with engine.begin() as connection:
        await connection.run_sync(METADATA.create_all)
    try:
        if BASELINE:
            async with engine.begin() as connection:
                await connection.execute(TABLE.insert(), BASELINE)
        bind = engine
        if TRANSACTION == "autocommit":
            bind = engine.execution_options(isolation_level="AUTOCOMMIT")
        error = None
        try:
            if ON_SESSION:
                async with AsyncSession(bind=bind) as session:
                    await session.run_sync(insert_batch)
            else:
                async with bind.connect() as connection:
                    await connection.run_sync(insert_batch)
        except Exception as exc:
            error = f"{{type(exc).__name__}}: {{exc}}".splitlines()[0]
        await engine.dispose()
        async with engine.connect() as connection:
            return error, await connection.run_sync(read_back)
    finally:
        async with engine.begin() as connection:
            await connection.run_sync(METADATA.drop_all)
        await engine.dispose()


METADATA = sa.MetaData()
TABLE = build_table(METADATA, TABLE_NAME)
SINK = Sink(TABLE, type("Row", (registry().generate_base(),), {{"__table__": TABLE}}))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url", help="a SQLAlchemy URL naming the driver, e.g. {url_shape}")
    url = sa.engine.make_url(parser.parse_args().url)
    if url.get_dialect().is_async:
        error, stored = asyncio.run(run_async(url))
    else:
        error, stored = run_sync(url)
    print("meant:   ", shown(ROWS_MEANT))
    print("stored:  ", shown(stored))
    print("observed by rowloss:", shown(ROWS_OBSERVED))
    print("error:   ", error)
    verdict = judge(ROWS_MEANT, stored, KEY, CallerView(error=error), BASELINE)
    detail = verdict.detail
    if detail.endswith("revealed it"):  # this script does not watch warnings or rowcount
        detail = detail.rsplit("; ", 1)[0]
    print(f"outcome: {{verdict.outcome.value}} - {{detail}}")


if __name__ == "__main__":
    main()
'''


def file_name(key: CellKey) -> str:
    parts = [key.database, key.mode, key.driver, key.api, key.transaction]
    return f"{'-'.join(parts)}.py"


def relative_path(key: CellKey) -> Path:
    return Path(FOLDER) / key.root_cause / key.scenario / file_name(key)


def source(
    key: CellKey, variant: Variant, api: Api, target: Target, example: Example, detail: str
) -> str:
    """The reproducer of ``example``, measured on ``target``."""
    backend = target.spec.backend
    report = target.report
    versions = (
        f"{backend.name} {report.server_version}, {target.spec.driver.name} "
        f"{report.driver_version}, SQLAlchemy {report.sqlalchemy_version}"
        if report
        else "unknown"
    )
    call_source = inspect.getsource(api.call).strip()
    helpers = inspect.getsource(apis._upsert_insert) if "_upsert_insert" in call_source else ""
    if "PANDAS_CHUNKSIZE" in call_source:
        helpers = f"PANDAS_CHUNKSIZE = {apis.PANDAS_CHUNKSIZE}\n"
    table = variant.table(MetaData(), "name")
    note = f"{variant.note}.\n" if variant.note else ""
    digest = hashlib.sha256(str(relative_path(key)).encode()).hexdigest()[:8]
    safe_detail = textwrap.shorten(detail, 300).replace("\\", "/").replace('"""', "'''")
    values: dict[str, Any] = {
        "title": f"{key.root_cause} / {key.scenario} through {key.api} ({key.transaction}) on "
        f"{key.database} {key.mode} via {key.driver}, SQLAlchemy {key.sqlalchemy}",
        "note": note,
        "outcome": example.verdict.outcome.value,
        "detail": safe_detail,
        "versions": versions,
        "batch": example.shape.describe(),
        "table_name": f"rowloss_repro_{digest}",
        "filename": file_name(key),
        "url_shape": f"{backend.dialect}+{target.spec.driver.name}://user:password@host/db",
        "imports": IMPORTS,
        "transaction": key.transaction,
        "setup": literal(
            [*backend.connection_setup(target.spec.mode), *variant.session_sql(backend)]
        ),
        "chunk": callers.CHUNK,
        "caller_source": inspect.getsource(variant.caller).strip(),
        "caller_name": variant.caller.__name__,
        "key": literal(tuple(variant.key)),
        "table": table_code(table),
        "helpers": helpers.strip() + "\n\n\n" if helpers else "",
        "call_source": call_source,
        "call_name": api.call.__name__,
        "on_session": api.on_session,
        "baseline": rows_source([dict(r) for r in example.batch.baseline]),
        "unpack": UNPACK,
        "sent": rows_source([dict(r) for r in example.batch.sent]),
        "meant": rows_source([dict(r) for r in example.batch.meant]),
        "observed": rows_source([dict(r) for r in example.stored]),
    }
    return TEMPLATE.format(**values)


def write(run_dir: Path, key: CellKey, text: str) -> str:
    path = relative_path(key)
    (run_dir / path).parent.mkdir(parents=True, exist_ok=True)
    (run_dir / path).write_text(text, encoding="utf-8")
    return str(path)
