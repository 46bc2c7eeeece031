"""A server that already runs somewhere: the user's URL, or one a parent process
(the xdist controller) started and handed down."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import URL

from rowloss.provision.base import ExecutorBase, ServerNotAnswering, tcp_answers
from rowloss.redact import safe_url

if TYPE_CHECKING:
    from rowloss.backends.base import Backend


class UrlExecutor(ExecutorBase):
    """No process to manage: ``start`` only checks that the server answers."""

    def __init__(self, url: URL, backend: Backend, origin: str = "url") -> None:
        self._url = url
        self._backend = backend
        self.origin = origin
        self._started = False

    @property
    def url(self) -> URL:
        return self._url

    def start(self) -> None:
        problem = self.unreachable()
        if problem:
            raise ServerNotAnswering(problem)
        self._started = True

    def stop(self) -> None:
        self._started = False

    def running(self) -> bool:
        return self._started and self.unreachable() is None

    def unreachable(self) -> str | None:
        """Why the server cannot be reached, or ``None``. Checks the socket only,
        so it needs no driver."""
        backend = self._backend
        if backend.embedded_file is not None:
            database = self._url.database or ""
            folder = Path(database).parent if database and database != ":memory:" else None
            if folder is not None and not folder.is_dir():
                return f"{safe_url(self._url)}: folder {folder} does not exist"
            return None
        host = self._url.host or "127.0.0.1"
        port = self._url.port or backend.default_port or 0
        reason = tcp_answers(host, port)
        if reason:
            return (
                f"the {backend.name} server at {safe_url(self._url)} does not answer ({reason}); "
                "start it or correct the URL"
            )
        return None
