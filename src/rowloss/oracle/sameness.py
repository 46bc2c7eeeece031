"""Is a value read back the same as the value meant? The one answer rowloss's
oracle and every reproducer give.

Sameness is strict so that no loss hides: strings exact, numbers exact as
Decimal, datetimes equal as instants *and* as wall-clock values. This module
needs only the standard library: its text, from :data:`COPIED_FROM` on, is
copied into each published reproducer, which runs where rowloss is not
installed, so the comparison a reader runs is the one that decided the cell.
"""

from __future__ import annotations

import datetime
import math
from decimal import Decimal, InvalidOperation
from typing import Any

COPIED_FROM = "# -- the same value? rowloss's oracle and every reproducer compare so"
"""The line from which this module's text is copied into each reproducer."""

# -- the same value? rowloss's oracle and every reproducer compare so ------------

BINARY = (bytes, bytearray, memoryview)


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
    if isinstance(given, datetime.datetime) and isinstance(stored, datetime.datetime):
        if (given.tzinfo is None) != (stored.tzinfo is None):
            return False
        return given == stored and given.utcoffset() == stored.utcoffset()
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
