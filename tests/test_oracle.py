"""The oracle decides outcomes from rows alone; hand-written cases for each."""

import datetime as dt
from decimal import Decimal

from rowloss.cells import Outcome
from rowloss.oracle import CallerView, judge

GIVEN = [{"id": 1, "name": "a"}, {"id": 2, "name": "b"}, {"id": 3, "name": "c"}]
QUIET = CallerView()
LOUD = CallerView(error="IntegrityError: duplicate key")


def test_every_row_as_given_is_ok():
    verdict = judge(GIVEN, [dict(r) for r in GIVEN], ["id"], QUIET)
    assert verdict.outcome is Outcome.OK
    assert verdict.evidence["stored"] == 3


def test_missing_rows_without_error_are_dropped():
    verdict = judge(GIVEN, GIVEN[:1], ["id"], QUIET)
    assert verdict.outcome is Outcome.DROPPED
    assert "2 of 3 rows missing (2, 3)" in verdict.detail


def test_changed_value_without_error_is_altered():
    stored = [GIVEN[0], {"id": 2, "name": "B"}, GIVEN[2]]
    verdict = judge(GIVEN, stored, ["id"], QUIET)
    assert verdict.outcome is Outcome.ALTERED
    assert "changed in name" in verdict.detail


def test_extra_row_without_error_is_altered():
    verdict = judge(GIVEN, [*GIVEN, {"id": 9, "name": "z"}], ["id"], QUIET)
    assert verdict.outcome is Outcome.ALTERED
    assert "not given (9)" in verdict.detail


def test_error_with_nothing_stored_is_raised():
    assert judge(GIVEN, [], ["id"], LOUD).outcome is Outcome.RAISED


def test_error_with_rows_stored_is_partial():
    verdict = judge(GIVEN, GIVEN[:2], ["id"], LOUD)
    assert verdict.outcome is Outcome.PARTIAL
    assert "1 of 3 rows missing" in verdict.detail


def test_numbers_compare_exactly_as_decimals():
    given = [{"id": 1, "price": Decimal("12.50")}]
    assert judge(given, [{"id": 1, "price": Decimal("12.5")}], ["id"], QUIET).outcome is Outcome.OK
    rounded = judge(given, [{"id": 1, "price": Decimal("12.5000001")}], ["id"], QUIET)
    assert rounded.outcome is Outcome.ALTERED


def test_naive_stored_for_aware_given_is_altered():
    aware = dt.datetime(2024, 1, 1, 12, tzinfo=dt.timezone.utc)
    verdict = judge(
        [{"id": 1, "at": aware}], [{"id": 1, "at": aware.replace(tzinfo=None)}], ["id"], QUIET
    )
    assert verdict.outcome is Outcome.ALTERED


def test_database_filled_columns_are_not_changes():
    stored = [{**row, "created": "default"} for row in GIVEN]
    assert judge(GIVEN, stored, ["id"], QUIET).outcome is Outcome.OK


def test_caller_view_is_kept_as_evidence():
    view = CallerView(warnings=("Warning: Data truncated",), rowcount=3)
    verdict = judge(GIVEN, GIVEN, ["id"], view)
    assert verdict.evidence["rowcount"] == 3
    assert verdict.evidence["warnings"] == ["Warning: Data truncated"]
