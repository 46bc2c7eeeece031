"""The pages rendered from a set of cells, by path; each renderer reads cells,
and the layout of the Markdown detail files, worked out once for all of them
(rendering every detail file to measure it is the costly part)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from rowloss.cells import Cell
from rowloss.render.markdown_layout import DetailFile, detail_files

Renderer = Callable[[Sequence[Cell], Sequence[DetailFile]], dict[str, str]]
"""Cells and their detail files -> their files, by path relative to the
folder they are written in."""
INDEX = "MATRIX.md"
MARKDOWN_FOLDERS = ("matrix", "stacks")
"""Folders of the Markdown files rendering writes: their ``.md`` files are
removed before each rendering, so a file of an earlier layout (a detail file
since split) does not linger; any other file in them is left."""


def renderers() -> dict[str, Renderer]:
    from rowloss.render.claims import render_claims
    from rowloss.render.html import render_html
    from rowloss.render.markdown import markdown_files

    return {
        "MATRIX.md (matrix/, stacks/)": markdown_files,
        "index.html": lambda cells, details: {"index.html": render_html(cells)},
        "CLAIMS.md": lambda cells, details: {"CLAIMS.md": render_claims(cells, details=details)},
    }


def render_pages(cells: Sequence[Cell]) -> dict[str, str]:
    """Every page of ``cells``, by path relative to the folder of MATRIX.md."""
    details = detail_files(cells, INDEX)
    pages: dict[str, str] = {}
    for render in renderers().values():
        pages.update(render(cells, details))
    return pages


def write_pages(cells: Sequence[Cell], folder: Path) -> list[Path]:
    """Every page of ``cells`` (reproducer links relative to ``folder``) in
    ``folder``; the top-level files are returned, the folders they link to
    counted in them."""
    pages = render_pages(cells)
    for name in MARKDOWN_FOLDERS:
        _remove_markdown(folder / name)
    for relative, text in pages.items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return [folder / relative for relative in pages if "/" not in relative]


def _remove_markdown(folder: Path) -> None:
    """The ``.md`` files under ``folder``, and the folders that leaves empty."""
    if not folder.is_dir():
        return
    for path in folder.rglob("*.md"):
        path.unlink()
    for path in sorted(folder.rglob("*"), key=lambda p: len(p.parts), reverse=True):
        if path.is_dir() and not any(path.iterdir()):
            path.rmdir()
    if not any(folder.iterdir()):
        folder.rmdir()
