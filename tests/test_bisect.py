"""``rowloss bisect``'s parts that run without installing releases: the range,
the releases the index offers, the pins a probe takes, the binary search,
and ``--rowloss-cell``, which measures one cell of a real run.

README shows a whole bisection, with the releases it tried and its time."""

from __future__ import annotations

import json
import subprocess

import pytest
from packaging.version import Version
from runs import ROOT, ROWLOSS

from rowloss.bisect import (
    BisectError,
    Probe,
    in_range,
    index_releases,
    parse_range,
    probe_constraints,
    search,
)

RELEASES = [Version(v) for v in ("2.0.0", "2.0.1", "2.0.2", "2.0.3", "2.0.4", "2.0.5", "2.0.6")]


def test_a_range_is_oldest_dot_dot_newest():
    assert parse_range("2.0.0..2.0.58") == (Version("2.0.0"), Version("2.0.58"))
    for wrong in ("2.0.58..2.0.0", "2.0.0", "a..b"):
        with pytest.raises(BisectError, match=r"OLDEST\.\.NEWEST"):
            parse_range(wrong)


def test_the_range_keeps_final_releases_between_its_ends():
    offered = [Version(v) for v in ("1.4.54", "2.0.0b1", "2.0.0", "2.0.1", "2.0.2.dev1", "2.1.0")]
    assert in_range(offered, Version("1.4.54"), Version("2.0.1")) == [
        Version("1.4.54"),
        Version("2.0.0"),
        Version("2.0.1"),
    ]


def test_the_index_lists_the_releases_of_sqlalchemy(tmp_path):
    import sys
    from pathlib import Path

    releases = index_releases(Path(sys.executable), "sqlalchemy")
    assert Version("1.4.54") in releases and Version("2.0.0") in releases
    assert releases == sorted(releases)


@pytest.mark.parametrize("first_changed", range(1, len(RELEASES)))
def test_the_search_finds_the_first_changed_release_in_few_steps(first_changed):
    asked = []

    def measure(release):
        asked.append(release)
        outcome = "altered" if release >= RELEASES[first_changed] else "ok"
        return Probe(release, outcome, "", 1.0)

    found = search(RELEASES, measure)
    assert found.first_changed == RELEASES[first_changed]
    assert found.last_unchanged == RELEASES[first_changed - 1]
    assert len(asked) == len(set(asked)) <= 2 + 3, "a release is measured once, log2 steps"


def test_equal_ends_find_no_change_and_an_unmeasurable_release_stops_the_search():
    same = search(RELEASES, lambda r: Probe(r, "ok", "", 0.0))
    assert same.first_changed is None and len(same.probes) == 2
    with pytest.raises(BisectError, match="could not be measured"):
        search(RELEASES, lambda r: Probe(r, "", "install failed: no wheel", 0.0))


def test_a_probe_takes_the_lines_pins_but_the_bisected_packages(tmp_path):
    path = probe_constraints(ROOT, "2.0", "SQLAlchemy", tmp_path)
    pins = path.read_text()
    assert "sqlalchemy==" not in pins.lower() and "pandas==3.1.1" in pins
    assert "psycopg2-binary==" in probe_constraints(ROOT, "2.0", "psycopg", tmp_path).read_text()
    with pytest.raises(BisectError, match="no constraints file"):
        probe_constraints(ROOT, "1.3", "sqlalchemy", tmp_path)


ONE_CELL = ["run", "-p", "no:xdist", "--rowloss-matrix", "none"]
LABEL = "key_drift/first_row_lacks_key/sqlite/default/pysqlite/orm_bulk_insert/transaction/1.4"


def test_rowloss_cell_measures_that_cell_alone_on_the_installed_line(tmp_path):
    run_dir = tmp_path / "run"
    finished = subprocess.run(
        [*ROWLOSS, *ONE_CELL, "--rowloss-run-dir", str(run_dir), "--rowloss-cell", LABEL],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert finished.returncode == 0, finished.stdout[-2000:]
    cells = json.loads((run_dir / "cells.json").read_text())["cells"]
    assert len(cells) == 1
    key = cells[0]["key"]
    assert "/".join(key[n] for n in list(key)[:7]) == LABEL.rpartition("/")[0]
    assert cells[0]["outcome"] not in ("error", "not-run")


@pytest.mark.parametrize(
    ("label", "message"),
    [
        ("key_drift/first_row_lacks_key", "is not a cell label"),
        (LABEL.replace("first_row_lacks_key", "no_such_scenario"), "no scenario collected here"),
    ],
)
def test_a_cell_that_cannot_be_measured_is_one_line(tmp_path, label, message):
    finished = subprocess.run(
        [*ROWLOSS, *ONE_CELL, "--rowloss-run-dir", str(tmp_path / "run"), "--rowloss-cell", label],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    output = finished.stdout + finished.stderr
    assert finished.returncode == 4 and message in output and "Traceback" not in output
