"""MATRIX.md: a section per SQLAlchemy line, a table per root cause, a mark
per cell, silent marks linked and marked where something revealed them."""

from rowloss.cells import Cell, CellKey, Outcome, Versions
from rowloss.render.markdown import SYMBOLS, render_matrix


def cell(database, mode, driver, outcome, line="2.0", api="add_all", **extra):
    key = CellKey("duplicates", "pk", database, mode, driver, api, "transaction", line)
    return Cell(
        key=key,
        outcome=outcome,
        detail=extra.pop("detail", ""),
        versions=Versions(server="10.11.19", driver="1.2", sqlalchemy=f"{line}.9"),
        **extra,
    )


CELLS = [
    cell("mariadb", "strict", "pymysql", Outcome.RAISED),
    cell(
        "mariadb",
        "permissive",
        "pymysql",
        Outcome.DROPPED,
        signal=("warning",),
        reproducer="reproducers/x.py",
    ),
    cell("mariadb", "permissive", "pymysql", Outcome.OK, line="1.4"),
    cell("mysql", "strict", "pymysql", Outcome.NOT_RUN, detail="no MySQL here"),
]


def test_sections_per_sqlalchemy_line_with_one_mark_per_cell():
    text = render_matrix(CELLS)
    assert text.index("## SQLAlchemy 1.4") < text.index("## SQLAlchemy 2.0")
    row = next(line for line in text.splitlines() if "pk | add_all | transaction |" in line)
    assert row.endswith(f"| {SYMBOLS[Outcome.OK]} |"), "the 1.4 row has its one mark"
    assert "| mariadb | 10.11.19 | pymysql 1.2 |" in text
    assert "SQLAlchemy: 1.4.9, 2.0.9" in text


def test_a_silent_mark_links_its_reproducer_and_says_what_revealed_it():
    text = render_matrix(CELLS)
    assert f"[{SYMBOLS[Outcome.DROPPED]}ʷ][1]" in text
    assert "[1]: reproducers/x.py" in text
    assert f"| {SYMBOLS[Outcome.RAISED]} |" in text


def test_a_column_with_nothing_measured_is_named_below_with_its_reason():
    text = render_matrix(CELLS)
    assert "mysql<br>" not in text
    assert "- not run on mysql strict pymysql: no MySQL here" in text


def test_the_same_cells_give_the_same_page():
    assert render_matrix(CELLS) == render_matrix(list(reversed(CELLS)))
