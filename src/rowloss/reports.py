"""Writing a folder of published reports (``reports/`` by default): the matrix,
its schema, the reproducers of cells that lost or changed rows, and the pages.

Only ``--rowloss-update-matrix`` and ``rowloss merge`` call :func:`publish`.
A reproducer is published once for all the cells that share its code and rows
(drivers of one database and mode mostly do), its header listing what each of
them measured; the run directory keeps one reproducer per cell.
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
import textwrap
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from rowloss import reproducer
from rowloss.backends import get_backend
from rowloss.cellfiles import relative_to
from rowloss.cells import Cell, Outcome
from rowloss.published import MATRIX_FILE, SCHEMA_FILE, matrix_schema, matrix_to_json
from rowloss.render.pages import write_pages

PUBLISHED_REPRODUCERS = frozenset({Outcome.PARTIAL, Outcome.DROPPED, Outcome.ALTERED})
"""Outcomes whose reproducers are published: rows lost or changed. A ``raised``
cell's error says what happened; its reproducer stays in the run directory."""


class NotOurFolder(ValueError):
    """A folder that holds files rowloss did not write; it is never overwritten."""


@dataclass(frozen=True)
class Published:
    folder: Path
    cells: int
    reproducers: int


def publish(cells: Sequence[Cell], folder: Path) -> Published:
    """Write ``cells`` (reproducer paths absolute) as the published matrix in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    old = folder / reproducer.FOLDER
    if old.exists() and not (folder / MATRIX_FILE).is_file():
        raise NotOurFolder(
            f"{folder} has a {reproducer.FOLDER}/ folder but no {MATRIX_FILE}: not a rowloss "
            "reports folder; choose an empty folder or an existing reports folder"
        )
    scripts = _reproducer_files(cells)
    staging = Path(tempfile.mkdtemp(prefix=".reproducers-", dir=folder))
    try:
        for relative, text in scripts.files.items():
            path = staging / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        if old.exists():
            shutil.rmtree(old)
        if scripts.files:
            (staging / reproducer.FOLDER).rename(old)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    published = [  # as matrix.json holds them, so its pages render the same from it
        replace(
            cell,
            reproducer=str(folder.resolve() / scripts.paths[cell.key])
            if cell.key in scripts.paths
            else None,
            test_id="",
        )
        for cell in cells
    ]
    linked = relative_to(published, folder)
    (folder / MATRIX_FILE).write_text(matrix_to_json(linked), encoding="utf-8")
    (folder / SCHEMA_FILE).write_text(json.dumps(matrix_schema(), indent=2) + "\n")
    write_pages(linked, folder)
    return Published(folder, len(cells), len(scripts.files))


@dataclass
class _Scripts:
    files: dict[str, str]
    """Path (relative to the folder) -> text."""
    paths: dict
    """Cell key -> its published reproducer's relative path."""


def _reproducer_files(cells: Sequence[Cell]) -> _Scripts:
    groups: dict[tuple, dict[str, list[tuple[Cell, str]]]] = defaultdict(dict)
    for cell in sorted(cells, key=lambda c: c.key):
        if cell.outcome not in PUBLISHED_REPRODUCERS or not cell.reproducer:
            continue
        path = Path(cell.reproducer)
        if not path.is_file():
            continue
        header, body = reproducer.split(path.read_text(encoding="utf-8"))
        k = cell.key
        group = (k.sqlalchemy, k.root_cause, k.scenario, k.database, k.mode, k.api, k.transaction)
        groups[group].setdefault(body, []).append((cell, header))
    scripts = _Scripts({}, {})
    for group, bodies in groups.items():
        line, root_cause, scenario, database, mode, api, transaction = group
        stem = f"{database}-{mode}-{api}-{transaction}"
        for body, members in bodies.items():
            name = stem if len(bodies) == 1 else f"{stem}-{members[0][0].key.driver}"
            relative = f"{reproducer.FOLDER}/sqlalchemy-{line}/{root_cause}/{scenario}/{name}.py"
            scripts.files[relative] = _header(members, f"{name}.py", body) + body
            for cell, _ in members:
                scripts.paths[cell.key] = relative
    return scripts


def _note(header: str) -> str:
    """The variant's note from a reproducer's header, a run's or a published
    one (re-publishing reads those): the text between the title and the
    measurement."""
    after_title = header.split("\n\n", 1)[1] if "\n\n" in header else ""
    note = re.split(r"Measured by rowloss[:,]", after_title, maxsplit=1)[0]
    return note if note.strip() else ""


def _header(members: list[tuple[Cell, str]], filename: str, body: str) -> str:
    first, first_header = members[0]
    key = first.key
    measured = []
    for cell, _ in members:
        detail = textwrap.shorten(cell.detail, 300).replace("\\", "/").replace('"""', "'''")
        versions = cell.versions
        measured.append(
            f"- {cell.key.driver} {versions.driver} ({key.database} {versions.server}, "
            f"SQLAlchemy {versions.sqlalchemy}): {cell.outcome.value} - {detail}"
        )
    table = re.search(r"^TABLE_NAME = (.+)$", body, re.MULTILINE)
    dialect = get_backend(key.database).dialect
    drivers = ", ".join(cell.key.driver for cell, _ in members)
    return (
        "#!/usr/bin/env python3\n"
        f'"""rowloss reproducer: {key.root_cause} / {key.scenario} through {key.api} '
        f"({key.transaction}) on {key.database} {key.mode}, SQLAlchemy {key.sqlalchemy}\n\n"
        f"{_note(first_header)}"
        "Measured by rowloss, with this code and these rows:\n"
        + "\n".join(measured)
        + f"\nBatch: {first.evidence.get('batch', '')}\n\n"
        f"Run it against a server you own; it creates and drops one table, "
        f"{table.group(1) if table else 'its own'}:\n\n"
        f"    python {filename} '{reproducer.url_shape(dialect, 'DRIVER')}'\n\n"
        f"with DRIVER one of: {drivers}. It needs SQLAlchemy, the driver, and rowloss\n"
        "(for the steps around this code and the verdict: rowloss/reproduce.py).\n"
        '"""\n'
    )
