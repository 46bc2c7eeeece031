"""Stable anchors of the matrix's rows and paths of the stacks' pages, shared
by every page that links there."""

from __future__ import annotations

import re

from rowloss.cells import CellKey
from rowloss.render.summary_model import Stack

STACKS_FOLDER = "stacks"


def row_anchor(key: CellKey) -> str:
    """The anchor of the matrix row holding ``key`` (scenario, API, transaction)."""
    text = f"{key.sqlalchemy} {key.root_cause} {key.scenario} {key.api} {key.transaction}"
    return re.sub(r"[^a-z0-9]+", "-", text.lower())


def stack_path(stack: Stack) -> str:
    """The path of ``stack``'s Markdown page, relative to MATRIX.md's folder."""
    return f"{STACKS_FOLDER}/{stack.slug}.md"
