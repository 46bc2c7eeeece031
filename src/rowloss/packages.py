"""The packages a measurement can depend on, at the versions installed: every
distribution ``rowloss[all]`` pulls in, so that a difference between two
SQLAlchemy lines that pandas or numpy made is not read as one SQLAlchemy made.

A run writes them once, in its ``cells.json``'s metadata, not in each of its
cells; loading the cells puts them in each cell's run (one shared string), and
the published matrix keeps them once per target."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import replace
from importlib import metadata

from packaging.requirements import Requirement

from rowloss.cells import Cell

PACKAGES = "packages"
"""The key of a cell's :attr:`~rowloss.cells.Cell.run` holding them, as
``name==version`` words in name order."""


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


@functools.cache
def measuring_packages() -> dict[str, str]:
    """Normalised name -> installed version, for what ``rowloss[all]`` needs
    directly or through another package; one not installed is left out."""
    found: dict[str, str] = {}
    pending = [("rowloss", frozenset({"all"}))]
    seen: set[tuple[str, frozenset[str]]] = set()
    while pending:
        name, extras = pending.pop()
        if (name, extras) in seen:
            continue
        seen.add((name, extras))
        try:
            distribution = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        if name != "rowloss":
            found[name] = distribution.version
        for text in distribution.requires or ():
            requirement = Requirement(text)
            marker = requirement.marker
            wanted = marker is None or any(
                marker.evaluate({"extra": extra}) for extra in (*extras, "")
            )
            if wanted:
                pending.append((_normal(requirement.name), frozenset(requirement.extras)))
    return dict(sorted(found.items()))


def packages_text() -> str:
    return " ".join(f"{name}=={version}" for name, version in measuring_packages().items())


def parse_packages(text: str) -> dict[str, str]:
    """:func:`packages_text` read back."""
    return dict(word.partition("==")[::2] for word in text.split())


def with_packages(cells: Iterable[Cell], text: str) -> list[Cell]:
    """``cells``, each with ``text`` (:func:`packages_text`) in its run."""
    return [replace(cell, run={**cell.run, PACKAGES: text}) for cell in cells]
