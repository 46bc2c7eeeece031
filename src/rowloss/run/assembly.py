"""Cell keys and ``Cell`` records, from what a test says about itself and
what its measurement found: one place that decides what a cell carries."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rowloss.backends import TargetSpec
from rowloss.cells import CUT_SHORT, STACK, Cell, CellKey, Outcome, Versions
from rowloss.measure.sqla import sqlalchemy_line
from rowloss.measure.targets import Target
from rowloss.oracle import Verdict


def _part(params: Mapping[str, Any], module: Any, name: str, constant: str, test_id: str) -> str:
    if name in params:
        return str(params[name])
    value = getattr(module, constant, None)
    if value is None:
        raise LookupError(
            f"{test_id}: no {name!r} parameter and no module "
            f"constant {constant}; a scenario must say which {name} it measures"
        )
    return str(value)


def cell_key(
    spec: TargetSpec, params: Mapping[str, Any], module: Any, test_name: str, test_id: str
) -> CellKey:
    """The key of the cell a test measures: the module's ``ROOT_CAUSE``, the
    ``scenario`` parameter (or the test's name), the target, and the ``api``
    and ``transaction`` parameters (or module constants). Raises
    :class:`LookupError` in one line when a part is missing."""
    scenario = str(params["scenario"]) if "scenario" in params else test_name.removeprefix("test_")
    return CellKey(
        root_cause=_part(params, module, "root_cause", "ROOT_CAUSE", test_id),
        scenario=scenario,
        database=spec.database,
        mode=spec.mode.name,
        driver=spec.driver.name,
        api=_part(params, module, "api", "API", test_id),
        transaction=_part(params, module, "transaction", "TRANSACTION", test_id),
        sqlalchemy=sqlalchemy_line(),
    )


def cell_layer(params: Mapping[str, Any]) -> str:
    """Where a loss in the cell comes from, as its variant declares; a test
    without one measures the stack."""
    return str(getattr(params.get("scenario"), "layer", STACK))


def measured_cell(
    key: CellKey,
    verdict: Verdict,
    target: Target,
    run: Mapping[str, str],
    test_id: str,
    reproducer: str | None = None,
    layer: str = STACK,
) -> Cell:
    """A measured outcome with the versions and settings in force."""
    report = target.report
    assert report is not None, "a target is probed before a scenario gets it"
    environment = {"executemany": report.executemany_mode, **report.settings}
    return Cell(
        key=key,
        outcome=verdict.outcome,
        detail=verdict.detail,
        data=tuple(d.value for d in verdict.data),
        signal=tuple(s.value for s in verdict.signal),
        versions=Versions(
            server=report.server_version,
            driver=report.driver_version,
            sqlalchemy=report.sqlalchemy_version,
        ),
        environment=environment,
        evidence=dict(verdict.evidence),
        reproducer=reproducer,
        run={**run, "source": target.origin},
        test_id=test_id,
        layer=layer,
    )


def bare_cell(
    key: CellKey,
    spec: TargetSpec,
    outcome: Outcome,
    detail: str,
    run: Mapping[str, str],
    test_id: str,
    cut_short: str = "",
    layer: str = STACK,
) -> Cell:
    """A cell that measured nothing (``not-run``, ``error``): only why, and
    the driver's version where it is installed."""
    return Cell(
        key=key,
        outcome=outcome,
        detail=detail,
        evidence={CUT_SHORT: cut_short} if cut_short else {},
        versions=Versions(driver=spec.driver.version()),
        run=dict(run),
        test_id=test_id,
        layer=layer,
    )
