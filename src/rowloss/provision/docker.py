"""Servers in throwaway containers, through testcontainers, when a Docker engine
answers. Each family names its image; the container is the executor."""

from __future__ import annotations

import importlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.engine import URL, make_url

from rowloss.provision.base import ExecutorBase, Unavailable

DEFAULT_SOCKET = "/var/run/docker.sock"


@dataclass(frozen=True)
class ContainerRecipe:
    """Which image a family runs in, and the testcontainers class that runs it."""

    image: str
    module: str
    class_name: str
    options: tuple[tuple[str, Any], ...] = ()

    def container_class(self) -> Any:
        return getattr(importlib.import_module(self.module), self.class_name)

    def build(self) -> Any:
        return self.container_class()(self.image, **dict(self.options))


CONTAINERS: dict[str, ContainerRecipe] = {
    "postgresql": ContainerRecipe(
        "postgres:17", "testcontainers.community.postgres", "PostgresContainer", (("driver", None),)
    ),
    "mariadb": ContainerRecipe("mariadb:11.4", "testcontainers.community.mysql", "MySqlContainer"),
    "mysql": ContainerRecipe("mysql:8.4", "testcontainers.community.mysql", "MySqlContainer"),
    "oracle": ContainerRecipe(
        "gvenzl/oracle-free:23-slim", "testcontainers.community.oracle", "OracleDbContainer"
    ),
}


def docker_engine_problem(timeout: float = 5.0) -> str | None:
    """``None`` when a Docker engine answers a ping, else why it cannot be used."""
    try:
        import docker
    except ImportError:
        return "the docker and testcontainers packages are missing (pip install 'rowloss[docker]')"
    if not os.environ.get("DOCKER_HOST") and not Path(DEFAULT_SOCKET).exists():
        return f"no Docker engine (DOCKER_HOST is unset and {DEFAULT_SOCKET} does not exist)"
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


class ContainerExecutor(ExecutorBase):
    def __init__(self, database: str, recipe: ContainerRecipe) -> None:
        self.database = database
        self._recipe = recipe
        self._container: Any = None
        self._url: URL | None = None
        self.origin = "docker"

    @property
    def url(self) -> URL:
        if self._url is None:
            raise RuntimeError("the container is not started")
        return self._url

    def start(self) -> None:
        if self._container is not None:
            return
        image = self._recipe.image
        self.origin = f"docker {image}"
        try:
            container = self._recipe.build()
            container.start()
        except Exception as error:  # image pulls, engine errors, timeouts
            raise Unavailable(f"the {image} container did not start: {error}") from None
        self._container = container
        self._url = make_url(container.get_connection_url()).set(drivername=self.database)

    def running(self) -> bool:
        return self._container is not None

    def stop(self) -> None:
        if self._container is not None:
            self._container.stop()
            self._container = None
            self._url = None


def docker_executor(database: str) -> ContainerExecutor:
    if database not in CONTAINERS:
        raise Unavailable(f"rowloss has no container recipe for {database}")
    problem = docker_engine_problem()
    if problem:
        raise Unavailable(problem)
    return ContainerExecutor(database, CONTAINERS[database])
