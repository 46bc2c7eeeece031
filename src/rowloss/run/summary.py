"""The lines that end a run's output, for a person to read: counts per
outcome, silent cells per root cause and database, why cells were not run,
changes against the published matrix, where the files are, and what cut the
run short. The silent cells one a line are in the run directory
(``silent.txt``), not on the terminal."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from rowloss.cells import STACK, Cell, Outcome
from rowloss.publish import reproducer
from rowloss.publish.published import MATRIX_FILE
from rowloss.recorder import CELLS_FILE, SILENT_FILE
from rowloss.render.pages import renderers
from rowloss.run.session import CRASHED, RunState


def silent_table(cells: Sequence[Cell]) -> list[str]:
    """Silent cells out of those measured, per root cause (rows) and database
    (columns): where to look first, in a few lines whatever the run's size.
    Cells whose loss comes from the application's own code have rows of their
    own, so that they never read as the stack's behaviour."""
    measured: Counter[tuple[str, str]] = Counter()
    silent: Counter[tuple[str, str]] = Counter()
    for cell in cells:
        if cell.measured:
            cause = cell.key.root_cause
            name = cause if cell.layer == STACK else f"{cause} ({cell.layer}'s code)"
            measured[name, cell.key.database] += 1
            silent[name, cell.key.database] += cell.outcome.silent
    if not measured:
        return []
    causes = sorted({cause for cause, _ in measured})
    databases = sorted({database for _, database in measured})
    width = max(len(cause) for cause in [*causes, "root cause"]) + 2
    columns = [max(len(d), 9) + 2 for d in databases]

    def row(first: str, values: Sequence[str]) -> str:
        return first.ljust(width) + "".join(
            value.rjust(column) for value, column in zip(values, columns, strict=True)
        )

    lines = ["silent cells out of those measured:", row("root cause", databases)]
    for cause in causes:
        counts = [
            f"{silent[cause, d]}/{measured[cause, d]}" if measured[cause, d] else "-"
            for d in databases
        ]
        lines.append(row(cause, counts))
    return lines


def _short(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def summary(state: RunState) -> list[str]:
    """The summary of a run that recorded cells, in the process that leads
    it; nothing otherwise."""
    if state.is_worker or not state.cells:
        return []
    lines = []
    counts = Counter(cell.outcome.value for cell in state.cells)
    lines.append(
        f"{len(state.cells)} cells: " + ", ".join(f"{n} {o}" for o, n in sorted(counts.items()))
    )
    for test_id in sorted(state.deaths):
        lines.append(f"CRASHED: {test_id}: {CRASHED}")
    lines.extend(silent_table(state.cells))
    reasons: dict[str, set[str]] = defaultdict(set)
    for cell in state.cells:
        if cell.outcome is Outcome.NOT_RUN:
            reasons[cell.key.database].add(cell.detail)
    for database, why in sorted(reasons.items()):
        for reason in sorted(why):
            lines.append(f"not-run {database}: {reason}")
    lines.extend(matrix_lines(state))
    for problem in state.close_problems:
        lines.append(f"cleaning up: {problem}")
    files = ", ".join([CELLS_FILE, SILENT_FILE, *renderers(), f"{reproducer.FOLDER}/"])
    lines.append(f"this run: {state.run_dir}/ ({files})")
    lines.extend(cut_short_lines(state))
    return lines


def matrix_lines(state: RunState) -> list[str]:
    """The run against the published matrix: each change, the counts, and
    whether it was accepted."""
    lines = []
    if state.matrix_problem:
        lines.append(f"published matrix not read: {state.matrix_problem}")
    comparison = state.comparison
    if comparison is None:
        return lines
    for change in comparison.changed:
        verb = "ACCEPTED" if state.settings.update_matrix else "CHANGED"
        lines.append(f"{verb}: {_short(change.line(), 240)}")
    new = len(comparison.only_after) + len(comparison.measured_after)
    lines.append(
        f"against the published matrix {state.matrix_path}: {len(comparison.changed)} changed, "
        f"{comparison.same} the same, {new} new, "
        f"{len(comparison.unmeasured_after)} not measured here"
    )
    if state.published is not None:
        lines.append(
            f"published matrix updated: {state.published.folder}/ ({state.published.cells} "
            f"cells, {state.published.reproducers} reproducers, {MATRIX_FILE}, "
            f"{', '.join(renderers())})"
        )
    elif new or comparison.changed:
        lines.append("accept this run into the published matrix with --rowloss-update-matrix")
    return lines


def cut_short_lines(state: RunState) -> list[str]:
    """One line per server that died, and one for a run stopped early."""
    lines = []
    cut = sum(1 for cell in state.cells if cell.cut_short)
    for database, reason in sorted(state.faults.all().items()):
        count = sum(1 for c in state.cells if c.key.database == database and c.cut_short)
        lines.append(f"rowloss: {reason}; {count} of its cells are cut short (error or not-run)")
    if state.interrupted:
        latest = state.run_dir.parent / "latest"
        kept = f"; {latest} still points at the last complete run" if latest.exists() else ""
        lines.append(
            f"rowloss: this run was {state.interrupted}: {len(state.cells) - cut} cells "
            f"measured, {cut} cut short; it is not compared with the published matrix "
            f"as a whole nor offered for acceptance{kept}"
        )
    return lines
