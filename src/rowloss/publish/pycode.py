"""Python source for values and tables, so a reproducer can show them as code.

``repr`` is not enough: ``float('nan')`` reprs as ``nan``, and a ``Table``'s
repr is not code. What this module writes, run, builds equal values and a table
with the same DDL (tests check both).
"""

from __future__ import annotations

import base64
import datetime as dt
import math
import zlib
from decimal import Decimal
from typing import Any

from sqlalchemy import Column, Table, UniqueConstraint
from sqlalchemy.schema import DefaultClause

from rowloss.measure.sqla import type_for_dialect

IMPORTS = (
    "import datetime\nimport importlib\nfrom decimal import Decimal\n\nimport sqlalchemy as sa\n"
)
"""What every reproducer imports; :func:`imports_for` adds a table's dialect packages."""


def literal(value: Any) -> str:
    """Source that evaluates to ``value`` (given ``IMPORTS``)."""
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return f"float({str(value)!r})"
    zone = getattr(value, "tzinfo", None)
    if isinstance(value, (dt.datetime, dt.time)) and zone and not isinstance(zone, dt.timezone):
        offset = value.utcoffset()  # pytz's <UTC>, a ZoneInfo: no literal; the fixed offset
        value = value.replace(tzinfo=dt.timezone(offset) if offset is not None else None)
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


LISTED_ROWS = 50
"""Rows a reproducer lists one a line; a larger batch is packed."""

UNPACK = (
    "def unpack(*packed):\n"
    '    """Rows too many to list, kept as their literal, compressed."""\n'
    '    return eval(zlib.decompress(base64.b64decode("".join(packed))).decode())'
)
"""Source of the function that :func:`rows_source` calls for a packed batch
(it needs ``base64``, ``zlib`` and ``IMPORTS``)."""


def rows_source(rows: list[dict[str, Any]]) -> str:
    """:func:`rows_literal`, or for more than ``LISTED_ROWS`` rows a call of
    ``unpack`` on the literal compressed: a batch of a thousand rows of two
    thousand characters stays a few kilobytes."""
    if len(rows) <= LISTED_ROWS:
        return rows_literal(rows)
    packed = base64.b64encode(zlib.compress(rows_literal(rows).encode(), 9)).decode()
    chunks = "".join(f'    "{packed[i : i + 88]}",\n' for i in range(0, len(packed), 88))
    return f"unpack(  # {len(rows)} rows, too many to list\n{chunks})"


DIALECTS_PACKAGE = "sqlalchemy.dialects."


def _dialect_package(column_type: Any) -> str | None:
    """``mysql`` for a type of ``sqlalchemy.dialects.mysql``; ``None`` for a generic one."""
    module = type(column_type).__module__
    if module.startswith(DIALECTS_PACKAGE):
        return module.removeprefix(DIALECTS_PACKAGE).split(".")[0]
    return None


def type_code(column_type: Any, dialect: str) -> str:
    """``sa.String(10)``, or for a dialect's own type ``mysql.ENUM(...)``: the
    type the column has on ``dialect`` (a scenario's type may carry a variant
    for each family, :func:`rowloss.backends.dialect_type`)."""
    column_type = type_for_dialect(column_type, dialect)
    package = _dialect_package(column_type)
    return f"{package or 'sa'}.{column_type!r}"


def imports_for(table: Table, dialect: str) -> str:
    """:data:`IMPORTS`, and the dialect packages ``table``'s types come from on ``dialect``."""
    packages = sorted(
        {
            package
            for column in table.columns
            if (package := _dialect_package(type_for_dialect(column.type, dialect)))
        }
    )
    return IMPORTS + (
        f"from sqlalchemy.dialects import {', '.join(packages)}\n" if packages else ""
    )


def column_code(column: Column, dialect: str) -> str:
    parts = [repr(column.name), type_code(column.type, dialect)]
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


def table_code(table: Table, dialect: str, name_expression: str = "name") -> str:
    """``sa.Table(...)`` source building ``table`` into ``metadata``, as ``dialect`` sees it."""
    lines = [f"sa.Table(\n        {name_expression},\n        metadata,"]
    lines += [f"        {column_code(column, dialect)}," for column in table.columns]
    for constraint in table.constraints:
        if isinstance(constraint, UniqueConstraint):
            names = ", ".join(repr(c.name) for c in constraint.columns)
            lines.append(f"        sa.UniqueConstraint({names}),")
    for option, value in table.kwargs.items():  # dialect options, in the order given
        lines.append(f"        {option}={value!r},")
    lines.append("    )")
    return "\n".join(lines)
