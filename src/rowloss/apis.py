"""The insert APIs, one small function each, all of one shape:
``(target, model, rows) -> CallerView`` - what the calling code could see.

On an async driver each runs in its async form (``AsyncSession.run_sync``).
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy.orm import Session

from rowloss.oracle import CallerView
from rowloss.targets import Target, first_line

Rows = Sequence[Mapping[str, Any]]


class Watch:
    """What the caller saw while the insert ran."""

    def __init__(self) -> None:
        self.error: str | None = None
        self.warnings: tuple[str, ...] = ()
        self.rowcount: int | None = None

    def view(self) -> CallerView:
        return CallerView(error=self.error, warnings=self.warnings, rowcount=self.rowcount)


@contextmanager
def watch() -> Iterator[Watch]:
    """Record the exception and Python warnings of the block instead of raising."""
    seen = Watch()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            yield seen
        except Exception as error:  # the outcome, not a failure of the suite
            seen.error = first_line(error)
    seen.warnings = tuple(sorted({f"{w.category.__name__}: {w.message}" for w in caught}))


def in_session(target: Target, work: Callable[[Session], None]) -> CallerView:
    """``work`` then ``commit`` in one session, rolled back on error."""

    def run(session: Session) -> None:
        try:
            work(session)
            session.commit()
        except Exception:
            session.rollback()
            raise

    with watch() as seen:
        target.run_session(run)
    return seen.view()


def bulk_insert_mappings(target: Target, model: type, rows: Rows) -> CallerView:
    """``Session.bulk_insert_mappings(model, rows)`` then ``commit``."""
    return in_session(target, lambda session: session.bulk_insert_mappings(model, list(rows)))
