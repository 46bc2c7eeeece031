"""One detail file of the matrix: a table of marks for some of its cells.

Rows are scenario × insert API × transaction, columns database/mode/driver.
Columns whose marks are identical on every row share one column, its header
listing them: most drivers of one database agree, and a table of 22 columns
of which 18 repeat each other is hard to read and heavy to load.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from rowloss.cells import Cell, Outcome
from rowloss.render.anchors import row_anchor
from rowloss.render.markdown_marks import Marks, link
from rowloss.render.summary_model import Stack

Row = tuple[str, str, str]
"""Scenario, insert API, transaction."""


def grouped_columns(marks: dict[Stack, dict[Row, str]]) -> list[list[Stack]]:
    """Stacks whose marks are equal on every row, together, in stack order."""
    groups: dict[tuple[tuple[Row, str], ...], list[Stack]] = defaultdict(list)
    for stack in sorted(marks):
        groups[tuple(sorted(marks[stack].items()))].append(stack)
    return sorted(groups.values(), key=lambda group: group[0])


def column_title(group: Sequence[Stack]) -> str:
    """``mariadb strict: aiomysql, pymysql``, one line per database and mode."""
    by_target: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for stack in group:
        by_target[stack.parts[:-1]].append(stack.driver)
    return "<br>".join(
        f"{' '.join(target)}: {', '.join(drivers)}" for target, drivers in by_target.items()
    )


def detail_page(cells: Sequence[Cell], path: str, heading: str, index: str) -> str:
    """The table of ``cells`` (in key order, which numbers the links), written
    at ``path``; ``index`` is MATRIX.md's path."""
    marks = Marks(path)
    shown: dict[Stack, dict[Row, str]] = defaultdict(dict)
    first: dict[Row, Cell] = {}
    not_run = 0
    for cell in cells:
        if cell.outcome is Outcome.NOT_RUN:
            not_run += 1
            continue
        row = (cell.key.scenario, cell.key.api, cell.key.transaction)
        first.setdefault(row, cell)
        shown[Stack.of(cell.key)][row] = marks.mark(cell)
    columns = grouped_columns(shown)
    lines = [
        f"# {heading}",
        "",
        f"Symbols as in the legend of [the matrix]({link(index, path)}#legend). A column "
        "lists every stack whose marks are equal on every row.",
        "",
        "| scenario | api | transaction | " + " | ".join(map(column_title, columns)) + " |",
        "|---|---|---|" + "---|" * len(columns),
    ]
    blanks = 0
    for row, cell in sorted(first.items()):
        entries = [shown[group[0]].get(row, "") for group in columns]
        blanks += sum(
            len(group) for group, entry in zip(columns, entries, strict=True) if not entry
        )
        scenario, api, transaction = row
        lines.append(
            f'| <a id="{row_anchor(cell.key)}"></a>{scenario} | {api} | {transaction} | '
            + " | ".join(entries)
            + " |"
        )
    lines += ["", _blanks_line(blanks, not_run, index, path), "", *marks.definitions()]
    return "\n".join(lines).rstrip("\n") + "\n"


def _blanks_line(blanks: int, not_run: int, index: str, path: str) -> str:
    """Why a mark is missing, counted: a cell not run, or no cell at all."""
    if not blanks:
        return "Every stack of a column has a mark on every row."
    return (
        f"A blank is a stack with no mark on that row ({blanks} here): the cell was not run "
        f"({not_run} cells of this file, accounted for in [the matrix]"
        f"({link(index, path)}#not-run)), or that scenario or insert API does not apply "
        "to that database, so no cell exists."
    )
