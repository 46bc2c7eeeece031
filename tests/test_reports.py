"""Publishing: reproducers once per shared code and rows, only for cells that
lost or changed rows, and a reports folder that can be published into again."""

from pathlib import Path

from rowloss.cellfiles import load
from rowloss.cells import Cell, CellKey, Outcome, Versions
from rowloss.reports import publish

BODY = '\nTABLE_NAME = "rowloss_repro_1"\nROWS_SENT = []\n'


def reproducer(tmp_path: Path, name: str, body: str = BODY) -> str:
    path = tmp_path / "run" / f"{name}.py"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f'#!/usr/bin/env python3\n"""rowloss reproducer: {name}\n\nnote.\n"""\n{body}')
    return str(path)


def cell(driver: str, outcome: Outcome, path: str | None) -> Cell:
    key = CellKey("duplicates", "pk", "mariadb", "strict", driver, "add_all", "transaction", "2.0")
    return Cell(
        key=key,
        outcome=outcome,
        detail=f"{outcome.value} on {driver}",
        versions=Versions(server="10.11", driver="1.0", sqlalchemy="2.0.58"),
        evidence={"batch": "2 rows, faulty at 1"},
        reproducer=path,
    )


def test_drivers_sharing_code_and_rows_share_one_reproducer_naming_each(tmp_path):
    cells = [
        cell("pymysql", Outcome.DROPPED, reproducer(tmp_path, "a")),
        cell("mysqldb", Outcome.DROPPED, reproducer(tmp_path, "b")),
        cell("asyncmy", Outcome.PARTIAL, reproducer(tmp_path, "c", BODY + "ROWS = [1]\n")),
        cell("aiomysql", Outcome.RAISED, reproducer(tmp_path, "d")),
    ]
    published = publish(cells, tmp_path / "reports")
    assert published.reproducers == 2
    by_driver = {c.key.driver: c for c in load(tmp_path / "reports")}
    assert by_driver["pymysql"].reproducer == by_driver["mysqldb"].reproducer
    assert by_driver["asyncmy"].reproducer != by_driver["pymysql"].reproducer
    assert by_driver["aiomysql"].reproducer is None, "a raised cell's error says it all"
    shared = Path(by_driver["pymysql"].reproducer).read_text()
    assert (
        "- pymysql 1.0 (mariadb 10.11, SQLAlchemy 2.0.58): dropped - dropped on pymysql" in shared
    )
    assert "- mysqldb 1.0" in shared and shared.endswith(BODY)
    assert "\nnote.\n" in shared


def test_publishing_into_the_same_folder_again_keeps_its_reproducers(tmp_path):
    folder = tmp_path / "reports"
    publish([cell("pymysql", Outcome.DROPPED, reproducer(tmp_path, "a"))], folder)
    (tmp_path / "run" / "a.py").unlink()
    publish(load(folder), folder)
    (again,) = load(folder)
    assert again.reproducer and Path(again.reproducer).read_text().endswith(BODY)
    assert not list(folder.glob(".reproducers-*")), "no staging folder is left behind"


def test_the_published_pages_render_again_from_matrix_json_alone(tmp_path):
    from dataclasses import replace

    from rowloss.cellfiles import relative_to
    from rowloss.render.pages import renderers

    folder = tmp_path / "reports"
    dropped = cell("pymysql", Outcome.DROPPED, reproducer(tmp_path, "a"))
    publish([replace(dropped, test_id="scenarios/test_x.py::test_x[pymysql]")], folder)
    again = relative_to(load(folder), folder)
    for name, render in renderers().items():
        assert render(again) == (folder / name).read_text(), name


def test_publishing_what_was_published_gives_the_same_files(tmp_path):
    """rowloss merge keeps the published cells as its base: their reproducers,
    read back from reports/, must come out as they were, not with a second
    header inside the first."""
    path = tmp_path / "run" / "a.py"
    path.parent.mkdir(parents=True)
    path.write_text(
        '#!/usr/bin/env python3\n"""rowloss reproducer: a\n\nthe note.\n\n'
        'Measured by rowloss: dropped\n"""\n' + BODY
    )
    folder = tmp_path / "reports"
    publish([cell("pymysql", Outcome.DROPPED, str(path))], folder)
    first = {p: p.read_text() for p in folder.rglob("*") if p.is_file()}
    publish(load(folder), folder)
    assert {p: p.read_text() for p in folder.rglob("*") if p.is_file()} == first
    (text,) = [t for p, t in first.items() if p.suffix == ".py"]
    assert text.count("Measured by rowloss") == 1 and "the note." in text
