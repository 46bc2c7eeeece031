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

MODE_WORDS = {
    "strict": (
        "the server's shipped default sql_mode, set explicitly on every connection, so that "
        "a server's own configuration cannot change it"
    ),
    "permissive": "sql_mode='' on every connection: none of the strict flags",
}
"""What rowloss sets for each named mode of MariaDB and MySQL (see
``backends/mysql/protocol.py``), in the words every page uses."""

SIGNAL_WORDS = {
    "error": "an error",
    "warning": "a warning",
    "rowcount": "the rowcount",
    "returning": "the rows RETURNING gave back",
    "none": "nothing",
}
"""What the caller could have seen, one phrase per recorded signal."""

EVIDENCE_WORDS = {
    "given": "rows sent",
    "stored": "rows read back",
    "missing": "rows missing",
    "changed": "rows with a changed value",
    "extra": "rows added",
    "equivalent": "rows whose values read back in another representation",
    "baseline": "rows in the table before the insert",
    "stored_in_other_table": "rows stored in the other model's table",
    "error": "the error the caller got",
    "swallowed": "errors the application's code caught and did not raise again",
    "rowcount": "the rowcount the driver reported",
    "returned": "rows RETURNING gave back",
    "server_warnings": "the server's warnings",
    "explored": "batches rowloss tried before keeping the smallest that showed it",
    "cut_short": "why the measurement was cut short",
}
"""A reader's words for the facts a cell's evidence records; ``batch`` is
told apart (the smallest batch that showed the outcome)."""
