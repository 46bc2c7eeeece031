"""The pytest face of rowloss: options, the ``rowloss_target`` and
``rowloss_cell`` fixtures, the xdist glue and the summary at the end, each a
few lines over the framework-neutral run in :mod:`rowloss.run`.

It stays inert in a session that collects no scenario: no server is started
and no run directory is written. Under xdist the controller starts a server
only once a worker's collected tests need it (:mod:`rowloss.run.exchange`).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from rowloss.backends import TargetSpec
from rowloss.cells import Cell
from rowloss.config import OPTIONS, SettingError, resolve
from rowloss.measure.apis import Api
from rowloss.measure.scenario import Variant
from rowloss.measure.targets import Target
from rowloss.oracle import Verdict
from rowloss.run.assembly import cell_key
from rowloss.run.collector import freeze_survivors, tune_for_measuring
from rowloss.run.finish import end_run
from rowloss.run.measuring import CellJob, Saved
from rowloss.run.preflight import check_user_urls
from rowloss.run.selection import ARGUMENTS, TARGET, combinations, is_scenario
from rowloss.run.session import CRASHED, RunSetupError, RunState, open_run
from rowloss.run.summary import summary
from rowloss.timing import PHASES

__all__ = ["CELL_CONTEXT", "HANDED_DOWN", "STATE", "TARGET", "CellContext", "RunState"]

STATE = pytest.StashKey[RunState]()
CELL_CONTEXT = pytest.StashKey["CellContext"]()
HANDED_DOWN = "rowloss"
"""The key of the run in an xdist worker's ``workerinput``."""


# -- options ------------------------------------------------------------------


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("rowloss", "rowloss: measure silent row loss")
    for option in OPTIONS:
        action = "append" if option.repeatable else "store"
        group.addoption(
            option.flag,
            action="store_true" if option.switch else action,
            dest=f"rowloss_{option.name}",
            default=None,
            help=f"{option.help} [env {option.env}, ini {option.ini}]",
        )
        parser.addini(
            option.ini,
            help=option.help,
            type="linelist" if option.repeatable else "string",
            default=[] if option.repeatable else "",
        )


def pytest_configure(config: pytest.Config) -> None:
    cli = {o.name: config.getoption(f"rowloss_{o.name}") for o in OPTIONS}
    ini = {o.name: config.getini(o.ini) for o in OPTIONS}
    workerinput = getattr(config, "workerinput", None)
    worker = workerinput["workerid"] if workerinput else None
    handed = workerinput.get(HANDED_DOWN) if workerinput else None
    try:
        state = open_run(resolve(cli, ini), config.rootpath, worker, handed)
    except (SettingError, RunSetupError) as error:
        raise pytest.UsageError(str(error)) from None
    config.stash[STATE] = state
    config.pluginmanager.register(StopWhenAsked(state), "rowloss-stop")
    config.addinivalue_line("markers", "rowloss: a rowloss scenario")
    if config.pluginmanager.hasplugin("xdist"):
        config.pluginmanager.register(XdistController(state), "rowloss-xdist")


def pytest_sessionstart(session: pytest.Session) -> None:
    """A URL the user gave that cannot be used stops the run before collection."""
    state = session.config.stash[STATE]
    if state.is_worker:
        return
    try:
        check_user_urls(state.settings)
    except RunSetupError as error:
        raise pytest.UsageError(str(error)) from None


class XdistController:
    """The controller's side under pytest-xdist."""

    def __init__(self, state: RunState) -> None:
        self.state = state

    @pytest.hookimpl(optionalhook=True)
    def pytest_configure_node(self, node: Any) -> None:
        """Give every worker the run directory and the server exchange."""
        node.workerinput[HANDED_DOWN] = self.state.hand_down()

    @pytest.hookimpl(optionalhook=True)
    def pytest_xdist_node_collection_finished(self, node: Any, ids: list[str]) -> None:
        """Start the servers the worker's tests need, before any test is handed out."""
        self.state.serve(node.gateway.id)

    @pytest.hookimpl(optionalhook=True)
    def pytest_handlecrashitem(self, crashitem: str, report: Any, sched: Any) -> None:
        """A driver that crashes the process is a finding, not a failure of the
        suite: the cell records ``error`` with why, and the test reads as skipped
        (listed again in the summary), so one crash does not fail the run."""
        self.state.deaths[crashitem] = "pytest-xdist reported its worker crashed"
        path = crashitem.split("::")[0]
        report.outcome = "skipped"
        report.longrepr = (path, 0, f"Skipped: {CRASHED}")


@pytest.hookimpl(hookwrapper=True)
def pytest_collection(session: pytest.Session) -> Iterator[None]:
    with PHASES.phase("collection"):
        yield


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist tells the controller collection is done
def pytest_collection_finish(session: pytest.Session) -> None:
    """An xdist worker says which servers its collected tests need."""
    state = session.config.stash[STATE]
    params = (getattr(item, "callspec", None) for item in session.items)
    specs = [p.params[TARGET] for p in params if p is not None and TARGET in p.params]
    state.announce(specs)
    if specs:
        tune_for_measuring()


class StopWhenAsked:
    """Stops the test loop at the next report once the run was asked to stop
    (SIGTERM), for when the KeyboardInterrupt raised for it was lost (see
    ``TargetPool.stop_requested``); under xdist, in the controller."""

    def __init__(self, state: RunState) -> None:
        self.state = state
        self.session: pytest.Session | None = None

    def pytest_sessionstart(self, session: pytest.Session) -> None:
        self.session = session

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        why = self.state.pool.stop_requested
        session = self.session
        if not why or session is None or session.shouldstop:
            return
        session.shouldstop = why
        dsession = session.config.pluginmanager.getplugin("dsession")
        if dsession is not None:
            dsession.shouldstop = why


# -- parametrization and fixtures ---------------------------------------------


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Targets for the tests of a rowloss scenario module (one that declares
    its ``ROOT_CAUSE``) that ask for ``rowloss_target``; for a root-cause
    module (one with ``VARIANTS``), every applicable (target, variant, API,
    transaction). Any other test is left as it is."""
    if TARGET not in metafunc.fixturenames or not is_scenario(metafunc.module):
        return
    settings = metafunc.config.stash[STATE].settings
    specs = settings.target_specs()
    variants = getattr(metafunc.module, "VARIANTS", None)
    if variants is None or "scenario" not in metafunc.fixturenames:
        if settings.cells:
            specs = [s for s in specs if _asked_for(settings.cells, metafunc, s, {})]
        metafunc.parametrize(TARGET, specs, ids=[spec.id for spec in specs], indirect=True)
        return
    combos = combinations(specs, variants)
    if settings.cells:
        combos = [
            c
            for c in combos
            if _asked_for(
                settings.cells,
                metafunc,
                c.spec,
                {"scenario": c.variant, "api": c.api, "transaction": c.transaction},
            )
        ]
    metafunc.parametrize(
        ARGUMENTS, [c.values() for c in combos], ids=[c.id for c in combos], indirect=[TARGET]
    )


def _asked_for(
    labels: tuple[str, ...], metafunc: pytest.Metafunc, spec: Any, params: dict[str, Any]
) -> bool:
    """Whether this combination measures one of the cells ``--rowloss-cell``
    names, on whatever SQLAlchemy line is installed."""
    try:
        key = cell_key(spec, params, metafunc.module, metafunc.function.__name__, "")
    except LookupError:
        return False
    here = key.label().rpartition("/")[0]
    return any(label.rpartition("/")[0] == here for label in labels)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config) -> None:
    """``--rowloss-cell`` naming no cell that a collected scenario measures is
    a mistake to report, not an empty run (xdist's controller collects
    nothing, so its workers say it)."""
    cells = config.stash[STATE].settings.cells
    if not cells or config.pluginmanager.hasplugin("dsession"):
        return
    # A scenario none of whose combinations was asked for got an empty
    # parameter set, which pytest shows as a skipped item: it is not asked for.
    unasked = [
        item
        for item in session.items
        if not isinstance(_params(item).get(TARGET, ""), TargetSpec)
        and TARGET in getattr(item, "fixturenames", ())
    ]
    if unasked:
        config.hook.pytest_deselected(items=unasked)
        session.items[:] = [item for item in session.items if item not in unasked]
    if not session.items:
        raise pytest.UsageError(
            f"no scenario collected here measures {', '.join(cells)}; check the label against "
            "MATRIX.md or rowloss diff, and that its database and driver are selected"
        )


def _params(item: pytest.Item) -> dict[str, Any]:
    callspec = getattr(item, "callspec", None)
    return callspec.params if callspec is not None else {}


class CellContext:
    """The cell a test measures (:class:`CellJob`); a change against the
    published matrix fails the test, a cell that cannot be measured skips it."""

    def __init__(self, request: pytest.FixtureRequest, state: RunState) -> None:
        node = request.node
        callspec = getattr(node, "callspec", None)
        params = callspec.params if callspec is not None else {}
        self.job = CellJob(state, params, request.module, node.originalname, node.nodeid)

    @property
    def recorded(self) -> Cell | None:
        return self.job.recorded

    def kept(self, saved: Saved) -> Cell:
        """The cell saved; the test fails when it changed against the published matrix."""
        if saved.violation:
            pytest.fail(saved.violation, pytrace=False)
        return saved.cell

    def record(self, verdict: Verdict, target: Target, reproducer: str | None = None) -> Cell:
        """Keep the measured outcome with the versions and settings in force."""
        return self.kept(self.job.record(verdict, target, reproducer))

    def measure(self, target: Target, variant: Variant, api: Api, transaction: str) -> Cell:
        """Search this cell's batches and record the most severe outcome found."""
        missing = self.job.missing(target, variant, api)
        if missing:
            self.not_run(missing)
            pytest.skip(f"not-run: {missing}")
        return self.kept(self.job.measure(target, variant, api, transaction))

    def not_run(self, reason: str, cut_short: str = "") -> Cell:
        return self.kept(self.job.not_run(reason, cut_short))

    def error(self, detail: str, cut_short: str = "") -> Cell:
        return self.kept(self.job.error(detail, cut_short))


@pytest.fixture
def rowloss_cell(request: pytest.FixtureRequest) -> CellContext:
    """The cell this test measures; call ``rowloss_cell.record(verdict, rowloss_target)``."""
    context = CellContext(request, request.config.stash[STATE])
    request.node.stash[CELL_CONTEXT] = context
    context.job.intend()
    return context


@pytest.fixture
def rowloss_target(request: pytest.FixtureRequest, rowloss_cell: CellContext) -> Target:
    """A ready target for the test's (database, mode, driver), or a ``not-run``
    cell and a skip that says why (a failure when the database is required)."""
    with PHASES.phase("target"):
        opened = request.config.stash[STATE].target(request.param)
    if isinstance(opened, Target):
        return opened
    rowloss_cell.not_run(opened.reason, cut_short=opened.cut_short)
    if opened.failure:
        pytest.fail(opened.failure, pytrace=False)
    pytest.skip(f"not-run: {opened.reason}")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """A scenario that broke before recording its cell records ``error``."""
    outcome = yield
    report = outcome.get_result()
    context = item.stash.get(CELL_CONTEXT, None)
    if context is None or context.recorded is not None or not report.failed:
        return
    if call.excinfo is None:
        return
    saved = context.job.broke(report.when, call.excinfo.exconly())
    if saved is not None:
        context.kept(saved)


# -- the end of the run ---------------------------------------------------------


@pytest.hookimpl(trylast=True)  # after pytest-xdist has stopped its workers
def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Write what was measured, whatever ended the run, then stop every
    server; a server found dead fails the run, with its results kept."""
    state: RunState | None = session.config.stash.get(STATE, None)
    if state is None:
        return
    end_run(state, interrupted=exitstatus == pytest.ExitCode.INTERRUPTED)
    if state.recorder.started:
        freeze_survivors()  # closing the targets collected the garbage; the rest is live
    if state.faults.all() and session.exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
    if state.is_worker and state.interrupted:
        # Its cells are journaled and its tables dropped: leave now, rather
        # than keep the controller waiting seconds on execnet's shutdown.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(int(pytest.ExitCode.INTERRUPTED))


def pytest_terminal_summary(terminalreporter: Any) -> None:
    state: RunState | None = terminalreporter.config.stash.get(STATE, None)
    with PHASES.phase("summary"):
        lines = summary(state) if state is not None else []
        if not lines:
            return
        terminalreporter.section("rowloss")
        for line in lines:
            terminalreporter.write_line(line)


def pytest_unconfigure(config: pytest.Config) -> None:
    state: RunState | None = config.stash.get(STATE, None)
    if state is not None:
        state.write_timing()
