"""Merging runs: no cell lost or doubled; a measurement is never erased by a
machine that could not measure; disagreeing measurements are refused."""

import json

import pytest

from rowloss.cells import Cell, CellKey, Outcome, cells_from_json, cells_to_json
from rowloss.cli import main
from rowloss.merging import ConflictingCells, merge_runs


def cell(database, outcome, detail="", sqlalchemy="2.0"):
    key = CellKey(
        "duplicates",
        "pk_in_batch",
        database,
        "strict",
        "pymysql",
        "add_all",
        "autocommit",
        sqlalchemy,
    )
    return Cell(key=key, outcome=outcome, detail=detail)


HERE = [cell("mariadb", Outcome.RAISED, "raised"), cell("mysql", Outcome.NOT_RUN, "no server")]
DOCKER = [cell("mysql", Outcome.DROPPED, "1 of 2 rows missing"), cell("oracle", Outcome.OK)]
OTHER_LINE = [cell("mariadb", Outcome.RAISED, "raised", sqlalchemy="1.4")]


def test_every_cell_once_and_measurements_win_over_not_run_in_any_order():
    for runs in ([("here", HERE), ("docker", DOCKER)], [("docker", DOCKER), ("here", HERE)]):
        merged = merge_runs([*runs, ("1.4", OTHER_LINE)])
        assert [(c.key.database, c.key.sqlalchemy, c.outcome) for c in merged] == [
            ("mariadb", "1.4", Outcome.RAISED),
            ("mariadb", "2.0", Outcome.RAISED),
            ("mysql", "2.0", Outcome.DROPPED),
            ("oracle", "2.0", Outcome.OK),
        ]


def test_an_error_cell_gives_way_to_a_measurement_and_the_same_finding_is_kept_once():
    error = cell("mariadb", Outcome.ERROR, "the process died")
    assert merge_runs([("a", [error]), ("b", HERE[:1])]) == HERE[:1]
    assert merge_runs([("a", HERE[:1]), ("b", [error])]) == HERE[:1]
    assert merge_runs([("a", HERE[:1]), ("b", HERE[:1])]) == HERE[:1]
    other_detail = cell("mariadb", Outcome.RAISED, "raised, found in a larger batch")
    assert merge_runs([("a", HERE[:1]), ("b", [other_detail])]) == [other_detail]


def test_two_measurements_that_disagree_are_refused():
    changed = cell("mariadb", Outcome.PARTIAL, "raised; yet rows stored")
    with pytest.raises(ConflictingCells, match="is raised in a but partial in b"):
        merge_runs([("a", HERE), ("b", [changed])])


def test_merge_command_writes_one_file_and_refuses_unknown_schemas(tmp_path, capsys):
    (tmp_path / "here.json").write_text(cells_to_json(HERE))
    (tmp_path / "run").mkdir()
    (tmp_path / "run" / "cells.json").write_text(cells_to_json(DOCKER))
    out = tmp_path / "merged.json"
    assert (
        main(["merge", str(tmp_path / "here.json"), str(tmp_path / "run"), "--out", str(out)]) == 0
    )
    merged = cells_from_json(out.read_text())
    assert [c.key.database for c in merged] == ["mariadb", "mysql", "oracle"]
    assert "3 cells from 2 runs" in capsys.readouterr().err

    (tmp_path / "future.json").write_text(json.dumps({"schema_version": 99, "cells": []}))
    assert main(["merge", str(tmp_path / "future.json"), "--out", str(out)]) == 2
    assert "schema_version 99" in capsys.readouterr().err
    assert cells_from_json(out.read_text()) == merged, "a refused merge writes nothing"
