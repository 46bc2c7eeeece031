"""The published matrix: ``reports/matrix.json``, its parts and its JSON Schema.

It holds every cell once, one line per stack of a scenario: the cells of all
SQLAlchemy lines that measured one root cause, scenario, database, mode,
driver, API and transaction sit together under that label (the key's fields
but the line, joined by ``/``), so a change of behaviour, between runs or
between lines, is a small diff on one line. Exact versions, settings and the
run are attributes; to keep 100,000 cells small, each target (database, mode,
driver, SQLAlchemy line) carries the attribute values most of its cells
share, a cell lists only the attributes in which it differs from its target,
and what those own attributes have in common across the lines is written
once, as ``shared``, with each line's remainder under ``lines``. Reproducer
paths are relative to the folder holding the matrix.

``matrix.json`` is the index: the targets and the list of parts, the files
under ``data/`` that hold the cells. A code host stops showing a file of some
megabytes and the matrix grows with every server and SQLAlchemy line, so the
cells are split by root cause (``data/truncation.json``), and a part still
over :data:`PART_BUDGET` is split further by database, mode and driver, each
step only where the part is still too big: no file grows past the budget
however many cells come.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import fields, replace
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema

from rowloss.cells import Cell, CellKey, SchemaVersionError, canonical_json, line_order

MATRIX_FILE = "matrix.json"
SCHEMA_FILE = "matrix.schema.json"
MATRIX_SCHEMA_VERSION = 3
PARTS_FOLDER = "data"
PART_BUDGET = 8_000_000
"""Bytes a part may hold before it is split further: well under the 20 MB a
published file may have."""
PART_SPLITS = ("database", "mode", "driver")
KEY_FIELDS = tuple(f.name for f in fields(CellKey))
STACK_FIELDS = tuple(name for name in KEY_FIELDS if name != "sqlalchemy")
"""A part's label: the key without the SQLAlchemy line, whose cells it groups."""
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


Stack = tuple[CellKey, dict[str, Any], int]
"""A part's entry: the key without its line, the entry, how many cells."""


class MatrixError(ValueError):
    """A matrix file that is not valid against its schema."""


def key_of_label(label: str) -> CellKey:
    parts = label.split("/")
    if len(parts) != len(KEY_FIELDS):
        raise MatrixError(f"cell label {label!r} does not have {len(KEY_FIELDS)} parts")
    return CellKey(**dict(zip(KEY_FIELDS, parts, strict=True)))


def stack_label(key: CellKey) -> str:
    return "/".join(getattr(key, name) for name in STACK_FIELDS)


def key_of_stack(label: str, line: str) -> CellKey:
    parts = label.split("/")
    if len(parts) != len(STACK_FIELDS):
        raise MatrixError(f"stack label {label!r} does not have {len(STACK_FIELDS)} parts")
    return CellKey(**dict(zip(STACK_FIELDS, parts, strict=True)), sqlalchemy=line)


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


def matrix_files(cells: Iterable[Cell]) -> dict[str, str]:
    """The index and every part, by path relative to the matrix's folder."""
    by_target: dict[str, list[tuple[Cell, dict[str, Any]]]] = defaultdict(list)
    for cell in sorted(cells, key=lambda c: c.key):
        by_target[target_label(cell.key)].append((cell, _published_attributes(cell)))
    targets: dict[str, Any] = {}
    stacks: dict[CellKey, dict[str, dict[str, Any]]] = defaultdict(dict)
    """Cell key without its line -> line -> the cell's own attributes."""
    for label, members in sorted(by_target.items()):
        defaults = _target_defaults([attributes for _, attributes in members])
        targets[label] = defaults
        default_texts = {name: canonical_json(value) for name, value in defaults.items()}
        for cell, attributes in members:
            own = {
                name: value
                for name, value in attributes.items()
                if name not in defaults or canonical_json(value) != default_texts[name]
            }
            if own.get("reproducer", "") is None:
                del own["reproducer"]
            stacks[replace(cell.key, sqlalchemy="")][cell.key.sqlalchemy] = own
    sections: dict[str, list[Stack]] = defaultdict(list)
    for key, by_line in stacks.items():
        sections[key.root_cause].append((key, _shared_across_lines(by_line), len(by_line)))
    parts: dict[str, tuple[str, int]] = {}
    for root_cause, members in sorted(sections.items()):
        members.sort(key=lambda member: member[0])
        parts.update(_fitted(members, [root_cause], PART_SPLITS))
    counts = {path: count for path, (_, count) in parts.items()}
    index = [
        "{",
        f'"schema": {json.dumps(SCHEMA_FILE)},',
        f'"schema_version": {MATRIX_SCHEMA_VERSION},',
        '"targets": {',
        *_entries(targets),
        "},",
        '"parts": {',
        *_entries(counts),
        "}",
        "}",
    ]
    return {MATRIX_FILE: "\n".join(index) + "\n", **{p: text for p, (text, _) in parts.items()}}


def _shared_across_lines(by_line: Mapping[str, dict[str, Any]]) -> dict[str, Any]:
    """A stack's entry: the own attributes every line has with one value, once,
    and each line's remainder, lines in order."""
    texts = [{name: canonical_json(v) for name, v in own.items()} for own in by_line.values()]
    shared_names = [
        name for name in texts[0] if all(name in t and t[name] == texts[0][name] for t in texts)
    ]
    first = next(iter(by_line.values()))
    return {
        "shared": {name: first[name] for name in shared_names},
        "lines": {
            line: {name: value for name, value in own.items() if name not in shared_names}
            for line, own in sorted(by_line.items(), key=lambda item: line_order(item[0]))
        },
    }


def _entries(values: Mapping[str, Any]) -> list[str]:
    """One ``"name": value`` line per entry, commas between."""
    lines = [f"{json.dumps(n, ensure_ascii=False)}: {canonical_json(v)}" for n, v in values.items()]
    return [f"{line}," for line in lines[:-1]] + lines[-1:]


def _part_text(members: list[Stack]) -> str:
    lines = [
        "{",
        f'"schema": {json.dumps(SCHEMA_FILE)},',
        f'"schema_version": {MATRIX_SCHEMA_VERSION},',
        '"stacks": {',
        *_entries({stack_label(key): entry for key, entry, _ in members}),
        "}",
        "}",
    ]
    return "\n".join(lines) + "\n"


def _fitted(
    members: list[Stack], names: list[str], splits: tuple[str, ...]
) -> dict[str, tuple[str, int]]:
    """One part of ``members`` if it fits the budget, else the parts of their
    groups by the first of ``splits`` that has more than one value."""
    text = _part_text(members)
    if len(text.encode()) <= PART_BUDGET:
        count = sum(cells for _, _, cells in members)
        return {f"{PARTS_FOLDER}/{'/'.join(names)}.json": (text, count)}
    for number, field in enumerate(splits):
        groups: dict[str, list[Stack]] = defaultdict(list)
        for member in members:
            groups[getattr(member[0], field)].append(member)
        if len(groups) > 1:
            found: dict[str, tuple[str, int]] = {}
            for value, group in sorted(groups.items()):
                found.update(_fitted(group, [*names, value], splits[number + 1 :]))
            return found
    raise MatrixError(
        f"the cells of {'/'.join(names)} take {len(text.encode())} bytes, over the part "
        f"budget of {PART_BUDGET}, and cannot be split further"
    )


@cache
def matrix_schema() -> dict[str, Any]:
    text = resources.files("rowloss.publish").joinpath("schema", SCHEMA_FILE).read_text("utf-8")
    return json.loads(text)


def validate(document: Mapping[str, Any], part: str | None = None) -> None:
    """Refuse a document whose schema version this rowloss does not know, or
    that breaks the schema (the index's, or with ``part`` its path, a part's),
    with the first problem in one line."""
    version = document.get("schema_version") if isinstance(document, Mapping) else None
    if version != MATRIX_SCHEMA_VERSION:
        where = f"matrix part {part}" if part else "matrix"
        raise SchemaVersionError(
            f"{where} has schema_version {version!r}; this rowloss reads {MATRIX_SCHEMA_VERSION}"
        )
    schema = matrix_schema()
    if part is not None:
        schema = {**schema["$defs"]["part"], "$defs": schema["$defs"]}
    error = jsonschema.exceptions.best_match(
        jsonschema.Draft202012Validator(schema).iter_errors(document)
    )
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "the top level"
        raise MatrixError(f"{part + ': ' if part else ''}at {where}: {error.message}")


def matrix_from_files(files: Mapping[str, str], *, check_schema: bool = True) -> list[Cell]:
    """The cells of a matrix given as ``{path: text}`` (:func:`matrix_files`)."""

    def read(path: str) -> Any:
        if path not in files:
            raise MatrixError(f"matrix part {path} is missing")
        return json.loads(files[path])

    return matrix_from_document(json.loads(files[MATRIX_FILE]), read, check_schema=check_schema)


def matrix_from_folder(index: Path, *, check_schema: bool = True) -> list[Cell]:
    """The cells of the matrix whose index is the file ``index``."""

    def read(path: str) -> Any:
        part = index.parent / path
        if not part.is_file():
            raise MatrixError(f"matrix part {path} is missing beside {index.name}")
        return json.loads(part.read_text(encoding="utf-8"))

    document = json.loads(index.read_text(encoding="utf-8"))
    return matrix_from_document(document, read, check_schema=check_schema)


def matrix_from_document(
    document: Any, read_part: Callable[[str], Any], *, check_schema: bool = True
) -> list[Cell]:
    """The cells of a matrix, each with its target's attributes filled in;
    ``read_part`` gives a part's document by its path. ``check_schema=False``
    checks only the versions (a test run's workers read files the controller
    already validated)."""
    if check_schema or document.get("schema_version") != MATRIX_SCHEMA_VERSION:
        validate(document)
    cells = []
    for path, count in document["parts"].items():
        if ".." in Path(path).parts:
            raise MatrixError(f"matrix part {path} is outside the matrix's folder")
        part = read_part(path)
        if check_schema or part.get("schema_version") != MATRIX_SCHEMA_VERSION:
            validate(part, path)
        held = sum(len(entry["lines"]) for entry in part["stacks"].values())
        if held != count:
            raise MatrixError(f"matrix part {path} holds {held} cells; the index says {count}")
        for label, entry in part["stacks"].items():
            for line, own in entry["lines"].items():
                key = key_of_stack(label, line)
                target = document["targets"].get(target_label(key))
                if target is None:
                    raise MatrixError(f"cell {key.label()} has no target {target_label(key)!r}")
                record = {"key": key.__dict__, **target, **entry["shared"], **own}
                cells.append(Cell.from_dict(record))
    return cells
