"""Pure judgement of a batch: what was given, what was stored, what the caller saw.

No database here. The outcome comes only from comparing the rows given with the
rows read back after the caller's transaction ended, and from whether an error
reached the caller.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from rowloss.cells import Outcome

Row = Mapping[str, Any]
MAX_LISTED = 5
"""How many rows or columns a detail names before it only counts."""


@dataclass(frozen=True)
class CallerView:
    """What the code that inserted the batch could see."""

    error: str | None = None
    """``ExceptionType: message`` of the error that reached the caller, if any."""
    warnings: tuple[str, ...] = ()
    rowcount: int | None = None


@dataclass(frozen=True)
class Verdict:
    outcome: Outcome
    detail: str
    evidence: Mapping[str, Any] = field(default_factory=dict)


def comparable(value: Any) -> Any:
    """A value in the form it is compared in: numbers as exact Decimals."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        return Decimal(repr(value))
    if isinstance(value, (int, Decimal)):
        try:
            return Decimal(value)
        except InvalidOperation:
            return str(value)
    return value


def same_value(given: Any, stored: Any) -> bool:
    if isinstance(given, dt.datetime) and isinstance(stored, dt.datetime):
        if (given.tzinfo is None) != (stored.tzinfo is None):
            return False
        return given == stored and given.utcoffset() == stored.utcoffset()
    return comparable(given) == comparable(stored)


def row_key(row: Row, key_columns: Sequence[str]) -> tuple[Any, ...]:
    return tuple(comparable(row.get(column)) for column in key_columns)


def changed_columns(given: Row, stored: Row) -> list[str]:
    return [column for column, value in given.items() if not same_value(value, stored.get(column))]


def _listed(rows: Sequence[Row], key_columns: Sequence[str]) -> str:
    """The keys of ``rows`` as a user wrote them, the first few only."""
    keys = [tuple(row.get(c) for c in key_columns) for row in rows]
    shown = ", ".join(repr(k[0] if len(k) == 1 else k) for k in keys[:MAX_LISTED])
    more = len(keys) - MAX_LISTED
    return f"{shown} and {more} more" if more > 0 else shown


def judge(
    given: Sequence[Row],
    stored: Sequence[Row],
    key_columns: Sequence[str],
    caller: CallerView,
) -> Verdict:
    """The outcome of one batch.

    ``given`` rows are matched to ``stored`` rows by ``key_columns``; only the
    columns a given row names are compared, so a column the database filled in
    itself (a default) is not a change.
    """
    expected = {row_key(row, key_columns): row for row in given}
    found = {row_key(row, key_columns): row for row in stored}
    missing = sorted((k for k in expected if k not in found), key=repr)
    extra = sorted((k for k in found if k not in expected), key=repr)
    changed = {
        k: columns
        for k in expected
        if k in found and (columns := changed_columns(expected[k], found[k]))
    }
    evidence: dict[str, Any] = {
        "given": len(given),
        "stored": len(stored),
        "missing": len(missing),
        "changed": len(changed),
        "extra": len(extra),
    }
    if caller.rowcount is not None:
        evidence["rowcount"] = caller.rowcount
    if caller.warnings:
        evidence["warnings"] = list(caller.warnings[:MAX_LISTED])

    facts = []
    if missing:
        listed = _listed([expected[k] for k in missing], key_columns)
        facts.append(f"{len(missing)} of {len(given)} rows missing ({listed})")
    if changed:
        columns = sorted({c for cols in changed.values() for c in cols})
        listed = _listed([expected[k] for k in changed], key_columns)
        facts.append(f"{len(changed)} rows changed in {', '.join(columns)} ({listed})")
    if extra:
        listed = _listed([found[k] for k in extra], key_columns)
        facts.append(f"{len(extra)} rows stored that were not given ({listed})")

    if caller.error is not None:
        evidence["error"] = caller.error
        if not stored:
            return Verdict(Outcome.RAISED, f"raised {caller.error}; nothing stored", evidence)
        kept = "; ".join(facts) or "every row stored as given"
        return Verdict(Outcome.PARTIAL, f"raised {caller.error}; yet {kept}", evidence)
    if missing:
        return Verdict(Outcome.DROPPED, "; ".join(facts), evidence)
    if changed or extra:
        return Verdict(Outcome.ALTERED, "; ".join(facts), evidence)
    return Verdict(Outcome.OK, f"{len(given)} rows stored as given", evidence)
