"""The backend registry: every database family, and the targets it yields.

A target is one (database, mode, driver) combination; its id, such as
``mariadb-permissive-pymysql``, carries no version, so the same ids are collected
on every machine. Adding a family is one package beside this module plus one
line below; nothing else in rowloss knows the families' names.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy.types import TypeEngine

from rowloss.backends.base import CAPABILITY_NAMES, Backend, Driver, Mode
from rowloss.backends.duckdb import DuckDB
from rowloss.backends.mariadb import MariaDB
from rowloss.backends.mysql import MySQL
from rowloss.backends.oracle import Oracle
from rowloss.backends.postgresql import PostgreSQL
from rowloss.backends.sqlite import SQLite

FAMILIES: tuple[Backend, ...] = (
    SQLite(),
    PostgreSQL(),
    MariaDB(),
    MySQL(),
    Oracle(),
    DuckDB(),
)

BACKENDS: dict[str, Backend] = {backend.name: backend for backend in FAMILIES}


def _merged(options: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for each in options:
        merged.update(each)
    return merged


TABLE_OPTIONS: dict[str, Any] = _merged(backend.table_options for backend in FAMILIES)
"""Every family's ``Table()`` options at once: each dialect reads its own
(``<dialect>_engine=...``) and ignores the others', so one table definition
serves every database."""
NON_TRANSACTIONAL_OPTIONS: dict[str, Any] = _merged(
    backend.non_transactional_table_options or backend.table_options for backend in FAMILIES
)
"""The same for a table without transactions, where the database has such tables."""


def dialect_type(
    capability: str, generic: TypeEngine[Any], *args: Any, **kwargs: Any
) -> TypeEngine[Any]:
    """``generic`` with, as a SQLAlchemy variant for each family that has
    ``capability``, that family's own type built from ``args``: one column
    declaration serves every database, as :data:`TABLE_OPTIONS` do, and names
    none. A variant using it also ``requires`` the capability, so ``generic``
    is never what a measured table gets."""
    if capability not in CAPABILITY_NAMES:
        raise ValueError(f"unknown capability {capability!r}")
    column_type = generic
    for backend in FAMILIES:
        if not getattr(backend.capabilities, capability):
            continue
        if capability not in backend.column_types:
            raise LookupError(
                f"{backend.name} has capability {capability!r} but no column_types entry for it"
            )
        column_type = column_type.with_variant(
            backend.column_types[capability](*args, **kwargs), backend.dialect
        )
    return column_type


class UnknownName(ValueError):
    """A backend or driver name that the registry does not know; the message says
    what exists."""


def _suggest(name: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(name, list(known), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def get_backend(name: str) -> Backend:
    try:
        return BACKENDS[name]
    except KeyError:
        raise UnknownName(
            f"unknown backend {name!r}{_suggest(name, BACKENDS)}; choose from {', '.join(BACKENDS)}"
        ) from None


@dataclass(frozen=True)
class TargetSpec:
    """One database, mode and driver: the unit a scenario is parametrized over."""

    backend: Backend
    mode: Mode
    driver: Driver

    @property
    def id(self) -> str:
        parts = [self.backend.name]
        if len(self.backend.modes) > 1:
            parts.append(self.mode.name)
        parts.append(self.driver.name)
        return "-".join(parts)

    @property
    def database(self) -> str:
        return self.backend.name


def backend_for_dialect(dialect: str) -> Backend:
    """The family whose URLs name ``dialect`` (``postgresql://``)."""
    for backend in FAMILIES:
        if backend.dialect == dialect:
            return backend
    raise UnknownName(f"no rowloss family speaks the {dialect!r} dialect")


def all_driver_names() -> set[str]:
    return {name for backend in BACKENDS.values() for d in backend.drivers for name in d.names}


def target_specs(
    backends: Iterable[str] | None = None,
    drivers: Iterable[str] | None = None,
) -> list[TargetSpec]:
    """Every target of the registry, narrowed to the named backends and drivers.

    Names are checked, so a typo is an error naming what exists rather than an
    empty selection.
    """
    chosen = [get_backend(name) for name in backends] if backends else list(BACKENDS.values())
    wanted = set(drivers or ())
    for name in wanted - all_driver_names():
        known = sorted(all_driver_names())
        raise UnknownName(
            f"unknown driver {name!r}{_suggest(name, known)}; choose from {', '.join(known)}"
        )
    specs = []
    for backend in chosen:
        for mode in backend.modes:
            for driver in backend.drivers:
                if wanted and not wanted.intersection(driver.names):
                    continue
                specs.append(TargetSpec(backend, mode, driver))
    return specs
