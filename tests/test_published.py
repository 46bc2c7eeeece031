"""The published matrix, an index and its parts: every cell back as it went in,
a schema that holds, one cell a line, parts within their budget, and foreign,
future or incomplete files refused in one line."""

import dataclasses
import json
import random

import jsonschema
import pytest

from rowloss.cells import Cell, CellKey, Outcome, SchemaVersionError, Versions
from rowloss.publish import published
from rowloss.publish.published import (
    MATRIX_FILE,
    MatrixError,
    key_of_label,
    matrix_files,
    matrix_from_files,
    matrix_from_folder,
    matrix_schema,
)
from rowloss.publish.reports import write_matrix


def make(scenario, outcome=Outcome.OK, detail="1 rows stored as given", server="15.20", **own):
    key = CellKey(
        "duplicates", scenario, "postgresql", "default", "psycopg2", "add_all", "transaction", "2.0"
    )
    return Cell(
        key=key,
        outcome=outcome,
        detail=detail,
        data=("intact",),
        signal=("none",),
        versions=Versions(server=server, driver="1.0", sqlalchemy="2.0.58"),
        environment={"time_zone": "UTC"},
        evidence={"given": 2, "stored": 2},
        run={"run": "r1", "python": "3.11.7"},
        **own,
    )


CELLS = [
    make("a"),
    make("b", Outcome.DROPPED, "1 of 2 rows missing", reproducer="reproducers/a.py"),
    make("c"),
    make("d", server="15.21"),
]


PART = "data/sqlalchemy-2.0/duplicates.json"


def by_key(cells):
    return sorted(cells, key=lambda c: c.key)


def moved(cells, **change):
    return [dataclasses.replace(c, key=dataclasses.replace(c.key, **change)) for c in cells]


def test_cells_survive_the_matrix_with_only_their_differences_stored():
    files = matrix_files(CELLS)
    assert sorted(files) == [PART, MATRIX_FILE]
    assert by_key(matrix_from_files(files)) == by_key(CELLS)
    index, part = json.loads(files[MATRIX_FILE]), json.loads(files[PART])
    assert index["parts"] == {PART: len(CELLS)}
    pg8000 = part["cells"][CELLS[1].key.label()]
    assert pg8000["outcome"] == "dropped" and pg8000["reproducer"] == "reproducers/a.py"
    assert "versions" not in pg8000, "shared attributes live with the target"
    assert part["cells"][CELLS[3].key.label()]["versions"]["server"] == "15.21"


def test_one_cell_a_line_and_the_same_files_whatever_the_order():
    files = matrix_files(CELLS)
    shuffled = CELLS[:]
    random.Random(4).shuffle(shuffled)
    assert matrix_files(shuffled) == files
    lines = files[PART].splitlines()
    assert sum(1 for line in lines if line.startswith('"duplicates/')) == len(CELLS)


def test_each_root_cause_and_line_has_its_part_and_a_big_one_is_split_by_database(
    monkeypatch,
):
    cells = [*CELLS, *moved(CELLS, root_cause="truncation"), *moved(CELLS, database="sqlite")]
    assert sorted(matrix_files(cells)) == [PART, "data/sqlalchemy-2.0/truncation.json", MATRIX_FILE]
    whole = len(matrix_files(cells)[PART].encode())
    monkeypatch.setattr(published, "PART_BUDGET", whole - 1)
    files = matrix_files(cells)
    assert sorted(files) == [
        "data/sqlalchemy-2.0/duplicates/postgresql.json",
        "data/sqlalchemy-2.0/duplicates/sqlite.json",
        "data/sqlalchemy-2.0/truncation.json",
        MATRIX_FILE,
    ]
    assert all(len(text.encode()) < whole for text in files.values())
    assert by_key(matrix_from_files(files)) == by_key(cells)


def test_a_part_that_cannot_be_split_below_the_budget_is_refused(monkeypatch):
    monkeypatch.setattr(published, "PART_BUDGET", 100)
    with pytest.raises(MatrixError, match="cannot be split further"):
        matrix_files(CELLS)


def test_the_folder_holds_only_the_parts_its_index_names(tmp_path):
    stale = tmp_path / "data" / "sqlalchemy-1.4" / "gone.json"
    stale.parent.mkdir(parents=True)
    stale.write_text("{}")
    write_matrix(CELLS, tmp_path)
    written = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.json"))
    assert written == [PART, MATRIX_FILE]
    assert not (tmp_path / "data" / "sqlalchemy-1.4").exists()
    assert by_key(matrix_from_folder(tmp_path / MATRIX_FILE)) == by_key(CELLS)


def test_a_missing_short_or_outside_part_is_refused():
    files = matrix_files(CELLS)
    with pytest.raises(MatrixError, match=f"matrix part {PART} is missing"):
        matrix_from_files({MATRIX_FILE: files[MATRIX_FILE]})
    part = json.loads(files[PART])
    part["cells"].pop(CELLS[0].key.label())
    with pytest.raises(MatrixError, match="holds 3 cells; the index says 4"):
        matrix_from_files({**files, PART: json.dumps(part)})
    index = json.loads(files[MATRIX_FILE])
    index["parts"] = {"data/../../cells.json": 4}
    with pytest.raises(MatrixError, match="outside the matrix's folder"):
        matrix_from_files({**files, MATRIX_FILE: json.dumps(index)}, check_schema=False)


def test_the_schema_is_valid_and_a_broken_matrix_is_refused_at_its_first_fault():
    jsonschema.Draft202012Validator.check_schema(matrix_schema())
    files = matrix_files(CELLS)
    part = json.loads(files[PART])
    part["cells"][CELLS[0].key.label()]["outcome"] = "vanished"
    with pytest.raises(MatrixError, match=f"{PART}: .*vanished"):
        matrix_from_files({**files, PART: json.dumps(part)})
    part = json.loads(files[PART])
    part["cells"]["duplicates/pk_in_batch"] = {}
    with pytest.raises(MatrixError, match="does not match"):
        matrix_from_files({**files, PART: json.dumps(part)})
    index = json.loads(files[MATRIX_FILE])
    index["cells"] = {}
    with pytest.raises(MatrixError, match="cells"):
        matrix_from_files({**files, MATRIX_FILE: json.dumps(index)})


def test_a_matrix_of_another_schema_version_is_refused():
    with pytest.raises(SchemaVersionError, match="schema_version 1; this rowloss reads 2"):
        matrix_from_files({MATRIX_FILE: json.dumps({"schema_version": 1, "targets": {}})})


def test_labels_and_keys_are_one_to_one():
    assert key_of_label(CELLS[0].key.label()) == CELLS[0].key
    with pytest.raises(MatrixError, match="does not have 8 parts"):
        key_of_label("a/b")
