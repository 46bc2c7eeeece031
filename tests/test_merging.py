"""Merging runs: no cell lost or doubled; a measurement is never erased by a
machine that could not measure; disagreeing measurements are refused."""

import json

import pytest

from rowloss.cells import Cell, CellKey, Outcome, cells_to_json
from rowloss.cli import main
from rowloss.publish.cellfiles import load
from rowloss.publish.merging import ConflictingCells, merge_runs, update_published


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


def test_accepting_a_run_replaces_measurements_and_keeps_what_it_could_not_measure():
    published = [*DOCKER, cell("mariadb", Outcome.OK, "ok before")]
    run = [*HERE, cell("oracle", Outcome.ERROR, "the process died")]
    updated = {c.key.database: c for c in update_published(published, run)}
    assert updated["mariadb"].outcome is Outcome.RAISED, "a new measurement wins"
    assert updated["mysql"].outcome is Outcome.DROPPED, "not-run never replaces a measurement"
    assert updated["oracle"].outcome is Outcome.OK, "neither does an error of the suite"
    assert update_published([], HERE) == sorted(HERE, key=lambda c: c.key)


def test_merge_command_publishes_into_a_reports_folder_and_refuses_unknown_schemas(
    tmp_path, capsys
):
    (tmp_path / "here.json").write_text(cells_to_json(HERE))
    (tmp_path / "run").mkdir()
    (tmp_path / "run" / "cells.json").write_text(cells_to_json(DOCKER))
    out = tmp_path / "reports"
    assert (
        main(["merge", str(tmp_path / "here.json"), str(tmp_path / "run"), "--out", str(out)]) == 0
    )
    merged = load(out)
    assert [c.key.database for c in merged] == ["mariadb", "mysql", "oracle"]
    assert "3 cells (3 from 2 inputs, 0 published before)" in capsys.readouterr().err
    for page in ("matrix.json", "matrix.schema.json", "MATRIX.md", "index.html", "CLAIMS.md"):
        assert (out / page).is_file(), page

    (tmp_path / "later.json").write_text(cells_to_json(OTHER_LINE))
    assert main(["merge", str(tmp_path / "later.json"), "--out", str(out)]) == 0
    assert len(load(out)) == 4, "the folder's matrix is the base of a merge"

    (tmp_path / "future.json").write_text(json.dumps({"schema_version": 99, "cells": []}))
    before = (out / "matrix.json").read_text()
    assert main(["merge", str(tmp_path / "future.json"), "--out", str(out)]) == 2
    assert "schema_version 99" in capsys.readouterr().err
    assert (out / "matrix.json").read_text() == before, "a refused merge writes nothing"


def test_merge_reads_worker_journals_and_refuses_one_of_an_unknown_version(tmp_path, capsys):
    journal = tmp_path / "run" / "fragments" / "gw0-1.jsonl"
    journal.parent.mkdir(parents=True)
    lines = [json.dumps({"schema_version": 1})] + [
        json.dumps({"cell": c.to_dict()}) for c in DOCKER
    ]
    journal.write_text("\n".join(lines) + "\n")
    out = tmp_path / "reports"
    assert main(["merge", str(journal), "--out", str(out)]) == 0
    assert [c.key.database for c in load(out)] == ["mysql", "oracle"]
    journal.write_text("\n".join([json.dumps({"schema_version": 2}), *lines[1:]]) + "\n")
    assert main(["merge", str(journal), "--out", str(out)]) == 2
    assert "journal has schema_version 2; this rowloss reads 1" in capsys.readouterr().err


def test_merge_never_writes_over_a_folder_it_did_not_make(tmp_path, capsys):
    (tmp_path / "here.json").write_text(cells_to_json(HERE))
    foreign = tmp_path / "mine"
    (foreign / "reproducers").mkdir(parents=True)
    (foreign / "reproducers" / "notes.txt").write_text("my own file")
    assert main(["merge", str(tmp_path / "here.json"), "--out", str(foreign)]) == 2
    assert "not a rowloss reports folder" in capsys.readouterr().err
    assert (foreign / "reproducers" / "notes.txt").read_text() == "my own file"


def test_report_renders_the_pages_beside_the_cells_or_where_told(tmp_path):
    (tmp_path / "run").mkdir()
    (tmp_path / "run" / "cells.json").write_text(cells_to_json(HERE + DOCKER))
    assert main(["report", str(tmp_path / "run")]) == 0
    assert "mysql" in (tmp_path / "run" / "MATRIX.md").read_text()
    assert main(["report", str(tmp_path / "run" / "cells.json"), "--out", str(tmp_path / "x")]) == 0
    for page in ("MATRIX.md", "index.html", "CLAIMS.md"):
        assert (tmp_path / "x" / page).is_file(), page


def test_report_never_writes_into_a_published_folder(tmp_path, capsys):
    (tmp_path / "here.json").write_text(cells_to_json(HERE))
    assert main(["merge", str(tmp_path / "here.json"), "--out", str(tmp_path / "reports")]) == 0
    before = (tmp_path / "reports" / "MATRIX.md").read_text()
    assert main(["report", str(tmp_path / "reports")]) == 2
    assert "holds a published matrix" in capsys.readouterr().err
    assert (tmp_path / "reports" / "MATRIX.md").read_text() == before
    assert main(["report", str(tmp_path / "reports"), "--out", str(tmp_path / "pages")]) == 0
    assert "mysql" in (tmp_path / "pages" / "MATRIX.md").read_text()


def test_a_cell_cut_short_is_never_merged_nor_accepted():
    from rowloss.cells import CUT_SHORT

    cut = Cell(
        key=HERE[1].key, outcome=Outcome.NOT_RUN, detail="died", evidence={CUT_SHORT: "died"}
    )
    assert merge_runs([("cut", [cut])]) == []
    assert update_published(HERE, [cut]) == sorted(HERE, key=lambda c: c.key)
