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


# -- duplicates and rows that were there before --------------------------------


def test_a_key_given_twice_with_one_stored_is_dropped():
    given = [{"id": 1, "name": "first"}, {"id": 1, "name": "second"}]
    verdict = judge(given, [{"id": 1, "name": "second"}], ["id"], QUIET)
    assert verdict.outcome is Outcome.DROPPED
    assert "1 of 2 rows missing (1)" in verdict.detail


def test_an_error_with_the_table_as_it_was_before_is_raised():
    before = [{"id": 5, "name": "old"}]
    verdict = judge([{"id": 5, "name": "new"}], before, ["id"], LOUD, baseline=before)
    assert verdict.outcome is Outcome.RAISED


def test_a_skipped_row_that_collides_with_an_existing_one_is_dropped():
    before = [{"id": 5, "name": "old"}]
    given = [{"id": 5, "name": "new"}, {"id": 6, "name": "other"}]
    stored = [{"id": 5, "name": "old"}, {"id": 6, "name": "other"}]
    verdict = judge(given, stored, ["id"], QUIET, baseline=before)
    assert verdict.outcome is Outcome.DROPPED
    assert "1 of 2 rows missing (5)" in verdict.detail


def test_an_overwritten_existing_row_is_reported_gone():
    before = [{"id": 5, "name": "old"}]
    verdict = judge([{"id": 5, "name": "new"}], [{"id": 5, "name": "new"}], ["id"], QUIET, before)
    assert verdict.outcome is Outcome.DROPPED
    assert "were in the table before are gone (5)" in verdict.detail


def test_rowcount_that_does_not_match_the_batch_is_a_signal():
    view = CallerView(rowcount=1)
    verdict = judge(GIVEN, GIVEN[:1], ["id"], view)
    assert verdict.outcome is Outcome.DROPPED
    assert "rowcount revealed it" in verdict.detail
    assert [s.value for s in verdict.signal] == ["rowcount"]


def test_returning_fewer_rows_is_a_signal():
    verdict = judge(GIVEN, GIVEN[:2], ["id"], CallerView(returned=2))
    assert "returning revealed it" in verdict.detail


def test_silence_is_said():
    verdict = judge(GIVEN, GIVEN[:2], ["id"], QUIET)
    assert verdict.detail.endswith("nothing revealed it")
    assert [s.value for s in verdict.signal] == ["none"]


# -- how values changed ----------------------------------------------------------


def change(given, stored):
    verdict = judge([{"id": 1, "v": given}], [{"id": 1, "v": stored}], ["id"], QUIET)
    assert verdict.outcome is Outcome.ALTERED
    return verdict.detail


def test_truncated_strings_say_to_how_many_characters():
    assert "truncated to 3 of 5 characters" in change("abcde", "abc")


def test_a_number_too_long_to_round_to_the_stored_places_is_told_as_replaced():
    """Rounding -1e14 to the 13 places of 9.99999E-7 needs more digits than a
    decimal context holds: that is no rounding, and the oracle must not fail."""
    told = change(-100000000000000.0, Decimal("9.9999900E-7"))
    assert "v: Decimal('9.9999900E-7') stored for -100000000000000.0" in told


def test_null_stored_as_empty_string_and_back():
    assert "'' stored instead of NULL" in change(None, "")
    assert "'' stored as NULL" in change("", None)


def test_default_stored_instead_of_null():
    assert "'dflt' stored instead of NULL" in change(None, "dflt")


def test_rounded_and_clamped_numbers():
    assert "rounded to Decimal('1.01')" in change(Decimal("1.005"), Decimal("1.01"))
    assert "clamped to 32767" in change(40000, 32767)


def test_nan_and_infinity_compare_as_themselves():
    assert (
        judge([{"id": 1, "v": float("nan")}], [{"id": 1, "v": float("nan")}], ["id"], QUIET).outcome
        is Outcome.OK
    )
    assert "None" not in change(float("inf"), 1.7976931348623157e308)


def test_offset_dropped_keeping_the_wall_clock():
    aware = dt.datetime(2024, 1, 1, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    assert "offset dropped, wall clock kept" in change(aware, aware.replace(tzinfo=None))


def test_offset_dropped_converting_to_utc():
    aware = dt.datetime(2024, 1, 1, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    stored = dt.datetime(2024, 1, 1, 21, 30)
    assert "converted to UTC wall clock" in change(aware, stored)


PLUS_TWO = dt.timezone(dt.timedelta(hours=2))
AWARE = dt.datetime(2024, 1, 1, 23, 30, tzinfo=PLUS_TWO)


def one_value(given, stored, caller=QUIET):
    return judge([{"id": 1, "v": given}], [{"id": 1, "v": stored}], ["id"], caller)


def test_the_same_instant_at_another_offset_is_equivalent_not_altered():
    verdict = one_value(AWARE, AWARE.astimezone(dt.timezone.utc))
    assert verdict.outcome is Outcome.EQUIVALENT
    assert not verdict.outcome.silent
    assert verdict.detail == (
        "every row stored; 1 rows read back equal, in another representation "
        "(1.v: instant kept, wall clock changed (offset +02:00 -> +00:00))"
    )
    assert verdict.evidence["changed"] == 0
    assert verdict.evidence["equivalent"] == 1
    assert [d.value for d in verdict.data] == ["values in another representation"]


def test_an_aware_value_read_back_naive_has_lost_its_zone_and_is_altered():
    utc_wall_clock = AWARE.astimezone(dt.timezone.utc).replace(tzinfo=None)
    assert one_value(AWARE, utc_wall_clock).outcome is Outcome.ALTERED
    assert one_value(AWARE, AWARE.replace(tzinfo=None)).outcome is Outcome.ALTERED


def test_an_instant_moved_by_a_dropped_offset_is_altered():
    moved = AWARE.replace(tzinfo=dt.timezone.utc)  # wall clock kept, instant two hours off
    assert "wall clock kept, instant changed" in change(AWARE, moved)


def test_a_naive_value_read_back_aware_is_altered():
    naive = dt.datetime(2024, 1, 1, 12)
    assert one_value(naive, naive.replace(tzinfo=dt.timezone.utc)).outcome is Outcome.ALTERED


def test_decimals_with_other_trailing_zeros_stay_ok():
    assert one_value(Decimal("1.50"), Decimal("1.5")).outcome is Outcome.OK


def test_one_equivalent_and_one_changed_row_is_altered_and_tells_both():
    given = [{"id": 1, "v": AWARE}, {"id": 2, "v": "abcde"}]
    stored = [{"id": 1, "v": AWARE.astimezone(dt.timezone.utc)}, {"id": 2, "v": "abc"}]
    verdict = judge(given, stored, ["id"], QUIET)
    assert verdict.outcome is Outcome.ALTERED
    assert "1 rows changed in v (2.v: truncated to 3 of 5 characters)" in verdict.detail
    assert "1 rows read back equal, in another representation" in verdict.detail
    assert verdict.evidence["changed"] == 1


def test_an_equivalent_row_beside_missing_ones_is_dropped():
    given = [{"id": 1, "v": AWARE}, {"id": 2, "v": AWARE}]
    verdict = judge(given, [{"id": 1, "v": AWARE.astimezone(dt.timezone.utc)}], ["id"], QUIET)
    assert verdict.outcome is Outcome.DROPPED


def test_an_error_with_equivalent_rows_stored_is_partial():
    assert one_value(AWARE, AWARE.astimezone(dt.timezone.utc), LOUD).outcome is Outcome.PARTIAL


def test_a_baseline_row_read_back_at_another_offset_is_still_intact():
    baseline = [{"id": 1, "v": AWARE}]
    stored = [{"id": 1, "v": AWARE.astimezone(dt.timezone.utc)}]
    verdict = judge([{"id": 2, "v": AWARE}], stored, ["id"], LOUD, baseline)
    assert verdict.outcome is Outcome.RAISED


def test_equivalent_ranks_above_ok_and_below_an_error():
    from rowloss.oracle import most_severe

    assert most_severe([Outcome.OK, Outcome.EQUIVALENT]) is Outcome.EQUIVALENT
    assert most_severe([Outcome.EQUIVALENT, Outcome.RAISED]) is Outcome.RAISED


def test_fractional_seconds_cut():
    given = dt.datetime(2024, 1, 1, 12, 0, 0, 123456)
    assert "fractional seconds changed" in change(given, given.replace(microsecond=0))


def test_most_severe_outcome_orders_dropped_first():
    from rowloss.oracle import most_severe

    outcomes = [Outcome.OK, Outcome.RAISED, Outcome.ALTERED, Outcome.PARTIAL]
    assert most_severe(outcomes) is Outcome.ALTERED
    assert most_severe([*outcomes, Outcome.DROPPED]) is Outcome.DROPPED


def test_offsets_are_written_as_people_write_them():
    west = dt.datetime(2024, 12, 31, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-12)))
    assert "offset -12:00 -> +00:00" in one_value(west, west.astimezone(dt.timezone.utc)).detail


def test_an_error_the_callers_code_swallowed_is_named_but_is_no_signal():
    seen = CallerView(swallowed=("IntegrityError: duplicate key",))
    verdict = judge(GIVEN, [], ["id"], seen)
    assert verdict.outcome is Outcome.DROPPED
    assert "nothing revealed it (the caller's code swallowed IntegrityError" in verdict.detail
    assert verdict.evidence["swallowed"] == ["IntegrityError: duplicate key"]
