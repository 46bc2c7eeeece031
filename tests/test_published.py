"""The published matrix, an index and its parts: every cell back as it went in,
a schema that holds, one stack a line with what its SQLAlchemy lines share
written once, parts within their budget, and foreign, future or incomplete
files refused in one line."""

import dataclasses
import json
import random
from pathlib import Path

import jsonschema
import pytest

from rowloss.cells import Cell, CellKey, Outcome, SchemaVersionError, Versions
from rowloss.publish import published
from rowloss.publish.published import (
    MATRIX_FILE,
    MatrixError,
    key_of_label,
    key_of_stack,
    matrix_files,
    matrix_from_files,
    matrix_from_folder,
    matrix_schema,
    stack_label,
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


PART = "data/duplicates.json"


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
    dropped = part["stacks"][stack_label(CELLS[1].key)]
    assert dropped["shared"]["outcome"] == "dropped"
    assert dropped["shared"]["reproducer"] == "reproducers/a.py"
    assert dropped["lines"] == {"2.0": {}}, "one line shares all it has with itself"
    assert "versions" not in dropped["shared"], "shared attributes live with the target"
    assert part["stacks"][stack_label(CELLS[3].key)]["shared"]["versions"]["server"] == "15.21"


def test_lines_of_one_stack_share_one_line_and_keep_only_their_differences():
    older = moved(CELLS, sqlalchemy="1.4")
    older[1] = dataclasses.replace(older[1], detail="2 of 2 rows missing")
    cells = [*CELLS, *older]
    files = matrix_files(cells)
    assert by_key(matrix_from_files(files)) == by_key(cells)
    part = json.loads(files[PART])
    assert len(part["stacks"]) == len(CELLS)
    assert json.loads(files[MATRIX_FILE])["parts"] == {PART: len(cells)}
    dropped = part["stacks"][stack_label(CELLS[1].key)]
    assert list(dropped["lines"]) == ["1.4", "2.0"], "lines in their order"
    assert dropped["shared"]["outcome"] == "dropped"
    assert dropped["lines"]["1.4"] == {"detail": "2 of 2 rows missing"}
    assert dropped["lines"]["2.0"] == {"detail": "1 of 2 rows missing"}


def test_one_cell_a_line_and_the_same_files_whatever_the_order():
    files = matrix_files(CELLS)
    shuffled = CELLS[:]
    random.Random(4).shuffle(shuffled)
    assert matrix_files(shuffled) == files
    lines = files[PART].splitlines()
    assert sum(1 for line in lines if line.startswith('"duplicates/')) == len(CELLS)


def test_each_root_cause_has_its_part_for_all_lines_and_a_big_one_is_split_by_database(
    monkeypatch,
):
    cells = [*CELLS, *moved(CELLS, root_cause="truncation"), *moved(CELLS, database="sqlite")]
    cells += moved(cells, sqlalchemy="2.1")
    assert sorted(matrix_files(cells)) == [PART, "data/truncation.json", MATRIX_FILE]
    whole = len(matrix_files(cells)[PART].encode())
    monkeypatch.setattr(published, "PART_BUDGET", whole - 1)
    files = matrix_files(cells)
    assert sorted(files) == [
        "data/duplicates/postgresql.json",
        "data/duplicates/sqlite.json",
        "data/truncation.json",
        MATRIX_FILE,
    ]
    assert all(len(text.encode()) < whole for path, text in files.items() if path != MATRIX_FILE)
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
    part["stacks"].pop(stack_label(CELLS[0].key))
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
    part["stacks"][stack_label(CELLS[0].key)]["lines"]["2.0"]["outcome"] = "vanished"
    with pytest.raises(MatrixError, match=f"{PART}: .*vanished"):
        matrix_from_files({**files, PART: json.dumps(part)})
    part = json.loads(files[PART])
    part["stacks"]["duplicates/pk_in_batch"] = {"shared": {}, "lines": {"2.0": {}}}
    with pytest.raises(MatrixError, match="does not match"):
        matrix_from_files({**files, PART: json.dumps(part)})
    index = json.loads(files[MATRIX_FILE])
    index["cells"] = {}
    with pytest.raises(MatrixError, match="cells"):
        matrix_from_files({**files, MATRIX_FILE: json.dumps(index)})


def test_a_matrix_of_another_schema_version_is_refused():
    with pytest.raises(SchemaVersionError, match="schema_version 2; this rowloss reads 3"):
        matrix_from_files({MATRIX_FILE: json.dumps({"schema_version": 2, "targets": {}})})


def test_labels_and_keys_are_one_to_one():
    assert key_of_label(CELLS[0].key.label()) == CELLS[0].key
    with pytest.raises(MatrixError, match="does not have 8 parts"):
        key_of_label("a/b")
    assert key_of_stack(stack_label(CELLS[0].key), "2.0") == CELLS[0].key
    with pytest.raises(MatrixError, match="does not have 7 parts"):
        key_of_stack("a/b", "2.0")


def test_the_published_matrix_meets_its_schema():
    """A run reads the published matrix for its expectations checking only
    versions and fields, so its whole schema is held here."""
    index = Path(__file__).resolve().parent.parent / "reports" / MATRIX_FILE
    cells = matrix_from_folder(index, check_schema=True)
    assert len(cells) == sum(json.loads(index.read_text())["parts"].values()) > 0
