"""Stable anchors of the matrix's rows, shared by every page that links there."""

from __future__ import annotations

import re

from rowloss.cells import CellKey


def row_anchor(key: CellKey) -> str:
    """The anchor of the matrix row holding ``key`` (scenario, API, transaction)."""
    text = f"{key.sqlalchemy} {key.root_cause} {key.scenario} {key.api} {key.transaction}"
    return re.sub(r"[^a-z0-9]+", "-", text.lower())
