"""The published matrix: ``reports/matrix.json`` and its JSON Schema.

It holds every cell once, keyed by its label (the cell key's fields joined by
``/`` in key order), one cell a line so that a change of behaviour is a small
diff. Exact versions, settings and the run are attributes; to keep 40,000
cells small, each target (database, mode, driver, SQLAlchemy line) carries
the attribute values most of its cells share, and a cell lists only the
attributes in which it differs from its target. Reproducer paths are relative
to the folder holding the matrix.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import fields
from functools import cache
from importlib import resources
from typing import Any

import jsonschema

from rowloss.cells import Cell, CellKey, SchemaVersionError, canonical_json

MATRIX_FILE = "matrix.json"
SCHEMA_FILE = "matrix.schema.json"
MATRIX_SCHEMA_VERSION = 1
KEY_FIELDS = tuple(f.name for f in fields(CellKey))
TARGET_FIELDS = ("database", "mode", "driver", "sqlalchemy")
SHARED = (
    "outcome",
    "detail",
    "data",
    "signal",
    "layer",
    "versions",
    "environment",
    "evidence",
    "run",
)
"""Attributes a target may carry for its cells; ``reproducer`` and ``test_id``
are a cell's own (``test_id`` is not published: it names a test, not a fact)."""


class MatrixError(ValueError):
    """A matrix file that is not valid against its schema."""


def key_of_label(label: str) -> CellKey:
    parts = label.split("/")
    if len(parts) != len(KEY_FIELDS):
        raise MatrixError(f"cell label {label!r} does not have {len(KEY_FIELDS)} parts")
    return CellKey(**dict(zip(KEY_FIELDS, parts, strict=True)))


def target_label(key: CellKey) -> str:
    return "/".join(getattr(key, name) for name in TARGET_FIELDS)


def _published_attributes(cell: Cell) -> dict[str, Any]:
    data = cell.to_dict()
    data.pop("key")
    data.pop("test_id")
    return data


def _target_defaults(attributes: list[dict[str, Any]]) -> dict[str, Any]:
    """The value of each shared attribute that most cells have (ties: the
    smallest JSON text, so equal inputs give equal files)."""
    defaults = {}
    for name in SHARED:
        counts = Counter(canonical_json(a[name]) for a in attributes)
        best = min(counts.items(), key=lambda item: (-item[1], item[0]))[0]
        defaults[name] = json.loads(best)
    return defaults


def matrix_document(cells: Iterable[Cell]) -> dict[str, Any]:
    by_target: dict[str, list[tuple[Cell, dict[str, Any]]]] = defaultdict(list)
    for cell in sorted(cells, key=lambda c: c.key):
        by_target[target_label(cell.key)].append((cell, _published_attributes(cell)))
    targets: dict[str, Any] = {}
    published: dict[str, Any] = {}
    for label, members in sorted(by_target.items()):
        defaults = _target_defaults([attributes for _, attributes in members])
        targets[label] = defaults
        for cell, attributes in members:
            own = {
                name: value
                for name, value in attributes.items()
                if name not in defaults or canonical_json(value) != canonical_json(defaults[name])
            }
            if own.get("reproducer", "") is None:
                del own["reproducer"]
            published[cell.key.label()] = own
    cells_in_order = dict(sorted(published.items(), key=lambda item: key_of_label(item[0])))
    return {
        "schema": SCHEMA_FILE,
        "schema_version": MATRIX_SCHEMA_VERSION,
        "targets": targets,
        "cells": cells_in_order,
    }


def matrix_to_json(cells: Iterable[Cell]) -> str:
    """The matrix file: sorted, one target and one cell a line."""
    document = matrix_document(cells)
    lines = ["{"]
    lines.append(f'"schema": {json.dumps(document["schema"])},')
    lines.append(f'"schema_version": {document["schema_version"]},')
    for section in ("targets", "cells"):
        entries = [
            f"{json.dumps(name, ensure_ascii=False)}: {canonical_json(value)}"
            for name, value in document[section].items()
        ]
        closing = "}," if section == "targets" else "}"
        lines.append(f'"{section}": {{')
        lines.extend(f"{entry}," for entry in entries[:-1])
        lines.extend(entries[-1:])
        lines.append(closing)
    lines.append("}")
    return "\n".join(lines) + "\n"


@cache
def matrix_schema() -> dict[str, Any]:
    text = resources.files("rowloss.publish").joinpath("schema", SCHEMA_FILE).read_text("utf-8")
    return json.loads(text)


def validate(document: Mapping[str, Any]) -> None:
    """Refuse a document whose schema version this rowloss does not know, or
    that breaks the schema, with the first problem in one line."""
    version = document.get("schema_version") if isinstance(document, Mapping) else None
    if version != MATRIX_SCHEMA_VERSION:
        raise SchemaVersionError(
            f"matrix has schema_version {version!r}; this rowloss reads {MATRIX_SCHEMA_VERSION}"
        )
    error = jsonschema.exceptions.best_match(
        jsonschema.Draft202012Validator(matrix_schema()).iter_errors(document)
    )
    if error is not None:
        where = "/".join(str(part) for part in error.absolute_path) or "the top level"
        raise MatrixError(f"at {where}: {error.message}")


def matrix_from_json(text: str, *, check_schema: bool = True) -> list[Cell]:
    return matrix_from_document(json.loads(text), check_schema=check_schema)


def matrix_from_document(document: Any, *, check_schema: bool = True) -> list[Cell]:
    """The cells of a matrix, each with its target's attributes filled in.
    ``check_schema=False`` checks only the version (a test run's workers read a
    file the controller already validated)."""
    if check_schema or document.get("schema_version") != MATRIX_SCHEMA_VERSION:
        validate(document)
    cells = []
    for label, own in document["cells"].items():
        key = key_of_label(label)
        target = document["targets"].get(target_label(key))
        if target is None:
            raise MatrixError(f"cell {label} has no target {target_label(key)!r}")
        cells.append(Cell.from_dict({"key": key.__dict__, **target, **own}))
    return cells
