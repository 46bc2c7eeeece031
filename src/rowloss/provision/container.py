"""Servers in throwaway containers, through testcontainers, when a Docker engine
answers.

The image is the official one where it is present or can be pulled, else the
one rowloss builds from Debian packages (``rowloss images build``); both keep
one contract, so the family's :class:`~rowloss.provision.recipe.ContainerRecipe`
starts either. Ports are published on 127.0.0.1 only. testcontainers' reaper
(Ryuk) cannot be pulled where no registry answers, so rowloss removes its
containers itself: each carries its owner (:mod:`rowloss.provision.ownership`),
the run removes them when it ends, and a later run removes those of runs that
died.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import secrets
import time
from pathlib import Path
from typing import Any

from sqlalchemy.engine import URL

from rowloss.provision.base import ExecutorBase, Unavailable, server_answers
from rowloss.provision.ownership import OWNER_LABEL, Owner
from rowloss.provision.recipe import ContainerRecipe, Readiness

DEFAULT_SOCKET = "/var/run/docker.sock"
LOOPBACK = "127.0.0.1"


def docker_client(timeout: float = 10.0) -> Any:
    """A Docker SDK client of the engine in the environment; raises
    :class:`Unavailable` with the reason when none answers."""
    problem = docker_engine_problem(timeout)
    if problem:
        raise Unavailable(problem)
    import docker

    return docker.from_env(timeout=timeout)


def docker_engine_problem(timeout: float = 5.0) -> str | None:
    """``None`` when a Docker engine answers a ping, else why it cannot be used."""
    try:
        import docker
    except ImportError:
        return "the docker and testcontainers packages are missing (pip install 'rowloss[docker]')"
    if not os.environ.get("DOCKER_HOST") and not Path(DEFAULT_SOCKET).exists():
        return (
            f"no Docker engine (DOCKER_HOST is unset and {DEFAULT_SOCKET} does not exist); "
            "start one with scripts/start-docker-engine"
        )
    try:
        client = docker.from_env(timeout=timeout)
        try:
            client.ping()
        finally:
            client.close()
    except Exception as error:  # the docker SDK raises many types for "no engine"
        first_line = (str(error).splitlines() or [type(error).__name__])[0]
        return f"no Docker engine answers ({first_line[:160]})"
    return None


def configure_testcontainers() -> None:
    """What testcontainers needs to run rowloss's containers on this machine's
    engine, set on its configuration for this process only: no reaper (its
    image cannot be pulled without a registry; rowloss removes its own
    containers), and the engine's published ports reached at 127.0.0.1 even
    inside a container (a ``/.dockerenv`` would send it to a gateway address)."""
    from testcontainers.core.config import ConnectionMode, testcontainers_config

    testcontainers_config.ryuk_disabled = True
    testcontainers_config.connection_mode_override = ConnectionMode.docker_host
    if not os.environ.get("DOCKER_HOST", "").startswith(("tcp:", "ssh:")):
        testcontainers_config.tc_host_override = LOOPBACK


# -- which image --------------------------------------------------------------


def image_present(client: Any, image: str) -> bool:
    import docker.errors

    try:
        client.images.get(image)
    except docker.errors.ImageNotFound:
        return False
    return True


NO_REGISTRY = ("no such host", "dial tcp", "connection refused", "i/o timeout", "TLS handshake")


def pull_problem(client: Any, image: str) -> str | None:
    """``None`` when ``image`` was pulled, else why not, in words that do not
    depend on the machine (they end up in ``not-run`` cells)."""
    try:
        client.images.pull(image)
    except Exception as error:  # registry, network and auth errors alike
        text = str(getattr(error, "explanation", None) or error or type(error).__name__)
        if any(sign in text for sign in NO_REGISTRY):
            return "no image registry answers"
        return text.splitlines()[0][:200]
    return None


def choose_image(client: Any, recipe: ContainerRecipe, override: str | None = None) -> str:
    """The image to run: ``override`` or the official image when present or
    pullable, else rowloss's own when built; raises :class:`Unavailable`."""
    wanted = override or recipe.official_image
    if image_present(client, wanted):
        return wanted
    why = pull_problem(client, wanted)
    if why is None:
        return wanted
    if override is None and recipe.debian is not None and image_present(client, recipe.own_image):
        return recipe.own_image
    if override is None and recipe.debian is not None:
        raise Unavailable(
            f"{wanted} cannot be pulled ({why}) and rowloss's own image {recipe.own_image} "
            f"is not built; build it with: rowloss images build {recipe.family}"
        )
    own = f", and {recipe.unavailable}" if recipe.unavailable else ""
    raise Unavailable(f"{wanted} cannot be pulled ({why}){own}")


# -- leftovers of dead runs -----------------------------------------------------


def rowloss_containers(client: Any) -> list[tuple[str, Owner]]:
    """(id, owner) of every container rowloss started on this engine. Read
    sparse, in one call: another run may remove its own at the same moment."""
    found = []
    for box in client.containers.list(all=True, sparse=True, filters={"label": OWNER_LABEL}):
        owner = Owner.parse((box.attrs.get("Labels") or {}).get(OWNER_LABEL, ""))
        if owner is not None:
            found.append((box.id, owner))
    return found


def reap_dead_runs(client: Any) -> list[str]:
    """Remove the containers of rowloss runs on this host that are no longer
    alive; never a live run's. Returns the ids removed."""
    import docker.errors

    removed = []
    for container_id, owner in rowloss_containers(client):
        if owner.is_gone():
            with contextlib.suppress(docker.errors.NotFound):
                client.api.remove_container(container_id, force=True, v=True)
            removed.append(container_id)
    return removed


_reaped = False


def reap_once(client: Any) -> None:
    global _reaped
    if not _reaped:
        reap_dead_runs(client)
        _reaped = True


# -- readiness ----------------------------------------------------------------


def _log_tail(container: Any, secret: str, lines: int = 3) -> str:
    try:
        text = container.logs(tail=lines).decode(errors="replace")
    except Exception:  # the container may be gone already
        return ""
    return " | ".join(line.strip() for line in text.replace(secret, "***").splitlines() if line)


class ContainerExecutor(ExecutorBase):
    """One server in one container of this run."""

    def __init__(self, recipe: ContainerRecipe, image: str, dialect: str, owner: Owner) -> None:
        self.recipe = recipe
        self.image = image
        self.dialect = dialect
        self.owner = owner
        self.origin = f"container {image}"
        self._container: Any = None
        self._url: URL | None = None

    @property
    def url(self) -> URL:
        if self._url is None:
            raise RuntimeError("the container is not started")
        return self._url

    @property
    def container_id(self) -> str | None:
        return self._container.get_container_id() if self._container is not None else None

    def start(self) -> None:
        if self._container is not None:
            return
        from testcontainers.core.container import DockerContainer

        configure_testcontainers()
        recipe = self.recipe
        password = secrets.token_hex(12)
        container = DockerContainer(self.image, env=recipe.environment_for(password))
        if recipe.command:
            container.with_command(list(recipe.command))
        container.ports[f"{recipe.port}/tcp"] = (LOOPBACK, None)  # loopback only
        container.with_kwargs(labels=self.owner.labels(recipe.family))
        self._container = container
        atexit.register(self.stop)
        try:
            container.start()
            host = container.get_container_host_ip()
            port = int(container.get_exposed_port(recipe.port))
            self._wait(container.get_wrapped_container(), host, port, password, recipe.readiness)
            host, port = self._nearest(container.get_wrapped_container(), host, port)
        except BaseException as error:  # Ctrl-C and SIGTERM too: nothing is left behind
            self.stop()
            if isinstance(error, Unavailable) or not isinstance(error, Exception):
                raise
            raise Unavailable(f"the {self.image} container did not start: {error}") from None
        self._url = URL.create(
            self.dialect,
            username=recipe.user,
            password=password,
            host=host,
            port=port,
            database=recipe.database or None,
            query=dict(recipe.url_query),
        )

    def _wait(self, box: Any, host: str, port: int, secret: str, readiness: Readiness) -> None:
        deadline = time.monotonic() + readiness.timeout_seconds
        while True:
            box.reload()
            if box.status in ("exited", "dead"):
                raise Unavailable(
                    f"the {self.image} container exited before its server answered: "
                    f"{_log_tail(box, secret)}"
                )
            logged = readiness.log_line is None or readiness.log_line.encode() in box.logs()
            answers = readiness.greeting is None or server_answers(host, port, readiness.greeting)
            if logged and answers:
                return
            if time.monotonic() > deadline:
                raise Unavailable(
                    f"the server in {self.image} did not answer within "
                    f"{readiness.timeout_seconds:.0f} s: {_log_tail(box, secret)}"
                )
            time.sleep(0.25)

    def _nearest(self, box: Any, host: str, port: int) -> tuple[str, int]:
        """The container's own address on the engine's bridge network, where
        this machine reaches it (Docker on Linux), else the published port.
        The published port goes through Docker's user-space proxy, which
        doubles the time of every round trip; the bridge is as private (only
        this machine and its containers reach it)."""
        greeting = self.recipe.readiness.greeting
        address = str(box.attrs.get("NetworkSettings", {}).get("IPAddress") or "")
        if address and greeting is not None and server_answers(address, self.recipe.port, greeting):
            return address, self.recipe.port
        return host, port

    def running(self) -> bool:
        if self._container is None:
            return False
        box = self._container.get_wrapped_container()
        try:
            box.reload()
        except Exception:  # removed behind our back
            return False
        return box.status == "running"

    def stop(self) -> None:
        """Remove the container; one that is gone already is no error."""
        container, self._container, self._url = self._container, None, None
        if container is None:
            return
        atexit.unregister(self.stop)
        if container.get_wrapped_container() is None:  # never created
            return
        import docker.errors

        with contextlib.suppress(docker.errors.NotFound):
            container.stop()


def container_executor(
    database: str,
    recipe: ContainerRecipe | None,
    dialect: str,
    image_override: str | None = None,
) -> ContainerExecutor:
    """A not-yet-started container server for ``database``; raises
    :class:`Unavailable` when there is no engine or no image."""
    if recipe is None:
        raise Unavailable(f"rowloss has no container recipe for {database}")
    client = docker_client()
    try:
        reap_once(client)
        image = choose_image(client, recipe, image_override)
    finally:
        client.close()
    return ContainerExecutor(recipe, image, dialect, Owner.this_process())
