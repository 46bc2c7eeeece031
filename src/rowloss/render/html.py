"""The run's matrix as one static page, ``reports/index.html``.

The page must open straight from the file system (``file://``), where browsers
refuse to fetch a separate JSON file, so the cells travel inside the page as a
``<script type="application/json" id="rowloss-data">`` block and a little
inlined JavaScript filters and shows them: no server, no network, no CDN.

Forty thousand cells repeat the same few hundred strings, so the data is a
table of distinct values per column and, per cell, indices into those tables
(see :func:`page_data`). The same cells always give byte-identical HTML.

The page opens on the summary of :mod:`~rowloss.render.summary_model`
(silent scenarios out of those measured), recomputed by the script from the
inlined cells so that its counts follow the filters; the words it needs
(outcomes, modes, signals, evidence, not-run lines, stack pages) travel in a
second block, ``#rowloss-words`` (see :func:`page_words`).
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable, Mapping, Sequence
from dataclasses import fields
from typing import Any

import jinja2
from markupsafe import Markup

from rowloss.cells import APPLICATION, STACK, Cell, CellKey, Outcome, canonical_json, line_order
from rowloss.render.anchors import stack_path
from rowloss.render.happened import what_happened
from rowloss.render.legend import (
    EVIDENCE_WORDS,
    MODE_WORDS,
    OUTCOME_LABELS,
    REVEALED,
    SIGNAL_WORDS,
)
from rowloss.render.summary_model import (
    LAYER_WORDS,
    Stack,
    measured_versions,
    not_run_lines,
    root_causes,
    title,
)

DATA_FORMAT = 3
"""Bumped whenever the shape of the inlined data changes."""

KEY_COLUMNS = tuple(field.name for field in fields(CellKey))

PIECE_SEPARATOR = "-"
PIECED_COLUMNS = ("reproducer", "test_id")
"""Columns whose values differ in every cell yet are made of a few hundred
pieces (``reproducers/duplicates/in_batch/mariadb-strict-mysqldb-...``): stored
as lists of indices into a table of pieces, joined again by the page."""

COLUMN_VALUES: dict[str, Callable[[Cell], Any]] = {
    **{name: operator.attrgetter(f"key.{name}") for name in KEY_COLUMNS},
    "outcome": lambda cell: cell.outcome.value,
    "detail": lambda cell: cell.detail,
    "happened": lambda cell: what_happened(cell) if cell.outcome.silent else "",
    "data": lambda cell: list(cell.data),
    "signal": lambda cell: list(cell.signal),
    "layer": lambda cell: cell.layer,
    "versions": lambda cell: {
        "server": cell.versions.server,
        "driver": cell.versions.driver,
        "sqlalchemy": cell.versions.sqlalchemy,
    },
    "environment": lambda cell: dict(cell.environment),
    "evidence": lambda cell: dict(cell.evidence),
    "run": lambda cell: dict(cell.run),
    "reproducer": lambda cell: cell.reproducer,
    "test_id": lambda cell: cell.test_id,
}
"""Every column of the inlined data, in order, and how to read it from a cell."""

FILTER_COLUMNS = (
    ("database", "database"),
    ("mode", "mode"),
    ("driver", "driver"),
    ("api", "insert API"),
    ("sqlalchemy", "SQLAlchemy"),
    ("transaction", "transaction"),
    ("root_cause", "root cause"),
    ("scenario", "scenario"),
    ("outcome", "outcome (cell list)"),
)
"""The columns a reader can filter on, with their labels, in the order shown.
The summary and the stack view follow every filter but the outcome's (a count
of silent scenarios out of those measured needs every outcome)."""

TABLE_COLUMNS = (
    ("root_cause", "root cause"),
    ("scenario", "scenario"),
    ("api", "insert API"),
    ("transaction", "transaction"),
    ("database", "database"),
    ("mode", "mode"),
    ("driver", "driver"),
    ("sqlalchemy", "SQLAlchemy"),
    ("outcome", "outcome"),
    ("signal", "signal"),
)

STACK_AXES = (
    ("transaction", "transaction"),
    ("sqlalchemy", "SQLAlchemy line"),
    ("api", "insert API"),
)
"""What the columns of the stack view can be (its rows are the scenarios): the
first is the default; any key column of a stack's cells could be one."""

ROW_LIMIT = 500
"""Most rows the page builds at once; beyond that it asks for narrower filters."""


def render_html(cells: Sequence[Cell], metadata: Mapping[str, Any] | None = None) -> str:
    """The whole page for ``cells``; ``metadata`` (run id, date ...) is shown as given."""
    data = page_data(cells)
    modes = sorted({c.key.mode for c in cells if c.measured} & MODE_WORDS.keys())
    return _template().render(
        title="rowloss matrix",
        metadata=sorted((str(k), _as_text(v)) for k, v in (metadata or {}).items()),
        versions=measured_versions(cells),
        sqlalchemy_versions=sorted(
            {c.versions.sqlalchemy for c in cells if c.measured and c.versions.sqlalchemy}
        ),
        outcome_labels={o.value: OUTCOME_LABELS[o][1] for o in Outcome},
        legend=[
            (outcome.value, *OUTCOME_LABELS[outcome], sum(c.outcome is outcome for c in cells))
            for outcome in Outcome
        ],
        modes=[(mode, MODE_WORDS[mode]) for mode in modes],
        layer_words=LAYER_WORDS,
        revealed=REVEALED,
        not_run=not_run_lines(cells),
        filters=[
            (column, label, data["values"][data["columns"].index(column)])
            for column, label in FILTER_COLUMNS
        ],
        table_columns=TABLE_COLUMNS,
        stack_axes=STACK_AXES,
        cell_count=len(cells),
        data_json=script_safe_json(data),
        words_json=script_safe_json(page_words(cells)),
    )


def page_words(cells: Sequence[Cell]) -> dict[str, Any]:
    """What the script says besides the cells: the summary's columns, names of
    databases, the Markdown page of each stack, and the words of the legend."""
    stacks = sorted({Stack.of(c.key) for c in cells if c.measured})
    return {
        "root_causes": root_causes(c for c in cells if c.measured),
        "database_titles": {c.key.database: title(c.key.database) for c in cells},
        "stack_pages": {"|".join((s.database, s.mode, s.driver)): stack_path(s) for s in stacks},
        "modes": MODE_WORDS,
        "signals": SIGNAL_WORDS,
        "evidence": EVIDENCE_WORDS,
        "layers": {"stack": STACK, "application": APPLICATION, "words": LAYER_WORDS},
        "revealed": REVEALED,
    }


def page_data(cells: Sequence[Cell]) -> dict[str, Any]:
    """The cells as value tables plus one row of indices per cell.

    ``values[i]`` lists the distinct values of ``columns[i]`` (sorted; outcomes
    in their declared order) and ``cells[n][i]`` indexes into it. For the
    ``pieced`` columns ``cells[n][i]`` is instead a list of indices into
    ``values[i]`` to join with ``piece_separator`` (``null`` for no value).
    Rows are sorted, key columns first, so they come in the order of the keys.
    """
    columns = list(COLUMN_VALUES)
    rows: list[list[Any]] = [[] for _ in cells]
    tables = []
    for column, read in COLUMN_VALUES.items():
        column_values = [read(cell) for cell in cells]
        if column in PIECED_COLUMNS:
            tables.append(_encode_pieced(column_values, rows))
        else:
            tables.append(_encode_values(column, column_values, rows))
    rows.sort(key=lambda row: [[] if entry is None else entry for entry in row])
    return {
        "format": DATA_FORMAT,
        "columns": columns,
        "key_columns": list(KEY_COLUMNS),
        "pieced": list(PIECED_COLUMNS),
        "piece_separator": PIECE_SEPARATOR,
        "values": tables,
        "cells": rows,
        "outcomes": {o.value: list(OUTCOME_LABELS[o]) for o in Outcome},
        "silent": [o.value for o in Outcome if o.silent],
        "row_limit": ROW_LIMIT,
    }


def _encode_values(column: str, values: list[Any], rows: list[list[Any]]) -> list[Any]:
    """Appends each value's index to its row; returns the distinct values.

    Strings sort as themselves (SQLAlchemy lines as versions, so that the
    page's script orders lines by their indices), lists and objects by their
    canonical JSON.
    """
    identities = [value if isinstance(value, str) else canonical_json(value) for value in values]
    distinct = dict(zip(identities, values, strict=True))
    if column == "outcome":
        order = [o.value for o in Outcome if o.value in distinct]
    elif column == "sqlalchemy":
        order = sorted(distinct, key=line_order)
    else:
        order = sorted(distinct)
    position = {identity: n for n, identity in enumerate(order)}
    for row, identity in zip(rows, identities, strict=True):
        row.append(position[identity])
    return [distinct[identity] for identity in order]


def _encode_pieced(values: list[str | None], rows: list[list[Any]]) -> list[str]:
    """Appends each value's piece indices (or None) to its row; returns the pieces."""
    pieces = sorted({p for value in values if value is not None for p in _pieces(value)})
    position = {piece: n for n, piece in enumerate(pieces)}
    for row, value in zip(rows, values, strict=True):
        row.append(None if value is None else [position[p] for p in _pieces(value)])
    return pieces


def _pieces(value: str) -> list[str]:
    return value.split(PIECE_SEPARATOR)


def script_safe_json(data: Any) -> Markup:
    """``data`` as JSON that cannot end its ``<script>`` element early.

    Every ``<`` is written ``\\u003c``, which covers ``</script>`` (``</`` would
    otherwise close the element) and ``<!--`` (which changes how the browser
    looks for the end of a script); ``JSON.parse`` reads it back unchanged.
    """
    return Markup(canonical_json(data).replace("<", "\\u003c"))


def _as_text(value: Any) -> str:
    return value if isinstance(value, str) else canonical_json(value)


@functools.cache
def _template() -> jinja2.Template:
    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("rowloss", "render/templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return environment.get_template("index.html.j2")
