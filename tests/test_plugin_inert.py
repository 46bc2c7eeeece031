"""The plugin starts a server only for a collected test that needs one, and
tunes the garbage collector only in a process that measures.

Each test runs a throwaway pytest session (pytester, in a subprocess) whose own
test looks, while the session runs, at what the session's leading process
(the only process, or the xdist controller) owns: its directories (a SQLite
file's, a local server's, the server exchange) and its containers. It writes
what it found to a file that the outer test reads."""

import json
import socket
from pathlib import Path

import pytest
from runs import files_holding
from sqlalchemy.engine import make_url

from rowloss.backends import get_backend
from rowloss.provision import NotProvided
from rowloss.provision.ownership import Owner, directory_owner
from rowloss.provision.url import UrlExecutor
from rowloss.run.collector import MEASURING_THRESHOLDS
from rowloss.run.exchange import ServerExchange

TESTS = Path(__file__).resolve().parent

LOOK = f"""
import gc
import json
import socket
import os
import sys

sys.path.insert(0, {str(TESTS)!r})
from runs import docker_client_or_none, owned_containers, owned_directories, server_processes


def leader():
    # An xdist worker's parent is its controller.
    return os.getppid() if "PYTEST_XDIST_WORKER" in os.environ else os.getpid()


def look(name):
    pid = leader()
    client = docker_client_or_none()
    boxes = [box.name for box in owned_containers(client, pid)] if client else []
    found = {{
        "leader": pid,
        "directories": [folder.name for folder in owned_directories(pid)],
        "servers": server_processes(pid),
        "containers": boxes,
        "gc_thresholds": list(gc.get_threshold()),
    }}
    with open(name, "w") as out:
        json.dump(found, out)
"""

UNRELATED = (
    LOOK
    + """
import pytest

@pytest.fixture
def target():
    return "the project's own target"

@pytest.mark.parametrize("n", [1, 2])
def test_uses_its_own_target(target, n):
    assert target == "the project's own target"
    look(f"seen-{n}.json")
"""
)

SQLITE_ONLY_COLLECTED = (
    LOOK
    + """
from rowloss.oracle import CallerView, judge

ROOT_CAUSE = "probe"
API = "none"
TRANSACTION = "none"

def test_probe(rowloss_target, rowloss_cell):
    look(f"seen-{rowloss_target.spec.driver.name}.json")
    with open(f"file-{rowloss_target.spec.driver.name}.txt", "w") as out:
        out.write(rowloss_target.url.database)
    rowloss_cell.record(judge([], [], ["id"], CallerView()), rowloss_target)
"""
)

PROCESSES = {"one process": ["-p", "no:xdist"], "two workers": ["-n", "2"]}
SOURCES = ["--rowloss-sources", "docker,local"]


@pytest.fixture(autouse=True)
def outside_any_xdist_worker(monkeypatch):
    """The inner session tells a worker from its leader by PYTEST_XDIST_WORKER;
    run inside an outer xdist worker, it would inherit the outer one's."""
    for name in ("PYTEST_XDIST_WORKER", "PYTEST_XDIST_WORKER_COUNT", "PYTEST_XDIST_TESTRUNUID"):
        monkeypatch.delenv(name, raising=False)


def seen(folder: Path) -> list[dict]:
    return [json.loads(path.read_text()) for path in sorted(folder.glob("seen-*.json"))]


@pytest.mark.parametrize("processes", PROCESSES.values(), ids=PROCESSES.keys())
def test_a_session_of_other_tests_runs_untouched_and_starts_no_server(pytester, processes):
    pytester.makepyfile(test_other=UNRELATED)
    result = pytester.runpytest_subprocess(
        *processes, "--rowloss-backends", "sqlite,postgresql,mariadb", *SOURCES
    )
    result.assert_outcomes(passed=2)
    looks = seen(pytester.path)
    assert len(looks) == 2
    for found in looks:
        assert found["directories"] == [], "no SQLite file, server or exchange folder"
        assert found["servers"] == [] and found["containers"] == []
        assert found["gc_thresholds"] != list(MEASURING_THRESHOLDS), "the collector untouched"
    assert " rowloss =" not in result.stdout.str(), "no rowloss summary"
    assert not (pytester.path / ".rowloss").exists(), "no run directory"


@pytest.mark.parametrize("processes", PROCESSES.values(), ids=PROCESSES.keys())
def test_only_the_servers_of_the_collected_tests_start_once_for_the_run(pytester, processes):
    pytester.makepyfile(test_scenario=SQLITE_ONLY_COLLECTED)
    result = pytester.runpytest_subprocess(
        *processes, "--rowloss-backends", "sqlite,postgresql", *SOURCES, "-k", "sqlite"
    )
    result.assert_outcomes(passed=2)
    looks = seen(pytester.path)
    assert len(looks) == 2, "pysqlite and aiosqlite"
    for found in looks:
        assert not [d for d in found["directories"] if d.startswith("rowloss-postgresql-")]
        assert found["servers"] == [] and found["containers"] == []
        assert [d for d in found["directories"] if d.startswith("rowloss-sqlite-")]
        assert found["gc_thresholds"] == list(MEASURING_THRESHOLDS), "a measuring process"
    files = {path.read_text() for path in pytester.path.glob("file-*.txt")}
    assert len(files) == 1, "every worker uses the one SQLite file its leader made"
    (database_file,) = files
    assert not Path(database_file).parent.exists(), "removed at the end of the run"


def test_the_exchange_is_private_marked_and_never_holds_a_users_password(tmp_path):
    with socket.create_server(("127.0.0.1", 0)) as listening:
        port = listening.getsockname()[1]
        given = make_url(f"postgresql://me:Zq7secretPW@127.0.0.1:{port}/db")
        started = make_url(f"mariadb://rowloss:generated@127.0.0.1:{port}/rowloss")
        urls = {"postgresql": given}
        controller = ServerExchange.new()
        worker = ServerExchange.handed(controller.hand_down())
        try:
            worker.announce("gw0", [])
            assert not controller.folder.exists(), "nothing is made for a worker needing nothing"
            worker.announce("gw0", ["postgresql", "mariadb", "oracle", "postgresql"])
            assert controller.needs("gw0") == ["mariadb", "oracle", "postgresql"]
            assert controller.needs("gw1") == []
            controller.offer("postgresql", UrlExecutor(given, get_backend("postgresql")), urls)
            controller.offer(
                "mariadb", UrlExecutor(started, get_backend("mariadb"), origin="local"), urls
            )
            controller.offer("oracle", NotProvided("oracle", "no URL given"), urls)

            assert not files_holding(controller.folder, "Zq7secretPW")
            assert controller.folder.stat().st_mode & 0o077 == 0, "this user's only"
            owner, _ = directory_owner(controller.folder)
            assert owner == Owner.this_process(), "the leftovers of a killed run are reaped"
            assert worker.adopt("postgresql", urls).url is given
            adopted = worker.adopt("mariadb", urls)
            assert (adopted.url, adopted.origin) == (started, "local")
            assert worker.adopt("oracle", urls) == NotProvided("oracle", "no URL given")
            assert "started no server" in worker.adopt("mysql", urls).reason
        finally:
            controller.remove()
    assert not controller.folder.exists()
