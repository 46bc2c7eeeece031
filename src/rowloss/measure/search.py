"""One cell, measured: hypothesis explores batch shapes through one insert API
on one target, the table is read back after each, and the most severe outcome
found is shrunk to its smallest batch.

Deterministic by construction: the search is derandomized and keeps no example
database, so the same versions explore the same shapes run after run.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
from dataclasses import dataclass
from typing import Any

from hypothesis import HealthCheck, Phase, find, settings
from hypothesis.errors import NoSuchExample
from sqlalchemy import Table

from rowloss.cells import Outcome
from rowloss.measure.apis import Api, Sink, send
from rowloss.measure.budget import Budget
from rowloss.measure.scenario import Batch, Variant
from rowloss.measure.strategies import Shape, ShapeSpace
from rowloss.measure.targets import Target
from rowloss.oracle import CallerView, Verdict, judge, most_severe
from rowloss.timing import PHASES


@dataclass(frozen=True)
class Example:
    """One batch sent and judged."""

    shape: Shape
    batch: Batch
    caller: CallerView
    stored: tuple[dict[str, Any], ...]
    verdict: Verdict


@dataclass(frozen=True)
class Measurement:
    worst: Example
    """The smallest batch found with the most severe outcome."""
    explored: int
    """Batches sent in all, shrinking included."""


class _Enough(Exception):
    """The shrinker used up its budget."""


def _settings(max_examples: int, phases: tuple[Phase, ...]) -> settings:
    return settings(
        max_examples=max_examples,
        derandomize=True,
        database=None,
        deadline=None,
        phases=phases,
        suppress_health_check=list(HealthCheck),
    )


class CellRun:
    """Sends batches of one variant through one API on one target."""

    def __init__(self, target: Target, variant: Variant, api: Api, transaction: str) -> None:
        self.target = target
        self.variant = variant
        self.api = api
        self.transaction = transaction
        self.table: Table = target.table(variant.name, variant.table)
        destination = self.table
        if variant.decoy:  # the wrong model: an identical table under another name
            destination = target.table(f"{variant.name}:decoy", variant.table)
        self.sink = Sink(destination, target.model(destination))
        self.examples: dict[Shape, Example] = {}

    def send(self, shape: Shape) -> Example:
        """Clear the table(s) and commit the baseline, send the batch, read
        back (and empty) what was stored."""
        if shape in self.examples:
            return self.examples[shape]
        with PHASES.phase("build_batch"):
            batch = self.variant.build(shape)
        with PHASES.phase("clear"):
            tables = list(dict.fromkeys((self.table, self.sink.table)))
            self.target.prepare(tables, batch.baseline)
        with PHASES.phase("insert"):
            caller = send(
                self.api, self.target, self.sink, batch.sent, self.transaction, self.variant.caller
            )
        with PHASES.phase("read_back"):
            stored = tuple(self.target.stored_rows(self.table, then_empty=True))
        with PHASES.phase("judge"):
            verdict = judge(batch.meant, stored, self.variant.key, caller, batch.baseline)
        if self.sink.table is not self.table:
            with PHASES.phase("read_back"):
                elsewhere = len(self.target.stored_rows(self.sink.table, then_empty=True))
            verdict = dataclasses.replace(
                verdict,
                detail=f"{verdict.detail} (the other model's table got {elsewhere} rows)",
                evidence={**verdict.evidence, "stored_in_other_table": elsewhere},
            )
        example = Example(shape, batch, caller, stored, verdict)
        self.examples[shape] = example
        return example


@functools.cache
def drawn_shapes(space: ShapeSpace, examples: int, max_batch: int) -> tuple[Shape, ...]:
    """The shapes hypothesis draws from ``space``, in order, without repeats.

    Derandomized generation does not depend on what the sends find, so every
    cell of a variant explores the same shapes: they are drawn once per process.
    """
    drawn: list[Shape] = []

    def keep_looking(shape: Shape) -> bool:
        drawn.append(shape)
        return False

    with contextlib.suppress(NoSuchExample):
        find(
            space.strategy(max_batch),
            keep_looking,
            settings=_settings(examples, (Phase.generate,)),
        )
    return tuple(dict.fromkeys(drawn))


def _explore(run: CellRun, budget: Budget) -> None:
    space = run.variant.shapes
    for shape in (*drawn_shapes(space, budget.examples, budget.max_batch), *space.examples):
        run.send(shape)


def _shrink(run: CellRun, worst: Outcome, budget: Budget) -> Example | None:
    """The smallest batch hypothesis finds with outcome ``worst``, within budget."""
    smallest: list[Example] = []
    calls = 0

    def is_worst(shape: Shape) -> bool:
        nonlocal calls
        if shape not in run.examples:
            calls += 1
            if calls > budget.shrink_calls:
                raise _Enough
        example = run.send(shape)
        if example.verdict.outcome is worst:
            smallest.append(example)
            return True
        return False

    phases = (Phase.generate, Phase.shrink)
    with contextlib.suppress(_Enough, NoSuchExample):
        strategy = run.variant.shapes.strategy(budget.max_batch)
        find(strategy, is_worst, settings=_settings(budget.examples * 4, phases))
    return smallest[-1] if smallest else None


def measure(
    target: Target, variant: Variant, api: Api, transaction: str, budget: Budget
) -> Measurement:
    session_sql = variant.session_sql(target.spec.backend)
    with PHASES.phase("search"), target.session_statements(session_sql):
        return _measure(CellRun(target, variant, api, transaction), budget)


def _measure(run: CellRun, budget: Budget) -> Measurement:
    _explore(run, budget)
    explored = list(run.examples.values())
    worst_outcome = most_severe(e.verdict.outcome for e in explored)
    first = explored[0]
    if first.verdict.outcome is worst_outcome:
        return Measurement(first, len(run.examples))
    shrunk = _shrink(run, worst_outcome, budget) if run.variant.shapes.shrink else None
    if shrunk is None:  # not shrunk, or not found again within budget: the smallest seen
        candidates = [e for e in explored if e.verdict.outcome is worst_outcome]
        shrunk = min(candidates, key=lambda e: (e.shape.size, e.shape.faults))
    return Measurement(shrunk, len(run.examples))
