"""SQLite needs no server: a database file in a temporary directory."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from sqlalchemy.engine import URL

from rowloss.provision.base import ExecutorBase


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
            self._folder = Path(tempfile.mkdtemp(prefix="rowloss-sqlite-"))

    def running(self) -> bool:
        return self._folder is not None

    def stop(self) -> None:
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None
