"""One value meant, one value stored: how did it change.

Whether they are the same is :mod:`rowloss.oracle.sameness`'s answer (the one
every reproducer carries); the change is told per type in the words a reader
of the matrix knows (truncated, rounded half-even, offset dropped ...).
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from rowloss.oracle.sameness import as_number

ROUNDINGS = (
    (ROUND_HALF_UP, "rounded"),
    (ROUND_HALF_EVEN, "rounded half-even"),
    (ROUND_DOWN, "truncated"),
)
"""The roundings a database applies to fit a number into its scale, in the
order they are told apart: where two agree, the first one's word is used."""

FLOAT_PRECISION = Decimal("1e-6")
"""A relative difference this small is a float's binary rounding (single
precision keeps about seven significant digits), not a different value."""


# -- how it changed -----------------------------------------------------------------


def describe_change(given: Any, stored: Any) -> str:
    """How ``stored`` differs from ``given``, in words."""
    if given is None:
        return f"{stored!r} stored instead of NULL"
    if stored is None:
        return "NULL stored" if given != "" else "'' stored as NULL"
    if isinstance(given, str) and isinstance(stored, str):
        return _describe_string(given, stored)
    given_number, stored_number = as_number(given), as_number(stored)
    if given_number is not None and stored_number is not None:
        return _describe_number(given, stored, given_number, stored_number)
    if isinstance(given, dt.datetime) and isinstance(stored, dt.datetime):
        return _describe_datetime(given, stored)
    return _replaced(given, stored)


def _replaced(given: Any, stored: Any) -> str:
    return f"{stored!r} stored for {given!r}"


def _describe_string(given: str, stored: str) -> str:
    if given.startswith(stored):
        return f"truncated to {len(stored)} of {len(given)} characters"
    if stored == "":
        return "'' stored"
    if stored.rstrip() == given.rstrip():
        return "trailing spaces changed"
    if stored.lower() == given.lower():
        return f"case changed to {stored!r}"
    return _replaced(given, stored)


def _describe_number(given: Any, stored: Any, g: Decimal, s: Decimal) -> str:
    if g.is_infinite() or s.is_infinite():
        return _replaced(given, stored)
    if abs(s) < abs(g) and abs(g - s) >= 1 and (s > 0) == (g > 0):
        return f"clamped to {stored!r} from {given!r}"
    exponent = s.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    step = Decimal(1).scaleb(-places)
    for rounding, word in ROUNDINGS:
        try:
            rounded = g.quantize(step, rounding=rounding)
        except InvalidOperation:  # more digits than the context holds: not a rounding
            break
        if rounded == s:
            return f"{word} to {stored!r} from {given!r} ({places} decimal places)"
    if g and abs(g - s) <= abs(g) * FLOAT_PRECISION:
        return f"rounded to {stored!r} from {given!r} (binary float precision)"
    return _replaced(given, stored)


def _offset(value: dt.datetime) -> str:
    """``+05:30`` / ``-12:00``: the UTC offset as people write it."""
    offset = value.utcoffset() or dt.timedelta(0)
    sign = "-" if offset < dt.timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def _describe_datetime(given: dt.datetime, stored: dt.datetime) -> str:
    if given.tzinfo is not None and stored.tzinfo is None:
        return _describe_offset_dropped(given, stored)
    if given.tzinfo is None and stored.tzinfo is not None:
        return _describe_offset_added(given, stored)
    if given.tzinfo is not None and given == stored:
        return f"instant kept, wall clock changed (offset {_offset(given)} -> {_offset(stored)})"
    if abs(given - stored) < dt.timedelta(seconds=1) and stored.microsecond != given.microsecond:
        return f"fractional seconds changed ({given.microsecond} -> {stored.microsecond} µs)"
    if given.replace(tzinfo=None) == stored.replace(tzinfo=None):
        return f"wall clock kept, instant changed (offset {_offset(given)} -> {_offset(stored)})"
    return _replaced_datetime(given, stored)


def _describe_offset_dropped(given: dt.datetime, stored: dt.datetime) -> str:
    """An aware value stored naive: which wall clock the database kept."""
    if stored == given.astimezone(dt.timezone.utc).replace(tzinfo=None):
        return "offset dropped, converted to UTC wall clock (instant kept as UTC)"
    if stored == given.replace(tzinfo=None):
        return "offset dropped, wall clock kept (instant changed)"
    return _replaced_datetime(given, stored)


def _describe_offset_added(given: dt.datetime, stored: dt.datetime) -> str:
    """A naive value stored aware: the database gave it a zone of its own."""
    if stored.replace(tzinfo=None) == given:
        return f"offset {_offset(stored)} added, wall clock kept"
    return _replaced_datetime(given, stored)


def _replaced_datetime(given: dt.datetime, stored: dt.datetime) -> str:
    return f"{stored.isoformat()} stored for {given.isoformat()}"
