"""SQLite needs no server: a database file in a temporary directory."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy.engine import URL

from rowloss.provision.base import ExecutorBase
from rowloss.provision.leftovers import reap_dead_directories_once
from rowloss.provision.ownership import owned_directory


class SQLiteFile(ExecutorBase):
    origin = "embedded"

    def __init__(self) -> None:
        self._folder: Path | None = None

    @property
    def url(self) -> URL:
        if self._folder is None:
            raise RuntimeError("the SQLite file is not created")
        return URL.create("sqlite", database=str(self._folder / "rowloss.db"))

    def start(self) -> None:
        if self._folder is None:
            reap_dead_directories_once()
            self._folder = owned_directory("rowloss-sqlite-")

    def running(self) -> bool:
        return self._folder is not None

    def stop(self) -> None:
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None
