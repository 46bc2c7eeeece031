"""The run's matrix as Markdown: one table per root cause and SQLAlchemy line,
a row per scenario, API and transaction, a column per database target."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from rowloss.cells import Cell, Outcome

SYMBOLS = {
    Outcome.OK: "ok",
    Outcome.RAISED: "raised",
    Outcome.PARTIAL: "**partial**",
    Outcome.DROPPED: "**DROPPED**",
    Outcome.ALTERED: "**ALTERED**",
    Outcome.ERROR: "error",
    Outcome.NOT_RUN: "-",
}

LEGEND = (
    "ok: stored as given · raised: error, nothing stored · **partial**: error, yet rows "
    "stored · **DROPPED**: no error, rows missing · **ALTERED**: no error, values changed "
    "· error: the suite failed · -: not run here (reason below)"
)


def column(cell: Cell) -> str:
    key = cell.key
    parts = [key.database] + ([key.mode] if key.mode != "default" else []) + [key.driver]
    return "-".join(parts)


def render_matrix(cells: Iterable[Cell]) -> str:
    cells = sorted(cells, key=lambda c: c.key)
    sections: dict[tuple[str, str], list[Cell]] = defaultdict(list)
    for cell in cells:
        sections[(cell.key.sqlalchemy, cell.key.root_cause)].append(cell)
    lines = ["# rowloss run matrix", "", LEGEND, ""]
    for (line, root_cause), section in sorted(sections.items()):
        columns = list(dict.fromkeys(column(c) for c in section))
        rows: dict[tuple[str, str, str], dict[str, Cell]] = defaultdict(dict)
        for cell in section:
            rows[(cell.key.scenario, cell.key.api, cell.key.transaction)][column(cell)] = cell
        lines += [f"## {root_cause} (SQLAlchemy {line})", ""]
        lines.append("| scenario | api | transaction | " + " | ".join(columns) + " |")
        lines.append("|---" * (3 + len(columns)) + "|")
        for (scenario, api, transaction), by_column in rows.items():
            marks = [SYMBOLS[by_column[c].outcome] if c in by_column else "" for c in columns]
            lines.append(f"| {scenario} | {api} | {transaction} | " + " | ".join(marks) + " |")
        lines.append("")
        versions = {
            c.key.database: c.versions.server for c in section if c.outcome is not Outcome.NOT_RUN
        }
        if versions:
            lines.append("Servers: " + "; ".join(f"{k} {v}" for k, v in versions.items()))
            lines.append("")
        reasons: dict[str, list[str]] = defaultdict(list)
        for c in section:
            if c.outcome is Outcome.NOT_RUN and column(c) not in reasons[c.detail]:
                reasons[c.detail].append(column(c))
        for reason, targets in reasons.items():
            lines.append(f"- not run ({', '.join(targets)}): {reason}")
        if reasons:
            lines.append("")
    return "\n".join(lines)
