"""How hard each cell is searched, by profile."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Budget:
    """How hard a cell is searched."""

    examples: int
    """Shapes explored per cell, the simplest first."""
    shrink_calls: int
    """Batches the shrinker may send before it settles for the smallest so far."""
    max_batch: int
    """Largest batch drawn."""


PROFILES = {
    "default": Budget(examples=2, shrink_calls=25, max_batch=250),
    "thorough": Budget(examples=40, shrink_calls=300, max_batch=5000),
}
