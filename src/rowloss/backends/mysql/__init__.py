"""Oracle MySQL; :mod:`.protocol` holds what MariaDB shares with it."""

from rowloss.backends.mysql.family import MySQL

__all__ = ["MySQL"]
