"""Servers in containers: recipes as data, real containers from rowloss's own
images, and nothing left behind by a run that ends, is interrupted or is killed."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from runs import default_sigint
from sqlalchemy import create_engine, text

from rowloss.backends import BACKENDS, get_backend
from rowloss.provision.base import Unavailable
from rowloss.provision.ownership import OWNER_LABEL, Owner

ROOT = Path(__file__).resolve().parents[1]
SERVERS = {"postgresql": "psycopg2", "mariadb": "pymysql", "mysql": "pymysql"}


def test_every_server_family_declares_a_recipe_and_the_embedded_ones_none():
    assert get_backend("sqlite").container is None
    for name, backend in BACKENDS.items():
        if backend.embedded_file is not None:
            assert backend.container is None, name
            continue
        recipe = backend.container
        assert recipe is not None, name
        assert recipe.family == name
        assert recipe.own_image == f"rowloss/{name}:{recipe.line}"
        assert recipe.official_image.split(":")[-1].startswith(recipe.line.split(".")[0])


@pytest.mark.parametrize(
    ("family", "release", "line"),
    [("postgresql", "bookworm", "15"), ("mariadb", "bookworm", "10.11"), ("mysql", "sid", "9.7")],
)
def test_own_images_come_from_the_release_that_ships_the_line(family, release, line):
    from rowloss.provision.images import dockerfile

    recipe = get_backend(family).container
    assert recipe.line == line and recipe.debian.release == release
    built = dockerfile(recipe, recipe.debian)
    assert built.startswith(f"FROM rowloss/debian:{release}\n")
    for package in recipe.debian.packages:
        assert package in built
    assert 'ENTRYPOINT ["/usr/local/bin/rowloss-entrypoint"]' in built


def test_oracle_has_no_image_of_its_own_and_says_why_for_a_reader():
    recipe = get_backend("oracle").container
    assert recipe.debian is None
    assert "neither Debian nor PyPI" in recipe.unavailable


def test_the_password_fills_the_official_contract():
    recipe = get_backend("mysql").container
    environment = recipe.environment_for("s3cret")
    assert environment["MYSQL_PASSWORD"] == environment["MYSQL_ROOT_PASSWORD"] == "s3cret"
    assert environment["MYSQL_USER"] == recipe.user


def test_stable_releases_get_their_updates_and_sid_none():
    from rowloss.provision.images import sources_list

    stable = sources_list("bookworm", "http://m/debian", "http://m/debian-security")
    assert "bookworm-updates" in stable and "bookworm-security" in stable
    assert (
        sources_list("sid", "http://m/debian", "http://s").strip() == "deb http://m/debian sid main"
    )


# -- ownership ------------------------------------------------------------------


def test_this_process_is_alive_and_a_finished_one_is_gone():
    assert not Owner.this_process().is_gone()
    finished = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        text=True,
        capture_output=True,
        check=True,
    )
    dead = Owner(Owner.this_process().host, int(finished.stdout), "x-1")
    assert dead.is_gone()


def test_a_reused_process_id_is_gone_and_another_host_is_never_judged():
    me = Owner.this_process()
    assert Owner(me.host, me.pid, me.started + "0").is_gone()
    assert not Owner("another-host", 1, "x-1").is_gone()
    assert Owner.parse(me.token) == me
    assert Owner.parse("garbage") is None


# -- real containers ----------------------------------------------------------


def engine_or_skip():
    from rowloss.provision.container import docker_client

    try:
        return docker_client()
    except Unavailable as why:
        pytest.skip(f"no Docker engine here: {why}")


def executor_or_skip(database):
    from rowloss.provision import provide

    engine_or_skip().close()
    server = provide(get_backend(database), {}, sources=("docker",))
    if not hasattr(server, "url"):
        pytest.skip(f"no {database} container here: {server.reason}")
    return server


def owned_by(client, pid):
    from rowloss.provision.container import rowloss_containers

    return [box for box, owner in rowloss_containers(client) if owner.pid == pid]


@pytest.mark.parametrize("database", sorted(SERVERS))
def test_a_container_server_answers_on_loopback_only_and_is_removed(database):
    server = executor_or_skip(database)
    client = engine_or_skip()
    try:
        box = client.containers.get(server.container_id)
        bindings = [b for ports in box.attrs["HostConfig"]["PortBindings"].values() for b in ports]
        assert bindings and {b["HostIp"] for b in bindings} == {"127.0.0.1"}
        assert Owner.parse(box.labels[OWNER_LABEL]) == Owner.this_process()
        bridge = box.attrs["NetworkSettings"]["IPAddress"]
        assert server.url.host in {bridge, "127.0.0.1"}, "the bridge, or the loopback port"
        url = server.url.set(drivername=f"{database}+{SERVERS[database]}")
        engine = create_engine(url)
        with engine.connect() as connection:
            assert connection.execute(text("SELECT 1")).scalar() == 1
        engine.dispose()
        password = server.url.password
        assert password and password not in server.origin
    finally:
        server.stop()
    server.stop()  # a container removed already is no error
    assert not owned_by(client, os.getpid())
    client.close()


KILLED = """
import os, signal
from rowloss.backends import get_backend
from rowloss.provision import provide
server = provide(get_backend("postgresql"), {}, sources=("docker",))
print(server.container_id, flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""

LIVE = """
import sys
from rowloss.backends import get_backend
from rowloss.provision import provide
server = provide(get_backend("postgresql"), {}, sources=("docker",))
print(server.container_id, flush=True)
sys.stdin.read()
server.stop()
"""


def test_the_next_run_removes_a_killed_runs_containers_and_never_a_live_runs():
    from rowloss.provision.container import reap_dead_runs

    executor_or_skip("postgresql").stop()
    client = engine_or_skip()
    killed = subprocess.run([sys.executable, "-c", KILLED], capture_output=True, text=True)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    orphan = killed.stdout.split()[0]
    import docker.errors

    # Another run of this session may have removed it already, as it should.
    with contextlib.suppress(docker.errors.NotFound):
        assert client.containers.get(orphan).status == "running", "nothing but rowloss reaps"
    live = subprocess.Popen(
        [sys.executable, "-c", LIVE], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        kept = live.stdout.readline().strip()
        everything = {box.id for box in client.containers.list(all=True, sparse=True)}
        assert orphan not in everything, "the next run removed the killed run's container"
        assert kept in everything
        reap_dead_runs(client)
        assert client.containers.get(kept).status == "running", "a live run's is never removed"
    finally:
        live.communicate("", timeout=60)
    assert not owned_by(client, live.pid)
    client.close()


RUN = [
    sys.executable,
    "-m",
    "pytest",
    "-p",
    "no:xdist",
    str(ROOT / "scenarios" / "test_truncation.py"),
    "--rootdir",
    str(ROOT),
    "--rowloss-backends",
    "postgresql",
    "--rowloss-sources",
    "docker",
    "--rowloss-matrix",
    "none",
    "-q",
]


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_an_interrupted_run_removes_its_containers(tmp_path, signum):
    executor_or_skip("postgresql").stop()
    client = engine_or_skip()
    run = subprocess.Popen(
        [*RUN, "--rowloss-run-dir", str(tmp_path / "run")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=tmp_path,
        preexec_fn=default_sigint,  # SIGINT as a terminal gives it, though this runner ignores it
    )
    try:
        deadline = time.monotonic() + 120
        while not owned_by(client, run.pid):
            assert run.poll() is None and time.monotonic() < deadline, "no container started"
            time.sleep(0.2)
        fragments = tmp_path / "run" / "fragments"
        while not any('"cell"' in path.read_text() for path in fragments.glob("*.jsonl")):
            assert run.poll() is None and time.monotonic() < deadline, "no cell measured"
            time.sleep(0.2)
        run.send_signal(signum)
        stopped = time.monotonic()
        run.wait(timeout=60)
        assert time.monotonic() - stopped < 30
    finally:
        if run.poll() is None:
            run.kill()
    assert run.returncode != 0
    assert not owned_by(client, run.pid)
    client.close()


def test_images_list_shows_rowloss_images_only():
    client = engine_or_skip()
    from rowloss.provision.images import listed

    assert all(tag.startswith("rowloss/") for tag, _, _ in listed(client))
    client.close()


def test_images_of_no_such_family_is_a_one_line_error(capsys):
    from rowloss.cli import main

    engine_or_skip().close()
    assert main(["images", "build", "nosuchdb"]) == 2
    assert "unknown backend 'nosuchdb'" in capsys.readouterr().err
