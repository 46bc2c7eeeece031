"""The published matrix file: every cell back as it went in, a schema that
holds, one cell a line, and foreign or future files refused in one line."""

import json
import random

import jsonschema
import pytest

from rowloss.cells import Cell, CellKey, Outcome, SchemaVersionError, Versions
from rowloss.publish.published import (
    MatrixError,
    key_of_label,
    matrix_from_json,
    matrix_schema,
    matrix_to_json,
)


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


def test_cells_survive_the_matrix_file_with_only_their_differences_stored():
    text = matrix_to_json(CELLS)
    assert sorted(matrix_from_json(text), key=lambda c: c.key) == sorted(CELLS, key=lambda c: c.key)
    document = json.loads(text)
    pg8000 = document["cells"][CELLS[1].key.label()]
    assert pg8000["outcome"] == "dropped" and pg8000["reproducer"] == "reproducers/a.py"
    assert "versions" not in pg8000, "shared attributes live with the target"
    assert document["cells"][CELLS[3].key.label()]["versions"]["server"] == "15.21"


def test_one_cell_a_line_and_the_same_file_whatever_the_order():
    text = matrix_to_json(CELLS)
    shuffled = CELLS[:]
    random.Random(4).shuffle(shuffled)
    assert matrix_to_json(shuffled) == text
    assert sum(1 for line in text.splitlines() if line.startswith('"duplicates/')) == len(CELLS)


def test_the_schema_is_valid_and_a_broken_matrix_is_refused_at_its_first_fault():
    jsonschema.Draft202012Validator.check_schema(matrix_schema())
    document = json.loads(matrix_to_json(CELLS))
    document["cells"][CELLS[0].key.label()]["outcome"] = "vanished"
    with pytest.raises(MatrixError, match="vanished"):
        matrix_from_json(json.dumps(document))
    document = json.loads(matrix_to_json(CELLS))
    document["cells"]["duplicates/pk_in_batch"] = {}
    with pytest.raises(MatrixError, match="does not match"):
        matrix_from_json(json.dumps(document))


def test_a_matrix_of_another_schema_version_is_refused():
    with pytest.raises(SchemaVersionError, match="schema_version 2; this rowloss reads 1"):
        matrix_from_json(json.dumps({"schema_version": 2, "targets": {}, "cells": {}}))


def test_labels_and_keys_are_one_to_one():
    assert key_of_label(CELLS[0].key.label()) == CELLS[0].key
    with pytest.raises(MatrixError, match="does not have 8 parts"):
        key_of_label("a/b")
