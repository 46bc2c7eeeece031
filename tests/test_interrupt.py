"""An interrupted run: it stops soon, removes what it started, keeps what it
measured in a run directory marked interrupted, and is never taken for a
complete one. A killed run's leftovers go with the next run or rowloss clean."""

from __future__ import annotations

import json
import shutil
import signal
import time
from pathlib import Path

import pytest
from runs import (
    PYTEST,
    ROOT,
    Run,
    measured,
    owned_directories,
    run,
    server_processes,
    wait_until,
)

from rowloss.provision.ownership import owned_directory, process_start


def start(folder: Path) -> Run:
    """A run of pytest itself, so that its rootdir (where its .rowloss/runs
    and ``latest`` live) is ``folder``, after a complete run ``latest`` points at."""
    runs = folder / ".rowloss" / "runs"
    (runs / "complete").mkdir(parents=True)
    (runs / "latest").symlink_to("complete")
    args = [
        str(ROOT / "scenarios" / "test_truncation.py"),
        "--rootdir",
        str(folder),
        "-c",
        str(ROOT / "pyproject.toml"),
        "--rowloss-backends",
        "postgresql,sqlite",
        "--rowloss-sources",
        "local",
        "--rowloss-matrix",
        str(ROOT / "reports" / "matrix.json"),
        "-n",
        "2",
        "-q",
    ]
    return Run(args, folder, program=PYTEST, cwd=folder)


def new_run_dir(folder: Path) -> Path:
    runs = folder / ".rowloss" / "runs"
    (made,) = [p for p in runs.iterdir() if p.name not in ("complete", "latest")]
    return made


@pytest.mark.parametrize(
    ("signum", "group"),
    [(signal.SIGINT, True), (signal.SIGINT, False), (signal.SIGTERM, False)],
    ids=["ctrl-c", "SIGINT", "SIGTERM"],
)
def test_an_interrupted_run_stops_soon_cleans_up_and_says_so(tmp_path, signum, group):
    started = start(tmp_path)
    try:
        wait_until(lambda: server_processes(started.pid), started, what="a server")
        servers = server_processes(started.pid)
        wait_until(
            lambda: (
                list((tmp_path / ".rowloss" / "runs").glob("2*"))
                and measured(new_run_dir(tmp_path), "postgresql") >= 20
            ),
            started,
            what="postgresql cells",
        )
        sent = started.signal(signum, group=group)
        code = started.wait(timeout=120)
        stopping = time.monotonic() - sent
    finally:
        started.kill_all()
    output = started.output
    assert code == 2, output[-3000:]
    assert stopping < 30, f"it took {stopping:.0f} s to stop"
    assert "Traceback" not in output.split("KeyboardInterrupt")[0]
    run_dir = new_run_dir(tmp_path)
    document = json.loads((run_dir / "cells.json").read_text())
    assert document["metadata"]["interrupted"].startswith("interrupted (SIG")
    assert (run_dir / "index.html").is_file()
    cells = document["cells"]
    measured_cells = [c for c in cells if not c.get("evidence", {}).get("cut_short")]
    assert len(measured_cells) >= 20
    cut = [c for c in cells if c.get("evidence", {}).get("cut_short")]
    assert all(c["outcome"] == "error" and "interrupted" in c["detail"] for c in cut)
    assert "CHANGED" not in output
    assert "--rowloss-update-matrix" not in output, "it is never offered for acceptance"
    assert "nor offered for acceptance" in output
    assert (tmp_path / ".rowloss" / "runs" / "latest").resolve().name == "complete"
    assert not owned_directories(started.pid), "its data directories are removed"
    assert not [pid for pid in servers if process_start(pid) is not None], "its servers stopped"


@pytest.mark.parametrize("remover", ["next-run", "clean"])
def test_a_killed_runs_directories_go_with_the_next_run_or_rowloss_clean(tmp_path, remover):
    started = start(tmp_path)
    try:
        wait_until(lambda: server_processes(started.pid), started, what="a server")
        wait_until(
            lambda: (
                list((tmp_path / ".rowloss" / "runs").glob("2*"))
                and measured(new_run_dir(tmp_path)) >= 5
            ),
            started,
            what="cells",
        )
        started.signal(signal.SIGKILL)
        started.wait(timeout=60)
    finally:
        started.kill_all()
    left = owned_directories(started.pid)
    assert left, "SIGKILL leaves the data directories"
    live = owned_directory("rowloss-a-live-run-")  # this test's process is alive
    try:
        remove_leftovers(tmp_path, remover, left)
        assert live.is_dir(), "a live run's directory is never removed"
    finally:
        shutil.rmtree(live)


def remove_leftovers(tmp_path: Path, remover: str, left: list[Path]) -> None:
    code, output = run(["clean", "--dry-run"], tmp_path)
    assert code == 0 and "would remove" in output, output
    assert all(folder.exists() for folder in left), "a dry run removes nothing"
    if remover == "clean":
        code, output = run(["clean"], tmp_path)
        assert code == 0, output
        assert int(output.split("removed ")[2].split()[0]) >= len(left), output
    else:
        selection = ["scenarios/test_truncation.py", "-k", "string_too_long_ascii and core"]
        args = ["run", *selection, "--rowloss-backends", "sqlite", "-p", "no:xdist"]
        code, output = run([*args, "--rowloss-run-dir", str(tmp_path / "next")], tmp_path)
        assert code == 0, output[-2000:]
    assert not [folder for folder in left if folder.exists()]
