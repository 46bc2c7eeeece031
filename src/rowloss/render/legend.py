"""What each outcome means, in the words every page uses."""

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
