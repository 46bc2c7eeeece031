"""Tables rowloss owns: uniquely named, created for a scenario, dropped after.

Nothing else in a database is ever touched, so pointing rowloss at a server
that holds other data is safe. A table's name carries the process that made it
(:data:`~rowloss.provision.ownership.TABLE_NAME`), so that what a killed run
left in a user's database is told from a live run's (``rowloss clean``).
"""

from __future__ import annotations

import functools
import itertools
import os

from sqlalchemy import Table
from sqlalchemy.orm import registry

from rowloss.provision.ownership import Owner

PREFIX = "rowloss_"
_numbers = itertools.count(1)


@functools.cache
def _owner_token(pid: int) -> str:
    return Owner.this_process().compact


def scratch_name() -> str:
    """``rowloss_<owner>_<n>``: unique, of one length for the first 9,999
    tables of a process (see :attr:`Owner.compact`), and within Oracle's old
    30-character limit for a process that started within 252 days of boot."""
    return f"{PREFIX}{_owner_token(os.getpid())}_{next(_numbers):04d}"


def mapped_class(table: Table) -> type:
    """A fresh ORM class mapped to ``table``, with the declarative constructor
    users know (keyword arguments; an unknown one is a TypeError). Built the
    same way on every supported SQLAlchemy line."""
    base = registry().generate_base()
    return type(f"Row_{table.name}", (base,), {"__table__": table})
