"""A server that dies mid-run: the run still ends in results.

Each test starts a real run, kills its server (a local one with SIGKILL, a
container with ``docker kill``) once some of its cells are measured, and reads
what the run wrote."""

from __future__ import annotations

import os
import signal
import time

import pytest
from runs import (
    Run,
    cells_document,
    docker_client_or_none,
    measured,
    owned_containers,
    owned_directories,
    server_processes,
    wait_until,
)

SELECTION = ["scenarios/test_truncation.py", "-k", "string_too_long_ascii or integer_out_of_range"]
WORKERS = 2


def kill_local(run: Run) -> None:
    servers = server_processes(run.pid)
    assert servers, "the run records the server it started in its directory"
    for pid in servers:
        os.kill(pid, signal.SIGKILL)


@pytest.mark.parametrize(
    ("database", "source"),
    [("postgresql", "local"), ("mariadb", "local"), ("mysql", "docker")],
    ids=["local-postgresql", "local-mariadb", "container-mysql"],
)
def test_a_server_that_dies_mid_run_ends_in_results(tmp_path, database, source):
    client = docker_client_or_none() if source == "docker" else None
    if source == "docker" and client is None:
        pytest.skip("no Docker engine answers")
    run_dir = tmp_path / "run"
    run = Run(
        [
            "run",
            *SELECTION,
            "--rowloss-backends",
            f"{database},sqlite",
            "--rowloss-sources",
            source,
            "--rowloss-run-dir",
            str(run_dir),
            "-n",
            str(WORKERS),
            "-q",
        ],
        tmp_path,
    )
    try:
        wait_until(lambda: measured(run_dir, database) >= 8, run, what=f"{database} cells")
        if client is not None:
            (box,) = owned_containers(client, run.pid)
            box.kill()
        else:
            kill_local(run)
        killed = time.monotonic()
        code = run.wait(timeout=300)
        ending = time.monotonic() - killed
    finally:
        run.kill_all()
    output = run.output
    assert code == 1, output[-3000:]
    assert "Traceback" not in output and "INTERNALERROR" not in output
    document = cells_document(run_dir)
    assert (run_dir / "index.html").is_file() and (run_dir / "MATRIX.md").is_file()
    reason = document["metadata"]["servers_stopped_answering"][database]
    assert f"the {database} server" in reason and "stopped answering at" in reason
    assert [line for line in output.splitlines() if line.startswith("rowloss: ")] == [
        line for line in output.splitlines() if line.startswith(f"rowloss: {reason}")
    ], "one line names the server that died"

    cells = [c for c in document["cells"] if c["key"]["database"] == database]
    cut = [c for c in cells if c.get("evidence", {}).get("cut_short")]
    in_flight = [c for c in cut if c["outcome"] == "error"]
    after = [c for c in cut if c["outcome"] == "not-run"]
    assert after, "the cells after the death are not-run"
    assert all(reason in c["detail"] for c in after)
    assert len(in_flight) <= WORKERS, "one detection per worker at most, not one per cell"
    assert {c["outcome"] for c in cut} <= {"error", "not-run"}
    assert not [c for c in cells if c["outcome"] == "error" and c not in in_flight]
    assert "CHANGED" not in output and " 0 changed," in output, "cut-short cells are not changes"

    sqlite = [c for c in document["cells"] if c["key"]["database"] == "sqlite"]
    assert sqlite and not [c for c in sqlite if c["outcome"] in ("error", "not-run")]
    assert ending < 120, f"the run ended {ending:.0f} s after its server died"
    assert not owned_directories(run.pid), "its directories are removed"
    if client is not None:
        assert not owned_containers(client, run.pid), "its containers are removed"
        client.close()
