"""PostgreSQL, through every DBAPI driver SQLAlchemy has a dialect for."""

from __future__ import annotations

from sqlalchemy.engine import Connection

from rowloss.backends.base import Backend, Capabilities, Driver, scalar
from rowloss.backends.recipe import (
    POSTGRESQL_SSL_REQUEST,
    ContainerRecipe,
    DebianImage,
    Readiness,
)

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
    readiness=Readiness(greeting=POSTGRESQL_SSL_REQUEST),
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


class PostgreSQL(Backend):
    name = "postgresql"
    dialect = "postgresql"
    drivers = (
        Driver("psycopg2", packages=("psycopg2-binary", "psycopg2"), module="psycopg2"),
        Driver("psycopg", packages=("psycopg",), module="psycopg", aliases=("psycopg3",)),
        Driver("pg8000", packages=("pg8000",), module="pg8000"),
        Driver("asyncpg", packages=("asyncpg",), module="asyncpg", is_async=True),
        Driver(
            "psycopg_async",
            packages=("psycopg",),
            module="psycopg",
            is_async=True,
            aliases=("psycopg-async",),
        ),
    )
    capabilities = Capabilities(
        returning=True,
        on_conflict_do_nothing=True,
        on_conflict_do_update=True,
        fractional_second_digits=6,
        timezone_aware_timestamps=True,
    )
    url_example = "postgresql://user:password@127.0.0.1:5432/dbname"
    extra = "postgresql"
    session_sql = ("SET TIME ZONE 'UTC'",)
    container = CONTAINER

    def time_zone_sql(self, offset: str) -> tuple[str, ...]:
        # A bare '+05:30' would be read POSIX-style, west-positive: say INTERVAL.
        return (f"SET TIME ZONE INTERVAL '{offset}' HOUR TO MINUTE",)

    def server_version(self, connection: Connection) -> str:
        return scalar(connection, "SHOW server_version")

    def server_settings(self, connection: Connection) -> dict[str, str]:
        return {
            "time_zone": scalar(connection, "SHOW TimeZone"),
            "server_encoding": scalar(connection, "SHOW server_encoding"),
            "standard_conforming_strings": scalar(connection, "SHOW standard_conforming_strings"),
        }
