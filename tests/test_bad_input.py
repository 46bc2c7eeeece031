"""Bad input through the real command line: one line naming the problem and
the fix, a non-zero exit, no traceback, and the password nowhere: not in the
output, nor in any file the run wrote."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from runs import files_holding, run

SECRET = "Zq7secretPW"
"""In every password below: found anywhere, a password leaked."""


@pytest.fixture(scope="module")
def servers(user_servers):
    return {name: f"127.0.0.1:{server.port}" for name, server in user_servers.items()}


CASES = {
    "comma-in-password": (
        "postgresql=postgresql://commauser:{secret},x@{postgresql}/userdb",
        'role "commauser" does not exist',
    ),
    "port-not-a-number": (
        "postgresql=postgresql://u:{secret}@127.0.0.1:notaport/db",
        "is its port a number?",
    ),
    "spaces": (
        "postgresql=this is not a url",
        "'postgresql=this is not a url' is not a database URL",
    ),
    "space-in-password": (
        "postgresql://u:{secret} x@127.0.0.1:notaport/db",
        "is its port a number?",
    ),
    "unknown-driver": (
        "postgresql+nosuchdriver://u:{secret}@{postgresql}/postgres",
        "names driver 'nosuchdriver'",
    ),
    "unknown-user": (
        "postgresql://nosuchuser:{secret}@{postgresql}/postgres",
        "correct the user or password",
    ),
    "missing-database": (
        "postgresql://rowloss:{secret}@{postgresql}/nosuchdb",
        "create that database or name one that exists",
    ),
    "wrong-password": (
        "mariadb://rowloss:{secret}@{mariadb}/rowloss",
        "correct the user or password",
    ),
    "unencoded-at": ("postgresql://u:{secret}@x@{postgresql}/postgres", "percent-encoded"),
    "closed-port": ("postgresql://u:{secret}@127.0.0.1:1/postgres", "does not answer"),
    "no-database-named": ("mssql+pyodbc://u:{secret}@h/d", "cannot tell which database"),
}


def assert_one_line_and_no_secret(code, output, fix, folder):
    assert code != 0, output
    assert "Traceback" not in output and "INTERNALERROR" not in output, output
    assert SECRET not in output
    assert fix in output, output
    errors = [line for line in output.splitlines() if line.startswith(("ERROR:", "rowloss:"))]
    assert len(errors) == 1, output
    assert not files_holding(folder, SECRET)


@pytest.mark.parametrize("case", CASES)
def test_a_bad_url_is_one_line_with_the_fix_and_no_password(servers, tmp_path, case):
    template, fix = CASES[case]
    url = template.format(secret=SECRET, **servers)
    args = ["run", "--rowloss-url", url, "--rowloss-run-dir", str(tmp_path / "run")]
    code, output = run([*args, "-p", "no:xdist"], tmp_path)
    assert_one_line_and_no_secret(code, output, fix, tmp_path)


@pytest.mark.parametrize(
    "case", ["comma-in-password", "spaces", "space-in-password", "wrong-password"]
)
def test_a_bad_url_from_the_environment_is_read_whole(servers, tmp_path, case):
    template, fix = CASES[case]
    environment = {"ROWLOSS_URLS": template.format(secret=SECRET, **servers)}
    args = ["run", "--rowloss-run-dir", str(tmp_path / "run"), "-p", "no:xdist"]
    code, output = run(args, tmp_path, env=environment)
    assert_one_line_and_no_secret(code, output, fix, tmp_path)


@pytest.mark.parametrize("case", ["port-not-a-number", "unknown-driver", "closed-port"])
def test_rowloss_clean_says_a_bad_url_in_one_line(tmp_path, case, servers):
    template, fix = CASES[case]
    code, output = run(
        ["clean", "--rowloss-url", template.format(secret=SECRET, **servers)], tmp_path
    )
    fix = {"closed-port": "Connection refused"}.get(case, fix)
    assert_one_line_and_no_secret(code, output, fix, tmp_path)


def test_a_password_of_any_character_works_and_shows_nowhere(servers, tmp_path):
    """PostgreSQL here lets any password in; the run must still hide it in
    its output, cells, pages and reproducers."""
    password = f"{SECRET}@,: /#?%"
    url = (
        f"postgresql+psycopg2://rowloss:{quote(password, safe='')}@{servers['postgresql']}/postgres"
    )
    run_dir = tmp_path / "run"
    args = [
        "run",
        "scenarios/test_truncation.py",
        "-k",
        "string_too_long_ascii and (core or failing)",
        "--rowloss-url",
        url,
        "--rowloss-backends",
        "postgresql",
        "--rowloss-run-dir",
        str(run_dir),
        "-p",
        "no:xdist",
    ]
    code, output = run(args, tmp_path)
    assert code == 0, output[-3000:]
    assert (run_dir / "cells.json").is_file() and list((run_dir / "reproducers").iterdir())
    assert SECRET not in output and not files_holding(tmp_path, SECRET)
    assert not files_holding(tmp_path, quote(password, safe=""))


def test_a_driver_in_the_urls_scheme_narrows_its_database_to_it(servers, tmp_path):
    url = f"postgresql+pg8000://rowloss@{servers['postgresql']}/postgres"
    args = ["run", "--rowloss-url", url, "--rowloss-backends", "postgresql", "--collect-only", "-q"]
    code, output = run([*args, "-p", "no:xdist"], tmp_path)
    assert code == 0, output[-3000:]
    collected = [line for line in output.splitlines() if "::" in line]
    assert collected and all("[postgresql-pg8000" in line for line in collected)
