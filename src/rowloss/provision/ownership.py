"""Who owns what a run starts, so that nothing outlives it.

A run is identified by its host, its process id and that process's start time
(a process id alone is reused). Whatever the run starts carries that identity;
when the run is gone (SIGKILL, a crash) the next run sees that the owner is no
longer alive and removes what it left, and it never touches what a live run
owns, nor anything of another host, whose processes it cannot see.
"""

from __future__ import annotations

import hashlib
import os
import re
import socket
from dataclasses import dataclass
from pathlib import Path

OWNER_LABEL = "org.rowloss.owner"
"""The label on every container rowloss starts: ``host/pid/start``."""
FAMILY_LABEL = "org.rowloss.family"
OWNER_FILE = "rowloss-owner"
"""In every directory a run makes: the owner's token, then the process ids
(and start times) of the servers started in it, one per line."""
TABLE_NAME = re.compile(r"rowloss_(?P<owner>[0-9a-f]{4}_[0-9a-z]+_[0-9a-z]+)_(?P<n>\d+)")
"""A table rowloss made: ``rowloss_<host>_<pid>_<start>_<n>`` (base 36)."""


def _host_tag(host: str) -> str:
    return hashlib.sha1(host.encode()).hexdigest()[:4]


def _base36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    text = ""
    while True:
        number, digit = divmod(number, 36)
        text = digits[digit] + text
        if not number:
            return text


def _boot_id() -> str:
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip()[:8]
    except OSError:
        return ""


def process_start(pid: int) -> str | None:
    """When process ``pid`` started (boot id and clock ticks since boot), ``""``
    where the system does not say, ``None`` when there is no such process (or
    only its zombie)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return None if Path("/proc/self/stat").exists() else ""
    except OSError:
        return ""
    # The command name, in parentheses, may hold spaces; field 22 is the start.
    fields = stat.rpartition(")")[2].split()
    if fields and fields[0] in ("Z", "X"):
        return None  # a zombie has finished; only its parent has not reaped it yet
    return f"{_boot_id()}-{fields[19]}" if len(fields) > 19 else ""


def _pid_exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@dataclass(frozen=True)
class Owner:
    host: str
    pid: int
    started: str

    @classmethod
    def this_process(cls) -> Owner:
        return cls.of_process(os.getpid())

    @classmethod
    def of_process(cls, pid: int) -> Owner:
        """Process ``pid`` of this host as an owner (a keeper's: the tox it serves)."""
        return cls(socket.gethostname(), pid, process_start(pid) or "")

    @property
    def token(self) -> str:
        return f"{self.host}/{self.pid}/{self.started}"

    @classmethod
    def parse(cls, token: str) -> Owner | None:
        host, _, rest = token.partition("/")
        pid, _, started = rest.partition("/")
        return cls(host, int(pid), started) if host and pid.isdigit() else None

    @property
    def compact(self) -> str:
        """The owner in a database identifier: ``<host hash>_<pid>_<start ticks>``,
        base 36, short enough for a table name. The boot id is left out.

        Of one width whatever the process (a pid up to Linux's largest, a start
        within 252 days of boot): a table name's length shows in what a server
        says, such as the character position PostgreSQL gives with an error,
        and a cell's detail must not depend on which process measured it."""
        ticks = self.started.rpartition("-")[2]
        start = _base36(int(ticks)) if ticks.isdigit() else "0"
        return f"{_host_tag(self.host)}_{_base36(self.pid):0>5}_{start:0>6}"

    @classmethod
    def from_table(cls, name: str) -> Owner | None:
        """The owner a table name of :data:`TABLE_NAME` carries, else ``None``."""
        match = TABLE_NAME.fullmatch(name.lower())
        if match is None:
            return None
        tag, pid, start = match["owner"].split("_")
        return cls(f"#{tag}", int(pid, 36), f"-{int(start, 36)}")

    def _of_this_host(self) -> bool:
        here = socket.gethostname()
        return self.host in (here, f"#{_host_tag(here)}")

    def is_gone(self) -> bool:
        """True only when this owner is certainly no longer running: it ran on
        this host and its process is gone or is another process now."""
        if not self._of_this_host():
            return False
        started = process_start(self.pid)
        if started is None:
            return True
        if not started:  # no /proc: only whether the id is taken
            return not _pid_exists(self.pid)
        if not self.started:
            return False
        boot, _, ticks = self.started.rpartition("-")
        now_boot, _, now_ticks = started.rpartition("-")
        if boot and now_boot and boot != now_boot:
            return True
        return ticks != now_ticks

    def labels(self, family: str) -> dict[str, str]:
        return {OWNER_LABEL: self.token, FAMILY_LABEL: family}


def owned_directory(prefix: str, parent: str | Path | None = None) -> Path:
    """A new temporary directory that names this process as its owner, so that
    what a killed run leaves is told from what a live run uses."""
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
    (folder / OWNER_FILE).write_text(Owner.this_process().token + "\n")
    return folder


def note_process(folder: Path, pid: int) -> None:
    """Record in ``folder`` a server process started there, to be stopped if
    the run that started it dies without stopping it."""
    with (folder / OWNER_FILE).open("a") as out:
        out.write(f"{pid} {process_start(pid) or ''}\n")


def directory_owner(folder: Path) -> tuple[Owner | None, list[tuple[int, str]]]:
    """Who owns ``folder`` and which server processes it started there;
    ``(None, [])`` for a directory rowloss did not mark."""
    try:
        lines = (folder / OWNER_FILE).read_text().splitlines()
    except OSError:
        return None, []
    owner = Owner.parse(lines[0]) if lines else None
    processes = []
    for line in lines[1:]:
        pid, _, started = line.partition(" ")
        if pid.isdigit():
            processes.append((int(pid), started))
    return owner, processes
