"""The cell record survives JSON unchanged, and foreign files are refused."""

import dataclasses
import json

import pytest

from rowloss.cells import (
    APPLICATION,
    SCHEMA_VERSION,
    Cell,
    CellKey,
    Outcome,
    SchemaVersionError,
    Versions,
    cells_from_json,
    cells_to_json,
)
from rowloss.recorder import DuplicateCell, Recorder, merge_fragments


def make_cell(database="postgresql", driver="psycopg2", outcome=Outcome.DROPPED):
    return Cell(
        key=CellKey(
            "duplicates",
            "in_batch",
            database,
            "default",
            driver,
            "bulk_insert_mappings",
            "transaction",
            "2.0",
        ),
        outcome=outcome,
        detail="1 of 3 rows missing (2)",
        versions=Versions(server="15.20", driver="2.9.13", sqlalchemy="2.0.58"),
        environment={"time_zone": "UTC"},
        evidence={"given": 3, "stored": 2, "warnings": ["Warning: x"]},
        reproducer="reproducers/duplicates.py",
        run={"run": "20261126T000000Z"},
        test_id="scenarios/test_duplicates.py::test_in_batch[postgresql-psycopg2]",
    )


def test_cell_round_trips_through_json():
    cells = [make_cell(), make_cell(database="mariadb", driver="pymysql", outcome=Outcome.OK)]
    text = cells_to_json(cells, {"run": "x"})
    assert cells_from_json(text) == sorted(cells, key=lambda c: c.key)


def test_json_is_sorted_by_key_so_equal_runs_give_equal_files():
    a, b = make_cell(driver="pg8000"), make_cell(driver="asyncpg")
    assert cells_to_json([a, b]) == cells_to_json([b, a])


def test_outcome_is_written_as_its_name():
    document = json.loads(cells_to_json([make_cell()]))
    assert document["schema_version"] == SCHEMA_VERSION
    assert document["cells"][0]["outcome"] == "dropped"


def test_unknown_schema_version_is_refused():
    text = cells_to_json([make_cell()]).replace(
        f'"schema_version": {SCHEMA_VERSION}', '"schema_version": 99'
    )
    with pytest.raises(SchemaVersionError, match="schema_version 99"):
        cells_from_json(text)


def test_unknown_cell_field_is_refused():
    document = json.loads(cells_to_json([make_cell()]))
    document["cells"][0]["surprise"] = 1
    with pytest.raises(ValueError, match="surprise"):
        cells_from_json(json.dumps(document))


def test_silent_outcomes_are_dropped_and_altered():
    assert {o for o in Outcome if o.silent} == {Outcome.DROPPED, Outcome.ALTERED}


def test_one_key_recorded_twice_in_a_run_is_an_error(tmp_path):
    recorder = Recorder(tmp_path, "main")
    recorder.record(make_cell())
    with pytest.raises(DuplicateCell, match="recorded twice"):
        recorder.record(make_cell())


def test_fragments_of_workers_merge_into_one_sorted_set(tmp_path):
    first, second = Recorder(tmp_path, "gw0"), Recorder(tmp_path, "gw1")
    first.record(make_cell(driver="psycopg2"))
    second.record(make_cell(driver="asyncpg"))
    merged = merge_fragments(tmp_path)
    assert [c.key.driver for c in merged] == ["asyncpg", "psycopg2"]


def test_the_same_cell_in_two_fragments_is_an_error(tmp_path):
    for worker in ("gw0", "gw1"):
        recorder = Recorder(tmp_path, worker)
        recorder.record(make_cell())
    with pytest.raises(DuplicateCell, match="two fragments"):
        merge_fragments(tmp_path)


def test_a_cell_whose_process_died_is_an_error_cell(tmp_path):
    recorder = Recorder(tmp_path, "gw0")
    recorder.record(make_cell(driver="psycopg2"))
    recorder.intend(make_cell(driver="pg8000").key, "test_x[pg8000]")
    merged = merge_fragments(tmp_path, {"test_x[pg8000]": "Segmentation fault"})
    died = next(c for c in merged if c.key.driver == "pg8000")
    assert died.outcome is Outcome.ERROR
    assert "died" in died.detail and "Segmentation fault" in died.detail
    assert next(c for c in merged if c.key.driver == "psycopg2").outcome is Outcome.DROPPED


def test_in_an_interrupted_run_a_cell_without_its_measurement_is_cut_short(tmp_path):
    recorder = Recorder(tmp_path, "gw0")
    recorder.intend(make_cell(driver="pg8000").key, "test_x[pg8000]")
    (cut,) = merge_fragments(tmp_path, {}, interrupted="interrupted (SIGINT)")
    assert cut.outcome is Outcome.ERROR and "interrupted (SIGINT)" in cut.cut_short


def test_a_journal_line_cut_off_by_a_killed_process_is_no_cell(tmp_path):
    recorder = Recorder(tmp_path, "gw0")
    recorder.record(make_cell(driver="psycopg2"))
    with recorder.journal.open("a") as journal:
        journal.write('{"cell": {"key": {"root_ca')
    assert [c.key.driver for c in merge_fragments(tmp_path)] == ["psycopg2"]


def test_the_summary_counts_silent_cells_per_root_cause_and_database(tmp_path):
    from rowloss.recorder import SILENT_FILE, write_cells
    from rowloss.run.summary import silent_table

    def one(cause: str, database: str, outcome: Outcome, driver: str) -> Cell:
        key = CellKey(cause, "s", database, "default", driver, "add_all", "autocommit", "2.0")
        return Cell(key=key, outcome=outcome, detail=f"{outcome.value} detail")

    cells = [
        one("duplicates", "sqlite", Outcome.DROPPED, "a"),
        one("duplicates", "sqlite", Outcome.OK, "b"),
        one("duplicates", "postgresql", Outcome.RAISED, "a"),
        one("truncation", "postgresql", Outcome.ALTERED, "a"),
        one("truncation", "postgresql", Outcome.NOT_RUN, "b"),
    ]
    table = silent_table(cells)
    assert table[1].split() == ["root", "cause", "postgresql", "sqlite"]
    assert table[2].split() == ["duplicates", "0/1", "1/2"]
    assert table[3].split() == ["truncation", "1/1", "-"]
    swallowed = dataclasses.replace(
        one("duplicates", "sqlite", Outcome.DROPPED, "c"), layer=APPLICATION
    )
    equivalent = one("duplicates", "sqlite", Outcome.EQUIVALENT, "d")
    table = silent_table([*cells, swallowed, equivalent])
    assert table[2].split() == ["duplicates", "0/1", "1/3"]
    assert table[3].split() == ["duplicates", "(application's", "code)", "-", "1/1"]
    write_cells(tmp_path, cells, {})
    listed = (tmp_path / SILENT_FILE).read_text().splitlines()
    assert [line.split(":")[0] for line in listed] == ["dropped", "altered"]


def test_a_cell_keeps_its_layer_through_json_and_refuses_an_unknown_one():
    cell = dataclasses.replace(make_cell(), layer=APPLICATION)
    assert cells_from_json(cells_to_json([cell]))[0].layer == APPLICATION
    data = cell.to_dict()
    data["layer"] = "network"
    with pytest.raises(ValueError, match="layer 'network'"):
        Cell.from_dict(data)


def test_a_cell_as_a_dict_is_what_dataclasses_asdict_gives():
    cell = make_cell()
    cell = dataclasses.replace(cell, evidence={"rows": [{"id": 1, "diff": ("a", "b")}], "n": 2})
    expected = dataclasses.asdict(cell)
    expected["outcome"] = "dropped"
    assert cell.to_dict() == expected
    assert list(cell.to_dict()) == [f.name for f in dataclasses.fields(Cell)]


def test_a_key_label_joins_its_fields_in_order():
    key = make_cell().key
    assert key.label() == "/".join(str(v) for v in dataclasses.astuple(key))
