"""The comparison a reproducer carries in its own text gives the outcome
rowloss's oracle gives, for any rows meant, baseline, rows read back and error."""

from __future__ import annotations

import copy
import datetime as dt

from hypothesis import event, given, settings
from hypothesis import strategies as st
from test_oracle_properties import VALUES

from rowloss.oracle import CallerView, judge
from rowloss.publish import standalone

COLUMNS = ("a", "b")
OTHER_ZONES = [dt.timezone(dt.timedelta(hours=h)) for h in (-7, 0, 3, 9)]


AWARE = st.datetimes(
    min_value=dt.datetime(1900, 1, 1),
    max_value=dt.datetime(2100, 1, 1),
    timezones=st.sampled_from(OTHER_ZONES),
)


def rows(draw, count: int, keys: st.SearchStrategy) -> list[dict]:
    return [
        {"id": draw(keys), "at": draw(AWARE), **{c: draw(VALUES) for c in COLUMNS}}
        for _ in range(count)
    ]


@st.composite
def read_backs(draw):
    """Rows meant (keys may repeat), a baseline, and what a table gave back: the
    same rows, some dropped, changed, re-expressed at another offset, or added."""
    keys = st.integers(min_value=1, max_value=5)
    meant = rows(draw, draw(st.integers(0, 5)), keys)
    baseline = rows(draw, draw(st.integers(0, 2)), st.integers(min_value=4, max_value=7))
    stored = copy.deepcopy(baseline + meant)
    for _ in range(draw(st.integers(0, 4))):
        action = draw(st.sampled_from(["drop", "change", "offset", "add", "none"]))
        if action == "add":
            stored += rows(draw, 1, keys)
        if not stored or action in ("add", "none"):
            continue
        row = draw(st.sampled_from(stored))
        column = draw(st.sampled_from(COLUMNS))
        if action == "drop":
            stored.remove(row)
        elif action == "change":
            row[column] = draw(VALUES)
        else:
            row["at"] = row["at"].astimezone(draw(st.sampled_from(OTHER_ZONES)))
    draw(st.randoms(use_true_random=False)).shuffle(stored)
    error = draw(st.sampled_from([None, None, "IntegrityError: duplicate key"]))
    return meant, baseline, stored, error


@settings(max_examples=400, deadline=None)
@given(read_backs())
def test_the_reproducers_comparison_agrees_with_the_oracle(case):
    meant, baseline, stored, error = case
    expected = judge(meant, stored, ["id"], CallerView(error=error), baseline).outcome.value
    got, why = standalone.outcome(meant, stored, ("id",), baseline, error)
    event(got)
    assert got == expected, why


def test_the_same_instant_at_another_offset_is_equivalent_and_a_dropped_offset_is_not():
    zone = dt.timezone(dt.timedelta(hours=2))
    sent = dt.datetime(2024, 1, 1, 12, tzinfo=zone)
    meant = [{"id": 1, "at": sent}]
    utc = [{"id": 1, "at": sent.astimezone(dt.timezone.utc)}]
    naive = [{"id": 1, "at": sent.replace(tzinfo=None)}]
    assert standalone.outcome(meant, utc, ("id",))[0] == "equivalent"
    assert standalone.outcome(meant, naive, ("id",))[0] == "altered"
    assert standalone.outcome(meant, [], ("id",))[0] == "dropped"
    assert standalone.outcome(meant, [], ("id",), error="E: x")[0] == "raised"
    assert standalone.outcome(meant, meant, ("id",), error="E: x")[0] == "partial"
