"""Where a PostgreSQL server comes from: its container recipe and image, and
the server binaries of this machine. Imported on first use
(:meth:`~rowloss.backends.base.family.Backend.provisioning`)."""

from __future__ import annotations

import shutil
import struct
import subprocess
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.engine import URL

from rowloss.provision.base import Unavailable
from rowloss.provision.local import LocalServer, find_binaries, path_folders
from rowloss.provision.recipe import ContainerRecipe, DebianImage, Readiness

SSL_REQUEST = struct.pack("!ii", 8, 80877103)
"""PostgreSQL answers this 8-byte request with one byte (``S`` or ``N``)."""

TEST_SETTINGS = {
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "TimeZone": "UTC",
    "max_connections": "200",
}
"""Server settings for a throwaway server, wherever it runs (container or local)."""

INITDB_ARGS = ("--encoding=UTF8", "--locale=C", "--no-sync")
"""How a throwaway data directory is made, wherever it runs."""

ENTRYPOINT = r"""#!/bin/sh
# rowloss's image keeps the official postgres image's contract: POSTGRES_USER,
# POSTGRES_PASSWORD, POSTGRES_DB, POSTGRES_INITDB_ARGS, and "postgres ARGS".
set -eu
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
PGDATA=${PGDATA:-/var/lib/postgresql/data}
user=${POSTGRES_USER:-postgres}
database=${POSTGRES_DB:-$user}
if [ "${1:-}" = postgres ]; then shift; fi
as_postgres="setpriv --reuid=postgres --regid=postgres --init-groups"
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  mkdir -p "$PGDATA" && chown postgres:postgres "$PGDATA" && chmod 700 "$PGDATA"
  pwfile=$(mktemp) && printf '%s\n' "${POSTGRES_PASSWORD:?}" > "$pwfile" && chown postgres "$pwfile"
  # shellcheck disable=SC2086
  $as_postgres "$bin/initdb" -D "$PGDATA" -U "$user" --pwfile="$pwfile" \
    --auth-local=trust --auth-host=scram-sha-256 ${POSTGRES_INITDB_ARGS:-} >/dev/null
  rm -f "$pwfile"
  echo "host all all all scram-sha-256" >> "$PGDATA/pg_hba.conf"
  if [ "$database" != postgres ]; then
    echo "CREATE DATABASE \"$database\"" |
      $as_postgres "$bin/postgres" --single -D "$PGDATA" postgres >/dev/null
  fi
fi
exec $as_postgres "$bin/postgres" -D "$PGDATA" -c listen_addresses='*' "$@"
"""

CONTAINER = ContainerRecipe(
    family="postgresql",
    line="15",
    official_image="postgres:15",
    port=5432,
    environment={
        "POSTGRES_USER": "{user}",
        "POSTGRES_PASSWORD": "{password}",
        "POSTGRES_DB": "{database}",
        "POSTGRES_INITDB_ARGS": " ".join(INITDB_ARGS),
    },
    user="rowloss",
    database="rowloss",
    command=(
        "postgres",
        *(part for name, value in TEST_SETTINGS.items() for part in ("-c", f"{name}={value}")),
    ),
    readiness=Readiness(greeting=SSL_REQUEST),
    debian=DebianImage(
        release="bookworm",
        packages=("postgresql-15",),
        # Debian's package would otherwise make a cluster of its own at install.
        before_install=(
            "mkdir -p /etc/postgresql-common",
            "echo 'create_main_cluster = false' > /etc/postgresql-common/createcluster.conf",
        ),
        entrypoint=ENTRYPOINT,
        version_command=("sh", "-c", "/usr/lib/postgresql/*/bin/postgres --version"),
    ),
)


# -- binaries on this machine -------------------------------------------------


def postgresql_bin_folders() -> list[Path]:
    """Where PostgreSQL's server binaries live: pg_config's bindir, Debian's
    versioned folders (newest first, off PATH), then PATH."""
    folders: list[Path] = []
    pg_config = shutil.which("pg_config")
    if pg_config:
        finished = subprocess.run(
            [pg_config, "--bindir"], capture_output=True, text=True, check=False
        )
        if finished.returncode == 0 and finished.stdout.strip():
            folders.append(Path(finished.stdout.strip()))
    versioned = Path("/usr/lib/postgresql").glob("*/bin")
    folders.extend(sorted(versioned, key=lambda p: _numeric(p.parent.name), reverse=True))
    return [*folders, *path_folders()]


def _numeric(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(".") if part.isdigit())


class LocalPostgreSQL(LocalServer):
    database = "postgresql"
    accounts = ("postgres",)
    user = "rowloss"

    @property
    def url(self) -> URL:
        return URL.create(
            "postgresql", username=self.user, host="127.0.0.1", port=self.port, database="postgres"
        )

    def initialise(self, workdir: Path) -> None:
        self.run(
            [
                str(self.binaries["initdb"]),
                "--pgdata",
                str(workdir / "data"),
                "--username",
                self.user,
                "--auth",
                "trust",
                *INITDB_ARGS,
            ],
            workdir,
        )

    def server_command(self, workdir: Path) -> list[str]:
        settings = {
            "listen_addresses": "127.0.0.1",
            "port": str(self.port),
            "unix_socket_directories": str(workdir),
            **TEST_SETTINGS,
        }
        command = [str(self.binaries["postgres"]), "-D", str(workdir / "data")]
        for name, value in settings.items():
            command += ["-c", f"{name}={value}"]
        return command


def local_server(search_dirs: Sequence[Path] | None) -> LocalServer:
    folders = postgresql_bin_folders() if search_dirs is None else list(search_dirs)
    found = find_binaries(["initdb", "postgres"], folders, same_folder=True)
    if found is None:
        raise Unavailable(
            "no PostgreSQL server binaries (initdb, postgres) in pg_config --bindir, "
            "/usr/lib/postgresql/*/bin or PATH; install them (Debian: apt-get install "
            "postgresql) or give --rowloss-url postgresql=URL"
        )
    return LocalPostgreSQL(found, origin=f"local {found['postgres'].parent}")
