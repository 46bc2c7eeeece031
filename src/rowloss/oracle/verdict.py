"""The outcome of one batch, derived from two findings.

- **data**: intact, rows missing, values changed, extra rows, nothing stored;
- **signal**: what could have told the caller: an error, a warning, a rowcount
  or RETURNING that does not match the batch, or none.

An error that reached the caller makes the outcome ``raised`` (the table is as
it was) or ``partial`` (it is not); without one, missing rows make it
``dropped``, any other difference ``altered``, and values read back equal in
another representation alone (the same instant at another offset) ``equivalent``.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from rowloss.cells import Outcome
from rowloss.oracle import narration
from rowloss.oracle.narration import MAX_LISTED
from rowloss.oracle.rows import Row, Tally, tally

SEVERITY = {
    Outcome.OK: 0,
    Outcome.EQUIVALENT: 1,
    Outcome.RAISED: 2,
    Outcome.PARTIAL: 3,
    Outcome.ALTERED: 4,
    Outcome.DROPPED: 5,
}
"""Which outcome of several examples a cell reports: the most severe."""


def most_severe(outcomes: Iterable[Outcome]) -> Outcome:
    """The outcome a cell reports for all the batches it tried."""
    return max(outcomes, key=lambda outcome: SEVERITY.get(outcome, -1))


class Data(str, enum.Enum):
    INTACT = "intact"
    MISSING = "rows missing"
    CHANGED = "values changed"
    RESHAPED = "values in another representation"
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
    rows = tally(given, stored, key_columns, baseline)
    data = findings(rows)
    signal = signals(caller, len(rows.batch))
    outcome = decide(caller, rows, data)
    detail = narration.detail(
        outcome,
        error=caller.error,
        loss=narration.loss(rows, key_columns),
        told=narration.told(revealed(signal), caller.swallowed),
        given=len(rows.batch),
    )
    return Verdict(outcome, detail, tuple(data), tuple(signal), evidence(rows, stored, caller))


def findings(rows: Tally) -> list[Data]:
    """What the table shows, whatever the caller saw."""
    data: list[Data] = []
    if rows.batch and rows.batch_stored == 0:
        data.append(Data.NOTHING)
    if rows.matching.missing:
        data.append(Data.MISSING)
    if rows.matching.altered:
        data.append(Data.CHANGED)
    if rows.matching.reshaped:
        data.append(Data.RESHAPED)
    if rows.matching.extra:
        data.append(Data.EXTRA)
    return data or [Data.INTACT]


def signals(caller: CallerView, given: int) -> list[Signal]:
    """What could have told the caller about a loss."""
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


def revealed(signal: Sequence[Signal]) -> list[str]:
    """The signals short of an error: a silent loss they reveal is still silent."""
    return [s.value for s in signal if s not in (Signal.ERROR, Signal.NONE)]


def decide(caller: CallerView, rows: Tally, data: Sequence[Data]) -> Outcome:
    """An error first; then what the table shows."""
    if caller.error is not None:
        if rows.batch_stored == 0 and rows.before_intact:
            return Outcome.RAISED
        return Outcome.PARTIAL
    if rows.matching.missing:
        return Outcome.DROPPED
    if any(d not in (Data.INTACT, Data.RESHAPED) for d in data):
        return Outcome.ALTERED
    if Data.RESHAPED in data:
        return Outcome.EQUIVALENT
    return Outcome.OK


def evidence(rows: Tally, stored: Sequence[Row], caller: CallerView) -> dict[str, Any]:
    """The counts and what the caller saw, kept with the cell so a reader can
    check the outcome without rerunning it."""
    kept: dict[str, Any] = {
        "given": len(rows.batch),
        "stored": len(stored),
        "missing": len(rows.matching.missing),
        "changed": len(rows.matching.altered),
        "extra": len(rows.matching.extra),
    }
    if rows.matching.reshaped:
        kept["equivalent"] = len(rows.matching.reshaped)
    if rows.before:
        kept["baseline"] = len(rows.before)
    for name in ("rowcount", "returned"):
        value = getattr(caller, name)
        if value is not None:
            kept[name] = value
    if caller.server_warnings:
        kept["server_warnings"] = list(caller.server_warnings[:MAX_LISTED])
    if caller.warnings:
        kept["warnings"] = list(caller.warnings[:MAX_LISTED])
    if caller.error is not None:
        kept["error"] = caller.error
    if caller.swallowed:
        kept["swallowed"] = list(caller.swallowed[:MAX_LISTED])
    return kept
