"""The drivers a family is measured through, and the modes its server runs in."""

from __future__ import annotations

import importlib
import importlib.metadata
import importlib.util
import platform
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Driver:
    """A DBAPI driver as SQLAlchemy names it in a URL (``postgresql+<name>://``)."""

    name: str
    packages: tuple[str, ...]
    """PyPI distributions that provide it, the first the one to install; empty
    for a module of Python's standard library."""
    module: str
    """The module that must import for the driver to run."""
    is_async: bool = False
    aliases: tuple[str, ...] = ()
    """Other names users type for it, such as the package name ``mysqlclient``."""
    url_query: tuple[tuple[str, str], ...] = ()
    """Query parameters every URL of this driver carries (``charset=utf8mb4``)."""
    hazards: tuple[tuple[str, str], ...] = ()
    """(kind of value, why): values rowloss does not send through this driver,
    because doing so broke the measuring process itself. Their cells are
    ``not-run`` with the reason; see ``Variant.sends``."""

    statement_limit: str | None = None
    """``module:Class.attribute`` holding the most bytes the driver puts in one
    statement when it rewrites an executemany INSERT into multi-row statements;
    read from the installed driver into each cell."""

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    def statement_limit_bytes(self) -> int | None:
        """The installed driver's statement size limit, if it declares one."""
        if self.statement_limit is None:
            return None
        module_name, _, path = self.statement_limit.partition(":")
        try:
            value: Any = importlib.import_module(module_name)
            for part in path.split("."):
                value = getattr(value, part)
        except (ImportError, AttributeError):
            return None
        return value if isinstance(value, int) else None

    def installed(self) -> bool:
        try:
            return importlib.util.find_spec(self.module) is not None
        except ModuleNotFoundError:  # the parent of a dotted name is missing
            return False

    def version(self) -> str:
        """The installed distribution's version, or ``"not installed"``."""
        if not self.packages:
            return f"Python {platform.python_version()} standard library"
        for package in self.packages:
            try:
                return importlib.metadata.version(package)
            except importlib.metadata.PackageNotFoundError:
                continue
        return "not installed"


@dataclass(frozen=True)
class Mode:
    """A server configuration a family is measured under (strict, permissive)."""

    name: str
    description: str
    session_sql: tuple[str, ...] = ()
    """Statements run on every new connection to put it in this mode."""


DEFAULT_MODE = Mode("default", "the server as configured, nothing set per connection")
