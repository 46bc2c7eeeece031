"""What runs that no longer live left behind, found and removed.

A run marks everything it makes with its owner (:mod:`ownership`): a label on
each container, a file in each temporary directory, the owner in each table's
name. A run killed with SIGKILL cannot remove them; the next run (for its own
kind of thing) or ``rowloss clean`` (for all of them) does. Only what carries
the mark of an owner that is certainly gone is touched: never a live run's,
never another host's, never anything unmarked.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import URL

from rowloss.provision.ownership import Owner, directory_owner, process_start

DIRECTORY_PREFIX = "rowloss-"
IMAGE_WORK_PARENT = "/var/tmp"
"""Where an image's debootstrap tree is made: not /tmp, which may be a small tmpfs."""
MEMORY_PARENT = "/dev/shm"
"""A file system in memory on Linux: an embedded database's file goes there."""
MEMORY_NEEDED_BYTES = 512 * 1024 * 1024


def memory_parent() -> Path | None:
    """:data:`MEMORY_PARENT` where it is a folder this process may write with
    room to spare, else ``None`` (the system's temporary folder is used)."""
    folder = Path(MEMORY_PARENT)
    try:
        room = os.statvfs(folder)
    except OSError:
        return None
    if not os.access(folder, os.W_OK) or room.f_bavail * room.f_frsize < MEMORY_NEEDED_BYTES:
        return None
    return folder


def work_parents() -> list[Path]:
    """Where rowloss makes its temporary directories."""
    parents = [Path(tempfile.gettempdir()), Path(IMAGE_WORK_PARENT), Path(MEMORY_PARENT)]
    return list(dict.fromkeys(parents))


def dead_directories(parents: Iterable[Path] | None = None) -> list[Path]:
    """rowloss's temporary directories whose owner is gone."""
    found = []
    for parent in work_parents() if parents is None else parents:
        with contextlib.suppress(OSError):
            for folder in sorted(parent.glob(f"{DIRECTORY_PREFIX}*")):
                owner, _ = directory_owner(folder)
                if folder.is_dir() and owner is not None and owner.is_gone():
                    found.append(folder)
    return found


def remove_directory(folder: Path) -> None:
    """Kill the servers still running from ``folder`` (when they are the very
    processes started there), then remove it."""
    _, processes = directory_owner(folder)
    for pid, started in processes:
        if started and process_start(pid) == started:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
    shutil.rmtree(folder, ignore_errors=True)


def reap_dead_directories(parents: Iterable[Path] | None = None) -> list[Path]:
    removed = dead_directories(parents)
    for folder in removed:
        remove_directory(folder)
    return removed


_reaped = False


def reap_dead_directories_once() -> None:
    """Before a process makes its first directory: what dead runs left."""
    global _reaped
    if not _reaped:
        _reaped = True
        reap_dead_directories()


@dataclass
class TableSweep:
    """The rowloss tables of one database: dropped (their owner is gone) and
    kept (a live run's, or another host's)."""

    dropped: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)


def sweep_tables(url: URL, drop: bool = True) -> TableSweep:
    """Drop the tables that rowloss runs no longer alive left in the database
    at ``url``; tables whose names are not rowloss's are never looked at."""
    sweep = TableSweep()
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            names = inspect(connection).get_table_names()
        quote = engine.dialect.identifier_preparer.quote
        for name in sorted(names):
            owner = Owner.from_table(name)
            if owner is None:
                continue
            if not owner.is_gone():
                sweep.kept.append(name)
                continue
            if drop:
                with engine.begin() as connection:
                    connection.execute(text(f"DROP TABLE {quote(name)}"))
            sweep.dropped.append(name)
    finally:
        engine.dispose()
    return sweep
