"""DuckDB: embedded like SQLite, through duckdb_engine."""

from rowloss.backends.duckdb.family import DuckDB

__all__ = ["DuckDB"]
