"""rowloss as a driver maintainer gets it: a wheel built from the repository,
installed into a fresh virtualenv outside any clone, runs the scenarios it
packages against a server named by URL, holds the run against the published
matrix given with ``--rowloss-matrix``, and writes a run directory that the
installed ``rowloss diff`` and ``rowloss merge`` read.

It builds and installs for real (pip, the pinned versions of constraints/sqlalchemy-2.0.txt,
PyPI or pip's cache), so it takes a minute or so."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from rowloss.publish.published import PARTS_FOLDER

ROOT = Path(__file__).resolve().parents[1]
MATRIX = ROOT / "reports" / "matrix.json"
SELECTION = "postgresql-psycopg2-pk_in_batch-bulk_insert_mappings-"
"""Two cells (transaction, autocommit) of one variant, API and driver."""
NOT_PACKAGED = (".git", ".venv", ".tox", ".rowloss", "reports", "tests", "build", "dist")
"""What a wheel is not built from: history, environments, outputs, the matrix."""
GENERATED = ("*.egg-info", "__pycache__", ".pytest_cache", ".ruff_cache", ".hypothesis")


def pip_environment() -> dict[str, str]:
    """The environment of every command here: pip held to the pinned versions
    as scripts/bootstrap and tox hold it, and nothing of the outer run
    (a rowloss setting, a PYTHONPATH into the clone) leaking in."""
    environ = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("ROWLOSS_", "PYTEST_", "PIP_"))
        and name not in ("PYTHONPATH", "VIRTUAL_ENV")
    }
    line_constraints = ROOT / "constraints" / "sqlalchemy-2.0.txt"
    environ["PIP_CONSTRAINT"] = f"{line_constraints} {ROOT / 'build-constraints.txt'}"
    environ["PIP_BUILD_CONSTRAINT"] = str(ROOT / "build-constraints.txt")
    environ["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return environ


def command(args: list[str | Path], cwd: Path, timeout: float = 600) -> tuple[int, str]:
    """Run ``args`` to its end: (exit code, stdout and stderr)."""
    done = subprocess.run(
        [str(arg) for arg in args],
        cwd=cwd,
        env=pip_environment(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=timeout,
        check=False,
    )
    return done.returncode, done.stdout


def succeed(args: list[str | Path], cwd: Path, what: str, timeout: float = 600) -> str:
    code, output = command(args, cwd, timeout)
    assert code == 0, f"{what} failed (exit {code}):\n{output[-4000:]}"
    return output


@pytest.fixture(scope="module")
def postgresql_url(request) -> str:
    """A local PostgreSQL standing for the maintainer's server; this test
    fails, rather than skips, where none can be started."""
    try:
        servers = request.getfixturevalue("user_servers")
    except pytest.skip.Exception as why:
        pytest.fail(
            f"installed use is tested against a local PostgreSQL, and none started ({why}); "
            "scripts/install-system-packages installs it",
            pytrace=False,
        )
    url = servers["postgresql"].url.set(drivername="postgresql+psycopg2")
    return url.render_as_string(hide_password=False)


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The ``bin`` folder of a fresh virtualenv outside the clone, holding
    rowloss from a wheel built from a copy of the clone (setuptools writes
    build/ and egg-info into the tree it builds) with the PostgreSQL drivers."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(*NOT_PACKAGED, *GENERATED))
    pip = [sys.executable, "-m", "pip"]
    succeed([*pip, "wheel", "--no-deps", "-w", work / "dist", source], work, "pip wheel")
    (wheel,) = (work / "dist").glob("rowloss-*.whl")
    succeed([sys.executable, "-m", "venv", work / "venv"], work, "python -m venv")
    python = work / "venv" / "bin" / "python"
    succeed(
        [python, "-m", "pip", "install", "--quiet", f"{wheel}[postgresql]"], work, "pip install"
    )
    where = succeed(
        [python, "-c", "import rowloss, rowloss_scenarios; print(rowloss.__file__)"],
        work,
        "importing the installed rowloss",
    )
    assert Path(where.strip()).is_relative_to(work / "venv"), where
    return python.parent


@pytest.fixture(scope="module")
def outside(tmp_path_factory) -> Path:
    """A user's folder far from any clone, holding the matrix they downloaded:
    its index and the parts beside it."""
    if not MATRIX.is_file():
        pytest.fail(f"no published matrix at {MATRIX} to hold the run against", pytrace=False)
    folder = tmp_path_factory.mktemp("maintainer")
    shutil.copy(MATRIX, folder / "matrix.json")
    shutil.copytree(MATRIX.parent / PARTS_FOLDER, folder / PARTS_FOLDER)
    return folder


def test_an_installed_rowloss_runs_its_packaged_scenarios_against_a_url(
    installed, postgresql_url, outside
):
    """One test, so that pytest-xdist builds one wheel and one virtualenv."""
    rowloss = installed / "rowloss"
    code, output = command([rowloss, "run", "-k", SELECTION], outside)
    assert code == 2, output
    assert output.startswith("rowloss: an installed rowloss has no published matrix"), output
    assert output.count("\n") == 1, output
    code, output = command([rowloss, "merge", "nothing"], outside)
    assert code == 2 and "give --out DIR" in output and "Traceback" not in output, output

    output = succeed(
        [
            *(rowloss, "run", "--rowloss-url", f"postgresql={postgresql_url}"),
            *("--rowloss-backends", "postgresql", "--rowloss-matrix", "matrix.json"),
            *("-k", SELECTION),
        ],
        outside,
        "the installed rowloss run",
    )
    run_dir = outside / ".rowloss" / "runs" / "latest"
    assert (run_dir / "cells.json").is_file(), output[-3000:]
    assert f"rootdir: {outside}" in output, "an installed run's folder is the one it runs in"
    assert "Warning" not in output, output[-3000:]
    assert "against the published matrix matrix.json: 0 changed, 2 the same, 0 new" in output, (
        output[-3000:]
    )
    assert not (outside / ".pytest_cache").exists()
    assert (outside / ".rowloss" / "pytest-cache").is_dir()

    code, compared = command([rowloss, "diff", "matrix.json", run_dir], outside)
    assert code == 0, compared
    assert "0 changed, 2 the same" in compared, compared

    merged = succeed(
        [rowloss, "merge", run_dir, "--out", outside / "merged"], outside, "rowloss merge"
    )
    assert "2 cells (2 from 1 inputs, 0 published before)" in merged, merged
    assert (outside / "merged" / "matrix.json").is_file()
    code, compared = command([rowloss, "diff", run_dir, outside / "merged"], outside)
    assert code == 0 and "0 changed, 2 the same" in compared, compared
