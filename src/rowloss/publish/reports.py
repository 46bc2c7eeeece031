"""Writing a folder of published reports (``reports/`` by default): the matrix,
its schema, the reproducers of cells that lost or changed rows, and the pages.

Only ``--rowloss-update-matrix`` and ``rowloss merge`` call :func:`publish`.
A reproducer is published once per scenario, database and mode, with a case for
each insert API, transaction mode and batch, which the drivers and SQLAlchemy
lines that measured it share, each listed with what it measured; the run directory keeps one
reproducer per cell. Each is
rendered from parts (:mod:`rowloss.publish.reproducer`) kept beside the cell's own
script, and the parts of all of them are published in one store,
``reproducers/parts.json.gz``, so publishing what was published renders it
again the same.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from rowloss.cells import Cell, CellKey, Outcome
from rowloss.publish import reproducer
from rowloss.publish.cellfiles import relative_to
from rowloss.publish.published import (
    MATRIX_FILE,
    PARTS_FOLDER,
    SCHEMA_FILE,
    matrix_files,
    matrix_schema,
)
from rowloss.render.lines_model import lineless, lines_view
from rowloss.render.pages import write_pages

PUBLISHED_REPRODUCERS = frozenset({Outcome.PARTIAL, Outcome.DROPPED, Outcome.ALTERED})
"""Outcomes whose reproducers are published: rows lost or changed. A ``raised``
cell's error says what happened; its reproducer stays in the run directory,
unless another SQLAlchemy line measured the cell with another outcome: then
each side of the difference is published, so that both can be run, and a
side with no script (``ok``) is listed in the other side's case, so that the
script compares with it on that side's line."""


class NotOurFolder(ValueError):
    """A folder rowloss will not write: it holds files rowloss did not write, or
    reproducers to publish whose parts are missing, which cannot be rendered again.
    It is left as it is."""


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
        if scripts.files:
            reproducer.save_published(staging / reproducer.FOLDER, scripts.files)
        if old.exists():
            shutil.rmtree(old)
        if scripts.files:
            (staging / reproducer.FOLDER).rename(old)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    published = [  # as matrix.json holds them, so its pages render the same from it
        replace(
            cell,
            reproducer=str(folder.resolve() / reproducer.FOLDER / scripts.paths[cell.key])
            if cell.key in scripts.paths
            else None,
            test_id="",
        )
        for cell in cells
    ]
    linked = relative_to(published, folder)
    write_matrix(linked, folder)
    (folder / SCHEMA_FILE).write_text(json.dumps(matrix_schema(), indent=2) + "\n")
    write_pages(linked, folder)
    return Published(folder, len(cells), len(scripts.files))


def write_matrix(cells: Sequence[Cell], folder: Path) -> None:
    """The index and its parts; a part of an earlier layout is removed, so
    every file under ``data/`` is one the index names."""
    files = matrix_files(cells)
    data = folder / PARTS_FOLDER
    if data.is_dir():
        for old in data.rglob("*.json"):
            if old.relative_to(folder).as_posix() not in files:
                old.unlink()
    for relative, text in files.items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    for empty in sorted(data.rglob("*"), reverse=True):
        if empty.is_dir() and not any(empty.iterdir()):
            empty.rmdir()


@dataclass
class _Scripts:
    files: dict[str, reproducer.ReproducerFile]
    """Path of a script (relative to ``reproducers/``) -> the parts it is rendered from."""
    paths: dict[CellKey, str]
    """Cell key -> its published reproducer's path, relative to ``reproducers/``."""


Case = tuple[str, str, reproducer.Code]
"""A case of a published reproducer: insert API, transaction mode, code and rows."""


def _reproducer_files(cells: Sequence[Cell]) -> _Scripts:
    """The published reproducers of ``cells``, from the parts of each cell's own
    (beside a run's script, or in the store of a published folder): one file per
    scenario, database and mode, for every SQLAlchemy line, holding a case for
    each insert API, transaction mode and batch, which the cells that measured it
    share (one line's cases where they differ from another's in their code). Every reproducer
    without parts is counted before refusing, so the message says how many."""
    groups: dict[tuple, dict[Case, list[tuple[Cell, reproducer.ReproducerParts]]]]
    groups = defaultdict(dict)
    notes: dict[tuple, str] = {}
    reader = reproducer.PartsReader()
    unreadable: dict[Path, str] = {}
    differing = {difference.key for difference in lines_view(cells).differences}
    # A cell apart from its line -> the group and case of its first published side.
    sides: dict[CellKey, tuple[tuple, tuple]] = {}
    for cell in sorted(cells, key=lambda c: c.key):
        if not cell.reproducer:
            continue
        if cell.outcome not in PUBLISHED_REPRODUCERS and lineless(cell.key) not in differing:
            continue
        path = Path(cell.reproducer)
        if not path.is_file():
            continue
        try:
            parts = reader.load(path)
        except reproducer.UnreadableParts as error:
            unreadable[path] = str(error)
            continue
        case = parts.case_of(cell.key)
        if case is None:
            unreadable[path] = f"{path} holds no case of {cell.key}: {reproducer.AGAIN}"
            continue
        k = cell.key
        shared = tuple(getattr(case.code, name) for name in reproducer.FILE_CODE)
        group = (k.root_cause, k.scenario, k.database, k.mode, shared)
        notes.setdefault(group, parts.note)
        case_key = (k.api, k.transaction, case.code)
        groups[group].setdefault(case_key, []).append((cell, case))
        sides.setdefault(lineless(k), (group, case_key))
    for cell in cells:  # a side with no script of its own (ok) is listed in its other side's
        k = lineless(cell.key)
        if k in differing and k in sides and cell.measured and not cell.reproducer:
            group, case_key = sides[k]
            groups[group][case_key].append((cell, groups[group][case_key][0][1]))
    for cases in groups.values():  # in key order, however a side came in: publishing again is equal
        for members in cases.values():
            members.sort(key=lambda member: member[0].key)
    if unreadable:
        first, *others = unreadable.values()
        raise NotOurFolder(
            f"{len(unreadable)} reproducers cannot be published; {first}" if others else first
        )
    scripts = _Scripts({}, {})
    names: dict[str, int] = defaultdict(int)
    for group in groups:
        names["/".join(group[:4])] += 1
    for group, cases in groups.items():
        root_cause, scenario, database, mode, _ = group
        first = next(iter(cases.values()))[0][0].key
        folder = f"{root_cause}/{scenario}"
        name = f"{database}-{mode}"
        if names["/".join(group[:4])] > 1:  # tables or settings differ by driver or line
            name += f"-{first.driver}"
            if f"{folder}/{name}.py" in scripts.files:
                name += f"-sqlalchemy-{first.sqlalchemy}"
        relative = f"{folder}/{name}.py"
        if relative in scripts.files:
            raise ValueError(f"two published reproducers would be {relative}")
        members = [
            ([cell for cell, _ in measured], measured[0][1])
            for _, measured in sorted(cases.items(), key=lambda item: item[0][:2])
        ]
        scripts.files[relative] = reproducer.shared(members, notes[group], f"{name}.py")
        for measured_cells, _ in members:
            for cell in measured_cells:
                scripts.paths[cell.key] = relative
    return scripts
