"""Rows meant and rows stored, paired up by key whatever order the table gives.

Rows are matched by key as multisets, so a key given twice (a duplicate) is
two expected rows of which the table can hold one. Rows that were in the table
before the batch (the baseline) are matched like the batch's own and told
apart afterwards, so a batch that overwrote one is seen.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from rowloss.oracle.sameness import equivalent, same_value

Row = Mapping[str, Any]
Change = tuple[Row, Row, list[str]]
"""A row as meant, the row stored under its key, and the columns that differ."""


def comparable_key(row: Row, key_columns: Sequence[str]) -> tuple[Any, ...]:
    """The row's key as a dict key. Python hashes equal numbers equally across
    int, float and Decimal, so the raw values serve."""
    return tuple(row.get(column) for column in key_columns)


def differing_columns(given: Row, stored: Row) -> list[str]:
    """Columns the given row names whose stored value differs."""
    return [c for c, value in given.items() if not same_value(value, stored.get(c))]


def only_representation(change: Change) -> bool:
    """Whether every column of a changed row holds an equivalent value
    (:func:`~rowloss.oracle.sameness.equivalent`): a row read back in another
    representation, not a changed one."""
    want, got, columns = change
    return all(equivalent(want.get(c), got.get(c)) for c in columns)


@dataclass
class Matching:
    """Rows given and stored, paired up key by key."""

    missing: list[Row] = field(default_factory=list)
    changed: list[Change] = field(default_factory=list)
    extra: list[Row] = field(default_factory=list)

    @property
    def altered(self) -> list[Change]:
        """Changed rows whose values really changed."""
        return [c for c in self.changed if not only_representation(c)]

    @property
    def reshaped(self) -> list[Change]:
        """Changed rows read back equal, in another representation."""
        return [c for c in self.changed if only_representation(c)]


def match_rows(expected: Sequence[Row], stored: Sequence[Row], key: Sequence[str]) -> Matching:
    """Pair each stored row with an expected row of the same key: exact matches
    first, then the rest in order as changed; leftovers are missing or extra.
    Rows are told apart by identity, not equality, so a caller can tell which
    of two equal expected rows went missing."""
    expected_by_key = _by_key(expected, key)
    stored_by_key = _by_key(stored, key)
    result = Matching()
    for k in dict.fromkeys([*expected_by_key, *stored_by_key]):
        _match_one_key(expected_by_key.get(k, []), stored_by_key.get(k, []), result)
    return result


def _by_key(rows: Sequence[Row], key: Sequence[str]) -> dict[tuple[Any, ...], list[Row]]:
    grouped: dict[tuple[Any, ...], list[Row]] = defaultdict(list)
    for row in rows:
        grouped[comparable_key(row, key)].append(row)
    return grouped


def _match_one_key(expected: Sequence[Row], stored: Sequence[Row], result: Matching) -> None:
    """Pair the rows of one key into ``result``."""
    wanted = list(expected)
    unmatched = []
    for row in stored:
        exact = next((i for i, w in enumerate(wanted) if not differing_columns(w, row)), None)
        if exact is None:
            unmatched.append(row)
        else:
            del wanted[exact]
    for want, got in zip(wanted, unmatched, strict=False):
        result.changed.append((want, got, differing_columns(want, got)))
    result.missing.extend(wanted[len(unmatched) :])
    result.extra.extend(unmatched[len(wanted) :])


@dataclass(frozen=True)
class Tally:
    """The batch and the rows that were in the table before, each accounted
    for in the table read back."""

    batch: list[Row]
    before: list[Row]
    matching: Matching
    batch_missing: list[Row]
    """Rows of the batch the table does not hold."""
    before_missing: list[Row]
    """Rows that were in the table before and are gone."""
    before_changed: list[Change]
    """Rows that were in the table before and now hold other values."""

    @property
    def batch_stored(self) -> int:
        """How many rows the batch left in the table, extra ones included."""
        return len(self.batch) - len(self.batch_missing) + len(self.matching.extra)

    @property
    def before_intact(self) -> bool:
        return not self.before_missing and not self.before_changed


def tally(
    given: Sequence[Row], stored: Sequence[Row], key: Sequence[str], baseline: Sequence[Row] = ()
) -> Tally:
    """Match the batch and the baseline together against the table, then tell
    whose each missing or changed row was."""
    before = [dict(row) for row in baseline]
    batch = [dict(row) for row in given]
    from_before = {id(row) for row in before}
    matching = match_rows([*before, *batch], stored, key)
    return Tally(
        batch=batch,
        before=before,
        matching=matching,
        batch_missing=[row for row in matching.missing if id(row) not in from_before],
        before_missing=[row for row in matching.missing if id(row) in from_before],
        before_changed=[c for c in matching.altered if id(c[0]) in from_before],
    )
