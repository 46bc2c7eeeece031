"""Truncation and overflow: a value does not fit its column. Too many characters,
a character the column's charset cannot hold, an integer out of range, too many
decimal digits, a float the column cannot represent, an ENUM value not in the
list. Is it refused, or stored as something else?"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st
from sqlalchemy import (
    BigInteger,
    Column,
    Float,
    Integer,
    MetaData,
    Numeric,
    SmallInteger,
    String,
    Table,
)

from rowloss.backends import TABLE_OPTIONS, dialect_type
from rowloss.measure.scenario import Batch, Variant
from rowloss.measure.strategies import Shape, ShapeSpace

ROOT_CAUSE = "truncation"


def table_of(value_type):
    """A builder of ``(id, value value_type)`` tables."""

    def values_table(metadata: MetaData, name: str) -> Table:
        return Table(
            name,
            metadata,
            Column("id", Integer, primary_key=True, autoincrement=False),
            Column("value", value_type),
            **TABLE_OPTIONS,
        )

    return values_table


def batch_of(ordinary, faulty):
    """Rows ``(i + 1, ordinary)`` with ``faulty(shape.fault)`` at the faults."""

    def build(shape: Shape) -> Batch:
        rows = [
            {"id": i + 1, "value": faulty(shape.fault) if i in shape.faults else ordinary}
            for i in range(shape.size)
        ]
        return Batch(sent=rows, meant=rows)

    return build


def space(fault) -> ShapeSpace:
    return ShapeSpace(fault=fault, min_size=1)


EXTRA = st.integers(min_value=1, max_value=40)

VARIANTS = (
    Variant(
        "string_too_long_ascii",
        table_of(String(10)),
        space(EXTRA),
        batch_of("fits", lambda extra: "x" * (10 + extra)),
        note="VARCHAR(10) given 11 or more ASCII characters",
    ),
    Variant(
        "string_too_long_multibyte",
        table_of(String(10)),
        space(EXTRA),
        batch_of("fits", lambda extra: "é" * (10 + extra)),
        note="VARCHAR(10) given 11 or more two-byte characters",
    ),
    Variant(
        "four_byte_char_into_utf8mb3",
        table_of(dialect_type("column_character_sets", String(40), 40, charset="utf8mb3")),
        space(st.sampled_from(["😀", "𝄞", "🀄"])),
        batch_of("plain", lambda char: f"note {char}"),
        requires=("column_character_sets",),
        note="a character outside the Basic Multilingual Plane into a utf8mb3 column",
    ),
    Variant(
        "smallint_out_of_range",
        table_of(SmallInteger),
        space(st.integers(32768, 2**31 - 1) | st.integers(-(2**31), -32769)),
        batch_of(7, lambda n: n),
    ),
    Variant(
        "integer_out_of_range",
        table_of(Integer),
        space(st.integers(2**31, 2**62) | st.integers(-(2**62), -(2**31) - 1)),
        batch_of(7, lambda n: n),
    ),
    Variant(
        "bigint_out_of_range",
        table_of(BigInteger),
        space(st.integers(2**63, 2**70)),
        batch_of(7, lambda n: n),
    ),
    Variant(
        "decimal_beyond_scale",
        table_of(Numeric(8, 2)),
        space(st.integers(1, 99999).map(lambda n: Decimal(n * 10 + 5).scaleb(-3))),
        batch_of(Decimal("1.50"), lambda d: d),
        note="NUMERIC(8, 2) given a third decimal place",
    ),
    Variant(
        "decimal_beyond_precision",
        table_of(Numeric(6, 2)),
        space(st.integers(10000, 10**9).map(lambda n: Decimal(n) + Decimal("0.25"))),
        batch_of(Decimal("1.50"), lambda d: d),
        note="NUMERIC(6, 2) given a value of 5 or more integer digits",
    ),
    Variant(
        "float_single_precision",
        table_of(Float(precision=24)),
        space(st.sampled_from([0.1, 16777217.0, 1 / 3])),
        batch_of(0.5, lambda f: f),
        note="FLOAT(24) (single precision where the database has one) given a double",
    ),
    Variant(
        "float_nan",
        table_of(Float),
        space(None),
        batch_of(0.5, lambda _: float("nan")),
        sends=("non_finite_float",),
    ),
    Variant(
        "float_infinity",
        table_of(Float),
        space(st.sampled_from([float("inf"), float("-inf")])),
        batch_of(0.5, lambda f: f),
        sends=("non_finite_float",),
    ),
    Variant(
        "enum_not_in_list",
        table_of(dialect_type("enum_type", String(5), "red", "green", "blue")),
        space(st.sampled_from(["purple", "RED", ""])),
        batch_of("red", lambda colour: colour),
        requires=("enum_type",),
    ),
)


def test_truncation(rowloss_target, rowloss_cell, scenario, api, transaction):
    rowloss_cell.measure(rowloss_target, scenario, api, transaction)
