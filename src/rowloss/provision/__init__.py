"""Where a database comes from, in order: a URL the user gives; a container when a
Docker engine answers; server binaries on this machine. When none gives it, the
reasons of every source are kept for its ``not-run`` cells."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy.engine import URL

from rowloss.backends import get_backend
from rowloss.provision.base import Executor, ServerNotAnswering, Unavailable
from rowloss.provision.container import container_executor
from rowloss.provision.embedded import EmbeddedFile
from rowloss.provision.local import local_executor
from rowloss.provision.url import UrlExecutor

SOURCES = ("url", "docker", "local")

__all__ = [
    "SOURCES",
    "Executor",
    "NotProvided",
    "ServerNotAnswering",
    "Unavailable",
    "provide",
]


@dataclass(frozen=True)
class NotProvided:
    """No source gave the database; ``reason`` says why, source by source."""

    database: str
    reason: str


def _container(database: str, images: Mapping[str, str]) -> Executor:
    backend = get_backend(database)
    return container_executor(database, backend.container, backend.dialect, images.get(database))


def provide(
    database: str,
    urls: Mapping[str, URL],
    sources: Sequence[str] = SOURCES,
    images: Mapping[str, str] | None = None,
) -> Executor | NotProvided:
    """A started executor for ``database``, or why there is none; ``images``
    names another image than the official one per database.

    A URL the user gave that does not answer raises :class:`ServerNotAnswering`:
    that is a mistake to report, not a cell to record.
    """
    if "url" in sources and database in urls:
        executor = UrlExecutor(urls[database])
        executor.start()
        return executor
    backend = get_backend(database)
    if backend.embedded_file is not None:
        embedded = EmbeddedFile(backend.dialect, backend.embedded_file)
        embedded.start()
        return embedded
    reasons = []
    if "url" in sources:
        reasons.append(f"no URL given (--rowloss-url {database}=URL)")
    for source in ("docker", "local"):
        if source not in sources:
            continue
        try:
            executor = (
                _container(database, images or {})
                if source == "docker"
                else local_executor(database)
            )
            executor.start()
            return executor
        except Unavailable as why:
            reasons.append(f"{source}: {why}")
    if not reasons:
        reasons.append(f"every source is switched off (--rowloss-sources {','.join(sources)})")
    return NotProvided(database, "; ".join(reasons))
