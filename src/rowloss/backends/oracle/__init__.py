"""Oracle Database, through python-oracledb and the older cx_Oracle."""

from rowloss.backends.oracle.family import Oracle

__all__ = ["Oracle"]
