"""The SQLAlchemy lines side by side: the packages each line's run had, the
cells whose outcome differs between lines, the cells a line could not run,
and how MATRIX.md shows them."""

from __future__ import annotations

import json

from rowloss.cells import Cell, CellKey, Outcome, cells_to_json, line_order
from rowloss.packages import PACKAGES, measuring_packages, packages_text, parse_packages
from rowloss.publish.cellfiles import load
from rowloss.render.lines_model import lines_view
from rowloss.render.markdown import markdown_files

PACKAGES_14 = "numpy==1.26.4 pandas==2.1.4 pytest==9.0.3 sqlalchemy==1.4.54"
PACKAGES_20 = "numpy==2.4.6 pandas==3.1.1 pytest==9.0.3 sqlalchemy==2.0.58"


def cell(line, outcome, scenario="first_row_lacks_key", driver="pysqlite", detail="", path=None):
    key = CellKey(
        "key_drift", scenario, "sqlite", "default", driver, "orm_bulk_insert", "transaction", line
    )
    packages = PACKAGES_14 if line == "1.4" else PACKAGES_20
    return Cell(
        key=key,
        outcome=outcome,
        detail=detail or f"{outcome.value} on {line}",
        reproducer=path,
        run={"run": f"line-{line}", PACKAGES: packages},
    )


CELLS = [
    cell("1.4", Outcome.ALTERED, path="reproducers/one.py"),
    cell("2.0", Outcome.OK),
    cell("1.4", Outcome.ALTERED, driver="aiosqlite", path="reproducers/one.py"),
    cell("2.0", Outcome.OK, driver="aiosqlite"),
    cell("1.4", Outcome.OK, scenario="same_everywhere"),
    cell("2.0", Outcome.OK, scenario="same_everywhere"),
    cell("1.4", Outcome.NOT_RUN, scenario="returning", detail="SQLAlchemy 1.4.54 cannot render"),
    cell("2.0", Outcome.DROPPED, scenario="returning"),
    cell("2.0", Outcome.OK, scenario="only_on_two"),
]


def test_the_installed_packages_include_sqlalchemy_at_its_version_and_read_back():
    import sqlalchemy

    assert measuring_packages()["sqlalchemy"] == sqlalchemy.__version__
    assert parse_packages(packages_text()) == measuring_packages()
    assert "rowloss" not in measuring_packages() and "ruff" not in measuring_packages()


def test_lines_sort_as_versions():
    assert sorted(["2.10", "2.1", "1.4", "2.0"], key=line_order) == ["1.4", "2.0", "2.1", "2.10"]


def test_a_difference_is_two_lines_measuring_one_cell_differently():
    view = lines_view(CELLS)
    assert view.lines == ("1.4", "2.0")
    assert [(d.key.scenario, d.key.driver) for d in view.differences] == [
        ("first_row_lacks_key", "aiosqlite"),
        ("first_row_lacks_key", "pysqlite"),
    ]
    assert view.compared == 3, "cells measured on one line only are not compared"
    assert [(o.line, o.reason, o.cells) for o in view.not_run] == [
        ("1.4", "SQLAlchemy 1.4.54 cannot render", 1)
    ]
    assert view.packages == {
        "numpy": {"1.4": "1.26.4", "2.0": "2.4.6"},
        "pandas": {"1.4": "2.1.4", "2.0": "3.1.1"},
        "sqlalchemy": {"1.4": "1.4.54", "2.0": "2.0.58"},
    }


def test_matrix_md_lists_every_differing_cell_with_each_sides_outcome_and_reproducer():
    text = markdown_files(CELLS)["MATRIX.md"]
    section = text[text.index("## Between SQLAlchemy lines") : text.index("## Legend")]
    assert "3 cells were measured on two lines or more, and 2 of them" in section
    assert "| pandas | 2.1.4 | 3.1.1 |" in section and "pytest" not in section
    assert "- 1.4, 1 cells: SQLAlchemy 1.4.54 cannot render" in section
    assert "### key_drift / first_row_lacks_key" in section
    row = next(line for line in section.splitlines() if line.startswith("| orm_bulk_insert"))
    assert "sqlite aiosqlite, sqlite pysqlite" in row, "equal sides share a row"
    assert "altered: altered on 1.4" in row and "ok: ok on 2.0" in row
    assert "[1]: reproducers/one.py" in section


def test_one_line_has_no_such_section():
    text = markdown_files([c for c in CELLS if c.key.sqlalchemy == "2.0"])["MATRIX.md"]
    assert "Between SQLAlchemy lines" not in text


def test_a_runs_packages_are_written_once_and_read_back_into_every_cell(tmp_path):
    bare = [Cell(key=c.key, outcome=c.outcome, run={"run": "r"}) for c in CELLS[:2]]
    path = tmp_path / "cells.json"
    path.write_text(cells_to_json(bare, {PACKAGES: PACKAGES_20}))
    assert PACKAGES not in json.loads(path.read_text())["cells"][0]["run"]
    assert {c.run[PACKAGES] for c in load(path)} == {PACKAGES_20}
