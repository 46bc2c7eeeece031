"""The Markdown matrix: a short MATRIX.md of counts, detail files under the
size budget, a page per stack; counts, hidden cells and links checked against
the cells they come from."""

from __future__ import annotations

import re
from pathlib import Path

from rowloss.cells import APPLICATION, STACK, Cell, CellKey, Outcome, Versions
from rowloss.render.anchors import stack_path
from rowloss.render.legend import OUTCOME_LABELS
from rowloss.render.markdown import INDEX, markdown_files, render_index
from rowloss.render.markdown_layout import BUDGET, detail_files
from rowloss.render.markdown_stacks import stack_page
from rowloss.render.summary_model import Count, Stack, not_run_lines, stack_view, summary

ORACLE_REASON = "no URL given (--rowloss-url oracle=URL); docker: the image cannot be pulled"


def cell(
    database: str,
    mode: str,
    driver: str,
    outcome: Outcome,
    scenario: str = "pk",
    api: str = "add_all",
    transaction: str = "transaction",
    root_cause: str = "duplicates",
    line: str = "2.0",
    **extra: object,
) -> Cell:
    key = CellKey(root_cause, scenario, database, mode, driver, api, transaction, line)
    reproducer = extra.pop("reproducer", None)
    if reproducer is None and outcome in (Outcome.DROPPED, Outcome.ALTERED, Outcome.PARTIAL):
        name = f"{database}-{mode}-{api}-{transaction}.py"
        reproducer = f"reproducers/sqlalchemy-{line}/{root_cause}/{scenario}/{name}"
    return Cell(
        key=key,
        outcome=outcome,
        versions=Versions(
            server="" if outcome is Outcome.NOT_RUN else "10.11.19",
            driver="" if outcome is Outcome.NOT_RUN else "1.2",
            sqlalchemy=f"{line}.9",
        ),
        reproducer=reproducer,
        **extra,  # type: ignore[arg-type]
    )


def sample() -> list[Cell]:
    strict = [
        cell("mariadb", "strict", driver, outcome, scenario=scenario, api=api)
        for driver in ("pymysql", "mysqldb")
        for scenario, api, outcome in (
            ("pk", "add_all", Outcome.RAISED),
            ("pk", "core_executemany", Outcome.DROPPED),
            ("composite", "add_all", Outcome.OK),
            ("composite", "core_executemany", Outcome.OK),
        )
    ]
    return [
        *strict,
        cell("mariadb", "strict", "asyncmy", Outcome.RAISED),
        cell("mariadb", "strict", "asyncmy", Outcome.RAISED, api="core_executemany"),
        cell("mariadb", "strict", "asyncmy", Outcome.OK, scenario="composite"),
        cell(
            "mariadb", "strict", "asyncmy", Outcome.NOT_RUN, scenario="nan", detail="a driver bug"
        ),
        cell("mariadb", "strict", "pymysql", Outcome.EQUIVALENT, scenario="offset"),
        cell(
            "mariadb",
            "strict",
            "pymysql",
            Outcome.DROPPED,
            scenario="swallowed",
            root_cause="failed_session",
            layer=APPLICATION,
            detail="2 of 2 rows missing",
            signal=("none",),
        ),
        cell(
            "mariadb",
            "strict",
            "pymysql",
            Outcome.RAISED,
            scenario="reraised",
            root_cause="failed_session",
            layer=APPLICATION,
        ),
        cell("oracle", "default", "oracledb", Outcome.NOT_RUN, detail=ORACLE_REASON),
        cell("oracle", "default", "cx_oracle", Outcome.NOT_RUN, detail=ORACLE_REASON),
    ]


PYMYSQL = Stack("mariadb", "strict", "pymysql")


def test_a_count_is_of_silent_scenarios_out_of_those_measured():
    rows = {row.stack: row for row in summary(sample())}
    counts = rows[PYMYSQL].counts
    assert counts[("duplicates", STACK)] == Count(silent=1, measured=3), (
        "pk is silent (one API dropped), composite and offset are not"
    )
    assert rows[Stack("mariadb", "strict", "asyncmy")].counts[("duplicates", STACK)] == Count(
        0, 2
    ), "a scenario only not-run (nan) is not measured"
    index = markdown_files(sample())[INDEX]
    assert "[1/3](matrix/sqlalchemy-2.0/duplicates.md)" in index


def test_the_application_layer_is_counted_apart_from_the_stack():
    counts = {row.stack: row for row in summary(sample())}[PYMYSQL].counts
    assert counts[("failed_session", APPLICATION)] == Count(silent=1, measured=2)
    assert ("failed_session", STACK) not in counts
    index = markdown_files(sample())[INDEX]
    assert "app [1/2](matrix/sqlalchemy-2.0/failed_session.md)" in index
    page = markdown_files(sample())["stacks/mariadb-strict-pymysql.md"]
    stack_part, application_part = page.split("### Silent: the application's own code")
    assert "swallowed" in application_part and "swallowed" not in stack_part
    assert "2 of 2 rows not stored. What could have told the caller: nothing" in application_part


def test_equivalent_is_never_silent():
    only = [cell("sqlite", "default", "pysqlite", Outcome.EQUIVALENT, scenario="offset")]
    (row,) = summary(only)
    assert row.counts[("duplicates", STACK)] == Count(0, 1)
    assert "[0/1]" in markdown_files(only)[INDEX]


def test_not_run_cells_are_hidden_and_accounted_for_in_a_readers_words():
    files = markdown_files(sample())
    index = files[INDEX]
    assert "- oracle, 2 cells: no Oracle server was available to the run that published" in index
    assert "- mariadb, 1 cells: mariadb strict asyncmy: a driver bug" in index
    assert "no URL given" not in "".join(files.values()), "the machine's reason stays in the data"
    assert "oracledb" not in index and "cx_oracle" not in index, "never measured, not listed"
    assert not any("oracle" in path for path in files)
    detail = files["matrix/sqlalchemy-2.0/duplicates.md"]
    assert "oracle" not in detail and "| nan |" not in detail
    assert "(3 cells of this file" in detail, "oracle's two and asyncmy's nan"
    assert [line.database for line in not_run_lines(sample())] == ["mariadb", "oracle"]


def test_identical_columns_share_one_and_different_ones_do_not():
    detail = markdown_files(sample())["matrix/sqlalchemy-2.0/duplicates.md"]
    header = next(line for line in detail.splitlines() if line.startswith("| scenario"))
    columns = [c.strip() for c in header.strip("|").split("|")][3:]
    assert columns == [
        "mariadb strict: asyncmy",
        "mariadb strict: mysqldb, pymysql",
    ] or columns == [
        "mariadb strict: asyncmy",
        "mariadb strict: mysqldb",
        "mariadb strict: pymysql",
    ]
    # pymysql measured the offset scenario, mysqldb did not: they differ on a row
    assert "mariadb strict: mysqldb" in columns and "mariadb strict: pymysql" in columns
    same = [c for c in sample() if c.key.scenario in ("pk", "composite")]
    header = next(
        line
        for line in markdown_files(same)["matrix/sqlalchemy-2.0/duplicates.md"].splitlines()
        if line.startswith("| scenario")
    )
    assert "| mariadb strict: mysqldb, pymysql |" in header, "equal on every row: one column"
    assert "| mariadb strict: asyncmy |" in header, "raised where they dropped: its own column"


def test_marks_are_the_pages_symbols():
    detail = markdown_files(sample())["matrix/sqlalchemy-2.0/duplicates.md"]
    dropped, raised = OUTCOME_LABELS[Outcome.DROPPED][0], OUTCOME_LABELS[Outcome.RAISED][0]
    assert f"[{dropped}][1]" in detail and f"| {raised} |" in detail
    index = markdown_files(sample())[INDEX]
    for symbol, label, meaning in OUTCOME_LABELS.values():
        assert f"| {symbol} | {label} | {meaning} |" in index


def test_the_stack_view_puts_silent_scenarios_first_and_collapses_agreement():
    rows = stack_view(sample(), PYMYSQL, "2.0")
    assert [r.scenario for r in rows][:2] == ["pk", "swallowed"], "silent, stack before app"
    assert rows[0].agreed is None and rows[2].agreed is Outcome.OK
    page = markdown_files(sample())["stacks/mariadb-strict-pymysql.md"]
    assert page.index("### Silent") < page.index("### Not silent")
    assert "- ✓ **duplicates / composite**" in page, "one line where every API agrees"
    assert "| duplicates / pk | ! | [▼][1] |" in page


def test_every_link_resolves_to_a_file_of_the_output(tmp_path: Path):
    cells = sample()
    files = markdown_files(cells)
    for relative, text in files.items():
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_text(text)
    for c in cells:
        if c.reproducer:
            (tmp_path / c.reproducer).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / c.reproducer).write_text("")
    outside = {"index.html", "matrix.json", "CLAIMS.md"}
    checked = 0
    for relative, text in files.items():
        targets = re.findall(r"\]\(([^)]+)\)", text) + re.findall(r"^\[\d+\]: (.+)$", text, re.M)
        for target in targets:
            path, _, anchor = target.partition("#")
            resolved = (tmp_path / relative).parent / path
            if Path(path).name in outside and resolved.parent == tmp_path:
                continue
            assert resolved.is_file(), f"{relative} links {target}"
            if anchor:
                assert f'id="{anchor}"' in resolved.read_text(), f"{relative} links {target}"
            checked += 1
    assert checked > 10


def test_every_file_stays_under_the_budget_on_a_much_larger_matrix():
    """Twice the cells of the published matrix (41,948), all in one root cause
    of one SQLAlchemy line: ten times its biggest root cause (8,876), with
    drivers that all differ, so no column is shared. The split must go by
    database, and further where that is not enough."""
    cells = []
    outcomes = [Outcome.OK, Outcome.RAISED, Outcome.DROPPED, Outcome.ALTERED, Outcome.PARTIAL]
    for database in range(12):
        for driver in range(6):
            for scenario in range(40):
                for api in range(16):
                    for transaction in ("transaction", "autocommit"):
                        outcome = outcomes[(database * 7 + driver * 3 + scenario + api) % 5]
                        cells.append(
                            cell(
                                f"database{database}",
                                "strict",
                                f"driver{driver}",
                                outcome,
                                scenario=f"scenario_with_a_long_name_{scenario}",
                                api=f"insert_api_{api}",
                                transaction=transaction,
                                root_cause="truncation",
                                signal=("warning",),
                            )
                        )
    assert len(cells) > 2 * 41_948 and len(cells) > 10 * 8_876
    absent = [cell("absent", "default", "driver", Outcome.NOT_RUN, root_cause="truncation")]
    cells += absent
    details = detail_files(cells, INDEX)  # what markdown_files writes, without rendering twice
    files = {file.path: file.text for file in details}
    rows = summary(cells)
    files[INDEX] = render_index(cells, rows, details)
    by_stack: dict[Stack, list[Cell]] = {}
    for c in cells:
        by_stack.setdefault(Stack.of(c.key), []).append(c)
    for stack in {row.stack for row in rows}:
        files[stack_path(stack)] = stack_page(by_stack[stack], stack, INDEX)
    sizes = {path: len(text.encode()) for path, text in files.items()}
    assert max(sizes.values()) < BUDGET, max(sizes.items(), key=lambda item: item[1])
    assert len(details) >= 12 and "matrix/sqlalchemy-2.0/truncation.md" not in files
    held = [key for file in details for key in file.keys]
    assert len(held) == len(set(held)) == len(cells) - 1, "every cell in exactly one file"
    assert not [path for path in files if "absent" in path], "a part with nothing run has no file"
    assert "- absent, 1 cells: no absent server was available" in files[INDEX]


def test_the_same_cells_give_the_same_files():
    assert markdown_files(sample()) == markdown_files(list(reversed(sample())))


def test_writing_again_removes_detail_files_of_an_earlier_layout_and_nothing_else(
    tmp_path: Path,
):
    from rowloss.render.pages import write_pages

    stale = tmp_path / "matrix" / "sqlalchemy-2.0" / "duplicates" / "mariadb.md"
    stale.parent.mkdir(parents=True)
    stale.write_text("an earlier split\n")
    (tmp_path / "stacks").mkdir()
    (tmp_path / "stacks" / "notes.txt").write_text("not ours\n")
    write_pages(sample(), tmp_path)
    assert not stale.exists() and not stale.parent.exists()
    assert (tmp_path / "matrix" / "sqlalchemy-2.0" / "duplicates.md").is_file()
    assert (tmp_path / "stacks" / "notes.txt").read_text() == "not ours\n"
    assert (tmp_path / "stacks" / "mariadb-strict-pymysql.md").is_file()


def test_several_sqlalchemy_lines_get_a_column_and_their_own_files():
    cells = [
        cell("mariadb", "strict", "pymysql", Outcome.DROPPED, line="1.4"),
        cell("mariadb", "strict", "pymysql", Outcome.RAISED, line="2.0"),
    ]
    files = markdown_files(cells)
    assert "| stack | SQLAlchemy | server |" in files[INDEX]
    assert "| 1.4 | 10.11.19 | [1/1](matrix/sqlalchemy-1.4/duplicates.md) |" in files[INDEX]
    assert "| 2.0 | 10.11.19 | [0/1](matrix/sqlalchemy-2.0/duplicates.md) |" in files[INDEX]
    page = files["stacks/mariadb-strict-pymysql.md"]
    assert page.index("## SQLAlchemy 1.4") < page.index("## SQLAlchemy 2.0")


def test_lines_that_agree_share_a_summary_row_and_lines_that_differ_do_not():
    cells = [
        cell("mariadb", "strict", "pymysql", Outcome.DROPPED, line=line)
        for line in ("2.10", "1.4", "2.0")
    ]
    cells.append(cell("mariadb", "strict", "pymysql", Outcome.RAISED, line="2.1"))
    rows = summary(cells)
    assert [row.lines for row in rows] == [("1.4", "2.0", "2.10"), ("2.1",)]
    assert [row.counts[("duplicates", STACK)] for row in rows] == [Count(1, 1), Count(0, 1)]
    index = markdown_files(cells)[INDEX]
    assert "| 1.4, 2.0, 2.10 | 10.11.19 | [1/1](matrix/sqlalchemy-2.10/duplicates.md) |" in index
    assert "| 2.1 | 10.11.19 | [0/1](matrix/sqlalchemy-2.1/duplicates.md) |" in index


def test_no_password_reaches_a_page():
    cells = [
        cell("postgresql", "default", "psycopg2", Outcome.OK),
        cell(
            "postgresql",
            "default",
            "psycopg2",
            Outcome.NOT_RUN,
            scenario="other",
            detail="postgresql://me:hunter2@db.example/x did not answer",
        ),
        cell(
            "postgresql",
            "default",
            "psycopg2",
            Outcome.DROPPED,
            scenario="third",
            detail="lost, see postgresql://me:hunter2@db.example/x",
        ),
    ]
    files = markdown_files(cells)
    assert "me:***@db.example" in files[INDEX]
    assert not [path for path, text in files.items() if "hunter2" in text]
