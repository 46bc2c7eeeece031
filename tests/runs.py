"""Real ``rowloss`` runs in subprocesses, for the tests of faults, interruption
and bad input: started as a user starts them, watched through the files they
write, signalled as a terminal or a service manager would."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from rowloss.provision.container import rowloss_containers
from rowloss.provision.leftovers import work_parents
from rowloss.provision.ownership import directory_owner

ROOT = Path(__file__).resolve().parents[1]
ROWLOSS = [str(Path(sys.executable).with_name("rowloss"))]
PYTEST = [sys.executable, "-m", "pytest"]


def default_sigint() -> None:
    # A test runner may have been started with SIGINT ignored (a background
    # job of a script); the run under test gets it as a terminal gives it.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


class Run:
    """One ``rowloss`` (or ``program``) command in its own process group,
    output to a file in ``folder``."""

    def __init__(
        self,
        args: list[str],
        folder: Path,
        env: dict[str, str] | None = None,
        program: list[str] = ROWLOSS,
        cwd: Path = ROOT,
    ) -> None:
        self.output_path = folder / "output.txt"
        self.started = time.monotonic()
        self.process = subprocess.Popen(
            [*program, *args],
            cwd=cwd,
            stdout=self.output_path.open("w"),
            stderr=subprocess.STDOUT,
            env={**os.environ, **(env or {})},
            preexec_fn=default_sigint,
            start_new_session=True,
        )

    @property
    def pid(self) -> int:
        return self.process.pid

    @property
    def output(self) -> str:
        return self.output_path.read_text(errors="replace")

    def wait(self, timeout: float = 600) -> int:
        try:
            return self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(self.pid, signal.SIGKILL)
            raise

    def signal(self, signum: int, group: bool = False) -> float:
        """Send ``signum`` (to the whole group, as Ctrl-C in a terminal does,
        with ``group``); returns the time it was sent."""
        (os.killpg if group else os.kill)(self.pid, signum)
        return time.monotonic()

    def kill_all(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.pid, signal.SIGKILL)
            self.process.wait()


def run(args: list[str], folder: Path, env: dict[str, str] | None = None, timeout: float = 600):
    """Run ``rowloss args`` to its end: (exit code, output)."""
    started = Run(args, folder, env)
    code = started.wait(timeout)
    return code, started.output


def measured(run_dir: Path, database: str | None = None) -> int:
    """Cells journaled so far in ``run_dir`` (of ``database``)."""
    count = 0
    for journal in (run_dir / "fragments").glob("*.jsonl"):
        for line in journal.read_text(errors="replace").splitlines():
            if line.startswith('{"cell"') and (
                database is None or f'"database": "{database}"' in line
            ):
                count += 1
    return count


def wait_until(condition, run: Run, timeout: float = 300, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if run.process.poll() is not None:
            raise AssertionError(f"the run ended before {what}:\n{run.output[-3000:]}")
        if time.monotonic() > deadline:
            run.kill_all()
            raise AssertionError(f"no {what} within {timeout} s:\n{run.output[-3000:]}")
        time.sleep(0.2)


def cells_document(run_dir: Path) -> dict:
    return json.loads((run_dir / "cells.json").read_text())


def owned_directories(pid: int) -> list[Path]:
    """rowloss's temporary directories that process ``pid`` owns."""
    found = []
    for parent in work_parents():
        for folder in parent.glob("rowloss-*"):
            owner, _ = directory_owner(folder)
            if owner is not None and owner.pid == pid:
                found.append(folder)
    return found


def server_processes(pid: int) -> list[int]:
    """The server processes the run ``pid`` started from local binaries."""
    return [server for folder in owned_directories(pid) for server, _ in directory_owner(folder)[1]]


def docker_client_or_none():
    from rowloss.provision.container import docker_client, docker_engine_problem

    return None if docker_engine_problem() else docker_client()


def owned_containers(client, pid: int) -> list:
    """The containers the run ``pid`` started."""
    owned = rowloss_containers(client)
    return [client.containers.get(box) for box, owner in owned if owner.pid == pid]


def files_holding(folder: Path, secret: str) -> list[Path]:
    """The files under ``folder`` whose text holds ``secret``."""
    return [
        path
        for path in folder.rglob("*")
        if path.is_file() and secret in path.read_text(errors="replace")
    ]
