"""PostgreSQL, through every DBAPI driver SQLAlchemy has a dialect for."""

from rowloss.backends.postgresql.family import PostgreSQL

__all__ = ["PostgreSQL"]
