"""The backend registry: every database family, and the targets it yields.

A target is one (database, mode, driver) combination; its id, such as
``mariadb-permissive-pymysql``, carries no version, so the same ids are collected
on every machine. Adding a family is one module here plus one line below.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass

from rowloss.backends.base import Backend, Capabilities, Driver, Mode, SelfReport
from rowloss.backends.mariadb import MariaDB
from rowloss.backends.mysql import MySQL
from rowloss.backends.oracle import Oracle
from rowloss.backends.postgresql import PostgreSQL
from rowloss.backends.sqlite import SQLite

__all__ = [
    "BACKENDS",
    "Backend",
    "Capabilities",
    "Driver",
    "Mode",
    "SelfReport",
    "TargetSpec",
    "UnknownName",
    "get_backend",
    "target_specs",
]

BACKENDS: dict[str, Backend] = {
    backend.name: backend for backend in (SQLite(), PostgreSQL(), MariaDB(), MySQL(), Oracle())
}


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
