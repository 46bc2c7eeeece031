"""MATRIX.md: the matrix as calm tables readable on a code-hosting page.

One section per SQLAlchemy line; in it one table per root cause, a row per
scenario, insert API and transaction handling, a column per database, mode
and driver, one symbol per cell. Silent outcomes are coloured marks that
cannot be missed, with a superscript where a warning or the rowcount revealed
them; a mark of a cell that lost or changed rows links to its reproducer.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from rowloss.backends import target_specs
from rowloss.cells import Cell, CellKey, Outcome
from rowloss.render.anchors import row_anchor, section_anchor
from rowloss.render.legend import MEANING

SYMBOLS = {
    Outcome.OK: "✓",
    Outcome.EQUIVALENT: "≈",
    Outcome.RAISED: "✗",
    Outcome.PARTIAL: "◐",
    Outcome.DROPPED: "🔴",
    Outcome.ALTERED: "🟠",
    Outcome.ERROR: "⚠",
    Outcome.NOT_RUN: "·",
}
REVEALED = {"warning": "ʷ", "rowcount": "ʳ"}
"""Marks on a silent cell: what could have told the caller, though no error did."""


def _column_order() -> dict[tuple[str, str, str], int]:
    order = {}
    for n, spec in enumerate(target_specs()):
        order[(spec.database, spec.mode.name, spec.driver.name)] = n
    return order


def column_of(key: CellKey) -> tuple[str, str, str]:
    return (key.database, key.mode, key.driver)


def column_title(column: tuple[str, str, str]) -> str:
    database, mode, driver = column
    return f"{database}<br>{mode}<br>{driver}" if mode != "default" else f"{database}<br>{driver}"


def mark(cell: Cell, links: dict[str, str]) -> str:
    """The cell's symbol; a linked one (a reference link, numbered in ``links``,
    one per reproducer file) where rows were lost or changed."""
    symbol = SYMBOLS[cell.outcome]
    if cell.outcome.silent:
        symbol += "".join(REVEALED[s] for s in cell.signal if s in REVEALED)
    if cell.reproducer and cell.outcome in (Outcome.DROPPED, Outcome.ALTERED, Outcome.PARTIAL):
        reference = links.setdefault(cell.reproducer, str(len(links) + 1))
        return f"[{symbol}][{reference}]"
    return symbol


def _header(cells: Sequence[Cell]) -> list[str]:
    servers: dict[str, set[str]] = defaultdict(set)
    drivers: dict[str, set[str]] = defaultdict(set)
    sqlalchemy = sorted({c.versions.sqlalchemy for c in cells if c.versions.sqlalchemy})
    for cell in cells:
        if cell.outcome is Outcome.NOT_RUN:
            continue
        if cell.versions.server:
            servers[cell.key.database].add(cell.versions.server)
        if cell.versions.driver:
            drivers[cell.key.database].add(f"{cell.key.driver} {cell.versions.driver}")
    lines = [
        "# rowloss compatibility matrix",
        "",
        "Does a bulk insert through SQLAlchemy lose or change rows without telling you? Every "
        "mark below is a measurement: rowloss inserted the rows on a real server, read the "
        "table back and compared. The filterable page is [index.html](index.html) (open it "
        "from a clone), the data [matrix.json](matrix.json), the audit of the common advice "
        "[CLAIMS.md](CLAIMS.md).",
        "",
        "## Versions measured",
        "",
        "| database | server | drivers |",
        "|---|---|---|",
    ]
    for database in sorted(servers.keys() | drivers.keys()):
        lines.append(
            f"| {database} | {', '.join(sorted(servers[database]))} | "
            f"{', '.join(sorted(drivers[database]))} |"
        )
    lines += ["", f"SQLAlchemy: {', '.join(sqlalchemy) or 'unknown'}", "", "## Legend", ""]
    lines += ["| mark | outcome | meaning |", "|---|---|---|"]
    lines += [
        f"| {SYMBOLS[o]} | {o.value} | {MEANING[o].replace('silent:', '**silent**:')} |"
        for o in Outcome
    ]
    lines += [
        "",
        f"A superscript on a silent mark says what did reveal it: {REVEALED['warning']} a "
        f"warning, {REVEALED['rowcount']} the rowcount. A linked mark opens the reproducer of "
        "a cell that lost or changed rows: a short script to run against your own server.",
        "",
    ]
    return lines


def render_matrix(cells: Sequence[Cell]) -> str:
    cells = sorted(cells, key=lambda c: c.key)
    order = _column_order()
    links: dict[str, str] = {}
    lines = _header(cells)
    lines_by_sqlalchemy: dict[str, dict[str, list[Cell]]] = defaultdict(lambda: defaultdict(list))
    for cell in cells:
        lines_by_sqlalchemy[cell.key.sqlalchemy][cell.key.root_cause].append(cell)
    for line, by_cause in sorted(lines_by_sqlalchemy.items()):
        lines += [f"## SQLAlchemy {line}", ""]
        lines += [
            "Root causes: "
            + " · ".join(
                f"[{cause}](#{section_anchor(line, cause)})" for cause in sorted(by_cause)
            ),
            "",
        ]
        for cause, section in sorted(by_cause.items()):
            lines += _table(line, cause, section, order, links)
    lines += [f"[{n}]: {path}" for path, n in links.items()]
    return "\n".join(lines) + "\n"


def _table(
    line: str,
    cause: str,
    section: list[Cell],
    order: dict[tuple[str, str, str], int],
    links: dict[str, str],
) -> list[str]:
    """One root cause's table; a column with nothing measured is left out and
    named with its reason below the table."""
    measured = {column_of(c.key) for c in section if c.outcome is not Outcome.NOT_RUN}
    columns = sorted(measured, key=lambda col: (order.get(col, len(order)), col))
    rows: dict[tuple[str, str, str], dict[tuple[str, str, str], Cell]] = defaultdict(dict)
    for cell in section:
        rows[(cell.key.scenario, cell.key.api, cell.key.transaction)][column_of(cell.key)] = cell
    out = [f'<a id="{section_anchor(line, cause)}"></a>', "", f"### {cause}", ""]
    out.append("| scenario | api | tx | " + " | ".join(column_title(c) for c in columns) + " |")
    out.append("|---|---|---|" + "---|" * len(columns))
    for (scenario, api, transaction), by_column in sorted(rows.items()):
        anchor = row_anchor(next(iter(by_column.values())).key)
        marks = [mark(by_column[c], links) if c in by_column else "" for c in columns]
        out.append(
            f'| <a id="{anchor}"></a>{scenario} | {api} | {transaction} | '
            + " | ".join(marks)
            + " |"
        )
    out.append("")
    reasons: dict[str, list[str]] = defaultdict(list)
    for cell in section:
        if cell.outcome is Outcome.NOT_RUN:
            title = " ".join(column_of(cell.key)).replace(" default ", " ")
            if title not in reasons[cell.detail]:
                reasons[cell.detail].append(title)
    for reason, targets in sorted(reasons.items()):
        out.append(f"- not run on {', '.join(targets)}: {reason}")
    if reasons:
        out.append("")
    return out
