"""Comparing two runs: changed outcomes are listed; cells not measured on one
side are not changes."""

import json

from rowloss.cells import Cell, CellKey, Outcome, cells_to_json
from rowloss.cli import main
from rowloss.publish.compare import compare


def cell(driver, outcome, detail="", database="postgresql"):
    key = CellKey(
        "duplicates", "pk_in_batch", database, "default", driver, "add_all", "autocommit", "2.0"
    )
    return Cell(key=key, outcome=outcome, detail=detail)


BEFORE = [
    cell("psycopg2", Outcome.RAISED),
    cell("pg8000", Outcome.RAISED),
    cell("asyncpg", Outcome.DROPPED),
    cell("pymysql", Outcome.ALTERED, database="mysql"),
    cell("oracledb", Outcome.NOT_RUN, database="oracle"),
]
AFTER = [
    cell("psycopg2", Outcome.RAISED),
    cell("pg8000", Outcome.PARTIAL, "raised IntegrityError; yet 1 of 2 rows missing (1)"),
    cell("pymysql", Outcome.NOT_RUN, "no MySQL server here", database="mysql"),
    cell("oracledb", Outcome.OK, database="oracle"),
    cell("psycopg", Outcome.OK),
]


def test_only_a_changed_outcome_is_a_change():
    result = compare(BEFORE, AFTER)
    assert [change.key.driver for change in result.changed] == ["pg8000"]
    assert result.changed[0].line() == (
        "duplicates/pk_in_batch/postgresql/default/pg8000/add_all/autocommit/2.0: "
        "raised -> partial (raised IntegrityError; yet 1 of 2 rows missing (1))"
    )
    assert [key.driver for key in result.unmeasured_after] == ["pymysql"]
    assert [key.driver for key in result.measured_after] == ["oracledb"]
    assert [key.driver for key in result.only_before] == ["asyncpg"]
    assert [key.driver for key in result.only_after] == ["psycopg"]
    assert result.same == 1


def test_diff_prints_the_changes_and_exits_1(tmp_path, capsys):
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "cells.json").write_text(cells_to_json(BEFORE))
    (tmp_path / "new.json").write_text(cells_to_json(AFTER))
    assert main(["diff", str(tmp_path / "old"), str(tmp_path / "new.json")]) == 1
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [compare(BEFORE, AFTER).changed[0].line()]
    assert "1 changed, 1 the same, 1 newly measured, 1 not measured this time" in captured.err


def test_diff_of_a_run_with_itself_is_empty(tmp_path, capsys):
    (tmp_path / "cells.json").write_text(cells_to_json(AFTER))
    assert main(["diff", str(tmp_path), str(tmp_path / "cells.json")]) == 0
    assert capsys.readouterr().out == ""


def test_diff_refuses_what_it_cannot_read_in_one_line(tmp_path, capsys):
    (tmp_path / "future.json").write_text(json.dumps({"schema_version": 99, "cells": []}))
    (tmp_path / "junk.json").write_text("{}")
    for bad in ("missing", "future.json", "junk.json"):
        assert main(["diff", str(tmp_path / bad), str(tmp_path / bad)]) == 2
        message = capsys.readouterr().err.strip()
        assert message.startswith("rowloss: ") and "\n" not in message
    assert main(["diff", str(tmp_path / "future.json"), str(tmp_path / "future.json")]) == 2
    assert "schema_version 99" in capsys.readouterr().err


def test_a_cell_cut_short_is_not_measured_never_a_change():
    from rowloss.cells import CUT_SHORT

    cut = Cell(
        key=BEFORE[0].key,
        outcome=Outcome.ERROR,
        detail="the postgresql server stopped answering",
        evidence={CUT_SHORT: "the postgresql server stopped answering"},
    )
    result = compare(BEFORE[:1], [cut])
    assert not result.changed and result.unmeasured_after == [cut.key]
