"""One short page per stack (database, mode, driver): what it does with each
scenario, for a developer who runs exactly that.

Silent scenarios come first, each with the sentence its cell's detail gives
and what the caller could have seen; losses of the application's own code are
apart from those of the stack. A scenario with one outcome on every insert
API and transaction is one line, the others a row per scenario with a column
per insert API.
"""

from __future__ import annotations

from collections.abc import Sequence

from rowloss.cells import APPLICATION, STACK, Cell
from rowloss.render.anchors import stack_path
from rowloss.render.happened import what_happened
from rowloss.render.markdown_marks import Marks, link
from rowloss.render.summary_model import LAYER_WORDS, ScenarioRow, Stack, stack_view


def stack_page(cells: Sequence[Cell], stack: Stack, index: str) -> str:
    """The page of ``stack`` from ``cells`` (those of other stacks are left
    out); ``index`` is MATRIX.md's path."""
    path = stack_path(stack)
    marks = Marks(path)
    own = [c for c in cells if Stack.of(c.key) == stack]
    lines = [
        f"# {stack.title}",
        "",
        f"Every scenario measured on {stack.title}; symbols as in the legend of "
        f"[the matrix]({link(index, path)}#legend).",
        "",
    ]
    for line in sorted({c.key.sqlalchemy for c in own}):
        lines += _versions(own, line)
        rows = stack_view(own, stack, line)
        silent = [r for r in rows if r.silent]
        for layer in (STACK, APPLICATION):
            layered = [r for r in silent if r.layer == layer]
            if layered:
                lines += [f"### Silent: {LAYER_WORDS[layer]}", ""]
                lines += _rows(layered, marks, sentences=True)
        others = [r for r in rows if not r.silent]
        if others:
            lines += ["### Not silent", ""]
            lines += _rows(others, marks, sentences=False)
    lines += marks.definitions()
    return "\n".join(lines).rstrip("\n") + "\n"


def _versions(cells: Sequence[Cell], line: str) -> list[str]:
    measured = [c for c in cells if c.key.sqlalchemy == line and c.measured]
    servers = sorted({c.versions.server for c in measured if c.versions.server})
    drivers = sorted({c.versions.driver for c in measured if c.versions.driver})
    sqlalchemy = sorted({c.versions.sqlalchemy for c in measured if c.versions.sqlalchemy})
    facts = [
        f"server {', '.join(servers)}" if servers else "",
        f"driver {', '.join(drivers)}" if drivers else "",
        f"SQLAlchemy {', '.join(sqlalchemy) or line}",
    ]
    return [
        f"## SQLAlchemy {line}",
        "",
        "Measured with " + "; ".join(f for f in facts if f) + ".",
        "",
    ]


def _rows(rows: Sequence[ScenarioRow], marks: Marks, sentences: bool) -> list[str]:
    """Scenarios with one outcome everywhere as one line each; the rest as a
    table, a column per insert API."""
    agreed = [r for r in rows if r.agreed is not None]
    varied = [r for r in rows if r.agreed is None]
    lines = []
    if agreed:
        lines += ["The same outcome on every insert API and transaction:", ""]
        for row in agreed:
            text = f"- {marks.mark(row.example)} **{row.root_cause} / {row.scenario}**"
            lines.append(text + (f": {_sentence(row.example)}" if sentences else ""))
        lines.append("")
    if varied:
        apis = sorted({api for r in varied for api, _ in r.cells})
        lines += ["| scenario | " + " | ".join(apis) + " |", "|---|" + "---|" * len(apis)]
        for row in varied:
            entries = [_by_transaction(row, api, marks) for api in apis]
            lines.append(f"| {row.root_cause} / {row.scenario} | " + " | ".join(entries) + " |")
        lines.append("")
        if sentences:
            lines += [
                f"- **{r.root_cause} / {r.scenario}**: {_sentence(r.example)}" for r in varied
            ]
            lines.append("")
    return lines


def _by_transaction(row: ScenarioRow, api: str, marks: Marks) -> str:
    """One mark where the transactions agree, else one per transaction."""
    cells = row.by_transaction(api)
    if len({c.outcome for c in cells.values()}) == 1:
        return marks.mark(next(iter(cells.values())))
    return "<br>".join(f"{marks.mark(cell)} {tx}" for tx, cell in cells.items())


def _sentence(cell: Cell) -> str:
    """What happened to the rows, and what could have told the caller, in plain words."""
    seen = [s for s in cell.signal if s != "none"]
    return (
        f"{what_happened(cell)}. What could have told the caller: {', '.join(seen) or 'nothing'} "
        f"({cell.key.api}, {cell.key.transaction})."
    )
