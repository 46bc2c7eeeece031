"""What a scenario module declares: its variants, each a table, a strategy of
batch shapes and a deterministic builder of the batch from a shape.

A variant says what the caller *sends* and what the caller *means*: the rows as
the caller would expect to find them (a value sent; for a key left out, the
column's default; for a misspelt key, the column it was meant for).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import MetaData, Table

from rowloss.backends import CAPABILITY_NAMES, Backend, Driver
from rowloss.cells import LAYERS, STACK
from rowloss.measure import callers
from rowloss.measure.callers import Caller
from rowloss.measure.strategies import Shape, ShapeSpace

Row = dict[str, Any]
TableBuilder = Callable[[MetaData, str], Table]


@dataclass(frozen=True)
class Batch:
    sent: Sequence[Row]
    """What the insert API receives."""
    meant: Sequence[Row]
    """The rows as the caller expects to find them; what the oracle compares."""
    baseline: Sequence[Row] = ()
    """Rows committed to the table before the batch."""


@dataclass(frozen=True)
class Variant:
    name: str
    table: TableBuilder
    """A plain function of SQLAlchemy names only, so a reproducer can show it."""
    shapes: ShapeSpace
    build: Callable[[Shape], Batch]
    key: tuple[str, ...] = ("id",)
    requires: tuple[str, ...] = ()
    """Capabilities a database must have for the variant to apply
    (:class:`~rowloss.backends.Capabilities`); none for every database."""
    apis: Collection[str] | None = None
    """The insert APIs it applies to; ``None`` for all that apply to the database."""
    sends: tuple[str, ...] = ()
    """Kinds of value the batch carries that a driver may declare a hazard for
    (``non_finite_float``)."""
    decoy: bool = False
    """The API is handed a second table (the wrong model); the intended one is read."""
    caller: Caller = callers.plain
    """The application code around the insert: how it commits, what it does
    with an error."""
    time_zone: str | None = None
    """The connection time zone the application sets (``+05:30``); ``None``
    leaves the target's own (UTC)."""
    note: str = ""
    """What the variant reproduces, for the matrix and the reproducer."""
    layer: str = STACK
    """Where a loss it finds comes from: the stack (database, driver,
    SQLAlchemy), or ``application`` where the caller's own code loses the rows
    (it swallows an error, inserts into the wrong model) whatever the stack does."""

    def __str__(self) -> str:
        return self.name

    def __post_init__(self) -> None:
        unknown = set(self.requires) - CAPABILITY_NAMES
        if unknown:
            raise ValueError(f"variant {self.name} requires unknown capabilities {sorted(unknown)}")
        if self.layer not in LAYERS:
            raise ValueError(f"variant {self.name}: layer {self.layer!r} is not one of {LAYERS}")

    def applies_to(self, backend: Backend) -> bool:
        return all(getattr(backend.capabilities, need) for need in self.requires)

    def session_sql(self, backend: Backend) -> tuple[str, ...]:
        """What the application runs on each connection for this variant."""
        return backend.time_zone_sql(self.time_zone) if self.time_zone else ()

    def hazard(self, driver: Driver) -> str | None:
        """Why this variant's values are not sent through ``driver``, if so."""
        for kind, reason in driver.hazards:
            if kind in self.sends:
                return reason
        return None


def meant_row(
    table: Table,
    sent: Mapping[str, Any],
    renamed: Mapping[str, str] | None = None,
) -> Row:
    """The row a caller expects from ``sent``: every column of ``table``, its
    value where sent (or sent under a misspelt key listed in ``renamed``), else
    the value the column's default gives a single-row INSERT that leaves it out:
    its ``default=``, the literal recorded in ``info['meant']`` for a server
    default, or NULL."""
    renamed = renamed or {}
    row: Row = {}
    for column in table.columns:
        misspelt = [wrong for wrong, right in renamed.items() if right == column.name]
        if column.name in sent:
            row[column.name] = sent[column.name]
        elif misspelt and misspelt[0] in sent:
            row[column.name] = sent[misspelt[0]]
        elif column.default is not None and column.default.is_scalar:
            row[column.name] = column.default.arg
        elif "meant" in column.info:
            row[column.name] = column.info["meant"]
        else:
            row[column.name] = None
    return row
