"""Stable anchors into MATRIX.md, shared by every page that links there."""

from __future__ import annotations

import re

from rowloss.cells import CellKey


def section_anchor(sqlalchemy_line: str, root_cause: str) -> str:
    """The anchor of one root cause's table for one SQLAlchemy line."""
    return re.sub(r"[^a-z0-9]+", "-", f"sqlalchemy {sqlalchemy_line} {root_cause}".lower())


def row_anchor(key: CellKey) -> str:
    """The anchor of the matrix row holding ``key`` (scenario, API, transaction)."""
    text = f"{key.sqlalchemy} {key.root_cause} {key.scenario} {key.api} {key.transaction}"
    return re.sub(r"[^a-z0-9]+", "-", text.lower())
