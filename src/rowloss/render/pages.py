"""The pages rendered from a set of cells, by path; each renderer reads cells
and nothing else."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

from rowloss.cells import Cell

Renderer = Callable[[Sequence[Cell]], dict[str, str]]
"""Cells -> their files, by path relative to the folder they are written in."""
MARKDOWN_FOLDERS = ("matrix", "stacks")
"""Folders of Markdown files that only rendering writes: emptied before each
rendering, so a file of an earlier layout does not linger."""


def renderers() -> dict[str, Renderer]:
    from rowloss.render.claims import render_claims
    from rowloss.render.html import render_html
    from rowloss.render.markdown import markdown_files

    return {
        "MATRIX.md (matrix/, stacks/)": markdown_files,
        "index.html": lambda cells: {"index.html": render_html(cells)},
        "CLAIMS.md": lambda cells: {"CLAIMS.md": render_claims(cells)},
    }


def render_pages(cells: Sequence[Cell]) -> dict[str, str]:
    """Every page of ``cells``, by path relative to the folder of MATRIX.md."""
    pages: dict[str, str] = {}
    for render in renderers().values():
        pages.update(render(cells))
    return pages


def write_pages(cells: Sequence[Cell], folder: Path) -> list[Path]:
    """Every page of ``cells`` (reproducer links relative to ``folder``) in
    ``folder``; the top-level files are returned, the folders they link to
    counted in them."""
    pages = render_pages(cells)
    for name in MARKDOWN_FOLDERS:
        shutil.rmtree(folder / name, ignore_errors=True)
    for relative, text in pages.items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return [folder / relative for relative in pages if "/" not in relative]
