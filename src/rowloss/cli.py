"""The ``rowloss`` command.

``rowloss run`` is the main job: the scenario suite on every database it can
find or start, writing cells and a matrix to a new run directory.
``rowloss targets`` lists every target of the registry and whether this machine
has what it needs to run it. ``rowloss diff OLD NEW`` lists the cells whose
outcome changed between two runs; ``rowloss merge RUN... --out FILE`` combines
the cells of several runs into one file.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import rowloss
from rowloss.backends import target_specs
from rowloss.cells import Cell, SchemaVersionError, cells_from_json, cells_to_json
from rowloss.compare import compare
from rowloss.merging import ConflictingCells, merge_runs
from rowloss.recorder import CELLS_FILE
from rowloss.sqla import missing_dialect, sqlalchemy_version


class CliError(Exception):
    """A mistake to report in one line."""


def find_checkout(start: Path) -> Path:
    """The rowloss checkout whose ``scenarios/`` to run: the current folder or a
    parent, else the one this package was installed from in editable mode."""
    candidates = [start, *start.parents, Path(rowloss.__file__).resolve().parents[2]]
    for folder in candidates:
        if (folder / "scenarios").is_dir() and (folder / "pyproject.toml").is_file():
            return folder
    raise CliError(
        "cannot find rowloss's scenarios/ folder; run rowloss inside a clone of rowloss "
        "(installed with pip install -e .)"
    )


def parallel_args(pytest_args: Sequence[str]) -> list[str]:
    """``-n auto`` when pytest-xdist is installed and the user did not choose:
    faster, and a driver that crashes its process costs one cell, not the run."""
    import importlib.util

    chose = any(arg == "-n" or arg.startswith(("-n", "--numprocesses")) for arg in pytest_args)
    if chose or "no:xdist" in pytest_args or importlib.util.find_spec("xdist") is None:
        return []
    return ["-n", "auto", "--max-worker-restart", "1000"]


def run(pytest_args: Sequence[str]) -> int:
    import pytest

    checkout = find_checkout(Path.cwd())
    args = [str(checkout / "scenarios"), "--rootdir", str(checkout), *parallel_args(pytest_args)]
    return int(pytest.main([*args, *pytest_args]))


def targets() -> int:
    print(f"SQLAlchemy {sqlalchemy_version()}")
    for spec in target_specs():
        driver = spec.driver
        if not driver.installed():
            state = f"driver missing: pip install 'rowloss[{spec.backend.extra}]'"
        else:
            url = spec.backend.driver_url(f"{spec.backend.dialect}://", driver)
            package = driver.packages[0] if driver.packages else driver.module
            state = missing_dialect(url) or f"{package} {driver.version()}"
        kind = "async" if driver.is_async else "sync"
        print(f"{spec.id:40} {kind:5}  {state}")
    return 0


def load_cells(path_text: str) -> list[Cell]:
    """The cells of a cells file, or of the ``cells.json`` in a run directory."""
    path = Path(path_text)
    if path.is_dir():
        path = path / CELLS_FILE
    if not path.is_file():
        raise CliError(f"no cells file at {path}; give a cells.json or a run directory")
    try:
        return cells_from_json(path.read_text(encoding="utf-8"))
    except SchemaVersionError as error:
        raise CliError(f"{path}: {error}") from None
    except (ValueError, KeyError, TypeError) as error:
        raise CliError(f"{path} is not a rowloss cells file: {error}") from None


def diff(old: str, new: str) -> int:
    """Print each cell whose outcome changed; exit 1 when any did, like diff."""
    comparison = compare(load_cells(old), load_cells(new))
    for change in comparison.changed:
        print(change.line())
    print(comparison.summary(), file=sys.stderr)
    return 1 if comparison.changed else 0


def merge(inputs: Sequence[str], out: str) -> int:
    """Write the cells of ``inputs`` as one cells file at ``out``."""
    runs = [(name, load_cells(name)) for name in inputs]
    try:
        cells = merge_runs(runs)
    except ConflictingCells as error:
        raise CliError(str(error)) from None
    try:
        Path(out).write_text(cells_to_json(cells, {"merged_from": list(inputs)}), encoding="utf-8")
    except OSError as error:
        raise CliError(f"cannot write {out}: {error.strerror}") from None
    print(f"{len(cells)} cells from {len(runs)} runs written to {out}", file=sys.stderr)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="rowloss", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=rowloss.__version__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser(
        "run",
        help="run the scenarios and write cells and matrix to a run directory",
        description="Arguments after 'run' go to pytest, e.g. rowloss run "
        "--rowloss-backends sqlite,postgresql -n 2",
    )
    commands.add_parser("targets", help="list every target and what it needs here")
    differ = commands.add_parser(
        "diff",
        help="list the cells whose outcome changed between two runs",
        description="OLD and NEW are cells.json files or run directories. A cell not run "
        "on one side is not measured there, never a change. Exit status 1 when an outcome "
        "changed.",
    )
    differ.add_argument("old")
    differ.add_argument("new")
    merger = commands.add_parser(
        "merge",
        help="combine the cells of several runs into one cells file",
        description="Each RUN is a cells.json file or a run directory. A measured cell wins "
        "over an error cell and both over not-run; two measurements of one cell with "
        "different outcomes are refused.",
    )
    merger.add_argument("runs", nargs="+", metavar="RUN")
    merger.add_argument("--out", required=True, help="the cells file to write")
    args, rest = parser.parse_known_args(argv)
    try:
        if args.command == "run":
            return run(rest)
        if rest:
            parser.error(f"unrecognized arguments: {' '.join(rest)}")
        if args.command == "diff":
            return diff(args.old, args.new)
        if args.command == "merge":
            return merge(args.runs, args.out)
        return targets()
    except CliError as error:
        print(f"rowloss: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
