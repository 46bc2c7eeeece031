"""What every Markdown file of the matrix shares: one mark per cell, in the
page's symbols, and links from wherever a file is written."""

from __future__ import annotations

import posixpath

from rowloss.cells import Cell, Outcome
from rowloss.render.legend import OUTCOME_LABELS, REVEALED

LINKED_OUTCOMES = frozenset({Outcome.PARTIAL, Outcome.DROPPED, Outcome.ALTERED})
"""Outcomes whose mark links to the cell's reproducer: rows lost or changed."""


def symbol(outcome: Outcome) -> str:
    return OUTCOME_LABELS[outcome][0]


def link(target: str, from_file: str) -> str:
    """``target`` (relative to the folder of MATRIX.md, or absolute) as a link
    from ``from_file`` (relative to the same folder); both normalised paths."""
    if posixpath.isabs(target):
        return target
    here = from_file.split("/")[:-1]
    there = target.split("/")
    common = 0
    while common < min(len(here), len(there) - 1) and here[common] == there[common]:
        common += 1
    return "/".join([".."] * (len(here) - common) + there[common:])


class Marks:
    """The marks of one file; linked marks are reference links numbered in
    the order they appear, so a reproducer shared by many cells is named once."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.references: dict[str, str] = {}

    def mark(self, cell: Cell) -> str:
        text = symbol(cell.outcome)
        if cell.outcome.silent:
            text += "".join(REVEALED[s] for s in cell.signal if s in REVEALED)
        if cell.reproducer and cell.outcome in LINKED_OUTCOMES:
            target = link(cell.reproducer, self.path)
            number = self.references.setdefault(target, str(len(self.references) + 1))
            return f"[{text}][{number}]"
        return text

    def definitions(self) -> list[str]:
        return [f"[{number}]: {target}" for target, number in self.references.items()]
