"""The registry: ids that are the same on every machine, and driver selection."""

import importlib
import importlib.util
import re
from dataclasses import replace
from pathlib import Path

import pytest

from rowloss.backends import BACKENDS, CAPABILITY_NAMES, UnknownName, get_backend, target_specs
from rowloss.measure.apis import APIS
from rowloss.measure.scenario import Variant
from rowloss.measure.strategies import ShapeSpace

EXPECTED_IDS = [
    "sqlite-pysqlite",
    "sqlite-aiosqlite",
    "postgresql-psycopg2",
    "postgresql-psycopg",
    "postgresql-pg8000",
    "postgresql-asyncpg",
    "postgresql-psycopg_async",
    "mariadb-strict-pymysql",
    "mariadb-strict-mysqldb",
    "mariadb-strict-mysqlconnector",
    "mariadb-strict-mariadbconnector",
    "mariadb-strict-aiomysql",
    "mariadb-strict-asyncmy",
    "mariadb-permissive-pymysql",
    "mariadb-permissive-mysqldb",
    "mariadb-permissive-mysqlconnector",
    "mariadb-permissive-mariadbconnector",
    "mariadb-permissive-aiomysql",
    "mariadb-permissive-asyncmy",
    "mysql-strict-pymysql",
    "mysql-strict-mysqldb",
    "mysql-strict-mysqlconnector",
    "mysql-strict-aiomysql",
    "mysql-strict-asyncmy",
    "mysql-permissive-pymysql",
    "mysql-permissive-mysqldb",
    "mysql-permissive-mysqlconnector",
    "mysql-permissive-aiomysql",
    "mysql-permissive-asyncmy",
    "oracle-oracledb",
    "oracle-cx_oracle",
]


PUBLISHED_FAMILIES = ("sqlite", "postgresql", "mariadb", "mysql", "oracle")
"""Families whose ids the published matrix already holds; a family added later
comes after them and leaves their ids alone."""


def test_every_target_id_is_fixed_and_unique():
    ids = [spec.id for spec in target_specs()]
    assert [i for i in ids if i.split("-")[0] in PUBLISHED_FAMILIES] == EXPECTED_IDS
    assert len(set(ids)) == len(ids)


def test_the_registry_keeps_the_published_families_first_in_their_order():
    assert list(BACKENDS)[: len(PUBLISHED_FAMILIES)] == list(PUBLISHED_FAMILIES)


@pytest.mark.parametrize(
    ("database", "async_drivers"),
    [
        ("sqlite", {"aiosqlite"}),
        ("postgresql", {"asyncpg", "psycopg_async"}),
        ("mariadb", {"aiomysql", "asyncmy"}),
        ("mysql", {"aiomysql", "asyncmy"}),
        ("oracle", set()),
    ],
)
def test_async_is_a_property_of_the_driver(database, async_drivers):
    drivers = get_backend(database).drivers
    assert {d.name for d in drivers if d.is_async} == async_drivers


def test_only_mariadb_and_mysql_have_modes():
    with_modes = {name for name, b in BACKENDS.items() if len(b.modes) > 1}
    assert with_modes == {"mariadb", "mysql"}
    for name in with_modes:
        assert [m.name for m in get_backend(name).modes] == ["strict", "permissive"]


def test_permissive_clears_sql_mode_and_strict_sets_the_vendor_default():
    mariadb, mysql = get_backend("mariadb"), get_backend("mysql")
    assert mariadb.mode("permissive").session_sql == ("SET SESSION sql_mode = ''",)
    assert "STRICT_TRANS_TABLES" in mariadb.mode("strict").session_sql[0]
    assert "NO_ZERO_DATE" in mysql.mode("strict").session_sql[0]
    assert "NO_ZERO_DATE" not in mariadb.mode("strict").session_sql[0]


def test_drivers_are_selected_by_sqlalchemy_name_or_package_name():
    by_package = {spec.id for spec in target_specs(drivers=["mysqlclient"])}
    by_dialect = {spec.id for spec in target_specs(drivers=["mysqldb"])}
    assert (
        by_package
        == by_dialect
        == {
            "mariadb-strict-mysqldb",
            "mariadb-permissive-mysqldb",
            "mysql-strict-mysqldb",
            "mysql-permissive-mysqldb",
        }
    )


def test_backend_and_driver_selection_combine():
    ids = [s.id for s in target_specs(["postgresql", "sqlite"], ["psycopg2", "pysqlite"])]
    assert ids == ["postgresql-psycopg2", "sqlite-pysqlite"]


def test_unknown_backend_names_what_exists():
    with pytest.raises(
        UnknownName,
        match=r"unknown backend 'postgres' \(did you mean 'postgresql'\?\); "
        r"choose from sqlite, postgresql",
    ):
        target_specs(["postgres"])


def test_unknown_driver_names_what_exists():
    with pytest.raises(
        UnknownName, match=r"unknown driver 'psycopg4' \(did you mean 'psycopg'\?\)"
    ):
        target_specs(drivers=["psycopg4"])


def test_driver_url_keeps_the_server_and_sets_driver_and_query():
    mariadb = get_backend("mariadb")
    url = mariadb.driver_url("mariadb://u:secret@127.0.0.1:3307/db", mariadb.driver("pymysql"))
    assert url.drivername == "mariadb+pymysql"
    assert (url.host, url.port, url.database, url.password) == ("127.0.0.1", 3307, "db", "secret")
    assert url.query == {"charset": "utf8mb4"}


def test_mysql_refuses_a_server_that_reports_mariadb():
    refusal = get_backend("mysql").refusal("10.11.19-MariaDB-0+deb12u1")
    assert refusal is not None and "MariaDB, not MySQL" in refusal
    assert get_backend("mysql").refusal("8.4.3") is None
    assert get_backend("mariadb").refusal("8.4.3") is not None


def test_oracle_urls_keep_their_service_name():
    oracle = get_backend("oracle")
    base = "oracle://system:pw@127.0.0.1:1521/?service_name=FREEPDB1"
    for driver in oracle.drivers:
        url = oracle.driver_url(base, driver)
        assert url.drivername == f"oracle+{driver.name}"
        assert url.query == {"service_name": "FREEPDB1"}


def test_a_standard_library_driver_reports_python_as_its_version():
    version = get_backend("sqlite").driver("pysqlite").version()
    assert version.startswith("Python ") and version.endswith("standard library")


def test_a_dotted_driver_module_whose_parent_is_missing_is_not_installed():
    from dataclasses import replace

    driver = get_backend("mariadb").driver("mysqlconnector")
    assert replace(driver, module="rowloss_no_such_parent.connector").installed() is False


def test_statement_size_limits_are_read_from_the_installed_drivers():
    import pymysql.cursors

    drivers = {driver.name: driver for driver in get_backend("mariadb").drivers}
    assert drivers["pymysql"].statement_limit_bytes() == pymysql.cursors.Cursor.max_stmt_length
    assert drivers["mysqlconnector"].statement_limit_bytes() is None
    broken = replace(drivers["pymysql"], statement_limit="pymysql.cursors:NoSuchClass.limit")
    assert broken.statement_limit_bytes() is None


# -- the family layout: capabilities, one package each, names kept inside ------

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "rowloss"
FAMILY_FILES = {"__init__.py", "family.py", "provision.py"}


def _scenario_variants():
    for path in sorted((ROOT / "scenarios").glob("test_*.py")):
        spec = importlib.util.spec_from_file_location(f"_registry_{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        yield from getattr(module, "VARIANTS", ())


def test_every_capability_is_asked_for_by_a_variant_or_an_api():
    asked = {need for api in APIS.values() for need in api.needs}
    asked |= {need for variant in _scenario_variants() for need in variant.requires}
    assert asked <= CAPABILITY_NAMES
    assert CAPABILITY_NAMES - asked == set(), "capabilities nothing reads"


def test_a_variant_asking_for_an_unknown_capability_is_refused():
    with pytest.raises(ValueError, match="unknown capabilities"):
        Variant("v", lambda metadata, name: None, ShapeSpace(), lambda shape: None, requires=("x",))


def test_every_family_is_a_package_with_the_same_files_and_hooks():
    for backend in BACKENDS.values():
        folder = Path(importlib.import_module(type(backend).__module__).__file__).parent
        assert {path.name for path in folder.glob("*.py")} >= FAMILY_FILES, folder
        provisioning = backend.provisioning()
        assert hasattr(provisioning, "CONTAINER") and hasattr(provisioning, "local_server")
        assert (backend.embedded_file is None) != (backend.default_port is None), backend


def _lines_matching(pattern: re.Pattern[str], allowed: set[Path]) -> list[str]:
    """``path:line: text`` of every line of the scenarios, conftest.py and the
    package outside the ``allowed`` folders that ``pattern`` finds."""
    offenders = []
    for place in (ROOT / "scenarios", ROOT / "conftest.py", PACKAGE):
        for path in sorted(place.rglob("*.py")) if place.is_dir() else [place]:
            if any(folder in path.parents for folder in allowed):
                continue
            for number, line in enumerate(path.read_text().splitlines(), 1):
                if pattern.search(line):
                    offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    return offenders


def test_no_database_name_outside_the_family_packages_and_the_registry():
    """Scenarios, insert APIs, provisioning and the run say what they need, never
    which database; renderers, claims data and tests may name databases."""
    names = "|".join(sorted(BACKENDS))
    pattern = re.compile(rf"""["'](?:{names})["']""")
    allowed = {PACKAGE / "backends", PACKAGE / "render", PACKAGE / "claims"}
    assert _lines_matching(pattern, allowed) == []


def test_no_dialect_package_is_imported_outside_the_family_packages():
    """A scenario that needs a dialect's own type asks for its capability
    (:func:`rowloss.backends.dialect_type`); only a family imports its dialect."""
    pattern = re.compile(r"^\s*(?:from|import) sqlalchemy\.dialects\b")
    assert _lines_matching(pattern, {PACKAGE / "backends"}) == []


def test_every_family_with_a_type_capability_gives_its_type():
    """``dialect_type`` puts each family's own type on the column as a variant
    for its dialect; a family that declares the capability and gives no type
    would silently get the generic one."""
    typed = {name for backend in BACKENDS.values() for name in backend.column_types}
    for capability in typed:
        for backend in BACKENDS.values():
            has = getattr(backend.capabilities, capability)
            assert has == (capability in backend.column_types), (backend, capability)


def test_dialect_type_gives_each_family_its_own_type_on_its_dialect():
    from sqlalchemy import DateTime, String

    from rowloss.backends import dialect_type
    from rowloss.measure.sqla import type_for_dialect

    column_type = dialect_type("enum_type", String(5), "red", "green")
    for backend in BACKENDS.values():
        resolved = type_for_dialect(column_type, backend.dialect)
        if backend.capabilities.enum_type:
            assert type(resolved).__module__.startswith("sqlalchemy.dialects."), backend
            assert resolved.enums == ["red", "green"]
        else:
            assert type(resolved) is String, backend
    with pytest.raises(ValueError, match="unknown capability"):
        dialect_type("no_such_capability", DateTime())


def test_a_family_dialect_name_is_what_sqlalchemy_calls_it():
    """Variants are keyed by dialect name: a family's ``dialect`` must be the
    name the loaded SQLAlchemy dialect reports, for every driver."""
    from rowloss.measure.sqla import missing_dialect

    checked = set()
    for backend in BACKENDS.values():
        for driver in backend.drivers:
            url = backend.driver_url(f"{backend.dialect}://u@h/d", driver)
            if missing_dialect(url) is None:  # an older SQLAlchemy lacks some drivers
                assert url.get_dialect().name == backend.dialect, (backend, driver)
                checked.add(backend.name)
    assert checked == set(BACKENDS)
