"""Who owns what a run starts, so that nothing outlives it.

A run is identified by its host, its process id and that process's start time
(a process id alone is reused). Whatever the run starts carries that identity;
when the run is gone (SIGKILL, a crash) the next run sees that the owner is no
longer alive and removes what it left, and it never touches what a live run
owns, nor anything of another host, whose processes it cannot see.
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass
from pathlib import Path

OWNER_LABEL = "org.rowloss.owner"
"""The label on every container rowloss starts: ``host/pid/start``."""
FAMILY_LABEL = "org.rowloss.family"


def _boot_id() -> str:
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip()[:8]
    except OSError:
        return ""


def process_start(pid: int) -> str | None:
    """When process ``pid`` started (boot id and clock ticks since boot), ``""``
    where the system does not say, ``None`` when there is no such process."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return None
    except OSError:
        return ""
    # The command name, in parentheses, may hold spaces; field 22 is the start.
    fields = stat.rpartition(")")[2].split()
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
        pid = os.getpid()
        return cls(socket.gethostname(), pid, process_start(pid) or "")

    @property
    def token(self) -> str:
        return f"{self.host}/{self.pid}/{self.started}"

    @classmethod
    def parse(cls, token: str) -> Owner | None:
        host, _, rest = token.partition("/")
        pid, _, started = rest.partition("/")
        return cls(host, int(pid), started) if host and pid.isdigit() else None

    def is_gone(self) -> bool:
        """True only when this owner is certainly no longer running: it ran on
        this host and its process is gone or is another process now."""
        if self.host != socket.gethostname():
            return False
        started = process_start(self.pid)
        if started is None:
            return not _pid_exists(self.pid)
        return bool(self.started and started and started != self.started)

    def labels(self, family: str) -> dict[str, str]:
        return {OWNER_LABEL: self.token, FAMILY_LABEL: family}
