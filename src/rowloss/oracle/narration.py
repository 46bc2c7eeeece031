"""The detail of a verdict: what happened to the rows, in one line a person reads.

Rows are named by key, a few at a time: a detail names at most ``MAX_LISTED``
rows or changes and then only counts, so a batch of thousands stays one line.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rowloss.cells import Outcome
from rowloss.oracle.rows import Change, Row, Tally
from rowloss.oracle.values import describe_change

MAX_LISTED = 5
"""How many rows or changes a detail names before it only counts."""

COLUMNS_LISTED = 2
"""How many changed columns of one row a detail names."""


def keys(rows: Iterable[Row], key: Sequence[str]) -> str:
    """The rows' keys, a lone key column shown bare: ``2, 3`` rather than ``(2,), (3,)``."""
    shown = [tuple(row.get(c) for c in key) for row in rows]
    text = ", ".join(repr(k[0] if len(k) == 1 else k) for k in shown[:MAX_LISTED])
    return f"{text} and {len(shown) - MAX_LISTED} more" if len(shown) > MAX_LISTED else text


def changes(changed: Sequence[Change], key: Sequence[str]) -> str:
    """Each changed row's key and columns, with how each value changed."""
    parts = []
    for want, got, columns in changed[:MAX_LISTED]:
        row_key = keys([want], key)
        for column in columns[:COLUMNS_LISTED]:
            parts.append(
                f"{row_key}.{column}: {describe_change(want.get(column), got.get(column))}"
            )
    more = len(changed) - MAX_LISTED
    return "; ".join(parts) + (f"; and {more} more rows" if more > 0 else "")


def missing_fact(tally: Tally, key: Sequence[str]) -> str:
    kinds = []
    if tally.batch_missing:
        kinds.append(
            f"{len(tally.batch_missing)} of {len(tally.batch)} rows missing "
            f"({keys(tally.batch_missing, key)})"
        )
    if tally.before_missing:
        kinds.append(
            f"{len(tally.before_missing)} rows that were in the table before are gone "
            f"({keys(tally.before_missing, key)})"
        )
    return "; ".join(kinds)


def changed_fact(changed: Sequence[Change], key: Sequence[str]) -> str:
    columns = sorted({c for _, _, cols in changed for c in cols})
    return f"{len(changed)} rows changed in {', '.join(columns)} ({changes(changed, key)})"


def reshaped_fact(reshaped: Sequence[Change], key: Sequence[str]) -> str:
    return (
        f"{len(reshaped)} rows read back equal, in another representation "
        f"({changes(reshaped, key)})"
    )


def extra_fact(tally: Tally, key: Sequence[str]) -> str:
    extra = tally.matching.extra
    return f"{len(extra)} rows stored that were not given ({keys(extra, key)})"


def loss(tally: Tally, key: Sequence[str]) -> str:
    """Every way the table differs from what was meant; empty when it does not."""
    facts = []
    if tally.matching.missing:
        facts.append(missing_fact(tally, key))
    if tally.matching.altered:
        facts.append(changed_fact(tally.matching.altered, key))
    if tally.matching.extra:
        facts.append(extra_fact(tally, key))
    if tally.matching.reshaped:
        facts.append(reshaped_fact(tally.matching.reshaped, key))
    return "; ".join(facts)


def told(revealed: Sequence[str], swallowed: Sequence[str]) -> str:
    """Whether anything short of an error could have told the caller, and what
    the caller's own code kept from it."""
    text = f"; {' and '.join(revealed)} revealed it" if revealed else "; nothing revealed it"
    if swallowed:
        text += f" (the caller's code swallowed {swallowed[0]})"
    return text


def detail(outcome: Outcome, *, error: str | None, loss: str, told: str, given: int) -> str:
    """The verdict's line for its outcome: an error first, then the loss and
    whether the caller could have known."""
    if outcome is Outcome.RAISED:
        return f"raised {error}; nothing stored"
    if outcome is Outcome.PARTIAL:
        return f"raised {error}; yet {loss or 'every row stored as given'}"
    if outcome is Outcome.OK:
        return f"{given} rows stored as given"
    if outcome is Outcome.EQUIVALENT:
        return f"every row stored; {loss}"
    return loss + told
