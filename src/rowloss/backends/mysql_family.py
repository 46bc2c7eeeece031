"""What MariaDB and MySQL share: the wire protocol, its drivers, ``sql_mode``."""

from __future__ import annotations

from sqlalchemy.engine import Connection

from rowloss.backends.base import Backend, Capabilities, Driver, Mode, scalar
from rowloss.backends.recipe import ContainerRecipe, DebianImage

TEST_SETTINGS = (
    "--skip-name-resolve",
    "--default-time-zone=+00:00",
    "--innodb-flush-log-at-trx-commit=0",
    "--innodb-doublewrite=0",
    "--innodb-buffer-pool-size=128M",
    "--skip-log-bin",
    "--max-connections=200",
)
"""Server options for a throwaway server, wherever it runs (container or local)."""

ENTRYPOINT = r"""#!/bin/sh
# rowloss's image keeps the official mysql and mariadb images' contract:
# MYSQL_ROOT_PASSWORD, MYSQL_DATABASE, MYSQL_USER, MYSQL_PASSWORD, and
# "SERVER ARGS" or "ARGS".
set -eu
datadir=/var/lib/mysql
case "${1:-}" in
  mysqld|mariadbd) shift ;;
esac
sql() { printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e "s/'/''/g"; }
mkdir -p "$datadir" /run/mysqld /var/lib/mysql-files
chown mysql:mysql "$datadir" /run/mysqld /var/lib/mysql-files
if [ ! -d "$datadir/mysql" ]; then
  {initialise}
fi
init=/run/mysqld/init.sql
user=$(sql "${MYSQL_USER:?}")
cat > "$init" <<SQL
CREATE DATABASE IF NOT EXISTS \`${MYSQL_DATABASE:?}\`;
CREATE USER IF NOT EXISTS '$user'@'%' IDENTIFIED BY '$(sql "${MYSQL_PASSWORD:?}")';
GRANT ALL PRIVILEGES ON \`${MYSQL_DATABASE}\`.* TO '$user'@'%';
ALTER USER 'root'@'localhost' IDENTIFIED BY '$(sql "${MYSQL_ROOT_PASSWORD:?}")';
SQL
chown mysql "$init" && chmod 600 "$init"
exec {server} --no-defaults --user=mysql --datadir="$datadir" --init-file="$init" \
  --socket=/run/mysqld/mysqld.sock --bind-address=0.0.0.0 --port=3306 "$@"
"""

MYSQL_ACCOUNT = (
    "grep -q '^mysql:' /etc/group || echo 'mysql:x:999:' >> /etc/group",
    "grep -q '^mysql:' /etc/passwd || "
    "echo 'mysql:x:999:999::/var/lib/mysql:/usr/sbin/nologin' >> /etc/passwd",
)
"""Debian's server-core packages make no ``mysql`` account; the server runs as it."""


def container_recipe(
    family: str,
    line: str,
    release: str,
    packages: tuple[str, ...],
    initialise: str,
    server: str,
    settings: tuple[str, ...],
) -> ContainerRecipe:
    """The recipe both MySQL-protocol families share, apart from their names."""
    return ContainerRecipe(
        family=family,
        line=line,
        official_image=f"{family}:{line}",
        port=3306,
        environment={
            "MYSQL_ROOT_PASSWORD": "{password}",
            "MYSQL_DATABASE": "{database}",
            "MYSQL_USER": "{user}",
            "MYSQL_PASSWORD": "{password}",
        },
        user="rowloss",
        database="rowloss",
        command=settings,
        debian=DebianImage(
            release=release,
            packages=packages,
            after_install=MYSQL_ACCOUNT,
            entrypoint=ENTRYPOINT.replace("{initialise}", initialise).replace("{server}", server),
            version_command=(server, "--version"),
        ),
    )


UTF8MB4 = (("charset", "utf8mb4"),)

SHARED_DRIVERS = (
    Driver(
        "pymysql",
        packages=("pymysql",),
        module="pymysql",
        url_query=UTF8MB4,
        statement_limit="pymysql.cursors:Cursor.max_stmt_length",
    ),
    Driver(
        "mysqldb",
        packages=("mysqlclient",),
        module="MySQLdb",
        aliases=("mysqlclient",),
        url_query=UTF8MB4,
        statement_limit="MySQLdb.cursors:BaseCursor.max_stmt_length",
    ),
    Driver(
        "mysqlconnector",
        packages=("mysql-connector-python",),
        module="mysql.connector",
        aliases=("mysql-connector-python", "mysql-connector"),
        url_query=UTF8MB4,
    ),
    Driver(
        "aiomysql",
        packages=("aiomysql",),
        module="aiomysql",
        is_async=True,
        url_query=UTF8MB4,
        statement_limit="aiomysql.cursors:Cursor.max_stmt_length",
    ),
    Driver("asyncmy", packages=("asyncmy",), module="asyncmy", is_async=True, url_query=UTF8MB4),
)

PERMISSIVE = Mode(
    "permissive",
    "sql_mode='' on every connection: bad values are adjusted with a warning",
    ("SET SESSION sql_mode = ''",),
)


def strict_mode(vendor_default: str) -> Mode:
    """The vendor's shipped default ``sql_mode``, set explicitly on every connection
    so that a server's own configuration cannot change what "strict" means."""
    return Mode(
        "strict",
        f"the vendor default sql_mode='{vendor_default}' on every connection",
        (f"SET SESSION sql_mode = '{vendor_default}'",),
    )


class MySQLFamily(Backend):
    """Shared probes; :mod:`mariadb` and :mod:`mysql` declare the differences."""

    capabilities = Capabilities(
        insert_ignore=True,
        on_duplicate_key_update=True,
        non_transactional_tables=True,
        sql_modes=True,
        enum_type=True,
        fractional_second_digits=6,
    )
    session_sql = ("SET SESSION time_zone = '+00:00'",)

    def time_zone_sql(self, offset: str) -> tuple[str, ...]:
        return (f"SET SESSION time_zone = '{offset}'",)

    def server_version(self, connection: Connection) -> str:
        return scalar(connection, "SELECT VERSION()")

    def server_settings(self, connection: Connection) -> dict[str, str]:
        return {
            "sql_mode": scalar(connection, "SELECT @@SESSION.sql_mode"),
            "time_zone": scalar(connection, "SELECT @@SESSION.time_zone"),
            "default_storage_engine": scalar(connection, "SELECT @@SESSION.default_storage_engine"),
            "character_set_connection": scalar(
                connection, "SELECT @@SESSION.character_set_connection"
            ),
        }

    def server_warnings(self, connection: Connection) -> tuple[str, ...]:
        rows = connection.exec_driver_sql("SHOW WARNINGS").all()
        return tuple(f"{level} {code}: {message}" for level, code, message in rows)


def is_mariadb(server_version: str) -> bool:
    return "mariadb" in server_version.lower()
