"""The ``rowloss`` command.

``rowloss run`` is the main job: the scenario suite on every database it can
find or start, writing cells and a matrix to a new run directory.
``rowloss targets`` lists every target of the registry and whether this machine
has what it needs to run it. ``rowloss diff OLD NEW`` lists the cells whose
outcome changed between two runs; ``rowloss merge CELLS...`` combines the cells
of several runs into the published matrix (``reports/``); ``rowloss report CELLS``
renders the pages of a set of cells.

``rowloss run`` measures the scenarios of the rowloss clone it is run in (the
current folder or a parent); outside any clone, those a wheel installed as
``rowloss_scenarios``.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import rowloss
from rowloss.backends import BACKENDS, UnknownName, get_backend, target_specs
from rowloss.cells import Cell
from rowloss.config import OPTIONS, YES, NamedUrl, SettingError, parse_url
from rowloss.measure.sqla import missing_dialect, sqlalchemy_line, sqlalchemy_version
from rowloss.provision.base import Unavailable
from rowloss.provision.recipe import ContainerRecipe
from rowloss.publish import cellfiles
from rowloss.publish.compare import compare
from rowloss.publish.merging import ConflictingCells, merge_runs, update_published
from rowloss.publish.published import MATRIX_FILE
from rowloss.publish.reports import NotOurFolder, publish
from rowloss.render.pages import renderers, write_pages

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

if TYPE_CHECKING:
    from sqlalchemy.engine import URL


class CliError(Exception):
    """A mistake to report in one line."""


SCENARIO_PACKAGE = "rowloss_scenarios"
"""The scenarios as a wheel installs them: setup.py maps ``scenarios/`` to it."""
INSTALLED_CACHE = ".rowloss/pytest-cache"
"""pytest's cache of an installed run, under the folder it runs in: ``--lf``
works, and a user's own ``.pytest_cache`` there is never rewritten."""


def is_checkout(folder: Path) -> bool:
    """A rowloss clone: ``scenarios/`` beside a pyproject.toml of the project
    rowloss (another project's ``scenarios/`` is not ours to run)."""
    pyproject = folder / "pyproject.toml"
    if not ((folder / "scenarios").is_dir() and pyproject.is_file()):
        return False
    try:
        project = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("project", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False
    return isinstance(project, dict) and project.get("name") == "rowloss"


def find_checkout(start: Path) -> Path | None:
    """The rowloss clone around ``start`` (the folder or a parent), else the
    one this package was installed from in editable mode; ``None`` for a wheel
    used outside any clone."""
    candidates = [start, *start.parents, Path(rowloss.__file__).resolve().parents[2]]
    return next((folder for folder in candidates if is_checkout(folder)), None)


def installed_scenarios() -> Path | None:
    """The folder of the installed ``rowloss_scenarios``, if there is one (an
    editable install lists a path hook beside it)."""
    spec = importlib.util.find_spec(SCENARIO_PACKAGE)
    locations = (spec.submodule_search_locations or []) if spec else []
    return next((Path(entry) for entry in locations if Path(entry).is_dir()), None)


@dataclass(frozen=True)
class Suite:
    """The scenarios ``rowloss run`` measures, and where they come from."""

    scenarios: Path
    checkout: Path | None
    """The clone they are in; ``None`` when they come from an installed wheel."""

    def pytest_args(self, cwd: Path) -> list[str]:
        """A clone's run is configured by the clone's pyproject.toml. An
        installed run reads no ini file and no conftest.py above the scenarios,
        so the settings of whatever project it runs in (addopts, plugins,
        fixtures) never change what it measures; its run directory and cache go
        under the current folder. Either way pytest's warning that it cannot
        rewrite the asserts of rowloss and hypothesis, which this command
        imported before it, is silenced: nothing measured depends on them."""
        imported_first = ["-W", "ignore::pytest.PytestAssertRewriteWarning"]
        if self.checkout is not None:
            return ["--rootdir", str(self.checkout), *imported_first]
        return [
            *("-c", os.devnull, "--rootdir", str(cwd), "--confcutdir", str(self.scenarios)),
            *("-o", f"cache_dir={INSTALLED_CACHE}", "-ra", *imported_first),
        ]


def find_suite(start: Path) -> Suite:
    checkout = find_checkout(start)
    if checkout is not None:
        return Suite(checkout / "scenarios", checkout)
    installed = installed_scenarios()
    if installed is None:
        raise CliError(
            f"cannot find rowloss's scenarios: no rowloss clone here and no {SCENARIO_PACKAGE} "
            "installed; run rowloss inside a clone, or reinstall it (pip install rowloss)"
        )
    return Suite(installed, None)


def given(pytest_args: Sequence[str], name: str) -> str | None:
    """The value of setting ``name`` from its flag (the last one wins) or its
    environment variable, for the checks made before pytest starts."""
    option = next(option for option in OPTIONS if option.name == name)
    value = None
    for index, arg in enumerate(pytest_args):
        if arg == option.flag and index + 1 < len(pytest_args):
            value = pytest_args[index + 1]
        elif arg.startswith(f"{option.flag}="):
            value = arg.partition("=")[2]
    return value if value is not None else os.environ.get(option.env) or None


MEASURES_NOTHING = {"-h", "--help", "--version", "--co", "--collect-only"}
"""Options under which pytest measures nothing, so no matrix is asked for."""


def check_matrix(suite: Suite, pytest_args: Sequence[str]) -> None:
    """The published matrix the run is held against must be there: a wheel
    ships none, and a path that names nothing would compare with nothing."""
    if MEASURES_NOTHING.intersection(pytest_args):
        return
    matrix = given(pytest_args, "matrix")
    if matrix is None:
        if suite.checkout is None:
            raise CliError(
                "an installed rowloss has no published matrix to check the run against; give "
                "--rowloss-matrix PATH (reports/matrix.json of the rowloss commit you installed, "
                "with the data/ folder beside it) "
                "or --rowloss-matrix none"
            )
        return
    updating = "--rowloss-update-matrix" in pytest_args or (
        os.environ.get("ROWLOSS_UPDATE_MATRIX", "").lower() in YES
    )
    if matrix != "none" and not updating and not Path(matrix).exists():
        raise CliError(
            f"--rowloss-matrix {matrix}: no such file; give a matrix.json (or a run "
            "directory or cells.json), or none"
        )


def parallel_args(pytest_args: Sequence[str]) -> list[str]:
    """``-n auto`` when pytest-xdist is installed and the user did not choose:
    faster, and a driver that crashes its process costs one cell, not the run."""
    chose = any(arg == "-n" or arg.startswith(("-n", "--numprocesses")) for arg in pytest_args)
    if chose or "no:xdist" in pytest_args or importlib.util.find_spec("xdist") is None:
        return []
    return ["-n", "auto", "--max-worker-restart", "1000"]


def wants_containers(pytest_args: Sequence[str]) -> bool:
    """Whether the run may take servers from containers (``--rowloss-sources``)."""
    sources = given(pytest_args, "sources")
    return not sources or "docker" in sources


def ensure_images(pytest_args: Sequence[str]) -> None:
    """Build the server images that are missing before a run that may use
    containers; where that cannot be done, say why and go on (the servers then
    come from elsewhere)."""
    from rowloss.provision.container import docker_client, docker_engine_problem, image_present

    if not wants_containers(pytest_args) or docker_engine_problem():
        return
    client = docker_client()
    try:
        recipes = [r for r in _image_recipes(()) if r.debian is not None]
        missing = [r.family for r in recipes if not image_present(client, r.own_image)]
    finally:
        client.close()
    if not missing:
        return
    try:
        images("build", missing)
    except CliError as error:
        print(f"rowloss: images not built ({error}); servers come from elsewhere", file=sys.stderr)


def run(pytest_args: Sequence[str]) -> int:
    import pytest

    suite = find_suite(Path.cwd())
    check_matrix(suite, pytest_args)
    ensure_images(pytest_args)
    selection = [] if names_tests(pytest_args) else [str(suite.scenarios)]
    args = [*selection, *suite.pytest_args(Path.cwd()), *parallel_args(pytest_args)]
    return int(pytest.main([*args, *pytest_args]))


def run_bench(
    repeat: int, out: str | None, pytest_args: Sequence[str], of: Sequence[str] | None
) -> int:
    from rowloss.bench import SELECTION, SELECTION_DRIVERS, BenchError, bench, report_runs

    if of:
        try:
            return report_runs(of)
        except BenchError as error:
            raise CliError(str(error)) from None
    suite = find_suite(Path.cwd())
    check_matrix(suite, pytest_args)
    ensure_images(pytest_args)
    selection = []
    if not names_tests(pytest_args):
        selection = [str(suite.scenarios / module) for module in SELECTION]
        if given(pytest_args, "drivers") is None:
            selection += ["--rowloss-drivers", SELECTION_DRIVERS]
    try:
        return bench(repeat, out, [*selection, *pytest_args])
    except BenchError as error:
        raise CliError(str(error)) from None


def names_tests(pytest_args: Sequence[str]) -> bool:
    """Whether the arguments name test files or ids (``scenarios/test_x.py``,
    ``scenarios/test_x.py::test_x``): then they are the selection, not the whole
    suite. An option's value such as ``-W ignore::DeprecationWarning`` names none."""
    return any(
        not arg.startswith("-") and arg.partition("::")[0].endswith(".py") for arg in pytest_args
    )


def targets() -> int:
    print(f"SQLAlchemy {sqlalchemy_version()}")
    for spec in target_specs():
        driver = spec.driver
        if not driver.installed():
            state = f"driver missing: pip install 'rowloss[{spec.backend.extra}]'"
        else:
            url = spec.backend.driver_url(f"{spec.backend.dialect}://", driver)
            package = driver.packages[0] if driver.packages else driver.module
            state = missing_dialect(url) or f"{package} {driver.version()}"
        kind = "async" if driver.is_async else "sync"
        print(f"{spec.id:40} {kind:5}  {state}")
    return 0


def load_cells(path_text: str) -> list[Cell]:
    """The cells of a cells file, matrix, journal, run directory or reports folder."""
    try:
        return cellfiles.load(Path(path_text))
    except cellfiles.UnreadableCells as error:
        raise CliError(str(error)) from None


def diff(old: str, new: str) -> int:
    """Print each cell whose outcome changed; exit 1 when any did, like diff."""
    comparison = compare(load_cells(old), load_cells(new))
    for change in comparison.changed:
        print(change.line())
    print(comparison.summary(), file=sys.stderr)
    return 1 if comparison.changed else 0


def merge(inputs: Sequence[str], out: str | None) -> int:
    """Merge ``inputs`` into the published matrix in ``out`` (the checkout's
    ``reports/`` by default), which is kept as the base."""
    if out:
        folder = Path(out)
    else:
        checkout = find_checkout(Path.cwd())
        if checkout is None:
            raise CliError(
                "rowloss merge writes into reports/ of a rowloss clone, and there is none here; "
                "give --out DIR"
            )
        folder = checkout / "reports"
    runs = [(name, load_cells(name)) for name in inputs]
    try:
        merged = merge_runs(runs)
    except ConflictingCells as error:
        raise CliError(str(error)) from None
    base = load_cells(str(folder / MATRIX_FILE)) if (folder / MATRIX_FILE).is_file() else []
    try:
        published = publish(update_published(base, merged), folder)
    except NotOurFolder as error:
        raise CliError(str(error)) from None
    except OSError as error:
        raise CliError(f"cannot write {folder}: {error.strerror}") from None
    print(
        f"{published.cells} cells ({len(merged)} from {len(runs)} inputs, {len(base)} "
        f"published before) written to {folder}/ with {published.reproducers} reproducers",
        file=sys.stderr,
    )
    return 0


def report(source: str, out: str | None) -> int:
    """Render the pages of the cells at ``source`` into ``out`` (by default the
    folder the cells are in)."""
    cells = load_cells(source)
    path = Path(source)
    folder = Path(out) if out else (path if path.is_dir() else path.parent)
    if (folder / MATRIX_FILE).is_file():
        raise CliError(
            f"{folder} holds a published matrix, which only rowloss merge and "
            "--rowloss-update-matrix rewrite; give --out DIR for the pages"
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
        written = write_pages(cellfiles.relative_to(cells, folder), folder)
    except OSError as error:
        raise CliError(f"cannot write {folder}: {error.strerror}") from None
    print(f"{len(cells)} cells rendered: {', '.join(str(p) for p in written)}", file=sys.stderr)
    return 0


def _image_recipes(names: Sequence[str]) -> list[ContainerRecipe]:
    try:
        backends = [get_backend(name) for name in names] if names else list(BACKENDS.values())
    except UnknownName as error:
        raise CliError(str(error)) from None
    return [backend.container for backend in backends if backend.container is not None]


def images(action: str, names: Sequence[str], rebuild: bool = False) -> int:
    """Build, list or remove rowloss's own server images."""
    from rowloss.provision import images as own_images

    try:
        client = own_images.docker_client()
    except Unavailable as error:
        raise CliError(str(error)) from None
    try:
        if action == "list":
            for tag, created, size in own_images.listed(client):
                print(f"{tag:28} {created}  {size / 2**20:6.0f} MiB")
            return 0
        recipes = _image_recipes(names)
        if action == "remove":
            tags = [recipe.own_image for recipe in recipes]
            if not names:
                tags += sorted({own_images.base_tag(r.debian.release) for r in recipes if r.debian})
            for tag in own_images.remove(client, tags):
                print(f"removed {tag}")
            return 0
        return _build_images(recipes, names, rebuild)
    finally:
        client.close()


def _build_images(recipes: Sequence[ContainerRecipe], names: Sequence[str], rebuild: bool) -> int:
    """Build each Debian release's images in a thread of its own: a release's
    images wait for its base tree, and two releases' debootstraps overlap."""
    from concurrent.futures import ThreadPoolExecutor

    from rowloss.provision import images as own_images

    def progress(line: str) -> None:
        print(f"images: {line}", file=sys.stderr, flush=True)

    started = time.monotonic()
    by_release: dict[str, list[ContainerRecipe]] = {}
    for recipe in recipes:
        if recipe.debian is None:
            if names:
                raise CliError(f"{recipe.family}: rowloss cannot build it: {recipe.unavailable}")
            progress(f"{recipe.family}: skipped, {recipe.unavailable}")
            continue
        by_release.setdefault(recipe.debian.release, []).append(recipe)

    def build_release(chain: list[ContainerRecipe]) -> None:
        own_client = own_images.docker_client()
        try:
            for recipe in chain:
                built = own_images.build(own_client, recipe, progress, rebuild=rebuild)
                state = "present, reused" if built.reused else f"built in {built.seconds:.0f} s"
                progress(f"{built.image}: {state}")
        finally:
            own_client.close()

    with ThreadPoolExecutor(max_workers=max(1, len(by_release))) as pool:
        futures = [pool.submit(build_release, chain) for chain in by_release.values()]
    for future in futures:
        error = future.exception()
        if isinstance(error, Unavailable):
            raise CliError(str(error))
        if error is not None:
            raise error
    progress(f"done in {time.monotonic() - started:.0f} s")
    return 0


def clean(url_texts: Sequence[str], dry_run: bool) -> int:
    """Remove what rowloss runs that are no longer alive left behind: their
    containers, temporary directories and, in the databases named, tables."""
    from rowloss.measure.targets import first_line
    from rowloss.provision import leftovers
    from rowloss.redact import safe_url

    try:
        named = [parse_url(text) for text in url_texts]
    except SettingError as error:
        raise CliError(str(error)) from None
    verb = "would remove" if dry_run else "removed"
    containers = _clean_containers(dry_run)
    if containers is not None:
        print(f"{verb} {containers} containers of dead runs")
    folders = leftovers.dead_directories()
    if not dry_run:
        for folder in folders:
            leftovers.remove_directory(folder)
    print(f"{verb} {len(folders)} temporary directories of dead runs")
    _clean_servers_file(dry_run, verb)
    for entry in named:
        url = _cleaning_url(entry)
        try:
            sweep = leftovers.sweep_tables(url, drop=not dry_run)
        except Exception as error:  # any driver error: say it in one line
            raise CliError(f"cannot clean {safe_url(entry.url)}: {first_line(error)}") from None
        kept = f"; kept {len(sweep.kept)} of live runs" if sweep.kept else ""
        print(f"{verb} {len(sweep.dropped)} tables of dead runs in {safe_url(entry.url)}{kept}")
    return 0


def _clean_servers_file(dry_run: bool, verb: str) -> None:
    """The servers file of a keeper that was killed: its servers are gone with
    their containers and directories, so the file only holds dead URLs."""
    from rowloss.run.keeper import KeeperError, read_kept

    places = {Path.cwd() / SERVERS_FILE, (find_checkout(Path.cwd()) or Path.cwd()) / SERVERS_FILE}
    for path in sorted(places):
        try:
            kept = read_kept(path)
        except KeeperError:
            continue
        if kept is not None and not kept.alive():
            if not dry_run:
                path.unlink(missing_ok=True)
            print(f"{verb} the servers file of a dead keeper, {path}")


def _clean_containers(dry_run: bool) -> int | None:
    from rowloss.provision.container import (
        docker_client,
        docker_engine_problem,
        reap_dead_runs,
        rowloss_containers,
    )

    problem = docker_engine_problem()
    if problem:
        print(f"containers not looked at: {problem}")
        return None
    client = docker_client()
    try:
        if dry_run:
            return sum(1 for _, owner in rowloss_containers(client) if owner.is_gone())
        return len(reap_dead_runs(client))
    finally:
        client.close()


SERVERS_FILE = ".rowloss/servers.json"


def bisect(label: str, package: str, range_text: str, url_texts: Sequence[str]) -> int:
    """Name the first release of ``package`` in ``range_text`` where the cell
    ``label`` changed outcome (:mod:`rowloss.bisect`)."""
    import shutil

    from rowloss import bisect as bisecting
    from rowloss.provision.ownership import Owner, owned_directory
    from rowloss.run.keeper import KeeperError, servers_down, servers_up

    checkout = find_checkout(Path.cwd())
    if checkout is None:
        raise CliError("rowloss bisect installs rowloss from its clone; run it in one")
    try:
        key = bisecting.cell_key(label)
        backend = get_backend(key.database)
        low, high = bisecting.parse_range(range_text)
        named = [parse_url(text) for text in url_texts]
        releases = bisecting.in_range(
            bisecting.index_releases(Path(sys.executable), package), low, high
        )
    except (bisecting.BisectError, UnknownName, SettingError) as error:
        raise CliError(str(error)) from None
    if len(releases) < 2:
        raise CliError(f"the index has {len(releases)} release of {package} in {range_text}")
    print(f"bisect: {label}, {package} {low}..{high}: {len(releases)} releases", flush=True)
    started = time.monotonic()
    folder = owned_directory("rowloss-bisect-")
    servers = folder / "servers.json"
    run_args: list[str] = []
    try:
        if any(entry.database == key.database for entry in named):
            run_args = [f"--rowloss-url={text}" for text in url_texts]
        elif backend.embedded_file is None:
            kept, _ = servers_up(
                servers, [key.database], {"sources": ["docker", "local"]}, Owner.this_process()
            )
            entry = kept.servers.get(key.database, {})
            if "not_provided" in entry:
                raise CliError(f"no {key.database} server: {entry['not_provided']}")
            run_args = ["--rowloss-servers", str(servers)]
        prober = bisecting.Prober(
            checkout, key, label, package, folder, sqlalchemy_line(), tuple(run_args)
        )

        def measure(release: object) -> bisecting.Probe:
            probe = prober(release)  # type: ignore[arg-type]
            print(f"  {probe.line()}", flush=True)
            return probe

        result = bisecting.search(releases, measure)
    except (bisecting.BisectError, KeeperError) as error:
        raise CliError(str(error)) from None
    finally:
        try:
            servers_down(servers)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    took = time.monotonic() - started
    tried = f"{len(result.probes)} of {len(releases)} releases tried in {took / 60:.1f} min"
    if result.first_changed is None:
        first = result.probes[releases[0]]
        print(f"bisect: {first.outcome} at both ends of {low}..{high}; no change found ({tried})")
        return 0
    new = result.probes[result.first_changed]
    old = result.probes[result.last_unchanged] if result.last_unchanged else None
    print(
        f"bisect: {package} {result.first_changed} is the first release where {label} is "
        f"{new.outcome} ({new.detail}); {result.last_unchanged} gave "
        f"{old.outcome if old else '?'} ({old.detail if old else ''}); {tried}"
    )
    return 0


def servers(action: str, flags: dict[str, object], watched_pid: int | None) -> int:
    """``rowloss servers up``: start a server per database and keep them, in a
    keeper process, for the process that asked (tox, or the shell), described
    in a file that ``--rowloss-servers`` hands to each run; ``down`` stops
    them; ``status`` says what is kept."""
    from rowloss.config import resolve
    from rowloss.provision.ownership import Owner
    from rowloss.run.keeper import KeeperError, read_kept, servers_down, servers_up

    try:
        settings = resolve(flags, {})
    except SettingError as error:
        raise CliError(str(error)) from None
    checkout = find_checkout(Path.cwd())
    path = settings.servers or (checkout or Path.cwd()) / SERVERS_FILE
    try:
        if action == "down":
            stopped = servers_down(path)
            print("servers: none kept" if stopped is None else f"servers: stopped {path}")
            return 0
        if action == "status":
            kept = read_kept(path)
            if kept is None or not kept.alive():
                print(f"servers: none kept in {path}")
                return 0
            print(f"servers kept by pid {kept.keeper.pid} for pid {kept.watched.pid} in {path}:")
            print("\n".join(f"  {line}" for line in kept.lines()))
            return 0
        databases = [
            name
            for name in settings.selected_databases()
            if get_backend(name).embedded_file is None
            and not get_backend(name).file_per_process
            and name not in settings.urls
        ]
        sources = [source for source in settings.sources if source != "url"]
        if "docker" in sources:
            ensure_images([])
        watched = Owner.of_process(watched_pid or os.getppid())
        kept, reused = servers_up(
            path, databases, {"sources": sources, "images": dict(settings.images)}, watched
        )
    except KeeperError as error:
        raise CliError(str(error)) from None
    verb = "kept already" if reused else "started"
    print(
        f"servers {verb} for pid {kept.watched.pid} (stopped when it ends or on "
        f"rowloss servers down), in {path}:"
    )
    print("\n".join(f"  {line}" for line in kept.lines()))
    return 0


def _cleaning_url(entry: NamedUrl) -> URL:
    """The URL through the driver it names, else the first installed one."""
    backend = get_backend(entry.database)
    drivers = [d for d in backend.drivers if not d.is_async and d.installed()]
    if entry.driver:
        drivers = [d for d in backend.drivers if d.name == entry.driver]
    if not drivers:
        raise CliError(
            f"no driver for {entry.database} is installed; pip install 'rowloss[{backend.extra}]'"
        )
    return backend.driver_url(entry.url, drivers[0])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="rowloss", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=rowloss.__version__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser(
        "run",
        help="run the scenarios and write cells and matrix to a run directory",
        description="Arguments after 'run' go to pytest, e.g. rowloss run "
        "--rowloss-backends sqlite,postgresql -n 2",
    )
    commands.add_parser("targets", help="list every target and what it needs here")
    bencher = commands.add_parser(
        "bench",
        help="time a fixed selection: measured cells a second, the ratio to the round trips",
        description="Runs the duplicates scenarios on every database, through a sync and an "
        "async driver of each (or the tests named after the options) --repeat times, each as "
        "'rowloss run' "
        "in a new process and run directory, and prints the medians: measured cells a second, "
        "the measuring processes' time against the time of their round trips to the servers, "
        "and where that time goes. Other arguments go to pytest.",
    )
    bencher.add_argument("--repeat", type=int, default=3, help="runs to take the median of (3)")
    bencher.add_argument("--out", help="an empty folder for the runs and bench.json")
    bencher.add_argument(
        "--of",
        nargs="+",
        metavar="RUN",
        help="run nothing: the figures of these run directories (their wall time is their "
        "longest process's)",
    )
    differ = commands.add_parser(
        "diff",
        help="list the cells whose outcome changed between two runs",
        description="OLD and NEW are cells.json files or run directories. A cell one side "
        "did not measure (not-run, error, cut short) is not measured there, never a change. "
        "Exit status 1 when an outcome changed.",
    )
    differ.add_argument("old")
    differ.add_argument("new")
    merger = commands.add_parser(
        "merge",
        help="merge the cells of several runs into the published matrix",
        description="Each CELLS is a run directory, a cells.json, a worker journal "
        "(fragments/*.jsonl) or a matrix.json. Among them a measured cell wins over an error "
        "cell and both over not-run; two measurements of one cell with different outcomes are "
        "refused. The result goes into the matrix in --out, replacing what it measured there "
        "and keeping the rest, and the pages and reproducers are written anew.",
    )
    merger.add_argument("runs", nargs="+", metavar="CELLS")
    merger.add_argument(
        "--out", help="the reports folder to write (default: reports/ of the rowloss checkout)"
    )
    reporter = commands.add_parser(
        "report",
        help=f"render {', '.join(renderers())} from a set of cells",
        description="CELLS is a run directory, a cells.json, a matrix.json or a reports folder.",
    )
    reporter.add_argument("cells", metavar="CELLS")
    reporter.add_argument("--out", help="where to write the pages (default: beside the cells)")
    imager = commands.add_parser(
        "images",
        help="build, list or remove rowloss's own server images",
        description="When no registry answers, containers run images rowloss builds from "
        "the Debian release that ships each server line (rowloss/<family>:<line>). "
        "build makes the missing ones (all families, or those named), list shows them, "
        "remove deletes them.",
    )
    imager.add_argument("action", choices=("build", "list", "remove"))
    imager.add_argument("families", nargs="*", metavar="FAMILY")
    imager.add_argument("--rebuild", action="store_true", help="build even where present")
    cleaner = commands.add_parser(
        "clean",
        help="remove what rowloss runs that are no longer alive left behind",
        description="Removes the containers and temporary directories of rowloss runs "
        "whose process is gone (killed, crashed), and, in each database named with "
        "--rowloss-url, the tables they made. Never what a live run uses, another host's, "
        "or anything rowloss did not make.",
    )
    cleaner.add_argument(
        "--rowloss-url",
        action="append",
        default=[],
        metavar="URL",
        help="a database whose leftover rowloss tables to drop, as NAME=URL or a URL (repeatable)",
    )
    cleaner.add_argument("--dry-run", action="store_true", help="say what would go, remove nothing")
    bisector = commands.add_parser(
        "bisect",
        help="find the first release of a package that changed a cell's outcome",
        description="Installs releases of PACKAGE from the package index into throwaway "
        "virtualenvs (rowloss from this clone, the other packages as the constraints of "
        "their SQLAlchemy line pin them), measures the one cell LABEL in each, by binary "
        "search, and names the first release whose outcome differs from the range's first. "
        "The cell's server is started once (or given with --rowloss-url).",
    )
    bisector.add_argument("label", metavar="CELL-LABEL")
    bisector.add_argument("--package", required=True, help="e.g. sqlalchemy, psycopg2-binary")
    bisector.add_argument(
        "--range", required=True, dest="span", help="OLDEST..NEWEST, e.g. 2.0.0..2.0.58"
    )
    bisector.add_argument(
        "--rowloss-url",
        action="append",
        default=[],
        metavar="URL",
        help="the cell's server, as NAME=URL, instead of starting one",
    )
    keeper = commands.add_parser(
        "servers",
        help="start servers once for several runs (tox's SQLAlchemy lines), or stop them",
        description="up starts a server per database (a container, else the machine's "
        "binaries) in a keeper process and describes them in a file that only you can read; "
        "a run given --rowloss-servers FILE measures them instead of starting its own. They "
        "stop on 'down' or when the process that asked (tox, or your shell; --for PID) ends. "
        "status says what is kept.",
    )
    keeper.add_argument("action", choices=("up", "down", "status"))
    keeper.add_argument(
        "--for",
        dest="watched",
        type=int,
        metavar="PID",
        help="keep them while this process runs (default: the one that runs rowloss)",
    )
    for option in OPTIONS:
        if option.name in ("servers", "backends", "sources", "images"):
            keeper.add_argument(
                option.flag,
                dest=option.name,
                action="append" if option.repeatable else "store",
                help=option.help,
            )
    args, rest = parser.parse_known_args(argv)
    try:
        if args.command == "run":
            return run(rest)
        if args.command == "bench":
            return run_bench(args.repeat, args.out, rest, args.of)
        if rest:
            parser.error(f"unrecognized arguments: {' '.join(rest)}")
        if args.command == "diff":
            return diff(args.old, args.new)
        if args.command == "merge":
            return merge(args.runs, args.out)
        if args.command == "report":
            return report(args.cells, args.out)
        if args.command == "images":
            return images(args.action, args.families, args.rebuild)
        if args.command == "clean":
            return clean(args.rowloss_url, args.dry_run)
        if args.command == "bisect":
            return bisect(args.label, args.package, args.span, args.rowloss_url)
        if args.command == "servers":
            flags = {
                name: getattr(args, name) for name in ("servers", "backends", "sources", "images")
            }
            return servers(args.action, flags, args.watched)
        return targets()
    except CliError as error:
        print(f"rowloss: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
