"""Cells from any file rowloss writes: a run's ``cells.json``, a run directory,
a worker's journal (``fragments/*.jsonl``), or a published ``matrix.json``.

Every loader gives reproducer paths as absolute paths, so cells from several
places can be merged and rendered or published anywhere; :func:`relative_to`
turns them back into links from the folder a page is written to.
"""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Iterable
from pathlib import Path

from rowloss.cells import Cell, SchemaVersionError, cells_from_document
from rowloss.packages import PACKAGES, with_packages
from rowloss.publish.published import MATRIX_FILE, MatrixError, matrix_from_folder
from rowloss.recorder import CELLS_FILE, FRAGMENTS, merge, read_journal


class UnreadableCells(ValueError):
    """A path that holds no cells rowloss can read; the message says why."""


def anchored(cells: Iterable[Cell], folder: Path) -> list[Cell]:
    """Cells whose reproducer paths, relative to ``folder``, are made absolute."""
    base = folder.resolve()  # once: resolving every path costs seconds on a big matrix
    return [
        dataclasses.replace(cell, reproducer=os.path.normpath(base / cell.reproducer))
        if cell.reproducer
        else cell
        for cell in cells
    ]


def load(path: Path, *, check_schema: bool = True) -> list[Cell]:
    """The cells at ``path``; raises :class:`UnreadableCells` in one line."""
    try:
        return _load(path, check_schema)
    except (SchemaVersionError, MatrixError) as error:
        raise UnreadableCells(f"{path}: {error}") from None
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise UnreadableCells(f"{path} is not a rowloss cells file: {error}") from None


def _load(path: Path, check_schema: bool) -> list[Cell]:
    if path.is_dir():
        for name in (MATRIX_FILE, CELLS_FILE):
            if (path / name).is_file():
                return _load(path / name, check_schema)
        journals = sorted((path / FRAGMENTS).glob("*.jsonl"))
        if journals:
            return anchored(merge(read_journal(p, {}) for p in journals), path)
        raise UnreadableCells(
            f"{path} holds no {MATRIX_FILE}, {CELLS_FILE} or {FRAGMENTS}/*.jsonl; "
            "give a run directory, a reports folder or one of those files"
        )
    if not path.is_file():
        raise UnreadableCells(f"no such file or folder: {path}")
    if path.suffix == ".jsonl":
        run_dir = path.parent.parent if path.parent.name == FRAGMENTS else path.parent
        return anchored(read_journal(path, {}), run_dir)
    if path.name == MATRIX_FILE:
        return anchored(matrix_from_folder(path, check_schema=check_schema), path.parent)
    document = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(document, dict) and "targets" in document:
        return anchored(matrix_from_folder(path, check_schema=check_schema), path.parent)
    cells = cells_from_document(document)
    packages = (document.get("metadata") or {}).get(PACKAGES)
    if packages:
        cells = with_packages(cells, packages)
    return anchored(cells, path.parent)


def relative_to(cells: Iterable[Cell], folder: Path) -> list[Cell]:
    """Cells whose reproducer paths are links from ``folder``."""
    folder = folder.resolve()
    return [
        dataclasses.replace(
            cell, reproducer=Path(os.path.relpath(cell.reproducer, folder)).as_posix()
        )
        if cell.reproducer
        else cell
        for cell in cells
    ]
