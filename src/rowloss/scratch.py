"""Tables rowloss owns: uniquely named, created for a scenario, dropped after.

Nothing else in a database is ever touched, so pointing rowloss at a server
that holds other data is safe.
"""

from __future__ import annotations

import itertools
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import MetaData, Table
from sqlalchemy.orm import registry

from rowloss.targets import Target

PREFIX = "rowloss_"
_RUN_TOKEN = secrets.token_hex(3)
_numbers = itertools.count(1)

TABLE_OPTIONS: dict[str, Any] = {
    # Fixed here rather than left to the server's configuration, which differs
    # between installs (MariaDB's compiled-in default charset is latin1).
    "mysql_charset": "utf8mb4",
    "mysql_engine": "InnoDB",
    "mariadb_charset": "utf8mb4",
    "mariadb_engine": "InnoDB",
}
NON_TRANSACTIONAL_OPTIONS: dict[str, Any] = {
    **TABLE_OPTIONS,
    "mysql_engine": "MyISAM",
    "mariadb_engine": "MyISAM",
}
"""A table whose storage engine has no transactions, where the database has one."""


def scratch_name() -> str:
    """``rowloss_<process token>_<n>``: unique, and short enough for Oracle's
    30-character limit."""
    return f"{PREFIX}{_RUN_TOKEN}_{next(_numbers)}"


@contextmanager
def scratch_table(target: Target, build: Callable[[MetaData, str], Table]) -> Iterator[Table]:
    """The table ``build(metadata, name)`` defines, created now and dropped at exit."""
    metadata = MetaData()
    table = build(metadata, scratch_name())
    target.run_connection(metadata.create_all)
    try:
        yield table
    finally:
        target.run_connection(metadata.drop_all)


def mapped_class(table: Table) -> type:
    """A fresh ORM class mapped to ``table``, with the declarative constructor
    users know (keyword arguments; an unknown one is a TypeError). Built the
    same way on every supported SQLAlchemy line."""
    base = registry().generate_base()
    return type(f"Row_{table.name}", (base,), {"__table__": table})
