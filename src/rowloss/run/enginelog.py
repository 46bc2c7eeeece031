"""SQLAlchemy's own log records during a run, one line each, in the run
directory instead of the terminal.

A server that dies mid-run leaves dead connections in the callers' pools;
returning or collecting one makes SQLAlchemy's pool log "Exception during
reset or similar" with its traceback. Unhandled, Python's last-resort handler
prints that traceback on the terminal, where it reads as rowloss's own crash.
The line kept here names the exception without formatting its frames: a record
logged from a garbage-collector callback can land inside ``ast.parse`` (pytest
formatting a failure), and Python 3.11's traceback formatting parses source
again there, which CPython rejects ("AST constructor recursion depth mismatch").
"""

from __future__ import annotations

import logging
import traceback
from pathlib import Path

from rowloss.redact import redact_text

LOG_FILE = "sqlalchemy.log"
LOGGER = "sqlalchemy"


class _OneLine(logging.Formatter):
    """A record and its exception in one line, with no frames (whatever
    another handler cached in ``exc_text``)."""

    def format(self, record: logging.LogRecord) -> str:
        record.message = record.getMessage()
        record.asctime = self.formatTime(record)
        line = self.formatMessage(record)
        if record.exc_info and record.exc_info[0] is not None:
            kind, error = record.exc_info[0], record.exc_info[1]
            line += ": " + "".join(traceback.format_exception_only(kind, error)).strip()
        return redact_text(" | ".join(line.splitlines()))


class EngineLog:
    """Keeps the records of the ``sqlalchemy`` loggers at their own levels
    (warnings and errors unless an application sets more) in ``run_dir``'s
    :data:`LOG_FILE`, made only when a record comes; shared by a run's
    processes, each line naming its process. While it runs they go nowhere
    else: pytest's log capture would format their frames too."""

    def __init__(self, run_dir: Path, process: str) -> None:
        self.path = run_dir / LOG_FILE
        self.process = process
        self._handler: logging.Handler | None = None
        self._propagated = True

    def start(self) -> None:
        if self._handler is not None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(self.path, encoding="utf-8", delay=True)
        handler.setFormatter(
            _OneLine(f"%(asctime)s {self.process} %(name)s %(levelname)s: %(message)s")
        )
        logger = logging.getLogger(LOGGER)
        logger.addHandler(handler)
        self._propagated = logger.propagate
        logger.propagate = False
        self._handler = handler

    def stop(self) -> None:
        if self._handler is None:
            return
        logger = logging.getLogger(LOGGER)
        logger.removeHandler(self._handler)
        logger.propagate = self._propagated
        self._handler.close()
        self._handler = None
