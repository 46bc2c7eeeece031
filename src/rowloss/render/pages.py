"""The pages rendered from a set of cells, by file name; each renderer reads
cells and nothing else."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from rowloss.cells import Cell

Renderer = Callable[[Sequence[Cell]], str]


def renderers() -> dict[str, Renderer]:
    from rowloss.render.claims import render_claims
    from rowloss.render.html import render_html
    from rowloss.render.markdown import render_matrix

    return {"MATRIX.md": render_matrix, "index.html": render_html, "CLAIMS.md": render_claims}


def write_pages(cells: Sequence[Cell], folder: Path) -> list[Path]:
    """Every page of ``cells`` (reproducer links relative to ``folder``) in ``folder``."""
    written = []
    for name, render in renderers().items():
        path = folder / name
        path.write_text(render(cells), encoding="utf-8")
        written.append(path)
    return written
