"""MariaDB, in its shipped strict mode and in permissive mode."""

from rowloss.backends.mariadb.family import MariaDB

__all__ = ["MariaDB"]
