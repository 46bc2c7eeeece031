"""SQLite: the embedded default, always available, nothing to install."""

from rowloss.backends.sqlite.family import SQLite

__all__ = ["SQLite"]
