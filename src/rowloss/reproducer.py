"""Reproducer scripts, one per cell that is not ``ok``.

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
from rowloss.pycode import IMPORTS, literal, rows_source, table_code
from rowloss.scenario import Variant
from rowloss.targets import Target

FOLDER = "reproducers"

HEADER = '''\
#!/usr/bin/env python3
"""rowloss reproducer: {title}

{note}{measured}
Batch: {batch}

Run it against a server you own; it creates and drops one table, {table_name!r}:

    python {filename} '{url_shape}'

It needs SQLAlchemy, the driver, and rowloss (for the steps around this code and
the verdict: rowloss/reproduce.py).
"""
'''

BODY = """
from __future__ import annotations

import logging
from typing import Any

{imports}from sqlalchemy import func, insert, select, text

from rowloss.reproduce import Case, Insert, Rows, Sink{unpack}

TABLE_NAME = {table_name!r}
TRANSACTION = {transaction!r}  # "transaction": one that commits; "autocommit": per statement
SESSION_SETUP = {setup}  # run on every new connection, as rowloss does
KEY = {key}
CHUNK = {chunk}  # rows per call where the application inserts in chunks
logger = logging.getLogger("application")


def build_table(metadata, name):
    return {table}


{helpers}# The insert API under test:
{call_source}


# The application code around the insert, as measured:
{caller_source}


BASELINE = {baseline}  # committed before the batch

ROWS_SENT = {sent}

ROWS_MEANT = {meant}

ROWS_OBSERVED = {observed}  # what rowloss read back

if __name__ == "__main__":
    Case(
        TABLE_NAME,
        build_table,
        call={call_name},
        on_session={on_session},
        application={caller_name},
        transaction=TRANSACTION,
        session_setup=SESSION_SETUP,
        key=KEY,
        baseline=BASELINE,
        sent=ROWS_SENT,
        meant=ROWS_MEANT,
        observed=ROWS_OBSERVED,{wrong_model}
    ).main(__doc__)
"""


def url_shape(dialect: str, driver: str) -> str:
    """An example URL for the reproducer's command line."""
    if dialect == "sqlite":
        return f"sqlite+{driver}:///rowloss-repro.db"
    return f"{dialect}+{driver}://user:password@host/db"


def measured_line(key: CellKey, outcome: str, detail: str, versions: str) -> str:
    return f"Measured by rowloss: {outcome} - {detail}\nVersions: {versions}"


def split(text: str) -> tuple[str, str]:
    """A reproducer's header (its docstring: which cell, what was measured) and
    its body (the code, the same for every cell that shares it)."""
    end = text.index('\n"""\n', text.index('"""')) + len('\n"""\n')
    return text[:end], text[end:]


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
    digest = hashlib.sha256(f"{key.root_cause}/{key.scenario}".encode()).hexdigest()[:8]
    safe_detail = textwrap.shorten(detail, 300).replace("\\", "/").replace('"""', "'''")
    baseline = rows_source([dict(r) for r in example.batch.baseline])
    sent = rows_source([dict(r) for r in example.batch.sent])
    meant = rows_source([dict(r) for r in example.batch.meant])
    observed = rows_source([dict(r) for r in example.stored])
    values: dict[str, Any] = {
        "title": f"{key.root_cause} / {key.scenario} through {key.api} ({key.transaction}) on "
        f"{key.database} {key.mode} via {key.driver}, SQLAlchemy {key.sqlalchemy}",
        "note": note,
        "measured": measured_line(key, example.verdict.outcome.value, safe_detail, versions),
        "batch": example.shape.describe(),
        "table_name": f"rowloss_repro_{digest}",
        "filename": file_name(key),
        "url_shape": url_shape(backend.dialect, target.spec.driver.name),
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
        "baseline": baseline,
        "unpack": ", unpack" if "unpack(" in sent + meant + observed + baseline else "",
        "sent": sent,
        "meant": meant,
        "observed": observed,
        "wrong_model": "\n        wrong_model=True,  # the insert is handed the wrong model"
        if variant.decoy
        else "",
    }
    return HEADER.format(**values) + BODY.format(**values)


def write(run_dir: Path, key: CellKey, text: str) -> str:
    path = relative_path(key)
    (run_dir / path).parent.mkdir(parents=True, exist_ok=True)
    (run_dir / path).write_text(text, encoding="utf-8")
    return str(path)
