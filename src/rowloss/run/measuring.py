"""One cell a test measures, from its intent to its record.

Its key is journaled before it is measured (so a process that dies measuring
it leaves an ``error`` cell), its outcome is recorded once, and a measured
outcome is held against the published matrix: a change comes back as the
violation for the framework to fail the test with.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from rowloss.backends import TargetSpec
from rowloss.cells import Cell, CellKey, Outcome
from rowloss.measure.apis import Api
from rowloss.measure.budget import PROFILES
from rowloss.measure.scenario import Variant
from rowloss.measure.search import measure
from rowloss.measure.targets import Target
from rowloss.oracle import Verdict
from rowloss.publish import cellfiles, reproducer
from rowloss.redact import stable_text
from rowloss.run.assembly import bare_cell, cell_key, cell_layer, measured_cell
from rowloss.run.selection import TARGET
from rowloss.run.session import RunState
from rowloss.timing import PHASES


@dataclass(frozen=True)
class Saved:
    """A recorded cell, and how it contradicts the published matrix, if it does."""

    cell: Cell
    violation: str | None = None


class CellJob:
    """The cell one test measures. ``params`` are the test's parameters (the
    target under :data:`TARGET`), ``module`` its module, for the constants a
    parameter may stand in for."""

    def __init__(
        self,
        state: RunState,
        params: Mapping[str, Any],
        module: Any,
        test_name: str,
        test_id: str,
    ) -> None:
        self.state = state
        self.params = params
        self.module = module
        self.test_name = test_name
        self.test_id = test_id
        self.recorded: Cell | None = None

    @property
    def spec(self) -> TargetSpec:
        if TARGET not in self.params:
            raise LookupError(f"{self.test_id}: no {TARGET} parameter; a scenario asks for it")
        return self.params[TARGET]

    @property
    def key(self) -> CellKey:
        return cell_key(self.spec, self.params, self.module, self.test_name, self.test_id)

    def intend(self) -> None:
        """Journal the cell as about to be measured; a test that cannot say
        which cell it measures is told so when it records."""
        with contextlib.suppress(LookupError):
            self.state.recorder.intend(self.key, self.test_id)

    def save(self, cell: Cell) -> Saved:
        """Keep the cell, then hold it against the published matrix."""
        self.state.recorder.record(cell)
        self.recorded = cell
        settings = self.state.settings
        if not settings.check_matrix or settings.update_matrix or cell.cut_short:
            return Saved(cell)
        path = self.state.run_dir / cell.reproducer if cell.reproducer else None
        try:
            with PHASES.phase("expectations"):
                violation = self.state.expectations.violation(cell, path)
        except cellfiles.UnreadableCells as error:
            violation = str(error)
        return Saved(cell, violation)

    def record(self, verdict: Verdict, target: Target, reproducer: str | None = None) -> Saved:
        """Keep the measured outcome with the versions and settings in force."""
        cell = measured_cell(
            self.key,
            verdict,
            target,
            self.state.metadata,
            self.test_id,
            reproducer,
            layer=cell_layer(self.params),
        )
        return self.save(cell)

    def missing(self, target: Target, variant: Variant, api: Api) -> str | None:
        """Why this cell cannot be measured on ``target``, if it cannot."""
        return variant.hazard(target.spec.driver) or api.missing_here(target)

    def measure(self, target: Target, variant: Variant, api: Api, transaction: str) -> Saved:
        """Search this cell's batches and record the most severe outcome found."""
        budget = PROFILES[self.state.settings.profile]
        measurement = measure(target, variant, api, transaction, budget)
        worst = measurement.worst
        evidence = {
            **worst.verdict.evidence,
            "batch": worst.shape.describe(),
            "explored": measurement.explored,
        }
        verdict = dataclasses.replace(worst.verdict, evidence=evidence)
        path = None
        if verdict.outcome is not Outcome.OK:
            with PHASES.phase("reproducer"):
                text = reproducer.source(self.key, variant, api, target, worst, verdict.detail)
                path = reproducer.write(self.state.run_dir, self.key, text)
        return self.record(verdict, target, reproducer=path)

    def not_run(self, reason: str, cut_short: str = "") -> Saved:
        return self.save(self._bare(Outcome.NOT_RUN, reason, cut_short))

    def error(self, detail: str, cut_short: str = "") -> Saved:
        return self.save(self._bare(Outcome.ERROR, detail, cut_short))

    def broke(self, phase: str, message: str) -> Saved | None:
        """A test that broke before recording its cell records ``error``, with
        the first line of ``message`` and, when its server died, why."""
        line = stable_text(message.strip().splitlines()[0][:300])
        # A test that cannot say which cell it measures has its own failure to show.
        with contextlib.suppress(LookupError, KeyError):
            gone = self.state.server_gone(self.spec.database)
            detail = f"{phase}: {line}" + (f" (cut short: {gone})" if gone else "")
            return self.error(detail, cut_short=gone or "")
        return None

    def _bare(self, outcome: Outcome, detail: str, cut_short: str = "") -> Cell:
        return bare_cell(
            self.key,
            self.spec,
            outcome,
            detail,
            self.state.metadata,
            self.test_id,
            cut_short,
            layer=cell_layer(self.params),
        )
