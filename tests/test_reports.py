"""Publishing: reproducers once per shared code and rows, only for cells that
lost or changed rows, and a reports folder that can be published into again."""

import dataclasses
import gzip
import json
import shutil
from pathlib import Path

import pytest

from rowloss.backends import get_backend
from rowloss.cells import Cell, CellKey, Outcome, Versions, cells_to_json
from rowloss.cli import main
from rowloss.publish import reproducer
from rowloss.publish.cellfiles import load
from rowloss.publish.reports import NotOurFolder, publish

CODE = reproducer.Code(
    table_name="rowloss_repro_1",
    table="sa.Table(name, metadata, sa.Column('id', sa.Integer(), primary_key=True))",
    imports="import sqlalchemy as sa\n",
    transaction="transaction",
    session_setup=(),
    key=("id",),
    chunk=10,
    helpers="",
    call_name="add_all",
    call_source="def add_all(session, sink, rows):\n    session.add_all(rows)",
    on_session=True,
    caller_name="plain",
    caller_source="def plain(handle, insert, rows, sink):\n    insert(handle, rows)",
    baseline="[]",
    sent="[]",
    meant="[]",
    observed="[]",
    wrong_model=False,
)


def reproducer_file(
    tmp_path: Path,
    name: str,
    driver: str = "pymysql",
    code: reproducer.Code = CODE,
    note: str = "note.",
    line: str = "2.0",
    outcome: str = "dropped",
) -> str:
    """A run's reproducer of ``code``, measured through ``driver``, its parts beside it."""
    path = tmp_path / "run" / f"{name}.py"
    versions = Versions(server="10.11", driver="1.0", sqlalchemy=f"{line}.58")
    measured = reproducer.Measured(
        "mariadb", driver, outcome, f"{outcome} on {driver}", versions, line
    )
    parts = reproducer.ReproducerFile(
        title=name,
        note=note,
        filename=path.name,
        url=get_backend("mariadb").reproducer_url(driver),
        cases=(reproducer.ReproducerParts("add_all", (measured,), "2 rows, faulty at 1", code),),
    )
    reproducer.save(path, parts)
    return str(path)


def code_of(text: str) -> str:
    return text[text.index("\nfrom __future__ import annotations") :]


def cell(
    driver: str, outcome: Outcome, path: str | None, mode: str = "strict", line: str = "2.0"
) -> Cell:
    key = CellKey("duplicates", "pk", "mariadb", mode, driver, "add_all", "transaction", line)
    return Cell(
        key=key,
        outcome=outcome,
        detail=f"{outcome.value} on {driver}",
        versions=Versions(server="10.11", driver="1.0", sqlalchemy=f"{line}.58"),
        evidence={"batch": "2 rows, faulty at 1"},
        reproducer=path,
    )


def test_one_reproducer_per_scenario_and_mode_holds_a_case_per_code_naming_each_driver(
    tmp_path,
):
    other_rows = dataclasses.replace(CODE, sent="[{'id': 1}]")
    cells = [
        cell("pymysql", Outcome.DROPPED, reproducer_file(tmp_path, "a", "pymysql")),
        cell("mysqldb", Outcome.DROPPED, reproducer_file(tmp_path, "b", "mysqldb")),
        cell("asyncmy", Outcome.PARTIAL, reproducer_file(tmp_path, "c", "asyncmy", other_rows)),
        cell("aiomysql", Outcome.RAISED, reproducer_file(tmp_path, "d", "aiomysql")),
    ]
    published = publish(cells, tmp_path / "reports")
    assert published.reproducers == 1
    by_driver = {c.key.driver: c for c in load(tmp_path / "reports")}
    assert by_driver["pymysql"].reproducer == by_driver["mysqldb"].reproducer
    assert by_driver["asyncmy"].reproducer == by_driver["pymysql"].reproducer
    assert by_driver["pymysql"].reproducer.endswith("/duplicates/pk/mariadb-strict.py")
    assert by_driver["aiomysql"].reproducer is None, "a raised cell's error says it all"
    shared = Path(by_driver["pymysql"].reproducer).read_text()
    assert "- pymysql 1.0 (mariadb 10.11, SQLAlchemy 2.0.58)" in shared
    assert "'pymysql': {\n                '2.0': ('dropped', 'dropped on pymysql'),\n" in shared
    assert "'mysqldb': {\n                '2.0': ('dropped', 'dropped on mysqldb'),\n" in shared
    assert "'asyncmy': {\n                '2.0': ('partial', 'partial on asyncmy'),\n" in shared
    assert shared.count("\"api\": 'add_all'") == 2, "a case per code and rows"
    assert '"sent": [],' in shared and "\"sent\": [{'id': 1}]," in shared
    assert "\nnote.\n" in shared
    assert "mariadb+DRIVER://" in shared
    assert "with DRIVER one of: asyncmy, mysqldb, pymysql." in shared


def test_a_raised_side_of_a_difference_between_lines_is_published_with_the_other_side(
    tmp_path,
):
    # A raised cell alone keeps its reproducer in the run directory (above); one
    # that another line measured as dropped is published, in the other side's file.
    def measured(driver: str, outcome: Outcome, line: str) -> Cell:
        name = f"{driver}-{line}"
        path = reproducer_file(tmp_path, name, driver, line=line, outcome=outcome.value)
        return cell(driver, outcome, path, line=line)

    cells = [
        measured("pymysql", Outcome.DROPPED, "2.0"),
        measured("pymysql", Outcome.RAISED, "1.4"),
        measured("aiomysql", Outcome.RAISED, "1.4"),
        measured("aiomysql", Outcome.RAISED, "2.0"),
        measured("asyncmy", Outcome.RAISED, "1.4"),
        cell("asyncmy", Outcome.OK, None, line="2.0"),
    ]
    publish(cells, tmp_path / "reports")
    by_line = {(c.key.driver, c.key.sqlalchemy): c for c in load(tmp_path / "reports")}
    assert by_line[("pymysql", "1.4")].reproducer == by_line[("pymysql", "2.0")].reproducer
    assert by_line[("aiomysql", "1.4")].reproducer is None, "its lines agree: nothing to run"
    assert by_line[("aiomysql", "2.0")].reproducer is None
    shared = Path(by_line[("pymysql", "1.4")].reproducer).read_text()
    assert "'1.4': ('raised', 'raised on pymysql')" in shared
    assert "'2.0': ('dropped', 'dropped on pymysql')" in shared
    assert by_line[("asyncmy", "2.0")].reproducer == by_line[("asyncmy", "1.4")].reproducer
    assert "'2.0': ('ok', 'ok on asyncmy')" in shared, "an ok side is compared with too"


def test_publishing_into_the_same_folder_again_keeps_its_reproducers(tmp_path):
    folder = tmp_path / "reports"
    run = Path(reproducer_file(tmp_path, "a"))
    code = code_of(run.read_text())
    publish([cell("pymysql", Outcome.DROPPED, str(run))], folder)
    run.unlink()
    reproducer.parts_path(run).unlink()
    publish(load(folder), folder)
    (again,) = load(folder)
    assert again.reproducer and code_of(Path(again.reproducer).read_text()) == code
    assert not list(folder.glob(".reproducers-*")), "no staging folder is left behind"


def test_the_published_pages_render_again_from_matrix_json_alone(tmp_path):
    from dataclasses import replace

    from rowloss.publish.cellfiles import relative_to
    from rowloss.render.pages import render_pages

    folder = tmp_path / "reports"
    dropped = cell("pymysql", Outcome.DROPPED, reproducer_file(tmp_path, "a"))
    publish([replace(dropped, test_id="scenarios/test_x.py::test_x[pymysql]")], folder)
    again = relative_to(load(folder), folder)
    pages = render_pages(again)
    assert {"MATRIX.md", "index.html", "CLAIMS.md"} < set(pages)
    for name, text in pages.items():
        assert text == (folder / name).read_text(), name


def test_publishing_what_was_published_gives_the_same_files(tmp_path):
    """rowloss merge keeps the published cells as its base: their reproducers,
    read back from reports/, must come out as they were, not with a second
    header inside the first."""
    path = reproducer_file(tmp_path, "a", note="the note.")
    folder = tmp_path / "reports"
    publish([cell("pymysql", Outcome.DROPPED, path)], folder)
    first = files(folder)
    publish(load(folder), folder)
    assert files(folder) == first
    assert len(first) == 10, (
        "the matrix's index and one part, its schema, MATRIX.md, one detail file, one stack "
        "page, index.html, CLAIMS.md, a reproducer, the parts store"
    )
    assert folder / "reproducers" / "parts.json.gz" in first
    (text,) = [t.decode() for p, t in first.items() if p.suffix == ".py"]
    assert text.count("Measured with:") == 1 and "the note." in text


def files(folder: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def store_of(folder: Path) -> dict:
    return json.loads(gzip.decompress((folder / "reproducers" / "parts.json.gz").read_bytes()))


def two_reproducers(tmp_path: Path) -> list[Cell]:
    """Cells of two published reproducers, of two modes, whose cases differ in
    their rows only."""
    other = reproducer_file(tmp_path, "c", "asyncmy", ROWS_OF_ONE)
    return [
        cell("pymysql", Outcome.DROPPED, reproducer_file(tmp_path, "a")),
        cell("mysqldb", Outcome.DROPPED, reproducer_file(tmp_path, "b", "mysqldb")),
        cell("asyncmy", Outcome.PARTIAL, other, mode="permissive"),
    ]


ROWS_OF_ONE = dataclasses.replace(CODE, sent="[{'id': 1}]")


def test_the_published_parts_are_one_store_holding_shared_code_once(tmp_path):
    cells = two_reproducers(tmp_path)
    publish(cells, tmp_path / "reports")
    folder = tmp_path / "reports"
    assert not list(folder.rglob("*.parts.json")), "no parts file beside a published script"
    store = store_of(folder)
    assert sorted(store["reproducers"]) == [
        "duplicates/pk/mariadb-permissive.py",
        "duplicates/pk/mariadb-strict.py",
    ]
    assert list(store["sources"].values()).count(CODE.call_source) == 1
    cases = [case for record in store["reproducers"].values() for case in record["cases"]]
    for case in cases:
        for name in reproducer.SHARED_CODE:
            assert case["code"][name] in store["sources"], name
        assert CODE.caller_source not in json.dumps(case)
    assert {case["code"]["sent"] for case in cases} == {"[]", "[{'id': 1}]"}


def test_the_same_cells_give_a_byte_identical_store(tmp_path):
    cells = two_reproducers(tmp_path)
    publish(cells, tmp_path / "one")
    publish(list(reversed(cells)), tmp_path / "two")
    stored = [(tmp_path / f / "reproducers" / "parts.json.gz").read_bytes() for f in ("one", "two")]
    assert stored[0] == stored[1]
    assert stored[0][4:8] == bytes(4), "no modification time in the gzip header"


def test_a_published_folder_publishes_again_elsewhere_from_its_store_alone(tmp_path):
    """What ``rowloss merge reports/matrix.json --out DIR`` does: the run that
    measured the cells is gone, and the store renders every script as it was."""
    publish(two_reproducers(tmp_path), tmp_path / "reports")
    shutil.rmtree(tmp_path / "run")
    published = publish(load(tmp_path / "reports"), tmp_path / "elsewhere")
    assert published.reproducers == 2
    before = {
        p.relative_to(tmp_path / "reports"): t for p, t in files(tmp_path / "reports").items()
    }
    after = {
        p.relative_to(tmp_path / "elsewhere"): t for p, t in files(tmp_path / "elsewhere").items()
    }
    reproducers = {p for p in before if p.parts[0] == "reproducers"}
    assert len(reproducers) == 3
    assert {p: after[p] for p in reproducers} == {p: before[p] for p in reproducers}


def test_a_store_that_does_not_list_a_published_script_is_refused(tmp_path):
    folder = tmp_path / "reports"
    publish(two_reproducers(tmp_path), folder)
    shutil.rmtree(tmp_path / "run")
    (folder / "reproducers" / "stray.py").write_text("")
    with pytest.raises(reproducer.UnreadableParts, match=r"stray\.py has no parts"):
        reproducer.load(folder / "reproducers" / "stray.py")


def test_a_folder_published_without_parts_says_what_to_do_and_full_runs_publish(tmp_path, capsys):
    """reports/ was published before reproducers kept parts: merging a part of
    the cells into it is refused in one line, saying what to do; merging runs
    that measured every cell, into it or into an empty folder, works."""
    run = tmp_path / "run"
    run.mkdir(parents=True, exist_ok=True)
    (run / "cells.json").write_text(cells_to_json(two_reproducers(tmp_path)))
    folder = tmp_path / "reports"
    assert main(["merge", str(run), "--out", str(folder)]) == 0
    (folder / "reproducers" / "parts.json.gz").unlink()
    before = files(folder)
    capsys.readouterr()
    assert main(["merge", str(folder / "matrix.json"), "--out", str(folder)]) == 2
    error = capsys.readouterr().err.strip()
    assert "\n" not in error
    assert error.count("has no parts") == 1 and "2 reproducers cannot be published" in error
    assert "measure its cells again, or merge full runs into an empty folder" in error
    assert files(folder) == before, "the folder is left as it was"
    with pytest.raises(NotOurFolder):
        publish(load(folder), tmp_path / "elsewhere")
    assert main(["merge", str(run), "--out", str(tmp_path / "empty")]) == 0
    assert len(store_of(tmp_path / "empty")["reproducers"]) == 2
    assert main(["merge", str(run), "--out", str(folder)]) == 0, "a full run replaces every cell"
    assert len(store_of(folder)["reproducers"]) == 2


REPORTS = Path(__file__).resolve().parent.parent / "reports"
FILE_BUDGET = 20_000_000
FOLDER_BUDGET = 80_000_000


def test_the_published_folder_keeps_its_size_budget():
    """No published file over 20 MB and ``reports/`` under 80 MB: a code host
    shows each file, and a clone stays small as lines and causes are added."""
    files = [path for path in REPORTS.rglob("*") if path.is_file()]
    sizes = {path.relative_to(REPORTS).as_posix(): path.stat().st_size for path in files}
    assert sizes, f"no published folder at {REPORTS}"
    too_big = {path: size for path, size in sizes.items() if size > FILE_BUDGET}
    assert not too_big, f"published files over {FILE_BUDGET} bytes: {too_big}"
    assert sum(sizes.values()) < FOLDER_BUDGET, f"reports/ holds {sum(sizes.values())} bytes"
