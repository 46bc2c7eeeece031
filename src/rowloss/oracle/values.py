"""One value meant, one value stored: are they the same, and if not, how did it change.

Sameness is strict so that no loss hides: strings exact, numbers exact as
Decimal, datetimes equal as instants *and* as wall-clock values. The change is
told per type in the words a reader of the matrix knows (truncated, rounded
half-even, offset dropped ...).
"""

from __future__ import annotations

import datetime as dt
import math
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

BINARY = (bytes, bytearray, memoryview)

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


# -- the same value? --------------------------------------------------------------


def as_number(value: Any) -> Decimal | None:
    """The exact number a value stands for, so that int, float and Decimal
    compare alike; ``None`` for anything that is not a number (booleans too)."""
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        return None
    try:
        return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    except InvalidOperation:
        return None


def is_nan(value: Any) -> bool:
    """NaN is never equal to itself, yet a NaN stored for a NaN is no change."""
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
        return given_number == stored_number
    if isinstance(given, dt.datetime) and isinstance(stored, dt.datetime):
        return _same_datetime(given, stored)
    if isinstance(given, BINARY):
        return isinstance(stored, BINARY) and bytes(given) == bytes(stored)
    if given is None or stored is None:
        return given is None and stored is None
    return bool(given == stored)


def equivalent(given: Any, stored: Any) -> bool:
    """Not the same value, yet equal as a Python value of the same type: the
    same thing in another representation, such as an aware datetime read back
    with the same instant and another offset. A naive value read back for an
    aware one, or an instant moved, is not: those compare unequal."""
    if type(given) is not type(stored) or same_value(given, stored):
        return False
    try:
        return bool(given == stored)
    except TypeError:
        return False


def _same_datetime(given: dt.datetime, stored: dt.datetime) -> bool:
    if (given.tzinfo is None) != (stored.tzinfo is None):
        return False
    return given == stored and given.utcoffset() == stored.utcoffset()


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
