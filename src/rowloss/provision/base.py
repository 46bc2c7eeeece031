"""One executor face for every place a database server can come from.

Whether the server is a URL the user gave, a container or binaries started here,
the rest of rowloss sees the same object: ``start()``, ``stop()``, ``running()``,
``url`` and use as a context manager (the shape of pytest-postgresql's executors).
"""

from __future__ import annotations

import socket
from typing import Protocol, runtime_checkable

from sqlalchemy.engine import URL


class Unavailable(Exception):
    """This source cannot give the database; the message is the one-line reason,
    ending with what to do about it."""


class ServerNotAnswering(Exception):
    """A server the user pointed us at does not answer: a usage error, not a cell."""


@runtime_checkable
class Executor(Protocol):
    origin: str
    """Where the server comes from, for people: ``url``, ``docker mariadb:11.4``,
    ``local /usr/lib/postgresql/15/bin``. Never carries a password."""

    @property
    def url(self) -> URL:
        """The server's URL without a driver (``postgresql://...``)."""
        ...

    def start(self) -> None: ...

    def stop(self) -> None: ...

    def running(self) -> bool: ...

    def __enter__(self) -> Executor: ...

    def __exit__(self, *exc_info: object) -> None: ...


class ExecutorBase:
    """Context-manager plumbing shared by the executors."""

    pid: int | None = None
    """The server process this executor started on this machine, if any."""

    def __enter__(self) -> ExecutorBase:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def start(self) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError


def free_loopback_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def server_answers(host: str, port: int, greeting: bytes, timeout: float = 2.0) -> bool:
    """The server behind ``host:port`` answers ``greeting`` with at least one
    byte; a proxy that accepts and closes (Docker's, before the server listens)
    does not."""
    try:
        with socket.create_connection((host, port), timeout=timeout) as connection:
            if greeting:
                connection.sendall(greeting)
            return bool(connection.recv(1))
    except OSError:
        return False


def tcp_answers(host: str, port: int, timeout: float = 3.0) -> str | None:
    """``None`` when something accepts connections at host:port, else why not."""
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return None
    except OSError as error:
        return error.strerror or str(error)
