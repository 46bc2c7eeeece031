"""Reproducer scripts: what a cell that was not ``ok`` did, as a script to run.

A reproducer is plain steps: the table, the rows, the call as a user writes it,
the application code around it, and the outcome rowloss published. It needs
only SQLAlchemy and the driver: the steps around that code (make the table,
run, read back, compare) are copied into it from
:mod:`rowloss.publish.standalone`. A run writes one per cell; a published one
holds every case of one scenario on one database and mode (an insert API, a
transaction mode and a batch, each with what every driver measured with it),
so a developer runs one file against a server of their own.

Every reproducer is rendered from one template (``templates/reproducer.py.j2``)
filled from a :class:`ReproducerFile`, so that publishing renders from parts and
never reads a script back. A run keeps each script's parts beside it
(``<name>.parts.json``: written by one process per cell, so no file is shared
between xdist workers); a published folder keeps all of them in one store,
``reproducers/parts.json.gz``, where the code that many cases repeat (imports,
API calls, callers, tables, session setup) is held once under its digest.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import inspect
import json
import os
import textwrap
import zlib
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import jinja2
from sqlalchemy import MetaData

from rowloss.backends import get_backend
from rowloss.cells import (
    Cell,
    CellKey,
    Versions,
    canonical_json,
    line_of,
    line_order,
    plain_data,
)
from rowloss.measure import apis, callers
from rowloss.measure.apis import Api
from rowloss.measure.scenario import Variant
from rowloss.measure.search import Example
from rowloss.measure.targets import Target
from rowloss.oracle import sameness
from rowloss.publish import standalone
from rowloss.publish.pycode import (
    IMPORTS,
    UNPACK,
    imports_for,
    literal,
    rows_source,
    table_code,
)

FOLDER = "reproducers"
PARTS_SUFFIX = ".parts.json"
STORE = "parts.json.gz"
"""The published reproducers' parts, in the published ``reproducers/`` folder."""
PARTS_VERSION = 3
"""The format of a parts file and of a store that this rowloss writes."""
READS_PARTS_VERSIONS = frozenset({2, PARTS_VERSION})
"""The formats it reads; one of another version is refused. Version 2 has no
line in what a cell measured: it is read from the SQLAlchemy version."""
AGAIN = (
    "measure its cells again, or merge full runs into an empty folder "
    "(rowloss merge RUN... --out DIR)"
)
"""What to do about a reproducer whose parts cannot be read."""
SHARED_CODE = ("imports", "table", "session_setup", "helpers", "call_source", "caller_source")
"""The fields of :class:`Code` that a store keeps once under their digest: the
same few values recur across most of a folder's reproducers."""


@dataclass(frozen=True)
class Code:
    """What a reproducer runs: equal for every cell that shares its code and
    rows, which is what lets publishing give such cells one file."""

    table_name: str
    table: str
    """Source of the ``sa.Table(...)`` that ``build_table`` returns."""
    imports: str
    transaction: str
    session_setup: tuple[str, ...]
    key: tuple[str, ...]
    chunk: int
    helpers: str
    """Source the insert call needs beside it, or ``""``."""
    call_name: str
    call_source: str
    on_session: bool
    caller_name: str
    caller_source: str
    baseline: str
    sent: str
    meant: str
    observed: str
    """Sources of the rows: committed before the batch, sent, meant, read back."""
    wrong_model: bool

    @property
    def packed(self) -> bool:
        """Some rows are too many to list, so the script imports ``unpack``."""
        rows = (self.baseline, self.sent, self.meant, self.observed)
        return any("unpack(" in source for source in rows)


@dataclass(frozen=True)
class Measured:
    """What one cell measured with a reproducer's code and rows."""

    database: str
    driver: str
    outcome: str
    detail: str
    versions: Versions | None
    """``None`` where the target's versions were never read."""
    line: str = ""
    """The SQLAlchemy line of the cell, or ``""`` where it is not known."""

    @classmethod
    def of(cls, cell: Cell) -> Measured:
        key = cell.key
        return cls(
            key.database, key.driver, cell.outcome.value, cell.detail, cell.versions, key.sqlalchemy
        )


@dataclass(frozen=True)
class ReproducerParts:
    """One case of a reproducer: an insert API, a transaction mode and a batch,
    and what each driver measured with them."""

    api: str
    measured: tuple[Measured, ...]
    batch: str
    code: Code

    @property
    def drivers(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.driver for m in self.measured))

    def stands_for(self, key: CellKey) -> bool:
        """Whether this case is the one cell ``key`` measured (a measurement
        of no known line stands for any)."""
        if self.api != key.api or self.code.transaction != key.transaction:
            return False
        lines = ("", key.sqlalchemy)
        return any(m.driver == key.driver and m.line in lines for m in self.measured)

    def published(self) -> dict[str, dict[str, tuple[str, str]]]:
        """Outcome and detail by driver, then by SQLAlchemy line: what the
        script compares its own outcome with."""
        found: dict[str, dict[str, tuple[str, str]]] = defaultdict(dict)
        for m in sorted(self.measured, key=lambda m: (m.driver, line_order(m.line))):
            found[m.driver][m.line] = (m.outcome, m.detail)
        return dict(found)


@dataclass(frozen=True)
class ReproducerFile:
    """Everything the template needs for one reproducer file: the cases of one
    scenario on one database and mode, which share the table and the
    application code (a run's file holds the one case its cell measured)."""

    title: str
    note: str
    """The variant's note as a sentence, or ``""``."""
    filename: str
    url: str
    """The example URL of the command line."""
    cases: tuple[ReproducerParts, ...]
    drivers: tuple[str, ...] = ()
    """The drivers ``DRIVER`` in ``url`` stands for, in a published reproducer;
    empty where ``url`` names its driver."""

    def case_of(self, key: CellKey) -> ReproducerParts | None:
        return next((case for case in self.cases if case.stands_for(key)), None)


class Script(str):
    """A reproducer's text that holds the parts it was rendered from, so that
    :func:`write` keeps them beside it."""

    parts: ReproducerFile

    def __new__(cls, parts: ReproducerFile, steps_file: str | None = None) -> Script:
        script = super().__new__(cls, render(parts, steps_file))
        script.parts = parts
        return script


class UnreadableParts(ValueError):
    """A reproducer whose parts are missing or of another format, so it cannot
    be rendered again; the message says which and what to do."""


def file_name(key: CellKey) -> str:
    names = [key.database, key.mode, key.driver, key.api, key.transaction]
    return f"{'-'.join(names)}.py"


def relative_path(key: CellKey) -> Path:
    return Path(FOLDER) / key.root_cause / key.scenario / file_name(key)


def parts_path(script: Path) -> Path:
    """Where the parts of the reproducer ``script`` are kept."""
    return script.with_suffix(PARTS_SUFFIX)


def title(key: CellKey) -> str:
    """What a run's reproducer reproduces: the one cell it was written for."""
    return (
        f"{key.root_cause} / {key.scenario} through {key.api} ({key.transaction}) on "
        f"{key.database} {key.mode} via {key.driver}, SQLAlchemy {key.sqlalchemy}"
    )


def published_title(key: CellKey) -> str:
    """What a published reproducer reproduces: a scenario on a database and
    mode, on every SQLAlchemy line that measured it."""
    return f"{key.root_cause} / {key.scenario} on {key.database} {key.mode}"


def parts(
    key: CellKey, variant: Variant, api: Api, target: Target, example: Example, detail: str
) -> ReproducerFile:
    """The parts of the reproducer of ``example``, measured on ``target``."""
    backend = target.spec.backend
    driver = target.spec.driver.name
    report = target.report
    versions = (
        Versions(report.server_version, report.driver_version, report.sqlalchemy_version)
        if report
        else None
    )
    measured = Measured(
        backend.name, driver, example.verdict.outcome.value, detail, versions, key.sqlalchemy
    )
    case = ReproducerParts(
        api=key.api,
        measured=(measured,),
        batch=example.shape.describe(),
        code=_code(key, variant, api, target, example),
    )
    return ReproducerFile(
        title=title(key),
        note=f"{variant.note}." if variant.note else "",
        filename=file_name(key),
        url=backend.reproducer_url(driver),
        cases=(case,),
    )


@functools.cache
def _table_source(build: Any, dialect: str) -> tuple[str, str]:
    """The source of the table ``build`` makes, and its imports, on ``dialect``:
    made once per process for every cell of the variant."""
    table = build(MetaData(), "name")
    return table_code(table, dialect), imports_for(table, dialect)


@functools.cache
def source_of(function: Any) -> str:
    """The source of ``function``, read once per process: thousands of
    reproducers show the same few."""
    return inspect.getsource(function).strip()


def _code(key: CellKey, variant: Variant, api: Api, target: Target, example: Example) -> Code:
    backend = target.spec.backend
    call_source = source_of(api.call)
    helpers = source_of(apis._upsert_insert) if "_upsert_insert" in call_source else ""
    if "PANDAS_CHUNKSIZE" in call_source:
        helpers = f"PANDAS_CHUNKSIZE = {apis.PANDAS_CHUNKSIZE}"
    digest = hashlib.sha256(f"{key.root_cause}/{key.scenario}".encode()).hexdigest()[:8]
    table, imports = _table_source(variant.table, backend.dialect)
    return Code(
        table_name=f"rowloss_repro_{digest}",
        table=table,
        imports=imports,
        transaction=key.transaction,
        session_setup=(
            *backend.connection_setup(target.spec.mode),
            *variant.session_sql(backend),
        ),
        key=tuple(variant.key),
        chunk=callers.CHUNK,
        helpers=helpers.strip(),
        call_name=api.call.__name__,
        call_source=call_source,
        on_session=api.on_session,
        caller_name=variant.caller.__name__,
        caller_source=source_of(variant.caller),
        baseline=rows_source([dict(r) for r in example.batch.baseline]),
        sent=rows_source([dict(r) for r in example.batch.sent]),
        meant=rows_source([dict(r) for r in example.batch.meant]),
        observed=rows_source([dict(r) for r in example.stored]),
        wrong_model=bool(variant.decoy),
    )


def shared(
    members: Sequence[tuple[Sequence[Cell], ReproducerParts]], note: str, filename: str
) -> ReproducerFile:
    """A published reproducer: for each case, the cells that measured it (which
    share its code and rows), each listed with what it measured. The cases are
    of one scenario on one database and mode."""
    key = members[0][0][0].key
    cases = tuple(
        replace(case, measured=tuple(Measured.of(cell) for cell in cells))
        for cells, case in members
    )
    drivers = sorted({driver for case in cases for driver in case.drivers})
    return ReproducerFile(
        title=published_title(key),
        note=note,
        filename=filename,
        url=get_backend(key.database).reproducer_url("DRIVER"),
        cases=cases,
        drivers=tuple(drivers),
    )


def source(
    key: CellKey, variant: Variant, api: Api, target: Target, example: Example, detail: str
) -> Script:
    """The reproducer of ``example``, measured on ``target``, as a run keeps it."""
    return Script(parts(key, variant, api, target, example, detail), RUN_STEPS)


def render(parts: ReproducerFile, steps_file: str | None = None) -> str:
    """The reproducer's text: the one template, filled from ``parts``, with the
    steps every reproducer shares (:mod:`rowloss.publish.standalone`) in its
    own text, or, given ``steps_file`` (a path relative to the script), run
    from that file: a run's thousands of reproducers share one copy."""
    first = parts.cases[0].code
    for case in parts.cases[1:]:
        for name in FILE_CODE:
            if getattr(case.code, name) != getattr(first, name):
                raise ValueError(f"the cases of {parts.filename} differ in their {name}")
    calls = {case.code.call_name: case.code.call_source for case in parts.cases}
    helpers = [h for h in dict.fromkeys(case.code.helpers for case in parts.cases) if h]
    versions = sorted(
        {
            (m.driver, m.versions.driver, m.database, m.versions.server, m.versions.sqlalchemy)
            for case in parts.cases
            for m in case.measured
            if m.versions
        }
    )
    return _template().render(
        file=parts,
        code=first,
        dialect_imports=first.imports.removeprefix(IMPORTS),
        warnings_statement=get_backend(parts.cases[0].measured[0].database).warnings_statement,
        calls=calls,
        helpers=helpers,
        versions=versions,
        packed=any(case.code.packed for case in parts.cases),
        unpack=UNPACK,
        steps=None if steps_file else _steps(),
        steps_file=steps_file,
    )


FILE_CODE = (
    "table_name",
    "table",
    "imports",
    "session_setup",
    "key",
    "chunk",
    "caller_name",
    "caller_source",
    "wrong_model",
)
"""The fields of :class:`Code` that every case of one file shares."""


@functools.cache
def _steps() -> str:
    """The text of :mod:`~rowloss.oracle.sameness` and of
    :mod:`~rowloss.publish.standalone`, each from its marker on."""
    return (
        _copied(sameness, sameness.COPIED_FROM)
        + "\n\n"
        + _copied(standalone, standalone.STEPS_START)
    )


def _copied(module: Any, marker: str) -> str:
    text = inspect.getsource(module)
    return text[text.index("\n" + marker) + 1 :].rstrip() + "\n"


STEPS_FILE = "rowloss_steps.py"
"""The steps a run's reproducers share, once per run in its ``reproducers/``."""
RUN_STEPS = f"../../{STEPS_FILE}"
"""Where a run's reproducer (``reproducers/<root cause>/<variant>/``) finds them."""


def write(run_dir: Path, key: CellKey, text: Script) -> str:
    """Write the reproducer ``text`` of ``key`` and its parts into ``run_dir``,
    and the steps its kind share beside them if no process has yet; the path
    returned is relative to it."""
    path = relative_path(key)
    _write_steps(run_dir / FOLDER / STEPS_FILE)
    script = run_dir / path
    script.parent.mkdir(parents=True, exist_ok=True)
    script.write_text(text, encoding="utf-8")
    _write_parts(script, text.parts)
    return str(path)


_STEPS_WRITTEN: set[Path] = set()


def _write_steps(path: Path) -> None:
    """The shared steps at ``path``: written whole under another name and
    renamed, so that processes writing it at once never leave half a file."""
    if path in _STEPS_WRITTEN or path.is_file():
        _STEPS_WRITTEN.add(path)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}")
    header = "# The steps of a rowloss run's reproducers, which run them with exec().\n\n"
    partial.write_text(header + _steps(), encoding="utf-8")
    os.replace(partial, path)
    _STEPS_WRITTEN.add(path)


def save(script: Path, parts: ReproducerFile) -> None:
    """The reproducer of ``parts`` at ``script``, the steps in its own text,
    and its parts beside it."""
    _write_script(script, parts)
    _write_parts(script, parts)


def _write_parts(script: Path, parts: ReproducerFile) -> None:
    document = {"parts_version": PARTS_VERSION, **plain_data(parts)}
    parts_path(script).write_text(canonical_json(document) + "\n", encoding="utf-8")


def save_published(folder: Path, scripts: Mapping[str, ReproducerFile]) -> None:
    """The reproducers ``scripts`` (path relative to ``folder``, a published
    ``reproducers/`` folder -> parts) and one store of all their parts,
    ``folder/parts.json.gz``: the same parts give the same bytes."""
    for relative, parts in scripts.items():
        _write_script(folder / relative, parts)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / STORE).write_bytes(gzip.compress(_store_json(scripts), mtime=0))


def _write_script(script: Path, parts: ReproducerFile) -> None:
    script.parent.mkdir(parents=True, exist_ok=True)
    script.write_text(render(parts), encoding="utf-8")


def _store_json(scripts: Mapping[str, ReproducerFile]) -> bytes:
    """The store's document: each reproducer's parts, with the fields of
    :data:`SHARED_CODE` replaced by the digest of a value kept once in ``sources``."""
    sources: dict[str, Any] = {}
    reproducers = {}
    for relative, parts in scripts.items():
        record = plain_data(parts)
        for case in record["cases"]:
            for name in SHARED_CODE:
                value = case["code"][name]
                digest = _digest(value)
                if sources.setdefault(digest, value) != value:
                    raise ValueError(f"two sources of the parts store share the digest {digest}")
                case["code"][name] = digest
        reproducers[relative] = record
    document = {"parts_version": PARTS_VERSION, "sources": sources, "reproducers": reproducers}
    return canonical_json(document).encode("utf-8")


def _digest(value: Any) -> str:
    return hashlib.sha256(json.dumps(value, ensure_ascii=False).encode("utf-8")).hexdigest()[:16]


class PartsReader:
    """Finds the parts a reproducer was rendered from: beside a run's script, or
    in the store of the published ``reproducers/`` folder the script is in. A
    store is read once per reader, as publishing looks up thousands of its scripts."""

    def __init__(self) -> None:
        self._stores: dict[Path, dict[str, ReproducerFile]] = {}

    def load(self, script: Path) -> ReproducerFile:
        sidecar = parts_path(script)
        if sidecar.is_file():
            return _read_parts_file(sidecar)
        store = _store_of(script)
        if store is not None:
            if store not in self._stores:
                self._stores[store] = _read_store(store)
            parts = self._stores[store].get(script.relative_to(store.parent).as_posix())
            if parts is not None:
                return parts
        raise UnreadableParts(
            f"{script} has no parts to be rendered again from (no {sidecar.name} beside it, "
            f"no entry in a {FOLDER}/{STORE} above it): {AGAIN}"
        )


def load(script: Path) -> ReproducerFile:
    """The parts the reproducer ``script`` was rendered from."""
    return PartsReader().load(script)


def _store_of(script: Path) -> Path | None:
    for folder in script.parents:
        if folder.name == FOLDER and (folder / STORE).is_file():
            return folder / STORE
    return None


def _read_parts_file(path: Path) -> ReproducerFile:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as error:
        raise UnreadableParts(
            f"{path} is not a reproducer's parts file ({error}): {AGAIN}"
        ) from None
    _check_version(path, document)
    try:
        return _parts_from(document)
    except (KeyError, TypeError) as error:
        raise UnreadableParts(f"{path} is not a reproducer's parts file: {error}") from None


def _read_store(store: Path) -> dict[str, ReproducerFile]:
    """Every reproducer's parts in ``store``, by path relative to its folder."""
    try:
        document = json.loads(gzip.decompress(store.read_bytes()))
    except (OSError, EOFError, zlib.error, ValueError) as error:
        raise UnreadableParts(f"{store} is not a parts store ({error}): {AGAIN}") from None
    _check_version(store, document)
    try:
        sources = document["sources"]
        return {
            relative: _parts_from(_with_sources(record, sources))
            for relative, record in document["reproducers"].items()
        }
    except (KeyError, TypeError) as error:
        raise UnreadableParts(f"{store} is not a parts store: {error!r}") from None


def _with_sources(record: Mapping[str, Any], sources: Mapping[str, Any]) -> dict[str, Any]:
    """A stored record with the digests of :data:`SHARED_CODE` replaced by their values."""
    cases = [
        {**case, "code": {**case["code"], **{n: sources[case["code"][n]] for n in SHARED_CODE}}}
        for case in record["cases"]
    ]
    return {**record, "cases": cases}


def _check_version(path: Path, document: Any) -> None:
    version = document.pop("parts_version", None) if isinstance(document, dict) else None
    if version not in READS_PARTS_VERSIONS:
        raise UnreadableParts(
            f"{path} has parts_version {version!r}; this rowloss reads "
            f"{' or '.join(str(v) for v in sorted(READS_PARTS_VERSIONS))}: {AGAIN}"
        )


def _case_from(document: Mapping[str, Any]) -> ReproducerParts:
    code = {
        name: tuple(value) if isinstance(value, list) else value
        for name, value in document["code"].items()
    }
    measured = tuple(_measured_from(m) for m in document["measured"])
    return ReproducerParts(
        api=document["api"], measured=measured, batch=document["batch"], code=Code(**code)
    )


def _measured_from(document: Mapping[str, Any]) -> Measured:
    versions = Versions(**document["versions"]) if document["versions"] else None
    line = document.get("line") or (line_of(versions.sqlalchemy) if versions else "")
    return Measured(**{**document, "versions": versions, "line": line})


def _parts_from(document: Mapping[str, Any]) -> ReproducerFile:
    return ReproducerFile(
        **{
            **document,
            "cases": tuple(_case_from(case) for case in document["cases"]),
            "drivers": tuple(document["drivers"]),
        }
    )


def _docstring(text: str) -> str:
    """``text`` short enough for a header line, and unable to end the docstring
    it stands in or to start an escape in it."""
    return textwrap.shorten(text, 300).replace("\\", "/").replace('"""', "'''")


@functools.cache
def _template() -> jinja2.Template:
    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("rowloss.publish", "templates"),
        autoescape=False,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["literal"] = literal
    environment.filters["docstring"] = _docstring
    environment.filters["shortened"] = lambda text: textwrap.shorten(text, 300)
    return environment.get_template("reproducer.py.j2")
