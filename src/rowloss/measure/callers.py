"""The application code around an insert: how it commits and what it does with
an error. The guidance blames much silent loss on this code rather than on the
database, so each pattern is measured like an insert API.

Each caller is plain code as users write it, of one shape:
``(handle, insert, rows, sink)``, where ``handle`` is the Session or Connection,
``insert(handle, rows)`` runs the insert API under test (and flushes a Session),
and ``sink`` has the table and its mapped class for code that needs them.
A reproducer shows the caller's source as is.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import func, select, text

logger = logging.getLogger("rowloss.application")

Rows = Sequence[dict[str, Any]]
Insert = Callable[[Any, Rows], None]
Caller = Callable[[Any, Insert, Rows, Any], None]

CHUNK = 10
"""Rows per call where a caller inserts in chunks."""


def plain(handle: Any, insert: Insert, rows: Rows, sink: Any) -> None:
    insert(handle, rows)
    handle.commit()


def swallow(handle: Any, insert: Insert, rows: Rows, sink: Any) -> None:
    try:
        insert(handle, rows)
        handle.commit()
    except Exception:
        handle.rollback()


def log_and_reraise(handle: Any, insert: Insert, rows: Rows, sink: Any) -> None:
    try:
        insert(handle, rows)
        handle.commit()
    except Exception as exc:
        handle.rollback()
        logger.error("bulk insert failed: %s", exc)
        raise


def chunks_skipping_errors(handle: Any, insert: Insert, rows: Rows, sink: Any) -> None:
    for start in range(0, len(rows), CHUNK):
        try:
            insert(handle, rows[start : start + CHUNK])
        except Exception:
            logger.warning("chunk at row %d failed; going on", start)
    handle.commit()


def after_failed_query(handle: Any, insert: Insert, rows: Rows, sink: Any) -> None:
    try:  # noqa: SIM105 - the pattern measured, as users write it
        handle.execute(text("SELECT missing_column FROM rowloss_no_such_table"))
    except Exception:
        pass
    insert(handle, rows)
    handle.commit()


def pending_objects_then_query(handle: Any, insert: Insert, rows: Rows, sink: Any) -> None:
    half = len(rows) // 2
    handle.add_all([sink.model(**row) for row in rows[:half]])
    handle.execute(select(func.count()).select_from(sink.table)).scalar()
    insert(handle, rows[half:])
    handle.commit()


CALLERS: dict[str, Caller] = {
    caller.__name__: caller
    for caller in (
        plain,
        swallow,
        log_and_reraise,
        chunks_skipping_errors,
        after_failed_query,
        pending_objects_then_query,
    )
}
