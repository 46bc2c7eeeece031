"""Properties of the oracle over any rows: what is read back exactly as meant
is ok in any order, and one changed, missing or extra row is never ok."""

from __future__ import annotations

import copy
import datetime as dt
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from rowloss.cells import Outcome
from rowloss.oracle import CallerView, judge

ZONES = st.sampled_from(
    [
        None,
        dt.timezone.utc,
        dt.timezone(dt.timedelta(hours=5, minutes=30)),
        dt.timezone(-dt.timedelta(hours=12)),
    ]
)
VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=False, allow_infinity=True),
    st.text(alphabet=st.characters(blacklist_characters="\x00"), max_size=12),
    st.binary(max_size=8),
    ZONES.flatmap(lambda zone: st.datetimes(timezones=st.just(zone) if zone else st.none())),
)
COLUMNS = ("a", "b", "c")
SENTINEL = "\x00changed by the test\x00"
"""A value no strategy above draws: whatever it replaces, it is a change."""


@st.composite
def batches(draw):
    count = draw(st.integers(min_value=1, max_value=8))
    return [
        {"id": number, **{column: draw(VALUES) for column in COLUMNS}}
        for number in range(1, count + 1)
    ]


@given(batches(), st.randoms(use_true_random=False))
def test_rows_read_back_as_meant_are_ok_in_any_order(meant, random):
    stored = copy.deepcopy(meant)
    random.shuffle(stored)
    assert judge(meant, stored, ["id"], CallerView()).outcome is Outcome.OK


@given(batches(), st.data())
def test_one_changed_value_is_never_ok(meant, data):
    stored = copy.deepcopy(meant)
    row = data.draw(st.sampled_from(stored))
    row[data.draw(st.sampled_from(COLUMNS))] = SENTINEL
    verdict = judge(meant, stored, ["id"], CallerView())
    assert verdict.outcome is Outcome.ALTERED, verdict.detail


@given(batches(), st.data())
def test_one_missing_row_is_never_ok(meant, data):
    stored = copy.deepcopy(meant)
    stored.remove(data.draw(st.sampled_from(stored)))
    assert judge(meant, stored, ["id"], CallerView()).outcome is Outcome.DROPPED


@given(batches())
def test_one_extra_row_is_never_ok(meant):
    stored = [*copy.deepcopy(meant), {"id": len(meant) + 1, "a": 1, "b": None, "c": Decimal(0)}]
    assert judge(meant, stored, ["id"], CallerView()).outcome is Outcome.ALTERED
