"""What the installed SQLAlchemy can do. Version differences are answered here,
by asking SQLAlchemy, so that no scenario checks a version number."""

from __future__ import annotations

import importlib.util
from typing import Any

import sqlalchemy
from sqlalchemy.engine import URL, Dialect
from sqlalchemy.exc import NoSuchModuleError

from rowloss.cells import line_of


def sqlalchemy_version() -> str:
    return sqlalchemy.__version__


def sqlalchemy_line() -> str:
    """The release line a cell belongs to: ``1.4``, ``2.0``, ``2.1``."""
    return line_of(sqlalchemy.__version__)


def missing_dialect(url: URL) -> str | None:
    """Why this SQLAlchemy cannot speak ``url``'s dialect and driver, or ``None``."""
    try:
        url.get_dialect()
    except NoSuchModuleError:
        return f"SQLAlchemy {sqlalchemy_version()} has no {url.drivername} dialect"
    return None


def type_for_dialect(column_type: Any, dialect: str) -> Any:
    """The type a table column gets on ``dialect``: the variant that
    ``with_variant`` gave it for that dialect, else the type itself. SQLAlchemy
    2 keeps variants on the type, 1.4 wraps them in a ``Variant``."""
    variants = getattr(column_type, "_variant_mapping", None)
    if variants is None and hasattr(column_type, "mapping"):
        return column_type.mapping.get(dialect, column_type.impl)
    return (variants or {}).get(dialect, column_type)


def engine_options() -> dict[str, Any]:
    """What ``create_engine`` needs for every engine rowloss makes, since its
    code and the caller's commit as they go (``connection.commit()``):
    SQLAlchemy 1.4's own Connection has no ``commit`` and autocommits DML by
    itself, so there the engine is made ``future=True``, the 2.0-style
    Connection that 1.4 offers."""
    from sqlalchemy.engine import Connection

    return {} if hasattr(Connection, "commit") else {"future": True}


def missing_async_support() -> str | None:
    if importlib.util.find_spec("greenlet") is None:
        return "greenlet is not installed, so SQLAlchemy's asyncio extension cannot run"
    return None


def executemany_mode(dialect: Dialect, statement_limit: int | None = None) -> str:
    """How an executemany INSERT reaches the server with this dialect (and a
    driver that splits statements at ``statement_limit`` bytes), as text."""
    parts = []
    if getattr(dialect, "use_insertmanyvalues", False):
        scope = (
            "for every INSERT"
            if getattr(dialect, "use_insertmanyvalues_wo_returning", False)
            else "with RETURNING only, else cursor.executemany"
        )
        parts.append(f"insertmanyvalues page_size={dialect.insertmanyvalues_page_size} {scope}")
    else:
        parts.append("cursor.executemany")
    mode = getattr(dialect, "executemany_mode", None)
    if mode is not None:
        parts.append(f"executemany_mode={getattr(mode, 'name', mode)}")
    if statement_limit is not None:
        parts.append(f"driver statements of at most {statement_limit} bytes")
    return "; ".join(parts)


def missing_insert_feature(engine: Any, feature: str) -> str | None:
    """Why this SQLAlchemy, with this connected dialect, cannot render an INSERT
    feature (``returning``), or ``None``."""
    dialect = getattr(engine, "sync_engine", engine).dialect
    if feature == "returning":
        supported = getattr(dialect, "insert_returning", None)
        if supported is None:  # before 2.0 the flag had another name
            supported = getattr(dialect, "implicit_returning", False)
        if not supported:
            return (
                f"SQLAlchemy {sqlalchemy_version()} cannot render INSERT ... RETURNING "
                f"for {dialect.name}"
            )
        return None
    raise ValueError(f"unknown INSERT feature {feature!r}")
