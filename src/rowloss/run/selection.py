"""Which cells a root-cause module asks for, as plain data.

A module declaring ``ROOT_CAUSE`` is a scenario; one that also declares
``VARIANTS`` is measured over every (target, variant, API, transaction) that
applies. Each combination has the id its test carries, which names no version.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from rowloss.backends import TargetSpec
from rowloss.measure.apis import API_LIST, TRANSACTIONS, Api
from rowloss.measure.scenario import Variant

TARGET = "rowloss_target"
"""The argument a scenario asks for; namespaced, so another ``target`` is left alone."""
ARGUMENTS = (TARGET, "scenario", "api", "transaction")
"""The arguments of a root-cause test, in the order of :meth:`Combination.values`."""


def is_scenario(module: Any) -> bool:
    """Whether ``module`` is one of rowloss's scenario modules."""
    return hasattr(module, "ROOT_CAUSE")


@dataclass(frozen=True)
class Combination:
    """One cell of a root-cause module, but for its SQLAlchemy line."""

    spec: TargetSpec
    variant: Variant
    api: Api
    transaction: str

    @property
    def id(self) -> str:
        return f"{self.spec.id}-{self.variant.name}-{self.api.name}-{self.transaction}"

    def values(self) -> tuple[TargetSpec, Variant, Api, str]:
        return (self.spec, self.variant, self.api, self.transaction)


def combinations(specs: Iterable[TargetSpec], variants: Sequence[Variant]) -> list[Combination]:
    """Every (target, variant, API, transaction) where the variant and the API
    apply to the target's backend and the variant allows the API."""
    found = []
    for spec in specs:
        for variant in variants:
            if not variant.applies_to(spec.backend):
                continue
            for api in API_LIST:
                if not api.applies_to(spec.backend):
                    continue
                if variant.apis is not None and api.name not in variant.apis:
                    continue
                for transaction in TRANSACTIONS:
                    found.append(Combination(spec, variant, api, transaction))
    return found
