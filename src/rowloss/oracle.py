"""Pure judgement of a batch: what was meant, what was stored, what the caller saw.

No database here. Two findings are made and the outcome derives from them:

- **data**: intact, rows missing, values changed (which rows and columns, and
  how: truncated, rounded, clamped, offset dropped, NULL stored as '' ...),
  extra rows, nothing stored;
- **signal**: what could have told the caller: an error, a warning, a rowcount
  or RETURNING that does not match the batch, or none.

Rows are matched by key as multisets, so a key given twice (a duplicate) is
two expected rows of which the table can hold one. Rows that were in the table
before the batch (``baseline``) are expected to stay as they were.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from rowloss.cells import Outcome

Row = Mapping[str, Any]
MAX_LISTED = 5
"""How many rows or changes a detail names before it only counts."""

SEVERITY = {
    Outcome.OK: 0,
    Outcome.RAISED: 1,
    Outcome.PARTIAL: 2,
    Outcome.ALTERED: 3,
    Outcome.DROPPED: 4,
}
"""Which outcome of several examples a cell reports: the most severe."""


def most_severe(outcomes: Iterable[Outcome]) -> Outcome:
    return max(outcomes, key=lambda outcome: SEVERITY.get(outcome, -1))


class Data(str, enum.Enum):
    INTACT = "intact"
    MISSING = "rows missing"
    CHANGED = "values changed"
    EXTRA = "extra rows"
    NOTHING = "nothing stored"


class Signal(str, enum.Enum):
    ERROR = "error"
    WARNING = "warning"
    ROWCOUNT = "rowcount"
    RETURNING = "returning"
    NONE = "none"


@dataclass(frozen=True)
class CallerView:
    """What the code that inserted the batch could see."""

    error: str | None = None
    """``ExceptionType: message`` of the error that reached the caller, if any."""
    warnings: tuple[str, ...] = ()
    """Python warnings raised by the driver during the call."""
    server_warnings: tuple[str, ...] = ()
    """Warnings the server kept for the statement (``SHOW WARNINGS``)."""
    rowcount: int | None = None
    """``cursor.rowcount`` as the API exposed it; ``None`` or -1 when it did not."""
    returned: int | None = None
    """How many rows RETURNING gave back, when the statement had RETURNING."""
    swallowed: tuple[str, ...] = ()
    """Errors the insert raised that the caller's own code caught: the caller
    saw none of them, but they say what happened."""


@dataclass(frozen=True)
class Verdict:
    outcome: Outcome
    detail: str
    data: tuple[Data, ...] = ()
    signal: tuple[Signal, ...] = ()
    evidence: Mapping[str, Any] = field(default_factory=dict)


# -- comparing one value ------------------------------------------------------


def as_number(value: Any) -> Decimal | None:
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        return None
    try:
        return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    except InvalidOperation:
        return None


def is_nan(value: Any) -> bool:
    return (isinstance(value, float) and math.isnan(value)) or (
        isinstance(value, Decimal) and value.is_nan()
    )


def same_value(given: Any, stored: Any) -> bool:
    """Strings exact; numbers exact as Decimal; datetimes equal as instants *and*
    as wall-clock values (so a changed offset is a change)."""
    if is_nan(given) or is_nan(stored):
        return is_nan(given) and is_nan(stored)
    given_number, stored_number = as_number(given), as_number(stored)
    if given_number is not None and stored_number is not None:
        if given_number.is_infinite() or stored_number.is_infinite():
            return given_number == stored_number
        return given_number == stored_number
    if isinstance(given, dt.datetime) and isinstance(stored, dt.datetime):
        if (given.tzinfo is None) != (stored.tzinfo is None):
            return False
        return given == stored and given.utcoffset() == stored.utcoffset()
    if isinstance(given, (bytes, bytearray, memoryview)):
        return isinstance(stored, (bytes, bytearray, memoryview)) and bytes(given) == bytes(stored)
    if given is None or stored is None:
        return given is None and stored is None
    return bool(given == stored)


def describe_change(given: Any, stored: Any) -> str:
    """How ``stored`` differs from ``given``, in words."""
    if given is None:
        return f"{stored!r} stored instead of NULL"
    if stored is None:
        return "NULL stored" if given != "" else "'' stored as NULL"
    if isinstance(given, str) and isinstance(stored, str):
        if given.startswith(stored):
            return f"truncated to {len(stored)} of {len(given)} characters"
        if stored == "":
            return "'' stored"
        if stored.rstrip() == given.rstrip():
            return "trailing spaces changed"
        if stored.lower() == given.lower():
            return f"case changed to {stored!r}"
        return f"{stored!r} stored for {given!r}"
    given_number, stored_number = as_number(given), as_number(stored)
    if given_number is not None and stored_number is not None:
        return _describe_number(given, stored, given_number, stored_number)
    if isinstance(given, dt.datetime) and isinstance(stored, dt.datetime):
        return _describe_datetime(given, stored)
    return f"{stored!r} stored for {given!r}"


def _describe_number(given: Any, stored: Any, g: Decimal, s: Decimal) -> str:
    if g.is_infinite() or s.is_infinite():
        return f"{stored!r} stored for {given!r}"
    if abs(s) < abs(g) and abs(g - s) >= 1 and (s > 0) == (g > 0):
        return f"clamped to {stored!r} from {given!r}"
    exponent = s.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    step = Decimal(1).scaleb(-places)
    for rounding, word in (
        (ROUND_HALF_UP, "rounded"),
        (ROUND_HALF_EVEN, "rounded half-even"),
        (ROUND_DOWN, "truncated"),
    ):
        if g.quantize(step, rounding=rounding) == s:
            return f"{word} to {stored!r} from {given!r} ({places} decimal places)"
    if g and abs(g - s) <= abs(g) * Decimal("1e-6"):
        return f"rounded to {stored!r} from {given!r} (binary float precision)"
    return f"{stored!r} stored for {given!r}"


def _offset(value: dt.datetime) -> str:
    """``+05:30`` / ``-12:00``: the UTC offset as people write it."""
    offset = value.utcoffset() or dt.timedelta(0)
    sign = "-" if offset < dt.timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def _describe_datetime(given: dt.datetime, stored: dt.datetime) -> str:
    if given.tzinfo is not None and stored.tzinfo is None:
        if stored == given.astimezone(dt.timezone.utc).replace(tzinfo=None):
            return "offset dropped, converted to UTC wall clock (instant kept as UTC)"
        if stored == given.replace(tzinfo=None):
            return "offset dropped, wall clock kept (instant changed)"
        return f"{stored.isoformat()} stored for {given.isoformat()}"
    if given.tzinfo is None and stored.tzinfo is not None:
        if stored.replace(tzinfo=None) == given:
            return f"offset {_offset(stored)} added, wall clock kept"
        return f"{stored.isoformat()} stored for {given.isoformat()}"
    if given.tzinfo is not None and given == stored:
        return f"instant kept, wall clock changed (offset {_offset(given)} -> {_offset(stored)})"
    if abs(given - stored) < dt.timedelta(seconds=1) and stored.microsecond != given.microsecond:
        return f"fractional seconds changed ({given.microsecond} -> {stored.microsecond} µs)"
    if given.replace(tzinfo=None) == stored.replace(tzinfo=None):
        return f"wall clock kept, instant changed (offset {_offset(given)} -> {_offset(stored)})"
    return f"{stored.isoformat()} stored for {given.isoformat()}"


# -- matching rows ----------------------------------------------------------------


def comparable_key(row: Row, key_columns: Sequence[str]) -> tuple[Any, ...]:
    """The row's key as a dict key. Python hashes equal numbers equally across
    int, float and Decimal, so the raw values serve."""
    return tuple(row.get(column) for column in key_columns)


def differing_columns(given: Row, stored: Row) -> list[str]:
    """Columns the given row names whose stored value differs."""
    return [c for c, value in given.items() if not same_value(value, stored.get(c))]


@dataclass
class Matching:
    """Rows given and stored, paired up key by key."""

    missing: list[Row] = field(default_factory=list)
    changed: list[tuple[Row, Row, list[str]]] = field(default_factory=list)
    extra: list[Row] = field(default_factory=list)


def match_rows(expected: Sequence[Row], stored: Sequence[Row], key: Sequence[str]) -> Matching:
    """Pair each stored row with an expected row of the same key: exact matches
    first, then the rest in order as changed; leftovers are missing or extra.
    Rows are told apart by identity, not equality, so a caller can tell which
    of two equal expected rows went missing."""
    by_key: dict[tuple[Any, ...], list[Row]] = defaultdict(list)
    for row in expected:
        by_key[comparable_key(row, key)].append(row)
    stored_by_key: dict[tuple[Any, ...], list[Row]] = defaultdict(list)
    for row in stored:
        stored_by_key[comparable_key(row, key)].append(row)
    result = Matching()
    for k in dict.fromkeys([*by_key, *stored_by_key]):
        wanted, found = list(by_key.get(k, [])), list(stored_by_key.get(k, []))
        unmatched = []
        for row in found:
            exact = next((i for i, w in enumerate(wanted) if not differing_columns(w, row)), None)
            if exact is None:
                unmatched.append(row)
            else:
                del wanted[exact]
        found = unmatched
        for want, got in zip(wanted, found, strict=False):
            result.changed.append((want, got, differing_columns(want, got)))
        result.missing.extend(wanted[len(found) :])
        result.extra.extend(found[len(wanted) :])
    return result


def _keys(rows: Iterable[Row], key: Sequence[str]) -> str:
    shown = [tuple(row.get(c) for c in key) for row in rows]
    text = ", ".join(repr(k[0] if len(k) == 1 else k) for k in shown[:MAX_LISTED])
    return f"{text} and {len(shown) - MAX_LISTED} more" if len(shown) > MAX_LISTED else text


def _changes(changed: Sequence[tuple[Row, Row, list[str]]], key: Sequence[str]) -> str:
    parts = []
    for want, got, columns in changed[:MAX_LISTED]:
        row_key = _keys([want], key)
        for column in columns[:2]:
            parts.append(
                f"{row_key}.{column}: {describe_change(want.get(column), got.get(column))}"
            )
    more = len(changed) - MAX_LISTED
    return "; ".join(parts) + (f"; and {more} more rows" if more > 0 else "")


# -- the verdict ------------------------------------------------------------------


def signals(caller: CallerView, given: int) -> list[Signal]:
    found = []
    if caller.error is not None:
        found.append(Signal.ERROR)
    if caller.server_warnings or caller.warnings:
        found.append(Signal.WARNING)
    if caller.rowcount is not None and caller.rowcount >= 0 and caller.rowcount != given:
        found.append(Signal.ROWCOUNT)
    if caller.returned is not None and caller.returned != given:
        found.append(Signal.RETURNING)
    return found or [Signal.NONE]


def judge(
    given: Sequence[Row],
    stored: Sequence[Row],
    key_columns: Sequence[str],
    caller: CallerView,
    baseline: Sequence[Row] = (),
) -> Verdict:
    """The outcome of one batch.

    ``given`` are the rows as meant (for each column: the value sent, or the
    column's default where the key was left out); ``baseline`` rows were in the
    table before and must stay. Only columns a row names are compared.
    """
    before = [dict(row) for row in baseline]
    batch = [dict(row) for row in given]
    from_before = {id(row) for row in before}
    matching = match_rows([*before, *batch], stored, key_columns)
    batch_missing = [row for row in matching.missing if id(row) not in from_before]
    before_missing = [row for row in matching.missing if id(row) in from_before]
    before_changed = [c for c in matching.changed if id(c[0]) in from_before]
    batch_stored = len(batch) - len(batch_missing) + len(matching.extra)
    before_intact = not before_missing and not before_changed

    data: list[Data] = []
    facts = []
    if batch and batch_stored == 0:
        data.append(Data.NOTHING)
    if matching.missing:
        data.append(Data.MISSING)
        kinds = []
        if batch_missing:
            kinds.append(
                f"{len(batch_missing)} of {len(batch)} rows missing "
                f"({_keys(batch_missing, key_columns)})"
            )
        if before_missing:
            kinds.append(
                f"{len(before_missing)} rows that were in the table before are gone "
                f"({_keys(before_missing, key_columns)})"
            )
        facts.append("; ".join(kinds))
    if matching.changed:
        data.append(Data.CHANGED)
        columns = sorted({c for _, _, cols in matching.changed for c in cols})
        facts.append(
            f"{len(matching.changed)} rows changed in {', '.join(columns)} "
            f"({_changes(matching.changed, key_columns)})"
        )
    if matching.extra:
        data.append(Data.EXTRA)
        facts.append(
            f"{len(matching.extra)} rows stored that were not given "
            f"({_keys(matching.extra, key_columns)})"
        )
    if not data:
        data.append(Data.INTACT)

    signal = signals(caller, len(batch))
    evidence: dict[str, Any] = {
        "given": len(batch),
        "stored": len(stored),
        "missing": len(matching.missing),
        "changed": len(matching.changed),
        "extra": len(matching.extra),
    }
    if before:
        evidence["baseline"] = len(before)
    for name in ("rowcount", "returned"):
        value = getattr(caller, name)
        if value is not None:
            evidence[name] = value
    if caller.server_warnings:
        evidence["server_warnings"] = list(caller.server_warnings[:MAX_LISTED])
    if caller.warnings:
        evidence["warnings"] = list(caller.warnings[:MAX_LISTED])
    if caller.error is not None:
        evidence["error"] = caller.error
    if caller.swallowed:
        evidence["swallowed"] = list(caller.swallowed[:MAX_LISTED])

    revealed = [s.value for s in signal if s not in (Signal.ERROR, Signal.NONE)]
    told = f"; {' and '.join(revealed)} revealed it" if revealed else "; nothing revealed it"
    if caller.swallowed:
        told += f" (the caller's code swallowed {caller.swallowed[0]})"
    loss = "; ".join(facts)
    if caller.error is not None:
        if batch_stored == 0 and before_intact:
            outcome, detail = Outcome.RAISED, f"raised {caller.error}; nothing stored"
        else:
            kept = loss or "every row stored as given"
            outcome, detail = Outcome.PARTIAL, f"raised {caller.error}; yet {kept}"
    elif matching.missing:
        outcome, detail = Outcome.DROPPED, loss + told
    elif Data.INTACT not in data:
        outcome, detail = Outcome.ALTERED, loss + told
    else:
        outcome, detail = Outcome.OK, f"{len(batch)} rows stored as given"
    return Verdict(outcome, detail, tuple(data), tuple(signal), evidence)
