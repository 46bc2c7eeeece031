"""``rowloss bisect``: the first release of a package that changed a cell.

The releases of the range come from the package index pip reaches. Each one
tried gets its own throwaway virtualenv: rowloss from this checkout with the
extras the cell needs, every package at the version the constraints file of
its SQLAlchemy line pins, and the bisected package at the release. There the
cell is measured alone (``--rowloss-cell``, one process) against a server
started once for the whole bisection (:mod:`rowloss.run.keeper`), so
each step costs an install and one cell. A binary search finds the first
release whose outcome differs from the first release's; like ``git bisect``
it assumes the outcome changed once in the range, and says which releases it
tried so that a reader can check.

Everything it makes is its own: one temporary directory (owned, so a killed
bisection's is removed by the next run or ``rowloss clean``), the servers it
keeps, and the tables its runs make.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from packaging.utils import canonicalize_name
from packaging.version import InvalidVersion, Version

from rowloss.backends import get_backend
from rowloss.cells import CellKey
from rowloss.publish.published import key_of_label


class BisectError(Exception):
    """A bisection that cannot be done as asked; one line with the fix."""


@dataclass(frozen=True)
class Probe:
    """One release measured: the cell's outcome and detail there, or why it
    could not be measured (``outcome`` is then ``""``)."""

    release: Version
    outcome: str
    detail: str
    seconds: float

    def line(self) -> str:
        what = f"{self.outcome}: {self.detail}" if self.outcome else f"not measured: {self.detail}"
        return f"{self.release}: {what} ({self.seconds:.0f} s)"


@dataclass
class Bisection:
    package: str
    releases: list[Version]
    probes: dict[Version, Probe] = field(default_factory=dict)
    first_changed: Version | None = None
    last_unchanged: Version | None = None

    def tried(self) -> list[Probe]:
        return [self.probes[release] for release in sorted(self.probes)]


def parse_range(text: str) -> tuple[Version, Version]:
    low, separator, high = text.partition("..")
    try:
        bounds = (Version(low), Version(high)) if separator else None
    except InvalidVersion:
        bounds = None
    if bounds is None or bounds[0] >= bounds[1]:
        raise BisectError(f"--range {text!r}: write OLDEST..NEWEST, e.g. 2.0.0..2.0.58")
    return bounds


def index_releases(python: Path, package: str) -> list[Version]:
    """Every release of ``package`` the package index offers, oldest first."""
    finished = subprocess.run(
        [str(python), "-m", "pip", "index", "versions", package],
        capture_output=True,
        text=True,
        check=False,
    )
    for line in finished.stdout.splitlines():
        if line.startswith("Available versions:"):
            words = line.partition(":")[2].split(",")
            return sorted(Version(word.strip()) for word in words if word.strip())
    why = (finished.stderr.strip().splitlines() or ["no answer"])[-1]
    raise BisectError(f"the package index lists no release of {package}: {why}")


def in_range(releases: Sequence[Version], low: Version, high: Version) -> list[Version]:
    """The final releases from ``low`` to ``high``, both included."""
    return [r for r in releases if low <= r <= high and not r.is_prerelease and not r.is_devrelease]


def search(releases: Sequence[Version], measure: Callable[[Version], Probe]) -> Bisection:
    """Binary search for the first release whose outcome differs from the
    first release's; ``measure`` is asked for as few releases as that takes."""
    bisection = Bisection("", list(releases))

    def outcome(index: int) -> str:
        release = releases[index]
        if release not in bisection.probes:
            bisection.probes[release] = measure(release)
        probe = bisection.probes[release]
        if not probe.outcome:
            raise BisectError(
                f"{release} could not be measured ({probe.detail}); narrow --range past it"
            )
        return probe.outcome

    before, after = 0, len(releases) - 1
    if outcome(before) == outcome(after):
        return bisection
    while after - before > 1:
        middle = (before + after) // 2
        if outcome(middle) == outcome(0):
            before = middle
        else:
            after = middle
    bisection.last_unchanged, bisection.first_changed = releases[before], releases[after]
    return bisection


# -- one release in its own virtualenv ----------------------------------------


def sqlalchemy_line_of(release: Version) -> str:
    return f"{release.major}.{release.minor}"


def probe_constraints(checkout: Path, line: str, package: str, folder: Path) -> Path:
    """The line's constraints without the bisected package's pin."""
    source = checkout / "constraints" / f"sqlalchemy-{line}.txt"
    if not source.is_file():
        raise BisectError(f"no constraints file {source} for SQLAlchemy {line}")
    wanted = canonicalize_name(package)
    kept = []
    for line_text in source.read_text(encoding="utf-8").splitlines():
        name = line_text.split("==")[0].split(";")[0].strip()
        if name and not name.startswith("#") and canonicalize_name(name) == wanted:
            continue
        kept.append(line_text)
    path = folder / f"constraints-{line}.txt"
    path.write_text("\n".join(kept) + "\n", encoding="utf-8")
    return path


@dataclass(frozen=True)
class Prober:
    """Measures the cell in a new virtualenv per release."""

    checkout: Path
    key: CellKey
    label: str
    package: str
    folder: Path
    line: str
    """The SQLAlchemy line whose constraints pin the other packages."""
    run_args: tuple[str, ...]
    """What each run needs to reach the cell's server (``--rowloss-servers``...)."""

    def extras(self) -> str:
        from rowloss.measure.apis import APIS

        extras = {get_backend(self.key.database).extra}
        api = APIS.get(self.key.api)
        if api is not None and api.extra:
            extras.add(api.extra)
        return ",".join(sorted(extras))

    def __call__(self, release: Version) -> Probe:
        started = time.monotonic()
        line = sqlalchemy_line_of(release) if self.is_sqlalchemy else self.line
        place = self.folder / f"{canonicalize_name(self.package)}-{release}"
        log = place.with_suffix(".log")
        problem = self._install(release, line, place, log)
        if problem:
            return Probe(release, "", problem, time.monotonic() - started)
        run_dir = place / "run"
        command = [
            str(place / "bin" / "python"),
            "-m",
            "rowloss.cli",
            "run",
            "-p",
            "no:xdist",
            "-p",
            "no:cacheprovider",
            "-q",
            "--rowloss-cell",
            self.label,
            "--rowloss-matrix",
            "none",
            "--rowloss-run-dir",
            str(run_dir),
            "--rowloss-backends",
            self.key.database,
            "--rowloss-drivers",
            self.key.driver,
            *self.run_args,
        ]
        with log.open("a", encoding="utf-8") as out:
            subprocess.run(
                command, cwd=self.checkout, stdout=out, stderr=subprocess.STDOUT, check=False
            )
        probe = self._read(release, run_dir, log, time.monotonic() - started)
        shutil.rmtree(place, ignore_errors=True)  # a virtualenv is some 300 MB
        return probe

    @property
    def is_sqlalchemy(self) -> bool:
        return canonicalize_name(self.package) == "sqlalchemy"

    def _install(self, release: Version, line: str, place: Path, log: Path) -> str:
        constraints = probe_constraints(self.checkout, line, self.package, self.folder)
        build = self.checkout / "build-constraints.txt"
        environ = {
            **os.environ,
            "PIP_CONSTRAINT": f"{constraints} {build}",
            "PIP_BUILD_CONSTRAINT": str(build),
            "PIP_DISABLE_PIP_VERSION_CHECK": "1",
        }
        environ.pop("VIRTUAL_ENV", None)
        steps = [
            [sys.executable, "-m", "venv", str(place)],
            [
                str(place / "bin" / "python"),
                "-m",
                "pip",
                "install",
                "--quiet",
                "--editable",
                f"{self.checkout}[{self.extras()}]",
                f"{self.package}=={release}",
            ],
        ]
        with log.open("w", encoding="utf-8") as out:
            for step in steps:
                finished = subprocess.run(
                    step, stdout=out, stderr=subprocess.STDOUT, env=environ, check=False
                )
                if finished.returncode != 0:
                    out.flush()
                    return f"install failed: {_last_line(log)}"
        return ""

    def _read(self, release: Version, run_dir: Path, log: Path, seconds: float) -> Probe:
        try:
            document = json.loads((run_dir / "cells.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return Probe(release, "", f"the run wrote no cells: {_last_line(log)}", seconds)
        wanted = self.label.rpartition("/")[0]
        for cell in document.get("cells", []):
            if CellKey(**cell["key"]).label().rpartition("/")[0] == wanted:
                return Probe(release, cell["outcome"], cell.get("detail", ""), seconds)
        return Probe(release, "", f"the run measured no such cell: {_last_line(log)}", seconds)


def _last_line(log: Path) -> str:
    try:
        lines = [line for line in log.read_text(errors="replace").splitlines() if line.strip()]
    except OSError:
        return "no log"
    return lines[-1].strip()[:300] if lines else "no output"


def cell_key(label: str) -> CellKey:
    try:
        return key_of_label(label)
    except ValueError:
        raise BisectError(
            f"{label!r} is not a cell label; write root_cause/scenario/database/mode/driver/"
            "api/transaction/line as MATRIX.md and rowloss diff name them"
        ) from None
