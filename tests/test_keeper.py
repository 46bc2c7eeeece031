"""``rowloss servers up|down``: servers started once, for several runs, by a
keeper that stops them when asked or when the process it serves ends.

Real servers from this machine's binaries (a container takes the same path
through :func:`rowloss.provision.provide`), real runs given the file."""

from __future__ import annotations

import json
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from runs import ROOT, ROWLOSS

from rowloss.provision.base import tcp_answers
from rowloss.provision.ownership import Owner
from rowloss.run.keeper import KeeperError, kept_server, read_kept, servers_down, servers_up

LOCAL = {"sources": ["local"]}


def _address(kept, database):
    from sqlalchemy.engine import make_url

    url = make_url(kept.servers[database]["url"])
    return url.host, url.port


def _password(kept):
    from sqlalchemy.engine import make_url

    return make_url(kept.servers["postgresql"]["url"]).password


def _wait_until(condition, seconds=60.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


@pytest.fixture
def watched():
    """A process standing for tox: the servers live as long as it does."""
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    yield process
    process.kill()
    process.wait()


@pytest.fixture
def kept(tmp_path, watched):
    path = tmp_path / "servers.json"
    try:
        kept, reused = servers_up(path, ["postgresql"], LOCAL, Owner.of_process(watched.pid))
    except KeeperError as error:
        pytest.skip(f"no local PostgreSQL here: {error}")
    entry = kept.servers["postgresql"]
    if "not_provided" in entry:
        servers_down(path)
        pytest.skip(f"no local PostgreSQL here: {entry['not_provided']}")
    assert not reused
    yield path, kept
    servers_down(path)


def test_servers_are_kept_in_a_private_file_and_a_second_up_starts_nothing(kept, watched):
    path, first = kept
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    host, port = _address(first, "postgresql")
    assert tcp_answers(host, port) is None
    again, reused = servers_up(path, ["postgresql"], LOCAL, Owner.of_process(watched.pid))
    assert reused and again.keeper == first.keeper
    server = kept_server(path, "postgresql")
    assert server.url.port == port and server.origin == first.servers["postgresql"]["origin"]
    assert kept_server(path, "mysql") is None, "a database not kept is provided as usual"


def test_another_process_is_refused_the_servers_of_a_live_keeper(kept):
    path, _ = kept
    with pytest.raises(KeeperError, match="another process"):
        servers_up(path, ["postgresql"], LOCAL, Owner.this_process())


def test_down_stops_the_servers_and_removes_the_file(kept):
    path, first = kept
    host, port = _address(first, "postgresql")
    assert servers_down(path) is not None
    assert first.keeper.is_gone() and not path.exists()
    assert tcp_answers(host, port) is not None, "the server still answers"
    assert servers_down(path) is None, "a second down finds nothing"


def test_the_servers_stop_when_the_process_they_serve_ends(kept, watched):
    path, first = kept
    host, port = _address(first, "postgresql")
    watched.kill()
    watched.wait()
    assert _wait_until(lambda: first.keeper.is_gone()), "the keeper outlived tox"
    assert not path.exists()
    assert tcp_answers(host, port) is not None, "the server outlived tox"


def test_a_run_measures_the_kept_server_and_names_where_it_came_from(kept, tmp_path):
    path, first = kept
    run_dir = tmp_path / "run"
    finished = subprocess.run(
        [
            *ROWLOSS,
            "run",
            "-p",
            "no:xdist",
            "--rowloss-servers",
            str(path),
            "--rowloss-matrix",
            "none",
            "--rowloss-run-dir",
            str(run_dir),
            "--rowloss-cell",
            "duplicates/pk_already_stored/postgresql/default/psycopg2/core_executemany/transaction/2.0",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert finished.returncode == 0, finished.stdout[-2000:]
    cells = json.loads((run_dir / "cells.json").read_text())["cells"]
    assert [c["key"]["driver"] for c in cells] == ["psycopg2"]
    assert cells[0]["outcome"] not in ("error", "not-run"), cells[0]
    assert cells[0]["run"]["source"] == first.servers["postgresql"]["origin"]
    password = _password(first)
    assert not password or password not in finished.stdout + (run_dir / "cells.json").read_text()


def test_a_run_given_a_file_that_keeps_nothing_says_so_in_its_cells(tmp_path):
    server = kept_server(tmp_path / "servers.json", "postgresql")
    assert "no servers are kept" in server.reason and "rowloss servers up" in server.reason


def test_the_command_shows_what_is_kept_without_passwords(tmp_path, watched):
    path = tmp_path / "servers.json"
    command = [*ROWLOSS, "servers"]
    options = ["--rowloss-servers", str(path), "--rowloss-backends", "postgresql"]
    options += ["--rowloss-sources", "local", "--for", str(watched.pid)]
    up = subprocess.run([*command, "up", *options], capture_output=True, text=True, cwd=ROOT)
    try:
        kept = read_kept(path)
        if kept is None:
            pytest.skip(f"no local PostgreSQL here: {up.stderr.strip()}")
        status = subprocess.run(
            [*command, "status", "--rowloss-servers", str(path)], capture_output=True, text=True
        )
        password = _password(kept)
        for shown in (up, status):
            assert shown.returncode == 0 and "postgresql:" in shown.stdout, shown
            assert not password or password not in shown.stdout + shown.stderr
        assert f"for pid {watched.pid}" in status.stdout
    finally:
        down = subprocess.run(
            [*command, "down", "--rowloss-servers", str(path)], capture_output=True, text=True
        )
    assert down.returncode == 0 and "stopped" in down.stdout
    assert not Path(path).exists()


def test_what_is_kept_is_shown_without_the_password():
    me = Owner.this_process()
    kept_file = {
        "postgresql": {"url": "postgresql://rowloss:s3cretpass@127.0.0.1:5432/db", "origin": "x"},
        "oracle": {"not_provided": "no image"},
    }
    from rowloss.run.keeper import Kept

    lines = Kept(me, me, kept_file).lines()
    assert lines == [
        "oracle: none (no image)",
        "postgresql: x at postgresql://rowloss:***@127.0.0.1:5432/db",
    ]


def test_a_killed_keeper_leaves_no_server_and_clean_removes_its_file(tmp_path, watched):
    import os
    import signal

    path = tmp_path / ".rowloss" / "servers.json"
    try:
        kept, _ = servers_up(path, ["postgresql"], LOCAL, Owner.of_process(watched.pid))
    except KeeperError as error:
        pytest.skip(f"no local PostgreSQL here: {error}")
    if "not_provided" in kept.servers["postgresql"]:
        servers_down(path)
        pytest.skip("no local PostgreSQL here")
    host, port = _address(kept, "postgresql")
    os.kill(kept.keeper.pid, signal.SIGKILL)
    assert _wait_until(lambda: kept.keeper.is_gone())
    assert _wait_until(lambda: tcp_answers(host, port) is not None), "its server outlived it"
    assert path.exists(), "a killed keeper cannot remove its file"
    cleaned = subprocess.run([*ROWLOSS, "clean"], cwd=tmp_path, capture_output=True, text=True)
    assert cleaned.returncode == 0 and "servers file of a dead keeper" in cleaned.stdout
    assert not path.exists()
