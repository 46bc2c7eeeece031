"""Reproducers show values and tables as code; that code must rebuild them."""

import datetime as dt
import importlib.util
import math
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import MetaData
from sqlalchemy.engine import make_url
from sqlalchemy.schema import CreateTable

from rowloss.backends import BACKENDS
from rowloss.publish.pycode import IMPORTS, imports_for, literal, table_code

SCENARIOS = Path(__file__).parent.parent / "scenarios"


def evaluate(source: str):
    namespace: dict = {}
    exec(IMPORTS, namespace)
    return eval(source, namespace)


@pytest.mark.parametrize(
    "value",
    [
        1,
        "O'Brien \\ é 😀",
        Decimal("12.50"),
        float("inf"),
        -0.1,
        None,
        dt.datetime(2024, 5, 17, 9, 30, 0, 123),
        dt.datetime(2024, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=2))),
        {"id": 1, "v": [1, (2,)]},
    ],
)
def test_literal_rebuilds_the_value(value):
    assert evaluate(literal(value)) == value


def test_literal_of_nan_is_code():
    assert math.isnan(evaluate(literal(float("nan"))))


def scenario_variants():
    for path in sorted(SCENARIOS.glob("test_*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for variant in getattr(module, "VARIANTS", ()):
            yield pytest.param(variant, id=f"{path.stem}-{variant.name}")


def _ddl(table, dialect) -> str:
    """The table's DDL, or the error a dialect gives for it (Oracle refuses a
    decimal FLOAT precision): the rebuilt table must fail the same way."""
    try:
        return str(CreateTable(table).compile(dialect=dialect))
    except Exception as error:
        return f"{type(error).__name__}: {error}"


@pytest.mark.parametrize("variant", scenario_variants())
def test_every_scenario_table_is_rebuilt_with_the_same_ddl(variant):
    original = variant.table(MetaData(), "t")
    backends = [backend for backend in BACKENDS.values() if variant.applies_to(backend)]
    assert backends, f"{variant} applies to no database"
    for backend in backends:
        namespace: dict = {}
        exec(imports_for(original, backend.dialect), namespace)
        source = table_code(original, backend.dialect)
        exec(f"def build(metadata, name):\n    return {source}\n", namespace)
        rebuilt = namespace["build"](MetaData(), "t")
        dialect = make_url(f"{backend.dialect}://").get_dialect()()
        assert _ddl(rebuilt, dialect) == _ddl(original, dialect), backend
        for column in original.columns:
            default = column.default.arg if column.default is not None else None
            rebuilt_column = rebuilt.columns[column.name]
            assert (rebuilt_column.default.arg if rebuilt_column.default else None) == default


def test_a_dialect_type_is_shown_as_the_family_type_and_imported():
    from sqlalchemy import Column, DateTime, Integer, Table

    from rowloss.backends import dialect_type

    table = Table(
        "t",
        MetaData(),
        Column("id", Integer, primary_key=True),
        Column("at", dialect_type("datetime_fsp", DateTime(), fsp=3)),
    )
    assert "mysql.DATETIME(fsp=3)" in table_code(table, "mariadb")
    assert imports_for(table, "mariadb").endswith("from sqlalchemy.dialects import mysql\n")
    assert "sa.DateTime()" in table_code(table, "sqlite")
    assert imports_for(table, "sqlite") == IMPORTS


def test_a_large_batch_is_packed_small_and_unpacks_to_the_same_rows():
    import base64
    import zlib

    from rowloss.publish.pycode import IMPORTS, LISTED_ROWS, UNPACK, rows_source

    rows = [
        {"id": i, "note": "n" * 2000, "at": dt.datetime(2024, 1, 1), "v": Decimal("1.5")}
        for i in range(LISTED_ROWS * 20)
    ]
    source = rows_source(rows)
    assert len(source) < 20_000, "a thousand rows of 2,000 characters stay small"
    namespace = {"base64": base64, "zlib": zlib}
    exec(IMPORTS + "\n" + UNPACK, namespace)
    assert eval(source, namespace) == rows
    assert rows_source(rows[:LISTED_ROWS]).startswith("[\n")


def test_an_instant_in_a_zone_without_a_literal_is_written_at_its_fixed_offset():
    """A driver may read back a pytz or zoneinfo zone; its repr (``<UTC>``) is no source."""
    import datetime as dt
    import zoneinfo

    from rowloss.publish.pycode import literal

    class Utc(dt.tzinfo):
        def utcoffset(self, when):
            return dt.timedelta(0)

        def __repr__(self):
            return "<UTC>"

    for zone in (Utc(), zoneinfo.ZoneInfo("Asia/Kolkata")):
        value = dt.datetime(2025, 1, 1, 11, 30, tzinfo=zone)
        written = eval(literal(value), {"datetime": dt})
        assert written == value and written.utcoffset() == value.utcoffset()
