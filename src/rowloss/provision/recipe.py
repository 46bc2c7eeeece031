"""How a family's server runs in a container: plain data that each family's
``backends/<family>/provision.py`` declares, and that :mod:`rowloss.provision.container` and
:mod:`rowloss.provision.images` carry out.

A recipe names the official image and, for when no registry answers, the Debian
release and packages rowloss builds its own image from. Both kinds of image are
run the same way: rowloss's own images keep the official images' contract (the
same environment variables and arguments), so one recipe starts either.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

IMAGE_PREFIX = "rowloss/"
"""Images rowloss builds are tagged ``rowloss/<family>:<server line>``."""


@dataclass(frozen=True)
class DebianImage:
    """An image built from a Debian release's own packages."""

    release: str
    """The Debian release that ships this server line (``bookworm``, ``sid``)."""
    packages: tuple[str, ...]
    before_install: tuple[str, ...] = ()
    """Shell commands run before the packages are installed."""
    after_install: tuple[str, ...] = ()
    """Shell commands run after the packages are installed (accounts, folders)."""
    entrypoint: str = ""
    """The entrypoint script: the official image's contract, in a few lines."""
    version_command: tuple[str, ...] = ()
    """Prints the server's version; a build checks it names the recipe's line."""


@dataclass(frozen=True)
class Readiness:
    """When a started container's server answers.

    testcontainers' port wait returns as soon as Docker's proxy accepts a
    connection, before the server inside does, so readiness is decided by the
    server's own protocol: after sending ``greeting`` (possibly nothing), the
    server must answer at least one byte. ``log_line`` must also have appeared
    in the container's log, where a server has no cheap greeting.
    """

    greeting: bytes | None = b""
    log_line: str | None = None
    timeout_seconds: float = 120.0


@dataclass(frozen=True)
class ContainerRecipe:
    """Everything needed to run one server line in a container."""

    family: str
    line: str
    """The server line, as in the official tag (``15``, ``10.11``, ``9.7``)."""
    official_image: str
    """The official image, used when it is present or can be pulled."""
    port: int
    environment: Mapping[str, str]
    """The official images' variables; ``{user}``, ``{password}`` and ``{database}``
    are filled in per container."""
    user: str
    database: str
    command: tuple[str, ...] = ()
    """Arguments after the image name: the server and its settings for tests."""
    readiness: Readiness = field(default_factory=Readiness)
    url_query: tuple[tuple[str, str], ...] = ()
    debian: DebianImage | None = None
    """How rowloss builds its own image; ``None`` where Debian has no package."""
    unavailable: str = ""
    """Why there is no image to be had without the official one, for a reader."""

    @property
    def own_image(self) -> str:
        return f"{IMAGE_PREFIX}{self.family}:{self.line}"

    def environment_for(self, password: str) -> dict[str, str]:
        values = {"user": self.user, "password": password, "database": self.database}
        return {name: value.format(**values) for name, value in self.environment.items()}
