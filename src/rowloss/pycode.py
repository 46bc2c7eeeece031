"""Python source for values and tables, so a reproducer can show them as code.

``repr`` is not enough: ``float('nan')`` reprs as ``nan``, and a ``Table``'s
repr is not code. What this module writes, run, builds equal values and a table
with the same DDL (tests check both).
"""

from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal
from typing import Any

from sqlalchemy import Column, Table, UniqueConstraint
from sqlalchemy.schema import DefaultClause

IMPORTS = (
    "import datetime\n"
    "from decimal import Decimal\n\n"
    "import sqlalchemy as sa\n"
    "from sqlalchemy.dialects import mysql, postgresql\n"
)


def literal(value: Any) -> str:
    """Source that evaluates to ``value`` (given ``IMPORTS``)."""
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return f"float({str(value)!r})"
    if isinstance(value, (dt.datetime, dt.date, dt.time, dt.timedelta, dt.timezone)):
        return repr(value)  # repr spells these as datetime.<class>(...), given the import
    if isinstance(value, Decimal):
        return f"Decimal({str(value)!r})"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{literal(k)}: {literal(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        items = ", ".join(literal(v) for v in value)
        return (
            f"[{items}]"
            if isinstance(value, list)
            else f"({items}{',' if len(value) == 1 else ''})"
        )
    return repr(value)


def rows_literal(rows: list[dict[str, Any]], indent: str = "    ") -> str:
    """A list of dicts, one row a line."""
    if not rows:
        return "[]"
    return "[\n" + "".join(f"{indent}{literal(row)},\n" for row in rows) + "]"


DIALECT_MODULES = ("mysql", "postgresql")
"""Dialects whose own types a scenario may use; ``IMPORTS`` imports each."""


def type_code(column_type: Any) -> str:
    module = type(column_type).__module__
    for dialect in DIALECT_MODULES:
        if module.startswith(f"sqlalchemy.dialects.{dialect}"):
            return f"{dialect}.{column_type!r}"
    return f"sa.{column_type!r}"


def column_code(column: Column) -> str:
    parts = [repr(column.name), type_code(column.type)]
    if column.primary_key:
        parts.append("primary_key=True")
        if column.autoincrement is False:
            parts.append("autoincrement=False")
    elif not column.nullable:
        parts.append("nullable=False")
    if column.default is not None and column.default.is_scalar:
        parts.append(f"default={literal(column.default.arg)}")
    if isinstance(column.server_default, DefaultClause):
        parts.append(f"server_default=sa.text({str(column.server_default.arg)!r})")
    return f"sa.Column({', '.join(parts)})"


def table_code(table: Table, name_expression: str = "name") -> str:
    """``sa.Table(...)`` source building ``table`` into ``metadata``."""
    lines = [f"sa.Table(\n        {name_expression},\n        metadata,"]
    lines += [f"        {column_code(column)}," for column in table.columns]
    for constraint in table.constraints:
        if isinstance(constraint, UniqueConstraint):
            names = ", ".join(repr(c.name) for c in constraint.columns)
            lines.append(f"        sa.UniqueConstraint({names}),")
    for option, value in table.kwargs.items():  # dialect options, in the order given
        lines.append(f"        {option}={value!r},")
    lines.append("    )")
    return "\n".join(lines)
