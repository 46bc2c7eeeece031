"""An embedded database needs no server: a database file in a temporary
directory of its own, removed at the end.

The directory is made in memory (``/dev/shm``) where the machine has one: a
commit then costs no disk flush (SQLite's default synchronous mode flushes
at every commit, and an autocommit executemany commits every row), while
what the database keeps or refuses stays the same, as a server run with
fsync off keeps it."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy.engine import URL

from rowloss.provision.base import ExecutorBase
from rowloss.provision.leftovers import memory_parent, reap_dead_directories_once
from rowloss.provision.ownership import owned_directory


class EmbeddedFile(ExecutorBase):
    """The family's ``embedded_file`` in a directory rowloss owns."""

    origin = "embedded"

    def __init__(self, dialect: str, file_name: str) -> None:
        self.dialect = dialect
        self.file_name = file_name
        self._folder: Path | None = None

    @property
    def url(self) -> URL:
        if self._folder is None:
            raise RuntimeError(f"the {self.dialect} database file is not created")
        return URL.create(self.dialect, database=str(self._folder / self.file_name))

    def start(self) -> None:
        if self._folder is None:
            reap_dead_directories_once()
            self._folder = owned_directory(f"rowloss-{self.dialect}-", parent=memory_parent())

    def running(self) -> bool:
        return self._folder is not None

    def stop(self) -> None:
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None
