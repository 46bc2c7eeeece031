"""Where servers come from: missing binaries give reasons, found ones run."""

import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from rowloss.backends import get_backend
from rowloss.backends.postgresql.provision import postgresql_bin_folders
from rowloss.provision import NotProvided, ServerNotAnswering, local_executor, provide
from rowloss.provision.base import Executor, Unavailable, free_loopback_port
from rowloss.provision.local import find_binaries
from rowloss.provision.url import UrlExecutor


def fake_binary(folder, name, version_line):
    """An executable that only answers --version, as a server binary would."""
    path = folder / name
    path.write_text(f"#!/bin/sh\necho '{version_line}'\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return path


@pytest.mark.parametrize(
    ("database", "advice"),
    [
        ("postgresql", "apt-get install postgresql"),
        ("mariadb", "apt-get install mariadb-server"),
        ("mysql", "--rowloss-url mysql=URL"),
    ],
)
def test_a_missing_binary_is_a_one_line_reason_with_the_fix(tmp_path, database, advice):
    with pytest.raises(Unavailable) as raised:
        local_executor(get_backend(database), search_dirs=[tmp_path])
    assert advice in str(raised.value)
    assert "\n" not in str(raised.value)


def test_a_mysqld_that_is_mariadb_is_refused_as_mysql(tmp_path):
    fake_binary(tmp_path, "mysqld", "/usr/sbin/mysqld  Ver 10.11.19-MariaDB-0+deb12u1 for debian")
    with pytest.raises(Unavailable, match="is MariaDB, not MySQL"):
        local_executor(get_backend("mysql"), search_dirs=[tmp_path])


def test_a_mariadbd_that_is_not_mariadb_is_refused(tmp_path):
    fake_binary(tmp_path, "mysqld", "/usr/sbin/mysqld  Ver 8.4.3 for Linux on x86_64 (MySQL)")
    fake_binary(tmp_path, "mysql_install_db", "")
    with pytest.raises(Unavailable, match="is not MariaDB"):
        local_executor(get_backend("mariadb"), search_dirs=[tmp_path])


def test_postgresql_binaries_must_come_from_one_folder(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    fake_binary(tmp_path / "a", "initdb", "")
    fake_binary(tmp_path / "b", "postgres", "")
    assert find_binaries(["initdb", "postgres"], [tmp_path / "a", tmp_path / "b"], True) is None
    assert find_binaries(["initdb", "postgres"], [tmp_path / "a", tmp_path / "b"]) is not None


def test_no_source_gives_oracle_here_and_says_why():
    provided = provide(get_backend("oracle"), {}, sources=("local",))
    assert isinstance(provided, NotProvided)
    assert "no way to start oracle from binaries" in provided.reason


def test_switched_off_sources_are_the_reason():
    provided = provide(get_backend("postgresql"), {}, sources=())
    assert isinstance(provided, NotProvided)
    assert "every source is switched off" in provided.reason


def test_a_given_url_that_does_not_answer_is_a_usage_error():
    url = make_url(f"postgresql://u:hunter2@127.0.0.1:{free_loopback_port()}/d")
    with pytest.raises(ServerNotAnswering) as raised:
        provide(get_backend("postgresql"), {"postgresql": url})
    assert "does not answer" in str(raised.value)
    assert "hunter2" not in str(raised.value)


@pytest.mark.parametrize("database", ["postgresql", "mariadb"])
def test_a_local_server_starts_answers_and_is_removed(database):
    try:
        server = local_executor(get_backend(database))
    except Unavailable as why:
        pytest.skip(f"no local {database} here: {why}")
    assert isinstance(server, Executor)
    driver = {"postgresql": "psycopg2", "mariadb": "pymysql"}[database]
    with server:
        assert server.running()
        workdir = server.workdir
        engine = create_engine(server.url.set(drivername=f"{database}+{driver}"))
        with engine.connect() as connection:
            assert connection.execute(text("SELECT 1")).scalar() == 1
        engine.dispose()
        if os.geteuid() == 0:
            assert workdir.stat().st_uid != 0, "as root, the server runs unprivileged"
    assert not server.running()
    assert not workdir.exists()
    assert UrlExecutor(server.url, get_backend(database)).unreachable() is not None


def test_postgresql_is_looked_for_off_path_in_debian_folders():
    debian = sorted(Path("/usr/lib/postgresql").glob("*/bin"))
    if not debian:
        pytest.skip("no Debian PostgreSQL folders on this machine")
    assert set(debian) <= set(postgresql_bin_folders())


def test_without_a_docker_engine_containers_are_unavailable_with_the_reason(monkeypatch):
    from rowloss.provision.container import container_executor, docker_engine_problem

    monkeypatch.setenv("DOCKER_HOST", f"tcp://127.0.0.1:{free_loopback_port()}")
    problem = docker_engine_problem(timeout=2)
    assert problem is not None and "Docker engine" in problem
    with pytest.raises(Unavailable, match="Docker engine"):
        container_executor("postgresql", get_backend("postgresql").container, "postgresql")


ORPHAN = """
import os, signal
from rowloss.backends import get_backend
from rowloss.provision import local_executor
server = local_executor(get_backend({database!r}))
server.start()
print(server._process.process.pid, flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.parametrize("database", ["postgresql", "mariadb"])
def test_a_server_does_not_outlive_a_killed_run(database):
    import subprocess
    import sys
    import time

    try:
        local_executor(get_backend(database))
    except Unavailable as why:
        pytest.skip(f"no local {database} here: {why}")
    killed = subprocess.run(
        [sys.executable, "-c", ORPHAN.format(database=database)], capture_output=True, text=True
    )
    pid = int(killed.stdout.split()[0])
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.2)
    os.kill(pid, 15)
    pytest.fail(f"the {database} server (pid {pid}) outlived the process that started it")


def test_an_embedded_database_file_lives_in_memory_where_the_machine_has_it():
    from rowloss.provision.embedded import EmbeddedFile
    from rowloss.provision.leftovers import memory_parent, work_parents

    memory = memory_parent()
    with EmbeddedFile("sqlite", "rowloss.db") as embedded:
        folder = Path(embedded.url.database).parent
        assert folder.parent == (memory or folder.parent)
        assert folder.parent in work_parents(), "a killed run's file is reaped from there too"
        engine = create_engine(embedded.url)
        with engine.begin() as connection:
            assert connection.execute(text("SELECT 1")).scalar() == 1
        engine.dispose()
    assert not folder.exists()
