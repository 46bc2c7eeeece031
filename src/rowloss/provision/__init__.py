"""Where a database comes from, in order: a URL the user gives; a container when a
Docker engine answers; server binaries on this machine. When none gives it, the
reasons of every source are kept for its ``not-run`` cells."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import URL

from rowloss.provision.base import Executor, ServerNotAnswering, Unavailable
from rowloss.provision.container import container_executor
from rowloss.provision.embedded import EmbeddedFile
from rowloss.provision.url import UrlExecutor

if TYPE_CHECKING:  # a family is handed in: provisioning never reads the registry
    from rowloss.backends.base import Backend

SOURCES = ("url", "docker", "local")

__all__ = [
    "SOURCES",
    "Executor",
    "NotProvided",
    "ServerNotAnswering",
    "Unavailable",
    "local_executor",
    "provide",
]


@dataclass(frozen=True)
class NotProvided:
    """No source gave the database; ``reason`` says why, source by source."""

    database: str
    reason: str


def local_executor(backend: Backend, search_dirs: Sequence[Path] | None = None) -> Executor:
    """A not-yet-started server of ``backend`` from this machine's binaries,
    through the family's ``local_server`` hook; raises :class:`Unavailable`."""
    server = backend.local_executor(search_dirs)
    if server is None:
        raise Unavailable(
            f"rowloss has no way to start {backend.name} from binaries on this machine; "
            f"give --rowloss-url {backend.name}=URL"
        )
    return server


def _container(backend: Backend, images: Mapping[str, str]) -> Executor:
    return container_executor(
        backend.name, backend.container, backend.dialect, images.get(backend.name)
    )


def provide(
    backend: Backend,
    urls: Mapping[str, URL],
    sources: Sequence[str] = SOURCES,
    images: Mapping[str, str] | None = None,
) -> Executor | NotProvided:
    """A started executor for ``backend``'s database, or why there is none;
    ``urls`` and ``images`` (another image than the official one) are keyed by
    family name.

    A URL the user gave that does not answer raises :class:`ServerNotAnswering`:
    that is a mistake to report, not a cell to record.
    """
    database = backend.name
    if "url" in sources and database in urls:
        executor = UrlExecutor(urls[database], backend)
        executor.start()
        return executor
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
                _container(backend, images or {}) if source == "docker" else local_executor(backend)
            )
            executor.start()
            return executor
        except Unavailable as why:
            reasons.append(f"{source}: {why}")
    if not reasons:
        reasons.append(f"every source is switched off (--rowloss-sources {','.join(sources)})")
    return NotProvided(database, "; ".join(reasons))
