"""The SQLAlchemy lines side by side, free of any page format: which cells
changed outcome from one line to another, which ran on one line only, and
which package versions the lines' runs differ in besides SQLAlchemy itself.

A cell apart from its line is its key with the line left out; it *differs*
between lines when two lines measured it with different outcomes. A cell
measured on some lines and ``not-run`` on others (a dialect or feature a line
lacks) does not differ: it is counted apart, with the reason, so that what a
line cannot run is never read as a change of behaviour.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from rowloss.cells import Cell, CellKey, Outcome, line_order
from rowloss.packages import PACKAGES, parse_packages


def lines_of(cells: Iterable[Cell]) -> list[str]:
    return sorted({cell.key.sqlalchemy for cell in cells}, key=line_order)


def lineless(key: CellKey) -> CellKey:
    return replace(key, sqlalchemy="")


@dataclass(frozen=True)
class LineDifference:
    """One cell, apart from its line, whose outcome differs between lines."""

    key: CellKey
    """The cell's key with ``sqlalchemy`` empty."""
    sides: Mapping[str, Cell]
    """Line -> its cell, for every line that has the cell (measured or not)."""

    @property
    def pattern(self) -> tuple[tuple[str, str, str, str], ...]:
        """What each line shows (line, outcome, detail, reproducer): equal
        patterns of one scenario and API are one row on a page."""
        return tuple(
            (line, cell.outcome.value, cell.detail, cell.reproducer or "")
            for line, cell in self.sides.items()
        )


@dataclass(frozen=True)
class LineOnly:
    """Cells measured on some lines and not run on one, for one reason."""

    line: str
    reason: str
    cells: int


@dataclass(frozen=True)
class LinesView:
    lines: tuple[str, ...]
    differences: tuple[LineDifference, ...]
    """In key order."""
    not_run: tuple[LineOnly, ...]
    """Cells one line could not run while another measured them."""
    packages: Mapping[str, Mapping[str, str]]
    """Package -> line -> version, for every package whose version is not the
    same on every line (a package a line lacks shows as ``""``); SQLAlchemy
    itself included."""
    compared: int
    """Cells, apart from their line, measured on two lines or more."""


def lines_view(cells: Sequence[Cell]) -> LinesView:
    """The lines of ``cells`` compared; with one line, nothing differs."""
    by_key: dict[CellKey, dict[str, Cell]] = defaultdict(dict)
    for cell in cells:
        by_key[lineless(cell.key)][cell.key.sqlalchemy] = cell
    lines = lines_of(cells)
    differences = []
    not_run: dict[tuple[str, str], int] = defaultdict(int)
    compared = 0
    for key in sorted(by_key):
        sides = {line: by_key[key][line] for line in lines if line in by_key[key]}
        measured = {line: cell for line, cell in sides.items() if cell.measured}
        if len(measured) >= 2:
            compared += 1
            if len({cell.outcome for cell in measured.values()}) > 1:
                differences.append(LineDifference(key, sides))
        if measured:
            for line, cell in sides.items():
                if cell.outcome is Outcome.NOT_RUN:
                    not_run[(line, cell.detail)] += 1
    return LinesView(
        tuple(lines),
        tuple(differences),
        tuple(
            LineOnly(line, reason, count)
            for (line, reason), count in sorted(
                not_run.items(), key=lambda item: (line_order(item[0][0]), item[0][1])
            )
        ),
        differing_packages(cells, lines),
        compared,
    )


def line_packages(cells: Iterable[Cell]) -> dict[str, dict[str, str]]:
    """Line -> package -> version, as its runs recorded them; a package that
    two runs of one line recorded at different versions shows both."""
    found: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    seen: set[tuple[str, str]] = set()
    for cell in cells:
        text = cell.run.get(PACKAGES, "")
        if not text or (cell.key.sqlalchemy, text) in seen:
            continue
        seen.add((cell.key.sqlalchemy, text))
        for name, version in parse_packages(text).items():
            found[cell.key.sqlalchemy][name].add(version)
    return {
        line: {name: ", ".join(sorted(versions)) for name, versions in sorted(packages.items())}
        for line, packages in found.items()
    }


def differing_packages(cells: Iterable[Cell], lines: Sequence[str]) -> dict[str, dict[str, str]]:
    per_line = line_packages(cells)
    lines = [line for line in lines if line in per_line]  # a run before packages were kept
    names = sorted({name for packages in per_line.values() for name in packages})
    differing = {}
    for name in names:
        versions = {line: per_line.get(line, {}).get(name, "") for line in lines}
        if len(set(versions.values())) > 1:
            differing[name] = versions
    return differing
