"""The section of ``MATRIX.md`` that sets the SQLAlchemy lines side by side
(:mod:`~rowloss.render.lines_model`): the packages the lines' runs differ in,
the cells a line could not run, and every cell whose outcome differs between
lines, grouped by scenario and insert API, with each line's outcome, detail
and reproducer."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from rowloss.cells import Cell
from rowloss.render.lines_model import LineDifference, LinesView, lines_view
from rowloss.render.markdown_marks import Marks
from rowloss.render.summary_model import Stack

ANCHOR = "between-lines"


def lines_section(cells: Sequence[Cell], path: str) -> list[str]:
    """The section's lines, for the file at ``path``; none with one line."""
    view = lines_view(cells)
    if len(view.lines) < 2:
        return []
    marks = Marks(path)
    named = ", ".join(view.lines)
    lines = [
        f'<a id="{ANCHOR}"></a>',
        "",
        "## Between SQLAlchemy lines",
        "",
        f"The same cells measured on SQLAlchemy {named}, each line in its own run with its own "
        f"pinned packages: {view.compared} cells were measured on two lines or more, and "
        f"{len(view.differences)} of them have outcomes that differ. A cell that a line could "
        "not run is not a difference; those are counted below with the reason.",
        "",
    ]
    lines += _packages(view)
    lines += _not_run(view)
    lines += _differences(view, marks)
    definitions = marks.definitions()
    return [*lines, *definitions, *([""] if definitions else [])]


def _packages(view: LinesView) -> list[str]:
    if not view.packages:
        return ["No package version differs between the lines' runs but SQLAlchemy's.", ""]
    head = ["package", *view.lines]
    lines = [
        "Package versions that differ between the lines' runs, so that a difference they "
        "made is not read as SQLAlchemy's:",
        "",
        "| " + " | ".join(head) + " |",
        "|---" * len(head) + "|",
    ]
    for name, versions in view.packages.items():
        row = [name, *(versions.get(line, "") or "–" for line in view.lines)]
        lines.append("| " + " | ".join(row) + " |")
    return [*lines, ""]


def _not_run(view: LinesView) -> list[str]:
    if not view.not_run:
        return []
    lines = ["Cells measured on another line that a line could not run:", ""]
    lines += [f"- {only.line}, {only.cells} cells: {only.reason}" for only in view.not_run]
    return [*lines, ""]


def _differences(view: LinesView, marks: Marks) -> list[str]:
    """One table per scenario and insert API; cells of one transaction mode
    whose lines show the same outcome, detail and reproducer share a row."""
    grouped: dict[tuple[str, str, str], dict[tuple, list[LineDifference]]]
    grouped = defaultdict(lambda: defaultdict(list))
    for difference in view.differences:
        key = difference.key
        row = (key.transaction, difference.pattern)
        grouped[(key.root_cause, key.scenario, key.api)][row].append(difference)
    lines: list[str] = []
    heading = ""
    for (root_cause, scenario, api), rows in sorted(grouped.items()):
        if heading != f"{root_cause} / {scenario}":
            heading = f"{root_cause} / {scenario}"
            lines += [f"### {heading}", ""]
        head = ["insert API", "transaction", "stacks", *view.lines]
        lines += ["| " + " | ".join(head) + " |", "|---" * len(head) + "|"]
        for (transaction, _), members in sorted(rows.items(), key=lambda item: _order(item[1])):
            stacks = ", ".join(sorted({Stack.of(m.key).title for m in members}))
            sides = members[0].sides
            row = [api, transaction, stacks]
            row += [_side(sides[line], marks) if line in sides else "–" for line in view.lines]
            lines.append("| " + " | ".join(_escaped(entry) for entry in row) + " |")
        lines.append("")
    return lines


def _order(members: list[LineDifference]) -> tuple:
    first = min(member.key for member in members)
    return (first.transaction, first)


def _side(cell: Cell, marks: Marks) -> str:
    return f"{marks.mark(cell)} {cell.outcome.value}: {cell.detail}"


def _escaped(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
