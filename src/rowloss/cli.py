"""The ``rowloss`` command.

``rowloss run`` is the main job: the scenario suite on every database it can
find or start, writing cells and a matrix to a new run directory.
``rowloss targets`` lists every target of the registry and whether this machine
has what it needs to run it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import rowloss
from rowloss.backends import target_specs
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
    args, rest = parser.parse_known_args(argv)
    try:
        if args.command == "run":
            return run(rest)
        if rest:
            parser.error(f"unrecognized arguments: {' '.join(rest)}")
        return targets()
    except CliError as error:
        print(f"rowloss: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
