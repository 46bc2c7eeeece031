"""SIGINT and SIGTERM end a run as Ctrl-C does: the test in flight stops, the
run writes what it measured, marks itself interrupted, and stops and removes
every server and container it started.

Under pytest-xdist the controller passes the stop on to its workers (as
SIGTERM, which each worker handles once), so none of them finishes its cell
while the controller waits on it. A signal the process inherited as ignored
(``nohup``, a background job of a script) stays ignored.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from collections.abc import Callable, Collection
from pathlib import Path
from typing import Any

SIGNALS = (signal.SIGINT, signal.SIGTERM)


def children() -> set[int]:
    """The process ids of this process's children."""
    found: set[int] = set()
    for listing in Path(f"/proc/{os.getpid()}/task").glob("*/children"):
        with contextlib.suppress(OSError):
            found.update(int(pid) for pid in listing.read_text().split())
    return found


class StopSignals:
    """The handlers of one process: the controller (or the only process)
    passes the stop on to its children but ``keep()`` (its servers); a worker
    only stops."""

    def __init__(self, keep: Callable[[], Collection[int]] | None = None) -> None:
        self.keep = keep
        self.requested: str | None = None
        """Why the run was asked to stop, for the runner to act on at its next
        step: the KeyboardInterrupt raised for it is lost when it lands in a
        callback whose exceptions Python ignores (a gc callback)."""
        self._previous: dict[int, Any] = {}

    def install(self, signals: Collection[int] = SIGNALS) -> None:
        if self._previous or threading.current_thread() is not threading.main_thread():
            return
        for signum in signals:
            if signal.getsignal(signum) is not signal.SIG_IGN:
                self._previous[signum] = signal.signal(signum, self._stop)

    def restore(self) -> None:
        for signum, previous in self._previous.items():
            # None: the previous handler was not set from Python; the default stands for it.
            signal.signal(signum, previous if previous is not None else signal.SIG_DFL)
        self._previous.clear()

    def _stop(self, signum: int, frame: Any) -> None:
        if self.requested is not None:
            return  # stopping already: let the cleanup finish
        self.requested = f"interrupted ({signal.Signals(signum).name})"
        if self.keep is not None:
            for pid in children() - set(self.keep()):
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.kill(pid, signal.SIGTERM)
        raise KeyboardInterrupt(self.requested)
