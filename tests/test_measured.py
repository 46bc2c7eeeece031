"""One definition of a measurement: comparing two runs (rowloss diff), the
expectation check of a run, merging runs and the claims audit agree, on the
same pair of cells files, on which cells are measurements and which changed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rowloss.cells import CUT_SHORT, Cell, CellKey, Outcome, cells_to_json
from rowloss.claims import Claim, judge_claim
from rowloss.cli import main
from rowloss.publish.cellfiles import load
from rowloss.publish.compare import compare
from rowloss.publish.expectations import Expectations
from rowloss.publish.merging import ConflictingCells, merge_runs

PAIRS = {  # driver: (before, after)
    "changed": (Outcome.OK, Outcome.RAISED),
    "same": (Outcome.DROPPED, Outcome.DROPPED),
    "broke": (Outcome.OK, Outcome.ERROR),
    "mended": (Outcome.ERROR, Outcome.OK),
    "not-run-after": (Outcome.ALTERED, Outcome.NOT_RUN),
    "new": (Outcome.NOT_RUN, Outcome.PARTIAL),
    "cut-short": (Outcome.OK, Outcome.ERROR),
}


def cell(driver: str, outcome: Outcome, cut: bool = False) -> Cell:
    key = CellKey("duplicates", "pk", "sqlite", "default", driver, "add_all", "autocommit", "2.0")
    return Cell(key=key, outcome=outcome, evidence={CUT_SHORT: "interrupted"} if cut else {})


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    before = [cell(driver, old) for driver, (old, _) in PAIRS.items()]
    after = [cell(driver, new, cut=driver == "cut-short") for driver, (_, new) in PAIRS.items()]
    paths = tmp_path / "before.json", tmp_path / "after.json"
    for path, cells in zip(paths, (before, after), strict=True):
        path.write_text(cells_to_json(cells))
    return paths


def test_diff_expectations_merge_and_claims_agree_on_what_changed(files, capsys):
    before, after = (load(path) for path in files)
    assert main(["diff", str(files[0]), str(files[1])]) == 1
    diffed = {line.split(":")[0].split("/")[4] for line in capsys.readouterr().out.splitlines()}
    compared = {change.key.driver for change in compare(before, after).changed}
    expectations = Expectations(before, files[0])
    violated = {c.key.driver for c in after if expectations.violation(c, None)}
    # what an xdist worker holds its cells against: the controller's compact form, over JSON
    shared = Expectations.from_compact(json.loads(json.dumps(expectations.compact())))
    assert [shared.violation(c, None) for c in after] == [
        expectations.violation(c, None) for c in after
    ]
    refused = set()
    for old, new in zip(before, after, strict=True):
        try:
            merge_runs([("before", [old]), ("after", [new])])
        except ConflictingCells:
            refused.add(new.key.driver)
    assert diffed == compared == violated == refused == {"changed"}


def test_the_claims_audit_judges_exactly_the_measurements(files):
    after = load(files[1])
    claim = Claim("all", "anything", "", predicts=frozenset(o for o in Outcome if o.measured))
    (verdict,) = judge_claim(claim, after)
    assert verdict.cases == sum(1 for c in after if c.measured) == 4  # changed, same, mended, new
    assert not [c for c in after if c.measured and c.outcome in (Outcome.ERROR, Outcome.NOT_RUN)]
