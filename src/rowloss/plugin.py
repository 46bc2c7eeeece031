"""The pytest face of rowloss: options, the ``rowloss_target`` and
``rowloss_cell`` fixtures, the run directory, and the summary at the end.

It stays inert in a session that asks for no target: no server is started and
no run directory is written.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from rowloss import cellfiles, reproducer
from rowloss.apis import API_LIST, TRANSACTIONS, Api
from rowloss.backends import TargetSpec
from rowloss.budget import PROFILES
from rowloss.cells import CUT_SHORT, Cell, CellKey, Outcome, Versions
from rowloss.compare import Comparison, compare
from rowloss.config import OPTIONS, SettingError, Settings, resolve
from rowloss.expectations import Expectations
from rowloss.faults import Faults
from rowloss.measure import measure
from rowloss.merging import update_published
from rowloss.oracle import Verdict
from rowloss.pool import TargetPool
from rowloss.provision import ServerNotAnswering
from rowloss.provision.url import UrlExecutor
from rowloss.published import MATRIX_FILE
from rowloss.recorder import (
    CELLS_FILE,
    FRAGMENTS,
    Recorder,
    merge_fragments,
    new_run_dir_path,
    point_latest_at,
    run_metadata,
    write_cells,
)
from rowloss.redact import safe_url, stable_text
from rowloss.render.pages import renderers, write_pages
from rowloss.reports import Published, publish
from rowloss.scenario import Variant
from rowloss.sqla import sqlalchemy_line
from rowloss.stopping import StopSignals
from rowloss.targets import Missing, NotRun, Target, open_target

STATE = pytest.StashKey["RunState"]()
CELL_CONTEXT = pytest.StashKey["CellContext"]()
HANDED_DOWN = "rowloss"
TARGET = "rowloss_target"
"""The fixture a scenario asks for; namespaced, so another ``target`` is left alone."""
CRASHED = "the process died while measuring (a driver crash); its cell records error"


class RunState:
    """Everything one pytest process knows about the run."""

    def __init__(self, config: pytest.Config, settings: Settings) -> None:
        self.config = config
        self.settings = settings
        self.pool = TargetPool(settings)
        workerinput = getattr(config, "workerinput", None)
        self.worker = workerinput["workerid"] if workerinput else "main"
        self.is_worker = workerinput is not None
        if workerinput and HANDED_DOWN in workerinput:
            handed = workerinput[HANDED_DOWN]
            self.run_dir = Path(handed["run_dir"])
            self.pool.adopt(handed["servers"])
            self.worker_signals = StopSignals()
            self.worker_signals.install()  # the controller passes a stop on as SIGTERM
        else:
            self.run_dir = settings.run_dir or new_run_dir_path(config.rootpath)
        self.recorder = Recorder(self.run_dir, self.worker)
        self.faults = Faults(self.run_dir)
        self.interrupted = ""
        """Why the run stopped before its end (a signal), else ``""``."""
        self.metadata = run_metadata(self.run_dir)
        self.cells: list[Cell] = []
        self.handed_down: dict[str, Any] | None = None
        self.deaths: dict[str, str] = {}
        """Test id -> what killed the worker running it (xdist reports this)."""
        self.matrix_path: Path | None = None
        if settings.check_matrix or settings.update_matrix:
            self.matrix_path = settings.matrix or config.rootpath / "reports" / MATRIX_FILE
        self._expectations: Expectations | None = None
        self.comparison: Comparison | None = None
        self.published: Published | None = None
        self.matrix_problem = ""
        self.close_problems: list[str] = []

    @property
    def expectations(self) -> Expectations:
        """The published matrix, read on first use (a session measuring nothing
        never reads it). Raises :class:`cellfiles.UnreadableCells` in one line."""
        if self._expectations is None:
            path = self.matrix_path
            cells: list[Cell] = []
            if path is not None and path.exists():
                try:
                    cells = cellfiles.load(path, check_schema=not self.is_worker)
                except cellfiles.UnreadableCells as error:
                    raise cellfiles.UnreadableCells(
                        f"published matrix {error}; fix or remove it, or pass --rowloss-matrix none"
                    ) from None
            self._expectations = Expectations(cells, path)
        return self._expectations

    def server_gone(self, database: str) -> str | None:
        """After a cell of ``database`` broke: why its server is gone, if it is."""
        described = self.pool.describe(database)
        if described is None:
            return self.faults.reason(database)
        url, server = described
        return self.faults.check(database, url, server)

    def hand_down(self) -> dict[str, Any]:
        if self.handed_down is None:
            self.handed_down = {
                "run_dir": str(self.run_dir),
                "servers": self.pool.hand_down(),
            }
        return self.handed_down


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
    try:
        settings = resolve(cli, ini)
    except SettingError as error:
        raise pytest.UsageError(str(error)) from None
    state = RunState(config, settings)
    if not state.is_worker and (state.run_dir / FRAGMENTS).exists():
        raise pytest.UsageError(
            f"--rowloss-run-dir {state.run_dir} holds a run already; name a new folder "
            "or remove that one"
        )
    config.stash[STATE] = state
    config.pluginmanager.register(StopWhenAsked(config.stash[STATE]), "rowloss-stop")
    config.addinivalue_line("markers", "rowloss: a rowloss scenario")
    if config.pluginmanager.hasplugin("xdist"):
        config.pluginmanager.register(XdistController(config.stash[STATE]), "rowloss-xdist")


def pytest_sessionstart(session: pytest.Session) -> None:
    """A server the user named must answer, and let rowloss log in, before
    anything is collected: a URL that cannot be used is a mistake to report."""
    state = session.config.stash[STATE]
    if state.is_worker:
        return
    for database, url in state.settings.urls.items():
        if database not in state.settings.selected_databases():
            continue
        try:
            UrlExecutor(url).start()
        except ServerNotAnswering as error:
            raise pytest.UsageError(str(error)) from None
        problem = login_problem(state.settings, database, url)
        if problem:
            raise pytest.UsageError(problem)


LOGIN_FIXES = (
    (
        ('database "', "unknown database", "to database '", "ora-12514"),
        "create that database or name one that exists",
    ),
    (
        ("password", "access denied", 'role "', "ora-01017"),
        "correct the user or password in the URL",
    ),
)


def login_problem(settings: Settings, database: str, url: Any) -> str | None:
    """Why rowloss cannot log in to the server at ``url`` through the first
    installed driver of ``database``, in one line with the fix; ``None`` when
    it can (or when no driver is installed, which its cells then say)."""
    specs = [s for s in settings.target_specs() if s.database == database]
    usable = [s for s in specs if s.driver.installed() and not s.driver.is_async]
    if not usable:
        return None
    opened = open_target(usable[0], url, "url")
    if isinstance(opened, Target):
        opened.close()
        return None
    if opened.missing not in (Missing.CONNECT, Missing.SERVER):
        return None
    lowered = opened.reason.lower()
    fix = next(
        (fix for signs, fix in LOGIN_FIXES if any(sign in lowered for sign in signs)),
        "correct the URL",
    )
    return f"--rowloss-url {safe_url(url)!r} cannot be used: {opened.reason}; {fix}"


class XdistController:
    """The controller's side under pytest-xdist."""

    def __init__(self, state: RunState) -> None:
        self.state = state

    @pytest.hookimpl(optionalhook=True)
    def pytest_configure_node(self, node: Any) -> None:
        """Start each server once, here, and give every worker its URL."""
        node.workerinput[HANDED_DOWN] = self.state.hand_down()

    @pytest.hookimpl(optionalhook=True)
    def pytest_handlecrashitem(self, crashitem: str, report: Any, sched: Any) -> None:
        """A driver that crashes the process is a finding, not a failure of the
        suite: the cell records ``error`` with why, and the test reads as skipped
        (listed again in the summary), so one crash does not fail the run."""
        self.state.deaths[crashitem] = "pytest-xdist reported its worker crashed"
        path = crashitem.split("::")[0]
        report.outcome = "skipped"
        report.longrepr = (path, 0, f"Skipped: {CRASHED}")


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
    if TARGET not in metafunc.fixturenames or not hasattr(metafunc.module, "ROOT_CAUSE"):
        return
    settings = metafunc.config.stash[STATE].settings
    specs = settings.target_specs()
    variants = getattr(metafunc.module, "VARIANTS", None)
    if variants is None or "scenario" not in metafunc.fixturenames:
        metafunc.parametrize(TARGET, specs, ids=[spec.id for spec in specs], indirect=True)
        return
    combos, ids = [], []
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
                    combos.append((spec, variant, api, transaction))
                    ids.append(f"{spec.id}-{variant.name}-{api.name}-{transaction}")
    metafunc.parametrize(
        (TARGET, "scenario", "api", "transaction"), combos, ids=ids, indirect=[TARGET]
    )


class CellContext:
    """The cell a test measures. Its key comes from the test: the module's
    ``ROOT_CAUSE``, the ``scenario`` parameter (or the test name), the target,
    and the ``api`` and ``transaction`` parameters (or module constants)."""

    def __init__(self, request: pytest.FixtureRequest, state: RunState) -> None:
        self.request = request
        self.state = state
        self.recorded: Cell | None = None

    def _param(self, name: str, constant: str) -> str:
        callspec = getattr(self.request.node, "callspec", None)
        if callspec is not None and name in callspec.params:
            return str(callspec.params[name])
        value = getattr(self.request.module, constant, None)
        if value is None:
            raise LookupError(
                f"{self.request.node.nodeid}: no {name!r} parameter and no module "
                f"constant {constant}; a scenario must say which {name} it measures"
            )
        return str(value)

    @property
    def spec(self) -> TargetSpec:
        return self.request.node.callspec.params[TARGET]

    @property
    def key(self) -> CellKey:
        node = self.request.node
        callspec = getattr(node, "callspec", None)
        if callspec is not None and "scenario" in callspec.params:
            scenario = str(callspec.params["scenario"])
        else:
            scenario = node.originalname.removeprefix("test_")
        spec = self.spec
        return CellKey(
            root_cause=self._param("root_cause", "ROOT_CAUSE"),
            scenario=scenario,
            database=spec.database,
            mode=spec.mode.name,
            driver=spec.driver.name,
            api=self._param("api", "API"),
            transaction=self._param("transaction", "TRANSACTION"),
            sqlalchemy=sqlalchemy_line(),
        )

    def _save(self, cell: Cell) -> Cell:
        """Keep the cell, then hold it against the published matrix."""
        self.state.recorder.record(cell)
        self.recorded = cell
        settings = self.state.settings
        if settings.check_matrix and not settings.update_matrix and not cell.cut_short:
            path = self.state.run_dir / cell.reproducer if cell.reproducer else None
            try:
                violation = self.state.expectations.violation(cell, path)
            except cellfiles.UnreadableCells as error:
                violation = str(error)
            if violation:
                pytest.fail(violation, pytrace=False)
        return cell

    def record(self, verdict: Verdict, target: Target, reproducer: str | None = None) -> Cell:
        """Keep the measured outcome with the versions and settings in force."""
        report = target.report
        assert report is not None, "a target is probed before a scenario gets it"
        environment = {"executemany": report.executemany_mode, **report.settings}
        return self._save(
            Cell(
                key=self.key,
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
                run={**self.state.metadata, "source": target.origin},
                test_id=self.request.node.nodeid,
            )
        )

    def measure(self, target: Target, variant: Variant, api: Api, transaction: str) -> Cell:
        """Search this cell's batches and record the most severe outcome found."""
        missing = variant.hazard(target.spec.driver) or api.missing_here(target)
        if missing:
            self.not_run(missing)
            pytest.skip(f"not-run: {missing}")
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
            text = reproducer.source(self.key, variant, api, target, worst, verdict.detail)
            path = reproducer.write(self.state.run_dir, self.key, text)
        return self.record(verdict, target, reproducer=path)

    def not_run(self, reason: str, cut_short: str = "") -> Cell:
        return self._save(self._bare(Outcome.NOT_RUN, reason, cut_short))

    def error(self, detail: str, cut_short: str = "") -> Cell:
        return self._save(self._bare(Outcome.ERROR, detail, cut_short))

    def _bare(self, outcome: Outcome, detail: str, cut_short: str = "") -> Cell:
        return Cell(
            key=self.key,
            outcome=outcome,
            detail=detail,
            evidence={CUT_SHORT: cut_short} if cut_short else {},
            versions=Versions(driver=self.spec.driver.version()),
            run=dict(self.state.metadata),
            test_id=self.request.node.nodeid,
        )


@pytest.fixture
def rowloss_cell(request: pytest.FixtureRequest) -> CellContext:
    """The cell this test measures; call ``rowloss_cell.record(verdict, rowloss_target)``."""
    state = request.config.stash[STATE]
    context = CellContext(request, state)
    request.node.stash[CELL_CONTEXT] = context
    with contextlib.suppress(LookupError):  # reported when the test records
        state.recorder.intend(context.key, request.node.nodeid)
    return context


@pytest.fixture
def rowloss_target(request: pytest.FixtureRequest, rowloss_cell: CellContext) -> Target:
    """A ready target for the test's (database, mode, driver), or a ``not-run``
    cell and a skip that says why (a failure when the database is required)."""
    state: RunState = request.config.stash[STATE]
    spec: TargetSpec = request.param
    gone = state.faults.reason(spec.database)
    if gone:
        rowloss_cell.not_run(gone, cut_short=gone)
        pytest.skip(f"not-run: {gone}")
    opened = state.pool.target(spec)
    if isinstance(opened, NotRun) and opened.missing is Missing.CONNECT:
        gone = state.server_gone(spec.database)
        if gone:
            rowloss_cell.not_run(gone, cut_short=gone)
            pytest.skip(f"not-run: {gone}")
    if isinstance(opened, NotRun):
        rowloss_cell.not_run(opened.reason)
        required = spec.database in state.settings.require
        if required and opened.missing is not Missing.SQLALCHEMY:
            pytest.fail(
                f"{spec.database} is required (--rowloss-require) but {spec.id} is not-run: "
                f"{opened.reason}",
                pytrace=False,
            )
        pytest.skip(f"not-run: {opened.reason}")
    return opened


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
    line = stable_text(call.excinfo.exconly().strip().splitlines()[0][:300])
    # A test that cannot say which cell it measures has its own failure to show.
    with contextlib.suppress(LookupError, KeyError):
        gone = context.state.server_gone(context.spec.database)
        detail = f"{report.when}: {line}" + (f" (cut short: {gone})" if gone else "")
        context.error(detail, cut_short=gone or "")


# -- the end of the run ---------------------------------------------------------


@pytest.hookimpl(trylast=True)  # after pytest-xdist has stopped its workers
def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Write what was measured, whatever ended the run, then stop every
    server; a server found dead fails the run, with its results kept."""
    state: RunState | None = session.config.stash.get(STATE, None)
    if state is None:
        return
    if exitstatus == pytest.ExitCode.INTERRUPTED or state.pool.stop_requested:
        state.interrupted = state.pool.stop_requested or "interrupted (Ctrl-C or SIGINT)"
    try:
        if not state.is_worker and (state.run_dir / FRAGMENTS).is_dir():
            _finish_run(state)
    finally:
        state.close_problems = state.pool.close(dead=state.faults.all())
    if state.faults.all() and session.exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
    if state.is_worker and state.interrupted:
        # Its cells are journaled and its tables dropped: leave now, rather
        # than keep the controller waiting seconds on execnet's shutdown.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(int(pytest.ExitCode.INTERRUPTED))


def _finish_run(state: RunState) -> None:
    state.cells = merge_fragments(state.run_dir, state.deaths, state.interrupted)
    metadata = {
        **state.metadata,
        **({"interrupted": state.interrupted} if state.interrupted else {}),
    }
    faults = state.faults.all()
    if faults:
        metadata["servers_stopped_answering"] = faults
    write_cells(state.run_dir, state.cells, metadata)
    write_pages(state.cells, state.run_dir)
    if state.settings.run_dir is None and not state.interrupted:
        point_latest_at(state.run_dir)
    if state.matrix_path is None or state.interrupted:
        return  # an interrupted run stops now: its changes failed their tests already
    try:
        published = state.expectations.cells
    except cellfiles.UnreadableCells as error:
        state.matrix_problem = str(error)
        return
    state.comparison = compare(published.values(), state.cells)
    if state.settings.update_matrix:
        measured = cellfiles.anchored(state.cells, state.run_dir)
        accepted = update_published(list(published.values()), measured)
        state.published = publish(accepted, state.matrix_path.parent)


def _short(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def pytest_terminal_summary(terminalreporter: Any) -> None:
    state: RunState | None = terminalreporter.config.stash.get(STATE, None)
    if state is None or state.is_worker or not state.cells:
        return
    write = terminalreporter.write_line
    terminalreporter.section("rowloss")
    counts = Counter(cell.outcome.value for cell in state.cells)
    write(f"{len(state.cells)} cells: " + ", ".join(f"{n} {o}" for o, n in sorted(counts.items())))
    for test_id in sorted(state.deaths):
        write(f"CRASHED: {test_id}: {CRASHED}")
    for cell in state.cells:
        if cell.outcome.silent:
            write(f"SILENT {cell.outcome.value}: {cell.key.label()}: {_short(cell.detail)}")
    reasons: dict[str, set[str]] = defaultdict(set)
    for cell in state.cells:
        if cell.outcome is Outcome.NOT_RUN:
            reasons[cell.key.database].add(cell.detail)
    for database, why in sorted(reasons.items()):
        for reason in sorted(why):
            write(f"not-run {database}: {reason}")
    _summarize_matrix(state, write)
    for problem in state.close_problems:
        write(f"cleaning up: {problem}")
    files = ", ".join([CELLS_FILE, *renderers(), f"{reproducer.FOLDER}/"])
    write(f"this run: {state.run_dir}/ ({files})")
    cut = sum(1 for cell in state.cells if cell.cut_short)
    for database, reason in sorted(state.faults.all().items()):
        count = sum(1 for c in state.cells if c.key.database == database and c.cut_short)
        write(f"rowloss: {reason}; {count} of its cells are cut short (error or not-run)")
    if state.interrupted:
        latest = state.run_dir.parent / "latest"
        kept = f"; {latest} still points at the last complete run" if latest.exists() else ""
        write(
            f"rowloss: this run was {state.interrupted}: {len(state.cells) - cut} cells "
            f"measured, {cut} cut short; it is not compared with the published matrix "
            f"as a whole nor offered for acceptance{kept}"
        )


def _summarize_matrix(state: RunState, write: Any) -> None:
    if state.matrix_problem:
        write(f"published matrix not read: {state.matrix_problem}")
    comparison = state.comparison
    if comparison is None:
        return
    for change in comparison.changed:
        verb = "ACCEPTED" if state.settings.update_matrix else "CHANGED"
        write(f"{verb}: {_short(change.line(), 240)}")
    new = len(comparison.only_after) + len(comparison.measured_after)
    write(
        f"against the published matrix {state.matrix_path}: {len(comparison.changed)} changed, "
        f"{comparison.same} the same, {new} new, "
        f"{len(comparison.unmeasured_after)} not measured here"
    )
    if state.published is not None:
        write(
            f"published matrix updated: {state.published.folder}/ ({state.published.cells} "
            f"cells, {state.published.reproducers} reproducers, {MATRIX_FILE}, "
            f"{', '.join(renderers())})"
        )
    elif new or comparison.changed:
        write("accept this run into the published matrix with --rowloss-update-matrix")
