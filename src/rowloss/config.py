"""Every rowloss setting, declared once and resolved once into typed values.

Each setting is a command-line flag, an ini key and an environment variable
(the pytest-postgresql scheme). The flag wins over the environment, the
environment over the ini file, the ini file over the default.
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from rowloss.backends import BACKENDS, TargetSpec, UnknownName, get_backend, target_specs
from rowloss.measure.budget import PROFILES
from rowloss.provision import SOURCES
from rowloss.redact import remember_secret, safe_url


class SettingError(ValueError):
    """Bad input from the user; the message is one line naming the fix."""


NAMES = "names"
"""A list of names: commas or spaces separate them."""
VALUES = "values"
"""Repeatable whole values (a URL, NAME=IMAGE): never split within a flag's
value; in the environment or the ini file, one per line."""
WORD = "word"
PATH = "path"
"""A path, taken whole: it may hold spaces and commas."""
SWITCH = "switch"
"""Yes or no: a bare flag, or 1/true/yes and 0/false/no elsewhere."""


@dataclass(frozen=True)
class Option:
    name: str
    flag: str
    ini: str
    env: str
    help: str
    kind: str = NAMES

    @property
    def repeatable(self) -> bool:
        return self.kind == VALUES

    @property
    def switch(self) -> bool:
        return self.kind == SWITCH

    def raw(self, cli_value: Any, ini_value: Any, environ: Mapping[str, str]) -> list[str]:
        """The setting's values, parsed by its kind, from the first place that
        gives it."""
        if cli_value is True:
            return ["yes"]
        if cli_value:
            values = cli_value if isinstance(cli_value, list) else [cli_value]
        elif environ.get(self.env):
            values = [environ[self.env]]
        elif ini_value:
            values = ini_value if isinstance(ini_value, list) else [ini_value]
        else:
            return []
        return self.split([str(value) for value in values], from_flag=bool(cli_value))

    def split(self, values: Sequence[str], from_flag: bool) -> list[str]:
        if self.kind == NAMES:
            return [word for value in values for word in re.split(r"[\s,]+", value) if word]
        if self.kind == VALUES and not from_flag:
            return [line.strip() for value in values for line in value.splitlines() if line.strip()]
        return [value.strip() for value in values if value.strip()]


OPTIONS = (
    Option(
        "urls",
        "--rowloss-url",
        "rowloss_urls",
        "ROWLOSS_URLS",
        "a server to measure, as NAME=URL or a URL (repeatable), e.g. "
        "postgresql=postgresql://user:password@127.0.0.1:5432/db; a driver in the scheme "
        "(postgresql+psycopg://) measures that driver alone",
        kind=VALUES,
    ),
    Option(
        "backends",
        "--rowloss-backends",
        "rowloss_backends",
        "ROWLOSS_BACKENDS",
        f"measure only these databases, comma-separated ({', '.join(BACKENDS)})",
    ),
    Option(
        "drivers",
        "--rowloss-drivers",
        "rowloss_drivers",
        "ROWLOSS_DRIVERS",
        "measure only these drivers, comma-separated (e.g. psycopg2,pymysql)",
    ),
    Option(
        "cells",
        "--rowloss-cell",
        "rowloss_cells",
        "ROWLOSS_CELLS",
        "measure only these cells, by label (root_cause/scenario/database/mode/driver/api/"
        "transaction/line, as MATRIX.md and rowloss diff name them), on the installed "
        "SQLAlchemy line whatever the label's",
    ),
    Option(
        "require",
        "--rowloss-require",
        "rowloss_require",
        "ROWLOSS_REQUIRE",
        "fail the run when any of these databases would be not-run, comma-separated",
    ),
    Option(
        "sources",
        "--rowloss-sources",
        "rowloss_sources",
        "ROWLOSS_SOURCES",
        f"where servers may come from, in order (default {','.join(SOURCES)})",
    ),
    Option(
        "images",
        "--rowloss-image",
        "rowloss_images",
        "ROWLOSS_IMAGES",
        "run this image instead of the official one, as NAME=IMAGE (repeatable), "
        "e.g. mysql=mysql:8.4",
        kind=VALUES,
    ),
    Option(
        "profile",
        "--rowloss-profile",
        "rowloss_profile",
        "ROWLOSS_PROFILE",
        "how hard each cell is searched: default (derandomized, a few shapes) or thorough",
        kind=WORD,
    ),
    Option(
        "servers",
        "--rowloss-servers",
        "rowloss_servers",
        "ROWLOSS_SERVERS",
        "measure the servers that 'rowloss servers up' keeps in this file instead of "
        "starting them (tox's environments of the SQLAlchemy lines share them so)",
        kind=PATH,
    ),
    Option(
        "run_dir",
        "--rowloss-run-dir",
        "rowloss_run_dir",
        "ROWLOSS_RUN_DIR",
        "where this run writes its cells (default .rowloss/runs/<UTC time>)",
        kind=PATH,
    ),
    Option(
        "matrix",
        "--rowloss-matrix",
        "rowloss_matrix",
        "ROWLOSS_MATRIX",
        "the published matrix this run is checked against (default reports/matrix.json "
        "under the rootdir; none: check nothing)",
        kind=PATH,
    ),
    Option(
        "update_matrix",
        "--rowloss-update-matrix",
        "rowloss_update_matrix",
        "ROWLOSS_UPDATE_MATRIX",
        "accept this run's outcomes: write them into the published matrix and its pages",
        kind=SWITCH,
    ),
)

YES = {"1", "true", "yes", "on"}
NO = {"0", "false", "no", "off"}


@dataclass(frozen=True)
class Settings:
    urls: Mapping[str, URL]
    """Database name -> the server's URL without a driver."""
    backends: tuple[str, ...]
    drivers: tuple[str, ...]
    require: frozenset[str]
    sources: tuple[str, ...]
    run_dir: Path | None
    profile: str = "default"
    images: Mapping[str, str] = dataclasses.field(default_factory=dict)
    """Database name -> the image its container runs instead of the official one."""
    url_drivers: Mapping[str, str] = dataclasses.field(default_factory=dict)
    """Database name -> the one driver its URL's scheme names."""
    matrix: Path | None = None
    """The published matrix; ``None``: the rootdir's ``reports/matrix.json``."""
    check_matrix: bool = True
    update_matrix: bool = False
    cells: tuple[str, ...] = ()
    """Labels of the only cells to measure (``--rowloss-cell``), line part ignored."""
    servers: Path | None = None
    """The file of the servers ``rowloss servers up`` keeps (:mod:`rowloss.run.keeper`)."""

    def selected_databases(self) -> tuple[str, ...]:
        return self.backends or tuple(BACKENDS)

    def target_specs(self) -> list[TargetSpec]:
        """The targets this run measures: the selected databases and drivers,
        each database narrowed to the driver its URL names."""
        specs = target_specs(self.backends or None, self.drivers or None)
        return [
            spec
            for spec in specs
            if spec.database not in self.url_drivers
            or spec.driver.name == self.url_drivers[spec.database]
        ]


URL_EXAMPLE = "e.g. postgresql=postgresql://user:password@127.0.0.1:5432/db"
ENCODE_HINT = (
    "characters such as @ : / # ? in a user or password are written percent-encoded (@ as %40)"
)


@dataclass(frozen=True)
class NamedUrl:
    """One ``--rowloss-url``: the database it is for, its URL without a driver,
    and the driver its scheme names, if any."""

    database: str
    url: URL
    driver: str | None = None


def unreadable_url(text: str) -> str:
    """A URL that could not be read, as it may be shown: from its scheme to
    its last ``@`` is hidden (a password may hold any character)."""
    scheme, separator, rest = text.partition("://")
    if not separator:
        return text
    _, at, place = rest.rpartition("@")
    return f"{scheme}://***@{place}" if at else f"{scheme}://***"


def parse_url(text: str) -> NamedUrl:
    """``NAME=URL`` or a bare URL, read whole; raises :class:`SettingError`
    in one line that never shows the password."""
    name, _, rest = text.partition("=")
    named = name in BACKENDS and "://" in rest
    url_text = rest if named else text
    shown = unreadable_url(url_text)
    try:
        url = make_url(url_text)
    except ArgumentError:
        raise SettingError(
            f"--rowloss-url {shown!r} is not a database URL; write NAME=URL, {URL_EXAMPLE}"
        ) from None
    except ValueError:  # its text may hold the password: never shown
        raise SettingError(
            f"--rowloss-url {shown!r} cannot be read: is its port a number? {ENCODE_HINT}"
        ) from None
    if url.password is not None:
        remember_secret(url.password)
    if "@" in (url.host or "") or " " in (url.host or ""):
        raise SettingError(f"--rowloss-url {safe_url(url)!r} has no readable host; {ENCODE_HINT}")
    database = name if named else url.get_backend_name()
    if database not in BACKENDS:
        raise SettingError(
            f"--rowloss-url {safe_url(url)!r}: cannot tell which database it is for; "
            f"write NAME=URL with NAME one of {', '.join(BACKENDS)}"
        )
    backend = get_backend(database)
    driver = url.drivername.partition("+")[2] or None
    if driver is not None:
        known = [name for d in backend.drivers for name in d.names]
        if driver not in known:
            raise SettingError(
                f"--rowloss-url {safe_url(url)!r} names driver {driver!r}, which rowloss "
                f"does not measure for {database}; choose from {', '.join(known)}, or write "
                f"no driver to measure them all"
            )
        driver = next(d.name for d in backend.drivers if driver in d.names)
    return NamedUrl(database, url.set(drivername=backend.dialect), driver)


def _names(words: list[str], check: Callable[[str], object]) -> tuple[str, ...]:
    for word in words:
        check(word)
    return tuple(dict.fromkeys(words))


def resolve(
    cli: Mapping[str, Any],
    ini: Mapping[str, Any],
    environ: Mapping[str, str] | None = None,
) -> Settings:
    """Typed settings from the flag, ini and environment values of each option.

    Raises :class:`SettingError` with a one-line message for bad input.
    """
    environ = os.environ if environ is None else environ
    raw = {o.name: o.raw(cli.get(o.name), ini.get(o.name), environ) for o in OPTIONS}
    try:
        backends = _names(raw["backends"], get_backend)
        require = frozenset(_names(raw["require"], get_backend))
        drivers = tuple(dict.fromkeys(raw["drivers"]))
        target_specs(backends or None, drivers or None)  # checks the driver names
    except UnknownName as error:
        raise SettingError(str(error)) from None
    sources = tuple(raw["sources"]) or SOURCES
    for source in sources:
        if source not in SOURCES:
            raise SettingError(
                f"unknown source {source!r} in --rowloss-sources; choose from {', '.join(SOURCES)}"
            )
    urls: dict[str, URL] = {}
    url_drivers: dict[str, str] = {}
    for text in raw["urls"]:
        named = parse_url(text)
        urls[named.database] = named.url
        if named.driver:
            url_drivers[named.database] = named.driver
    images: dict[str, str] = {}
    for text in raw["images"]:
        name, _, image = text.partition("=")
        if name not in BACKENDS or not image:
            raise SettingError(
                f"--rowloss-image {text!r}: write NAME=IMAGE with NAME one of "
                f"{', '.join(BACKENDS)}, e.g. mysql=mysql:8.4"
            )
        images[name] = image
    run_dir = Path(raw["run_dir"][0]) if raw["run_dir"] else None
    profile = raw["profile"][0] if raw["profile"] else "default"
    if profile not in PROFILES:
        raise SettingError(
            f"unknown profile {profile!r} in --rowloss-profile; choose from {', '.join(PROFILES)}"
        )
    matrix_word = raw["matrix"][0] if raw["matrix"] else ""
    return Settings(
        urls,
        backends,
        drivers,
        require,
        sources,
        run_dir,
        profile,
        images=images,
        url_drivers=url_drivers,
        matrix=Path(matrix_word) if matrix_word and matrix_word != "none" else None,
        check_matrix=matrix_word != "none",
        update_matrix=_switch("--rowloss-update-matrix", raw["update_matrix"]),
        servers=Path(raw["servers"][0]) if raw["servers"] else None,
        cells=_cell_labels(raw["cells"]),
    )


CELL_LABEL_PARTS = 8


def _cell_labels(words: list[str]) -> tuple[str, ...]:
    for word in words:
        if len(word.split("/")) != CELL_LABEL_PARTS:
            raise SettingError(
                f"--rowloss-cell {word!r} is not a cell label; write root_cause/scenario/"
                "database/mode/driver/api/transaction/line, e.g. "
                "duplicates/in_batch/sqlite/default/pysqlite/core_executemany/transaction/2.0"
            )
    return tuple(dict.fromkeys(words))


def _switch(flag: str, words: list[str]) -> bool:
    if not words:
        return False
    word = words[0].lower()
    if word in YES | NO:
        return word in YES
    raise SettingError(f"{flag} takes yes or no, not {words[0]!r}")
