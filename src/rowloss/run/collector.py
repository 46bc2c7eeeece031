"""Python's garbage collector in a process that measures cells.

A measuring process keeps a large, long-lived heap (the collected test items,
SQLAlchemy's statement caches, hypothesis's engine) and allocates fast, so at
the interpreter's default thresholds it runs a young collection every 700
allocations and a full one, which walks the whole heap, every few seconds.
Rarer collections still reclaim what each cell leaves behind, a few cells
later, and walk the long-lived heap far less often; see "How long a run
takes" in README for what it saved.
"""

from __future__ import annotations

import gc

MEASURING_THRESHOLDS = (5000, 100, 100)
"""Young collections after 5,000 net allocations rather than 700, and each
older generation after 100 of the one below rather than 10."""


def tune_for_measuring() -> None:
    """Collect less often, from the first cell on."""
    gc.set_threshold(*MEASURING_THRESHOLDS)


def freeze_survivors() -> None:
    """After the last full collection of a measuring process: what survived it
    is live, so later collections (pytest runs five as it exits) need not walk
    it again."""
    gc.freeze()
