"""The pytest plugin end to end, in throwaway pytest sessions (pytester)."""

import json

import pytest

SCENARIO = """
from rowloss.cells import Outcome
from rowloss.oracle import CallerView, judge

ROOT_CAUSE = "probe"
API = "none"
TRANSACTION = "none"

def test_probe(rowloss_target, rowloss_cell):
    verdict = judge([{"id": 1}], [{"id": 1}], ["id"], CallerView())
    rowloss_cell.record(verdict, rowloss_target)

def test_broken(rowloss_target, rowloss_cell):
    raise RuntimeError("the suite broke")
"""

SQLITE_ONLY = ["--rowloss-backends", "sqlite", "--rowloss-drivers", "pysqlite"]


def cells_of(pytester):
    runs = pytester.path / ".rowloss" / "runs"
    document = json.loads((runs / "latest" / "cells.json").read_text())
    return {c["key"]["scenario"]: c for c in document["cells"]}


def test_cells_are_written_to_a_new_run_directory(pytester):
    pytester.makepyfile(test_scenario=SCENARIO)
    result = pytester.runpytest(*SQLITE_ONLY)
    result.assert_outcomes(passed=1, failed=1)
    cells = cells_of(pytester)
    assert cells["probe"]["outcome"] == "ok"
    assert cells["probe"]["key"]["database"] == "sqlite"
    assert cells["probe"]["versions"]["server"]
    assert cells["broken"]["outcome"] == "error"
    assert "RuntimeError: the suite broke" in cells["broken"]["detail"]
    result.stdout.fnmatch_lines(
        [
            "*2 cells: 1 error, 1 ok*",
            "silent cells out of those measured:",
            "probe * 0/1",
            "*this run: *cells.json, silent.txt, MATRIX.md*",
        ]
    )
    for page in ("MATRIX.md", "index.html", "CLAIMS.md"):
        assert (pytester.path / ".rowloss" / "runs" / "latest" / page).is_file()


def test_an_unavailable_database_is_recorded_not_run_with_its_reason(pytester):
    pytester.makepyfile(test_scenario=SCENARIO)
    result = pytester.runpytest("--rowloss-backends", "oracle", "--rowloss-sources", "url")
    result.assert_outcomes(skipped=4)
    cells = cells_of(pytester)
    assert cells["probe"]["outcome"] == "not-run"
    assert "--rowloss-url oracle=URL" in cells["probe"]["detail"]


def test_a_required_database_that_is_not_run_fails_the_run(pytester):
    pytester.makepyfile(test_scenario=SCENARIO)
    result = pytester.runpytest(
        "--rowloss-backends", "oracle", "--rowloss-sources", "url", "--rowloss-require", "oracle"
    )
    result.assert_outcomes(errors=4)
    result.stdout.fnmatch_lines(["*oracle is required (--rowloss-require) but oracle-*"])
    assert result.ret != 0


def test_require_is_also_read_from_the_environment(pytester, monkeypatch):
    monkeypatch.setenv("ROWLOSS_REQUIRE", "oracle")
    pytester.makepyfile(test_scenario=SCENARIO)
    result = pytester.runpytest("--rowloss-backends", "oracle", "--rowloss-sources", "url")
    result.assert_outcomes(errors=4)


def test_an_unknown_backend_is_a_one_line_usage_error(pytester):
    pytester.makepyfile(test_scenario=SCENARIO)
    result = pytester.runpytest("--rowloss-backends", "postgres")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["ERROR: unknown backend 'postgres' (did you mean 'postgresql'?)*"])


def test_a_url_that_does_not_answer_stops_the_run_without_its_password(pytester):
    pytester.makepyfile(test_scenario=SCENARIO)
    result = pytester.runpytest("--rowloss-url", "postgresql://me:hunter2@127.0.0.1:1/db")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(
        ["ERROR: the postgresql server at *:***@127.0.0.1:1/db does not answer*"]
    )
    assert "hunter2" not in result.stdout.str() + result.stderr.str()


def test_a_session_without_targets_leaves_no_trace(pytester):
    pytester.makepyfile(test_plain="def test_nothing():\n    pass\n")
    pytester.runpytest().assert_outcomes(passed=1)
    assert not (pytester.path / ".rowloss").exists()


def test_ids_carry_no_versions(pytester):
    pytester.makepyfile(test_scenario=SCENARIO)
    result = pytester.runpytest("--collect-only", "-q", "--rowloss-backends", "mariadb")
    result.stdout.fnmatch_lines(
        ["*test_probe[[]mariadb-strict-pymysql[]]", "*test_probe[[]mariadb-permissive-asyncmy[]]"]
    )
    assert not (pytester.path / ".rowloss").exists()


def test_xdist_workers_write_fragments_that_are_merged(pytester):
    pytester.makepyfile(test_scenario=SCENARIO.replace("def test_broken", "def _unused"))
    result = pytester.runpytest_subprocess("-n", "2", "--rowloss-backends", "sqlite")
    result.assert_outcomes(passed=2)
    document = json.loads((pytester.path / ".rowloss/runs/latest/cells.json").read_text())
    assert sorted(c["key"]["driver"] for c in document["cells"]) == ["aiosqlite", "pysqlite"]
    fragments = list((pytester.path / ".rowloss/runs/latest/fragments").glob("*.jsonl"))
    assert len(fragments) == 2


CRASHING = """
import ctypes

ROOT_CAUSE = "probe"
API = "none"
TRANSACTION = "none"

def test_crash(rowloss_target, rowloss_cell):
    if rowloss_target.spec.driver.name == "aiosqlite":
        ctypes.string_at(0)  # what a crashing C driver does to the process
    rowloss_cell.record(__import__("rowloss.oracle").oracle.judge([], [], ["id"],
                __import__("rowloss.oracle").oracle.CallerView()), rowloss_target)
"""


def test_a_process_crash_is_an_error_cell_and_does_not_fail_the_run(pytester):
    pytester.makepyfile(test_scenario=CRASHING)
    result = pytester.runpytest_subprocess(
        "-n", "2", "--rowloss-backends", "sqlite", "-p", "no:faulthandler"
    )
    result.assert_outcomes(passed=1, skipped=1)
    result.stdout.fnmatch_lines(["*CRASHED: *test_crash[[]sqlite-aiosqlite[]]*"])
    document = json.loads((pytester.path / ".rowloss/runs/latest/cells.json").read_text())
    outcomes = {c["key"]["driver"]: (c["outcome"], c["detail"]) for c in document["cells"]}
    assert outcomes["pysqlite"][0] == "ok"
    assert outcomes["aiosqlite"][0] == "error"
    assert "died" in outcomes["aiosqlite"][1]


FLIPPABLE = """
import os

from rowloss.oracle import CallerView, judge

ROOT_CAUSE = "probe"
API = "none"
TRANSACTION = "none"

def test_probe(rowloss_target, rowloss_cell):
    stored = [{"id": 1}] if os.environ.get("PROBE_STORES", "yes") == "yes" else []
    rowloss_cell.record(judge([{"id": 1}], stored, ["id"], CallerView()), rowloss_target)
"""


def publish_first_run(pytester):
    pytester.makepyfile(test_scenario=FLIPPABLE)
    result = pytester.runpytest(*SQLITE_ONLY, "--rowloss-update-matrix")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["*published matrix updated: *reports/ (1 cells*"])
    return pytester.path / "reports" / "matrix.json"


def test_the_published_matrix_is_written_only_when_asked(pytester):
    pytester.makepyfile(test_scenario=FLIPPABLE)
    pytester.runpytest(*SQLITE_ONLY).assert_outcomes(passed=1)
    assert not (pytester.path / "reports").exists()
    matrix = publish_first_run(pytester)
    for page in ("matrix.schema.json", "MATRIX.md", "index.html", "CLAIMS.md"):
        assert (matrix.parent / page).is_file(), page
    assert '"outcome":"ok"' in matrix.read_text()


def test_a_changed_outcome_fails_with_before_and_after_until_accepted(pytester, monkeypatch):
    matrix = publish_first_run(pytester)
    published = matrix.read_text()
    monkeypatch.setenv("PROBE_STORES", "no")
    result = pytester.runpytest(*SQLITE_ONLY)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*probe/probe/sqlite/default/pysqlite/none/none/*changed against the published*",
            "*before: ok - 1 rows stored as given*",
            "*after:  dropped - 1 of 1 rows missing*",
            "*--rowloss-update-matrix*",
            "*CHANGED: probe/probe/*: ok -> dropped*",
            "*1 changed, 0 the same, 0 new*",
        ]
    )
    assert matrix.read_text() == published, "a checking run never writes reports/"
    result = pytester.runpytest(*SQLITE_ONLY, "--rowloss-update-matrix")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["*ACCEPTED: probe/probe/*: ok -> dropped*"])
    pytester.runpytest(*SQLITE_ONLY).assert_outcomes(passed=1)


def test_a_cell_not_run_here_never_replaces_a_published_measurement(pytester):
    matrix = publish_first_run(pytester)
    result = pytester.runpytest(
        "--rowloss-backends", "sqlite,oracle", "--rowloss-sources", "url", "--rowloss-update-matrix"
    )
    result.assert_outcomes(passed=2, skipped=2)
    part = (matrix.parent / "data" / "probe.json").read_text()
    assert '"probe/probe/sqlite/default/pysqlite/none/none"' in part
    text = matrix.read_text()  # outcomes shared by a target's cells are the target's
    assert '"outcome":"ok"' in text and '"outcome":"not-run"' in text
    result = pytester.runpytest("--rowloss-backends", "sqlite", "--rowloss-drivers", "aiosqlite")
    result.stdout.fnmatch_lines(["*0 changed, 1 the same, 0 new, 0 not measured here*"])


def test_an_unreadable_published_matrix_is_a_one_line_error(pytester):
    pytester.makepyfile(test_scenario=FLIPPABLE)
    (pytester.path / "reports").mkdir()
    (pytester.path / "reports" / "matrix.json").write_text('{"schema_version": 7}')
    result = pytester.runpytest(*SQLITE_ONLY)
    result.stdout.fnmatch_lines(["*matrix has schema_version 7; this rowloss reads 3*"])
    assert result.ret != 0


STOPPING = """
from rowloss.plugin import STATE

def test_asks_to_stop(request):
    request.config.stash[STATE].pool.signals.requested = "interrupted (SIGTERM)"

def test_never_reached():
    pass
"""


def test_a_run_asked_to_stop_stops_at_the_next_report_though_its_interrupt_was_lost(pytester):
    pytester.makepyfile(test_stop=STOPPING)
    result = pytester.runpytest("-p", "no:xdist", *SQLITE_ONLY)
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["*interrupted (SIGTERM)*"])


UNRELATED = """
import pytest

@pytest.fixture
def target():
    return "the project's own target"

@pytest.fixture
def cell():
    return "the project's own cell"

def test_uses_its_own_fixtures(target, cell):
    assert (target, cell) == ("the project's own target", "the project's own cell")
"""


def test_a_test_of_another_project_named_target_runs_untouched_and_starts_nothing(pytester):
    pytester.makepyfile(test_other=UNRELATED)
    result = pytester.runpytest("-p", "no:xdist", "--rowloss-backends", "sqlite,postgresql")
    result.assert_outcomes(passed=1)
    assert " rowloss =" not in result.stdout.str(), "no rowloss summary"
    assert not (pytester.path / ".rowloss").exists(), "no run directory, no server"


LAYERED = """
from sqlalchemy import Column, Integer, MetaData, Table

from rowloss.cells import APPLICATION
from rowloss.measure import callers
from rowloss.measure.scenario import Batch, Variant
from rowloss.measure.strategies import ShapeSpace

ROOT_CAUSE = "layers"


def numbers(metadata: MetaData, name: str) -> Table:
    return Table(name, metadata, Column("id", Integer, primary_key=True, autoincrement=False))


def repeated_key(shape):
    rows = [{"id": 1} for _ in range(shape.size)]
    return Batch(sent=rows, meant=rows)


SPACE = ShapeSpace(min_size=2, max_size=2, first_fault_at=1, max_faults=1, shrink=False)
VARIANTS = (
    Variant("plain_caller", numbers, SPACE, repeated_key, apis=("core_executemany",)),
    Variant(
        "swallowing_caller",
        numbers,
        SPACE,
        repeated_key,
        apis=("core_executemany",),
        caller=callers.swallow,
        layer=APPLICATION,
    ),
)


def test_layers(rowloss_target, rowloss_cell, scenario, api, transaction):
    rowloss_cell.measure(rowloss_target, scenario, api, transaction)
"""


def test_a_cell_carries_the_layer_its_variant_declares_and_the_summary_counts_it_apart(
    pytester,
):
    pytester.makepyfile(test_layers=LAYERED)
    result = pytester.runpytest(*SQLITE_ONLY, "--rowloss-matrix", "none")
    result.assert_outcomes(passed=4)
    document = json.loads((pytester.path / ".rowloss/runs/latest/cells.json").read_text())
    found = {(c["key"]["scenario"], c["layer"], c["outcome"]) for c in document["cells"]}
    assert ("plain_caller", "stack", "raised") in found
    assert ("swallowing_caller", "application", "dropped") in found
    result.stdout.fnmatch_lines(["layers * 0/2", "layers (application's code) * 2/2"])
