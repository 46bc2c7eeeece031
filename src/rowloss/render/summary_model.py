"""The matrix summarised for a reader, free of any page format.

Pure functions of cells, for MATRIX.md (the HTML page's script computes the
same over the cells its filters pass): the summary (silent scenarios out of
those measured, per stack and root cause, the stack and the application layers
counted apart, the SQLAlchemy lines that agree in one row), the view of one stack (its
scenarios, silent first), the lines that account for cells not run, and the
versions that were measured.

A summary entry counts *scenarios*, not cells: a scenario is measured on a row
when at least one of its cells there (any insert API, any transaction) was
measured, and silent there when at least one of those measured cells is
``dropped`` or ``altered``. ``equivalent`` is not silent: nothing was lost.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from rowloss.backends import BACKENDS
from rowloss.cells import APPLICATION, STACK, Cell, CellKey, Outcome, line_order
from rowloss.redact import redact_text


@dataclass(frozen=True, order=True)
class Stack:
    """A database, a mode of it and a driver: what a developer's code runs on."""

    database: str
    mode: str
    driver: str

    @classmethod
    def of(cls, key: CellKey) -> Stack:
        return cls(key.database, key.mode, key.driver)

    @property
    def parts(self) -> tuple[str, ...]:
        """Its names, the ``default`` mode left out (a family with one mode)."""
        if self.mode == "default":
            return (self.database, self.driver)
        return (self.database, self.mode, self.driver)

    @property
    def title(self) -> str:
        return " ".join(self.parts)

    @property
    def slug(self) -> str:
        return "-".join(self.parts)


@dataclass(frozen=True)
class Count:
    """Silent scenarios out of those measured."""

    silent: int
    measured: int


@dataclass(frozen=True)
class SummaryRow:
    """One stack on one server version, for the SQLAlchemy lines whose counts
    there are the same."""

    stack: Stack
    lines: tuple[str, ...]
    """Every line of the stack and server with these counts, oldest first: a
    stack whose lines agree has one row, and one that differs a row per group
    of agreeing lines."""
    server: str
    counts: Mapping[tuple[str, str], Count]
    """(root cause, layer) -> its count; a pair with nothing measured is absent."""


def summary(cells: Iterable[Cell]) -> list[SummaryRow]:
    """One row per stack, server version and set of SQLAlchemy lines whose
    counts agree, among those with a measured cell; rows in the order of the
    stacks' names, then of their oldest line."""
    measured: dict[tuple, dict[tuple[str, str], set[str]]] = defaultdict(lambda: defaultdict(set))
    silent: dict[tuple, dict[tuple[str, str], set[str]]] = defaultdict(lambda: defaultdict(set))
    for cell in cells:
        if not cell.measured:
            continue
        row = (Stack.of(cell.key), cell.versions.server, cell.key.sqlalchemy)
        column = (cell.key.root_cause, cell.layer)
        measured[row][column].add(cell.key.scenario)
        if cell.outcome.silent:
            silent[row][column].add(cell.key.scenario)
    folded: dict[tuple, list[str]] = defaultdict(list)
    for (stack, server, line), columns in measured.items():
        counts = tuple(
            (column, Count(len(silent[(stack, server, line)][column]), len(scenarios)))
            for column, scenarios in sorted(columns.items())
        )
        folded[(stack, server, counts)].append(line)
    rows = [
        SummaryRow(stack, tuple(sorted(lines, key=line_order)), server, dict(counts))
        for (stack, server, counts), lines in folded.items()
    ]
    return sorted(rows, key=lambda r: (r.stack, line_order(r.lines[0]), r.server))


def root_causes(cells: Iterable[Cell]) -> list[str]:
    return sorted({cell.key.root_cause for cell in cells})


@dataclass(frozen=True)
class ScenarioRow:
    """One scenario on one stack: its measured cells by (insert API, transaction)."""

    root_cause: str
    scenario: str
    layer: str
    cells: Mapping[tuple[str, str], Cell]

    @property
    def silent(self) -> bool:
        return any(cell.outcome.silent for cell in self.cells.values())

    @property
    def agreed(self) -> Outcome | None:
        """The one outcome of every cell, or ``None`` where they differ."""
        outcomes = {cell.outcome for cell in self.cells.values()}
        return outcomes.pop() if len(outcomes) == 1 else None

    @property
    def example(self) -> Cell:
        """The cell to tell a reader about: a silent one if any, else the first."""
        ordered = sorted(self.cells.values(), key=lambda c: c.key)
        return next((c for c in ordered if c.outcome.silent), ordered[0])

    def by_transaction(self, api: str) -> dict[str, Cell]:
        return {tx: cell for (a, tx), cell in sorted(self.cells.items()) if a == api}


def stack_view(
    cells: Iterable[Cell], stack: Stack, sqlalchemy: str, api: str | None = None
) -> list[ScenarioRow]:
    """The scenarios of one stack on one SQLAlchemy line (of one insert API when
    ``api`` is given): silent rows first, then the stack layer before the
    application's, then by name. Cells not run are left out; an ``error`` stays,
    so that a reader sees the suite failed there."""
    grouped: dict[tuple[str, str, str], dict[tuple[str, str], Cell]] = defaultdict(dict)
    for cell in cells:
        key = cell.key
        if (
            cell.outcome is Outcome.NOT_RUN
            or Stack.of(key) != stack
            or key.sqlalchemy != sqlalchemy
        ):
            continue
        if api is not None and key.api != api:
            continue
        grouped[(key.root_cause, key.scenario, cell.layer)][(key.api, key.transaction)] = cell
    rows = [ScenarioRow(*name, by_api) for name, by_api in grouped.items()]
    return sorted(rows, key=lambda r: (not r.silent, r.layer != STACK, r.root_cause, r.scenario))


@dataclass(frozen=True)
class NotRunLine:
    """Cells of one database not run, and why, in a reader's words."""

    database: str
    cells: int
    reason: str


def not_run_lines(cells: Sequence[Cell]) -> list[NotRunLine]:
    """One line per database and reason. A database none of whose cells ran
    gets one sentence; a run's own reason (a URL, a machine's images) stays in
    the cells. Otherwise the cells' own reasons are given (passwords hidden),
    with their stacks."""
    by_database: dict[str, list[Cell]] = defaultdict(list)
    for cell in cells:
        by_database[cell.key.database].append(cell)
    lines = []
    for database, own in sorted(by_database.items()):
        not_run = [c for c in own if c.outcome is Outcome.NOT_RUN]
        if not not_run:
            continue
        if len(not_run) == len(own):
            reason = (
                f"no {title(database)} server was available to the run that published this matrix"
            )
            lines.append(NotRunLine(database, len(not_run), reason))
            continue
        reasons: dict[str, list[Cell]] = defaultdict(list)
        for cell in not_run:
            reasons[cell.detail].append(cell)
        for reason, group in sorted(reasons.items()):
            stacks = sorted({Stack.of(c.key).title for c in group})
            text = f"{', '.join(stacks)}: {redact_text(reason)}"
            lines.append(NotRunLine(database, len(group), text))
    return lines


def title(database: str) -> str:
    backend = BACKENDS.get(database)
    return (backend.title if backend else "") or database


@dataclass(frozen=True)
class MeasuredVersions:
    database: str
    servers: tuple[str, ...]
    drivers: tuple[str, ...]
    """``driver version`` of each driver a measured cell used."""


def measured_versions(cells: Iterable[Cell]) -> list[MeasuredVersions]:
    """Server and driver versions of measured cells only: a driver never
    measured is not listed."""
    servers: dict[str, set[str]] = defaultdict(set)
    drivers: dict[str, set[str]] = defaultdict(set)
    for cell in cells:
        if not cell.measured:
            continue
        if cell.versions.server:
            servers[cell.key.database].add(cell.versions.server)
        drivers[cell.key.database].add(f"{cell.key.driver} {cell.versions.driver}".strip())
    return [
        MeasuredVersions(
            database, tuple(sorted(servers[database])), tuple(sorted(drivers[database]))
        )
        for database in sorted(drivers)
    ]


def session_settings(cells: Iterable[Cell], setting: str) -> dict[tuple[str, str], set[str]]:
    """(database, mode) -> the values of one recorded session setting (such as
    ``sql_mode``) in its measured cells."""
    values: dict[tuple[str, str], set[str]] = defaultdict(set)
    for cell in cells:
        if cell.measured and setting in cell.environment:
            values[(cell.key.database, cell.key.mode)].add(str(cell.environment[setting]))
    return dict(sorted(values.items()))


LAYER_WORDS = {
    STACK: "the database, its driver or SQLAlchemy",
    APPLICATION: "the application's own code around the insert",
}
"""Where a loss of each layer comes from, in a reader's words."""
