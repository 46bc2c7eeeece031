"""Datetimes: a naive value into a column that keeps time zones and an aware
one into a column that does not; offsets that put the UTC instant on another
day; a connection time zone other than UTC; MariaDB/MySQL TIMESTAMP against
DATETIME; fractional seconds beyond the column's precision; dates the column
cannot hold. Is the instant kept, and the wall clock?

The caller's naive datetimes mean UTC (as ``datetime.utcnow()`` gives), so a
naive value meant for an aware column is compared as that UTC instant."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st
from sqlalchemy import Column, DateTime, Integer, MetaData, Table

from rowloss.backends import TABLE_OPTIONS, dialect_type
from rowloss.measure.scenario import Batch, Variant
from rowloss.measure.strategies import Shape, ShapeSpace

ROOT_CAUSE = "datetimes"
ZONE = "+05:30"

UTC = dt.timezone.utc
ORDINARY = dt.datetime(2024, 6, 1, 12, 0, 0)


def table_of(column_type):
    def events_table(metadata: MetaData, name: str) -> Table:
        return Table(
            name,
            metadata,
            Column("id", Integer, primary_key=True, autoincrement=False),
            Column("at", column_type),
            **TABLE_OPTIONS,
        )

    return events_table


def batch_of(ordinary, faulty, meant=lambda value: value):
    """Rows ``(i + 1, ordinary)`` with ``faulty(shape.fault)`` at the faults;
    ``meant`` maps a sent value to the value the caller expects back."""

    def build(shape: Shape) -> Batch:
        sent = [
            {"id": i + 1, "at": faulty(shape.fault) if i in shape.faults else ordinary}
            for i in range(shape.size)
        ]
        return Batch(sent=sent, meant=[{**row, "at": meant(row["at"])} for row in sent])

    return build


def as_utc(value):
    """A naive datetime as the UTC instant the caller means."""
    if isinstance(value, dt.datetime) and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


# Times near midnight with offsets either side of UTC: the UTC instant falls on
# another day for many of them.
NEAR_MIDNIGHT = st.tuples(
    st.sampled_from([(23, 30), (0, 15), (12, 0)]),
    st.sampled_from([-720, -300, 330, 345, 840]),
)


def aware(fault) -> dt.datetime:
    (hour, minute), offset = fault
    zone = dt.timezone(dt.timedelta(minutes=offset))
    return dt.datetime(2024, 12, 31, hour, minute, tzinfo=zone)


def naive(fault) -> dt.datetime:
    (hour, minute), _ = fault
    return dt.datetime(2024, 12, 31, hour, minute)


MICROSECONDS = st.integers(1, 999_999)


def with_microseconds(us: int) -> dt.datetime:
    return dt.datetime(2024, 12, 31, 23, 59, 59, us)


def space(fault) -> ShapeSpace:
    return ShapeSpace(fault=fault, min_size=1)


VARIANTS = (
    Variant(
        "aware_into_naive_column",
        table_of(DateTime()),
        space(NEAR_MIDNIGHT),
        batch_of(ORDINARY, aware),
        note="aware datetimes (offsets -12:00 to +14:00) into DateTime()",
    ),
    Variant(
        "aware_into_aware_column",
        table_of(DateTime(timezone=True)),
        space(NEAR_MIDNIGHT),
        batch_of(ORDINARY.replace(tzinfo=UTC), aware),
        note="aware datetimes (offsets -12:00 to +14:00) into DateTime(timezone=True)",
    ),
    Variant(
        "naive_into_aware_column",
        table_of(DateTime(timezone=True)),
        space(NEAR_MIDNIGHT),
        batch_of(ORDINARY.replace(tzinfo=UTC), naive, as_utc),
        requires=("timezone_aware_timestamps",),
        note="naive datetimes (meant as UTC) into DateTime(timezone=True)",
    ),
    Variant(
        "naive_into_aware_column_in_session_zone",
        table_of(DateTime(timezone=True)),
        space(NEAR_MIDNIGHT),
        batch_of(ORDINARY.replace(tzinfo=UTC), naive, as_utc),
        requires=("timezone_aware_timestamps", "session_time_zone"),
        time_zone=ZONE,
        note=f"the same on connections whose time zone is {ZONE}",
    ),
    Variant(
        "aware_into_naive_column_in_session_zone",
        table_of(DateTime()),
        space(NEAR_MIDNIGHT),
        batch_of(ORDINARY, aware),
        requires=("session_time_zone",),
        time_zone=ZONE,
        note=f"aware datetimes into DateTime() on connections whose time zone is {ZONE}",
    ),
    Variant(
        "naive_into_timestamp_in_session_zone",
        table_of(dialect_type("zone_converting_timestamp", DateTime())),
        space(NEAR_MIDNIGHT),
        batch_of(ORDINARY, naive),
        requires=("zone_converting_timestamp", "session_time_zone"),
        time_zone=ZONE,
        note=f"naive datetimes into TIMESTAMP on connections whose time zone is {ZONE}",
    ),
    Variant(
        "aware_into_timestamp_in_session_zone",
        table_of(dialect_type("zone_converting_timestamp", DateTime())),
        space(NEAR_MIDNIGHT),
        batch_of(ORDINARY.replace(tzinfo=UTC), aware),
        requires=("zone_converting_timestamp", "session_time_zone"),
        time_zone=ZONE,
        note=f"aware datetimes into TIMESTAMP on connections whose time zone is {ZONE}",
    ),
    Variant(
        "fractional_seconds_into_datetime_0",
        table_of(dialect_type("datetime_fsp", DateTime(), fsp=0)),
        space(MICROSECONDS),
        batch_of(ORDINARY, with_microseconds),
        requires=("datetime_fsp",),
        note="microseconds into DATETIME (no fractional digits, the default)",
    ),
    Variant(
        "fractional_seconds_into_datetime_3",
        table_of(dialect_type("datetime_fsp", DateTime(), fsp=3)),
        space(MICROSECONDS),
        batch_of(ORDINARY, with_microseconds),
        requires=("datetime_fsp",),
        note="microseconds into DATETIME(3)",
    ),
    Variant(
        "fractional_seconds_into_timestamp_0",
        table_of(dialect_type("timestamp_precision", DateTime(), precision=0)),
        space(MICROSECONDS),
        batch_of(ORDINARY, with_microseconds),
        requires=("timestamp_precision",),
        note="microseconds into TIMESTAMP(0)",
    ),
    Variant(
        "timestamp_out_of_range",
        table_of(dialect_type("zone_converting_timestamp", DateTime())),
        space(st.sampled_from([dt.datetime(2038, 1, 19, 3, 14, 8), dt.datetime(1969, 12, 31)])),
        batch_of(ORDINARY, lambda value: value),
        requires=("zone_converting_timestamp",),
        note="2038-01-19 03:14:08 or 1969-12-31 (UTC) into TIMESTAMP",
    ),
    Variant(
        "year_before_1000",
        table_of(DateTime()),
        space(st.sampled_from([dt.datetime(999, 12, 31), dt.datetime(1, 1, 1)])),
        batch_of(ORDINARY, lambda value: value),
        note="0999-12-31 or 0001-01-01 into DateTime()",
    ),
    Variant(
        "zero_date_string",
        table_of(DateTime()),
        space(st.sampled_from(["0000-00-00 00:00:00", "2024-00-00 00:00:00"])),
        batch_of(ORDINARY, lambda value: value),
        requires=("zero_dates",),
        note="a zero date (or a zero month and day) given as a string",
    ),
    Variant(
        "impossible_date_string",
        table_of(DateTime()),
        space(st.sampled_from(["2024-02-30 12:00:00", "2023-02-29 00:00:00"])),
        batch_of(ORDINARY, lambda value: value),
        requires=("string_datetimes",),
        note="a date that does not exist, given as a string",
    ),
)


def test_datetimes(rowloss_target, rowloss_cell, scenario, api, transaction):
    rowloss_cell.measure(rowloss_target, scenario, api, transaction)
