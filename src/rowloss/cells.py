"""The cell record: one measurement, the one shape every later part reads.

A cell's key says *what* was measured (root cause, scenario, database, mode,
driver, insert API, transaction handling, SQLAlchemy line); everything else is
an attribute of that measurement (exact versions, outcome, detail, evidence).
So a new patch release of a driver changes a cell's attributes, and its outcome
where behaviour changed, but never adds a second cell.
"""

from __future__ import annotations

import enum
import functools
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any

SCHEMA_VERSION = 1
CUT_SHORT = "cut_short"
"""The evidence key of a cell whose measurement was cut short."""
STACK = "stack"
"""A cell's :attr:`~Cell.layer` when what it measures is the behaviour of the
database, its driver or SQLAlchemy: what a developer's stack does."""
APPLICATION = "application"
"""A cell's :attr:`~Cell.layer` when a loss it finds comes from the
application's own code around the insert (an error swallowed, the wrong
model), whatever the stack does."""
LAYERS = (STACK, APPLICATION)


class Outcome(str, enum.Enum):
    """What happened to a batch, from reading the table back."""

    OK = "ok"
    """Every row stored as given, and no error."""
    EQUIVALENT = "equivalent"
    """No error, every row stored, and every value read back equal to the one
    sent as a Python value of the same type, some in another representation:
    an aware datetime with the same instant and another offset. Not a loss."""
    RAISED = "raised"
    """An error reached the caller and nothing was stored."""
    PARTIAL = "partial"
    """An error reached the caller, yet some or all rows were stored."""
    DROPPED = "dropped"
    """No error, and rows are missing."""
    ALTERED = "altered"
    """No error, and values were changed or rows added."""
    ERROR = "error"
    """The suite itself failed; nothing is known about the database."""
    NOT_RUN = "not-run"
    """Not measured here; the detail says why."""

    @property
    def silent(self) -> bool:
        """Data was lost or changed and the caller was not told by an error."""
        return self in (Outcome.DROPPED, Outcome.ALTERED)

    @property
    def measured(self) -> bool:
        """The database was measured: the one definition that comparing,
        merging, the expectation check and the claims audit share. ``error``
        (the suite broke) and ``not-run`` say nothing about the database."""
        return self not in (Outcome.ERROR, Outcome.NOT_RUN)


@dataclass(frozen=True, order=True)
class CellKey:
    root_cause: str
    scenario: str
    database: str
    mode: str
    driver: str
    api: str
    transaction: str
    sqlalchemy: str
    """The SQLAlchemy line, such as ``2.0``; the exact version is an attribute."""

    def label(self) -> str:
        return "/".join(str(getattr(self, name)) for name in field_names(CellKey))


def line_order(line: str) -> tuple[int, ...]:
    """``1.4`` before ``2.0`` before ``2.1`` (and ``2.10``), whatever the text sorts as."""
    return tuple(int(part) if part.isdigit() else -1 for part in line.split("."))


def line_of(version: str) -> str:
    """The SQLAlchemy line a version such as ``2.0.58`` belongs to: ``2.0``."""
    return ".".join(version.split(".")[:2])


@dataclass(frozen=True)
class Versions:
    server: str = ""
    driver: str = ""
    sqlalchemy: str = ""


@dataclass(frozen=True)
class Cell:
    key: CellKey
    outcome: Outcome
    detail: str = ""
    data: tuple[str, ...] = ()
    """What happened to the rows: intact, rows missing, values changed, extra rows,
    nothing stored."""
    signal: tuple[str, ...] = ()
    """What could have told the caller: error, warning, rowcount, returning, none."""
    versions: Versions = field(default_factory=Versions)
    environment: Mapping[str, str] = field(default_factory=dict)
    """Settings in force when measured: sql_mode, time zone, executemany mode ..."""
    evidence: Mapping[str, Any] = field(default_factory=dict)
    """Small, JSON-able facts behind the outcome: row counts, a minimal diff."""
    reproducer: str | None = None
    """Path of a standalone script that shows this outcome, relative to the run."""
    run: Mapping[str, str] = field(default_factory=dict)
    """Which run measured it: run id, host platform, Python."""
    test_id: str = ""
    layer: str = STACK
    """Where a loss this cell finds comes from: :data:`STACK` or :data:`APPLICATION`."""

    @property
    def measured(self) -> bool:
        """A measurement of the database: a measured outcome, not cut short."""
        return self.outcome.measured and not self.cut_short

    @property
    def cut_short(self) -> str:
        """Why the measurement of this cell was cut short (its server stopped
        answering, the run was interrupted), else ``""``. Such a cell tells
        nothing about the database: it is never compared nor accepted."""
        return str(self.evidence.get(CUT_SHORT, ""))

    def to_dict(self) -> dict[str, Any]:
        data = plain_data(self)
        data["outcome"] = self.outcome.value
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Cell:
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"cell has unknown fields {sorted(unknown)}")
        if data.get("layer", STACK) not in LAYERS:
            raise ValueError(f"cell has layer {data['layer']!r}; one of {', '.join(LAYERS)}")
        return cls(
            key=CellKey(**data["key"]),
            outcome=Outcome(data["outcome"]),
            detail=data.get("detail", ""),
            data=tuple(data.get("data", ())),
            signal=tuple(data.get("signal", ())),
            versions=Versions(**data.get("versions", {})),
            environment=dict(data.get("environment", {})),
            evidence=dict(data.get("evidence", {})),
            reproducer=data.get("reproducer"),
            run=dict(data.get("run", {})),
            test_id=data.get("test_id", ""),
            layer=data.get("layer", STACK),
        )


@functools.cache
def field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def plain_data(value: Any) -> Any:
    """``value`` with every dataclass in it as a dict of its fields, in their
    order: what :func:`dataclasses.asdict` gives, without its deep copy of
    every value, which every recorded cell and reproducer paid for."""
    if is_dataclass(value) and not isinstance(value, type):
        return {name: plain_data(getattr(value, name)) for name in field_names(type(value))}
    if isinstance(value, dict):
        return {name: plain_data(item) for name, item in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(plain_data(item) for item in value)
    return value


def canonical_json(value: Any) -> str:
    """``value`` as compact JSON with sorted keys: equal values, equal text."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


class SchemaVersionError(ValueError):
    """A cells file written by a rowloss whose format this one does not read."""


def cells_to_json(cells: Iterable[Cell], metadata: Mapping[str, Any] | None = None) -> str:
    """Cells as a JSON document, sorted by key so that equal runs give equal files."""
    document = {
        "schema_version": SCHEMA_VERSION,
        "metadata": dict(metadata or {}),
        "cells": [cell.to_dict() for cell in sorted(cells, key=lambda c: c.key)],
    }
    return json.dumps(document, indent=2, sort_keys=False, ensure_ascii=False) + "\n"


def cells_from_json(text: str) -> list[Cell]:
    return cells_from_document(json.loads(text))


def cells_from_document(document: Any) -> list[Cell]:
    version = document.get("schema_version")
    if version != SCHEMA_VERSION:
        raise SchemaVersionError(
            f"cells file has schema_version {version!r}; this rowloss reads {SCHEMA_VERSION}"
        )
    return [Cell.from_dict(item) for item in document["cells"]]
