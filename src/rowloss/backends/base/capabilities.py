"""Every capability a scenario variant or an insert API can ask for, declared
once with its default; a family overrides only what differs, and facts that
depend on the server in front of us are probed from the live connection
(:meth:`~rowloss.backends.base.family.Backend.probe_capabilities`).

A variant says ``requires=("enum_type",)`` and an API ``needs=(...)``: they name
capabilities, never databases. A flag no variant or API reads is a defect
(``tests/test_registry.py`` checks both directions).
"""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Capabilities:
    """What a database can do that scenarios ask for; each flag says what it gates."""

    # -- insert statements ------------------------------------------------------
    returning: bool = False
    """``INSERT ... RETURNING`` is accepted."""
    on_conflict_do_nothing: bool = False
    """``INSERT ... ON CONFLICT DO NOTHING`` is accepted."""
    on_conflict_do_update: bool = False
    """``INSERT ... ON CONFLICT DO UPDATE`` is accepted."""
    insert_ignore: bool = False
    """``INSERT IGNORE`` is accepted."""
    insert_or_ignore: bool = False
    """``INSERT OR IGNORE`` is accepted."""
    on_duplicate_key_update: bool = False
    """``INSERT ... ON DUPLICATE KEY UPDATE`` is accepted."""
    executemany_split_by_size: bool = False
    """The family's drivers may rewrite an executemany INSERT into multi-row
    statements of at most so many bytes, so a batch reaches the server in pieces."""

    # -- tables and column types ------------------------------------------------
    autoincrement_keys: bool = False
    """An integer primary key left out of a row gets its value from the database
    (``SERIAL``, ``AUTO_INCREMENT``, SQLite's rowid)."""
    non_transactional_tables: bool = False
    """Tables can be created in a storage engine without transactions."""
    enum_type: bool = False
    """A native ENUM column type exists."""
    column_character_sets: bool = False
    """A column can be given a character set narrower than the connection's."""

    # -- dates and times --------------------------------------------------------
    timezone_aware_timestamps: bool = False
    """A column type stores an instant with its offset (``TIMESTAMP WITH TIME ZONE``)."""
    session_time_zone: bool = False
    """A connection has a time zone an application can set."""
    zone_converting_timestamp: bool = False
    """A ``TIMESTAMP`` type stores UTC, converting through the session's time zone,
    within 1970-2038."""
    datetime_fsp: bool = False
    """``DATETIME(fsp)`` declares a column's fractional-second digits, none by default."""
    timestamp_precision: bool = False
    """``TIMESTAMP(p)`` declares a column's fractional-second digits."""
    zero_dates: bool = False
    """The server has zero dates (``0000-00-00``) that its mode may let in."""
    string_datetimes: bool = False
    """A string given for a ``DateTime`` column reaches the server to parse; a
    dialect whose ``DateTime`` accepts only ``datetime`` objects refuses it."""


CAPABILITY_NAMES = frozenset(field.name for field in fields(Capabilities))
