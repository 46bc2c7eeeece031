"""What each outcome means, in the symbols and words every page uses."""

from __future__ import annotations

from rowloss.cells import Outcome

MEANING = {
    Outcome.OK: "every row stored as given, no error",
    Outcome.EQUIVALENT: (
        "every row stored, no error; some values read back equal in another "
        "representation (an aware datetime at the same instant, another offset): no loss"
    ),
    Outcome.RAISED: "an error reached the caller, nothing stored",
    Outcome.PARTIAL: "an error reached the caller, yet rows were stored",
    Outcome.DROPPED: "silent: no error, and rows are missing",
    Outcome.ALTERED: "silent: no error, and values were changed or rows added",
    Outcome.ERROR: "the suite itself failed; nothing is known",
    Outcome.NOT_RUN: "not measured here; the reason is given",
}

OUTCOME_LABELS: dict[Outcome, tuple[str, str, str]] = {
    Outcome.OK: ("✓", "ok", MEANING[Outcome.OK]),
    Outcome.EQUIVALENT: ("≈", "equivalent", MEANING[Outcome.EQUIVALENT]),
    Outcome.RAISED: ("!", "raised", MEANING[Outcome.RAISED]),
    Outcome.PARTIAL: ("◐", "PARTIAL", MEANING[Outcome.PARTIAL]),
    Outcome.DROPPED: ("▼", "DROPPED", MEANING[Outcome.DROPPED]),
    Outcome.ALTERED: ("≠", "ALTERED", MEANING[Outcome.ALTERED]),
    Outcome.ERROR: ("?", "error", MEANING[Outcome.ERROR]),
    Outcome.NOT_RUN: ("–", "not run", MEANING[Outcome.NOT_RUN]),
}
"""Symbol, label and meaning of each outcome, for the legend and the table.
Silent outcomes (and partial) are in capitals and get strong colours."""

REVEALED = {"warning": "ʷ", "rowcount": "ʳ"}
"""Marks on a silent cell: what could have told the caller, though no error did."""
