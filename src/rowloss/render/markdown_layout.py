"""Which detail file holds which cells, decided by the size of what it renders.

A code-hosting page stops rendering a Markdown file of a few hundred KB, so
every detail file is kept under :data:`BUDGET`. The matrix is first split by
SQLAlchemy line and root cause (``matrix/sqlalchemy-2.0/truncation.md``);
a file still over the budget is split by database
(``matrix/sqlalchemy-2.0/truncation/mariadb.md``), then mode, driver, scenario
and insert API, each step only where the rendered text is still too big. So
the layout follows the matrix as more servers and SQLAlchemy lines arrive.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from rowloss.cells import Cell, CellKey, Outcome
from rowloss.render.anchors import row_anchor
from rowloss.render.markdown_detail import detail_page
from rowloss.render.summary_model import Stack

BUDGET = 300_000
"""Bytes a detail file may hold: under 300 KB, however KB is counted."""
FOLDER = "matrix"
SPLITS = ("database", "mode", "driver", "scenario", "api")
"""The key fields a file too big is split by, in turn."""


def key_order(cell: Cell) -> tuple[str, ...]:
    """The order of :class:`~rowloss.cells.CellKey`, as a plain tuple: sorting
    a hundred thousand cells by it takes a tenth of the time."""
    k = cell.key
    return (
        k.root_cause,
        k.scenario,
        k.database,
        k.mode,
        k.driver,
        k.api,
        k.transaction,
        k.sqlalchemy,
    )


class TooBigToSplit(ValueError):
    """The cells of one insert API of one scenario and stack exceed the budget."""


@dataclass(frozen=True)
class DetailFile:
    path: str
    text: str
    keys: frozenset[CellKey]


def detail_files(cells: Sequence[Cell], index: str) -> list[DetailFile]:
    """Every detail file; ``index`` is MATRIX.md's path, which each links back to.
    A part of a split with nothing but cells not run gets no file: the index
    accounts for those."""
    sections: dict[tuple[str, str], list[Cell]] = defaultdict(list)
    for cell in sorted(cells, key=key_order):
        sections[(cell.key.sqlalchemy, cell.key.root_cause)].append(cell)
    files: list[DetailFile] = []
    for (line, root_cause), section in sorted(sections.items()):
        files += _fitted(section, [f"sqlalchemy-{line}", root_cause], SPLITS, index)
    return files


def _fitted(
    cells: Sequence[Cell], names: list[str], splits: Sequence[str], index: str
) -> list[DetailFile]:
    """One file of ``cells`` if it renders within the budget, else the files of
    their parts by the first of ``splits`` that has more than one value."""
    path = f"{FOLDER}/{'/'.join(names)}.md"
    line, root_cause, *narrowed = names
    heading = f"{root_cause}, SQLAlchemy {line.removeprefix('sqlalchemy-')}"
    if narrowed:
        heading += f": {' '.join(narrowed)}"
    text = detail_page(cells, path, heading, index)
    size = len(text.encode())
    if size <= BUDGET:
        return [DetailFile(path, text, frozenset(c.key for c in cells))]
    for number, field in enumerate(splits):
        parts: dict[str, list[Cell]] = defaultdict(list)
        for cell in cells:
            parts[getattr(cell.key, field)].append(cell)
        if len(parts) > 1:
            return [
                file
                for value, part in sorted(parts.items())
                if any(cell.outcome is not Outcome.NOT_RUN for cell in part)
                for file in _fitted(part, [*names, value], splits[number + 1 :], index)
            ]
    raise TooBigToSplit(f"{path} renders {size} bytes, over {BUDGET}, and cannot be split")


class Locations:
    """Where a cell's row is: its detail file, and the file of a stack's root
    cause. A cell in no file (not run) is accounted for in the index."""

    def __init__(self, files: Sequence[DetailFile], index: str) -> None:
        self.index = index
        self.by_key = {key: file.path for file in files for key in file.keys}
        self.by_section: dict[tuple[str, str, Stack], str] = {}
        for file in files:  # in path order: a section's first file is where it starts
            for key in file.keys:
                section = (key.sqlalchemy, key.root_cause, Stack.of(key))
                self.by_section.setdefault(section, file.path)

    def of_row(self, key: CellKey) -> str:
        """The link to the row that holds ``key`` (scenario, API, transaction)."""
        if key not in self.by_key:
            return f"{self.index}#not-run"
        return f"{self.by_key[key]}#{row_anchor(key)}"

    def of_root_cause(self, sqlalchemy: str, root_cause: str, database: str) -> str:
        """The first detail file holding the root cause's cells of ``database``."""
        paths = (
            path
            for (line, cause, stack), path in sorted(self.by_section.items())
            if (line, cause, stack.database) == (sqlalchemy, root_cause, database)
        )
        return next(paths, f"{self.index}#not-run")
