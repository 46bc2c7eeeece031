"""The end of a run: whatever ended it, what was measured is written, then
every server is stopped. A complete run is compared with the published
matrix and, when asked, accepted into it; an interrupted one is not."""

from __future__ import annotations

from rowloss.packages import PACKAGES, packages_text, with_packages
from rowloss.publish import cellfiles
from rowloss.publish.compare import compare
from rowloss.publish.merging import update_published
from rowloss.publish.reports import publish
from rowloss.recorder import FRAGMENTS, merge_fragments, point_latest_at, write_cells
from rowloss.render.pages import write_pages
from rowloss.run.session import RunState
from rowloss.timing import PHASES

INTERRUPTED = "interrupted (Ctrl-C or SIGINT)"


def end_run(state: RunState, interrupted: bool = False) -> None:
    """Write the run's results (in the process that leads it), then close
    this process's servers and targets. ``interrupted``: the framework saw
    the run stop early (a KeyboardInterrupt)."""
    if interrupted or state.pool.stop_requested:
        state.interrupted = state.pool.stop_requested or INTERRUPTED
    try:
        if not state.is_worker and (state.run_dir / FRAGMENTS).is_dir():
            with PHASES.phase("finish"):
                write_results(state)
    finally:
        state.close()


def write_results(state: RunState) -> None:
    """Merge the journals into ``cells.json`` and pages; compare a complete
    run with the published matrix, and accept it when asked."""
    state.cells = merge_fragments(state.run_dir, state.deaths, state.interrupted)
    metadata = {
        **state.metadata,
        **({"interrupted": state.interrupted} if state.interrupted else {}),
        PACKAGES: packages_text(),
    }
    faults = state.faults.all()
    if faults:
        metadata["servers_stopped_answering"] = faults
    write_cells(state.run_dir, state.cells, metadata)
    state.cells = with_packages(state.cells, metadata[PACKAGES])
    with PHASES.phase("pages"):
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
    with PHASES.phase("compare"):
        state.comparison = compare(published.values(), state.cells)
    if state.settings.update_matrix:
        measured = cellfiles.anchored(state.cells, state.run_dir)
        accepted = update_published(list(published.values()), measured)
        state.published = publish(accepted, state.matrix_path.parent)
