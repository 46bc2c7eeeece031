"""The published reproducers, run as a developer runs them: with SQLAlchemy and
the driver but without rowloss, each agreeing with the outcomes it says
rowloss published. Every SQLite one runs; of the servers', one per root cause
and mode runs on a local server of the line the matrix measured."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from reproducers import python_without_rowloss, run_reproducer

REPRODUCERS = Path(__file__).resolve().parent.parent / "reports" / "reproducers"
SQLITE = sorted(REPRODUCERS.glob("*/*/sqlite-*.py"))
SERVERS = {"mariadb": "pymysql", "postgresql": "psycopg2"}
"""The servers a local one is started for, and the driver their sample runs through."""


def published_drivers(script: Path) -> list[str]:
    """The drivers a reproducer's cases hold an outcome of."""
    return sorted(set(re.findall(r"^ {12}'(\w+)': \{$", script.read_text(), re.MULTILINE)))


def sample(database: str, driver: str) -> list[Path]:
    """The first reproducer of each root cause and mode holding a case of ``driver``."""
    chosen: dict[tuple[str, str], Path] = {}
    for script in sorted(REPRODUCERS.glob(f"*/*/{database}-*.py")):
        root_cause, mode = script.parts[-3], script.stem.split("-")[1]
        if driver in published_drivers(script):
            chosen.setdefault((root_cause, mode), script)
    return list(chosen.values())


@pytest.fixture(scope="module")
def python(tmp_path_factory) -> str:
    python = python_without_rowloss(tmp_path_factory.mktemp("venv"))
    imported = subprocess.run([python, "-c", "import rowloss"], capture_output=True, text=True)
    assert "No module named 'rowloss'" in imported.stderr
    return python


def test_the_published_folder_has_sqlite_reproducers():
    assert len(SQLITE) >= 20, f"{REPRODUCERS} holds {len(SQLITE)} SQLite reproducers"


@pytest.mark.parametrize(
    ("script", "driver"),
    [(script, driver) for script in SQLITE for driver in published_drivers(script)],
    ids=lambda value: (
        value.relative_to(REPRODUCERS).as_posix() if isinstance(value, Path) else value
    ),
)
def test_a_published_sqlite_reproducer_agrees_without_rowloss(script, driver, python, tmp_path):
    url = f"sqlite+{driver}:///{tmp_path / 'repro.db'}"
    done = run_reproducer(script, url, python=python)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert f"agree with what rowloss published for {driver} on SQLAlchemy" in done.stdout


@pytest.mark.parametrize("database", sorted(SERVERS))
def test_a_sample_of_the_servers_reproducers_agrees_on_a_local_server(
    database, user_servers, python
):
    driver = SERVERS[database]
    scripts = sample(database, driver)
    assert len(scripts) >= 5, f"{database}: {len(scripts)} reproducers hold a {driver} case"
    url = user_servers[database].url.set(drivername=f"{database}+{driver}")
    differ, printed = {}, []
    for script in scripts:
        done = run_reproducer(script, url.render_as_string(hide_password=False), python=python)
        printed.append(done.stdout)
        if done.returncode != 0:
            differ[script.relative_to(REPRODUCERS).as_posix()] = (
                done.stdout[-2000:] + done.stderr[-2000:]
            )
    assert not differ, differ
    if database == "mariadb":  # permissive truncation warns: the server's own words are shown
        assert any("\nwarning:   Warning 1" in out for out in printed)
