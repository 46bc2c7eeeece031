"""The matrix in Markdown: a short index, ``MATRIX.md``, and the files it links.

``MATRIX.md`` holds one paragraph, the summary (silent scenarios out of those
measured, per stack and root cause, each count linked to its detail file),
the cells whose outcome differs between SQLAlchemy lines, the legend, what
was not run and why, and the list of detail files. The detail files
(:mod:`~rowloss.render.markdown_layout`) hold every mark; a page per stack
(:mod:`~rowloss.render.markdown_stacks`) tells one stack's story.
:func:`markdown_files` gives them all, by path, for whoever writes them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from rowloss.cells import APPLICATION, STACK, Cell, Outcome
from rowloss.render.anchors import stack_path
from rowloss.render.legend import MODE_WORDS, OUTCOME_LABELS, REVEALED
from rowloss.render.markdown_layout import DetailFile, Locations, detail_files, key_order
from rowloss.render.markdown_lines import lines_section
from rowloss.render.markdown_stacks import stack_page
from rowloss.render.summary_model import (
    LAYER_WORDS,
    Count,
    Stack,
    SummaryRow,
    measured_versions,
    not_run_lines,
    root_causes,
    session_settings,
    summary,
)

INDEX = "MATRIX.md"


def markdown_files(
    cells: Sequence[Cell], details: Sequence[DetailFile] | None = None
) -> dict[str, str]:
    """Every Markdown file of the matrix, by path relative to the folder of
    ``MATRIX.md``; reproducer paths of ``cells`` are relative to that folder.
    ``details``: the detail files of ``cells``, where the caller has them."""
    cells = sorted(cells, key=key_order)
    details = detail_files(cells, INDEX) if details is None else details
    rows = summary(cells)
    files = {INDEX: render_index(cells, rows, details)}
    files.update({file.path: file.text for file in details})
    by_stack: dict[Stack, list[Cell]] = defaultdict(list)
    for cell in cells:
        by_stack[Stack.of(cell.key)].append(cell)
    for stack in sorted({row.stack for row in rows}):
        files[stack_path(stack)] = stack_page(by_stack[stack], stack, INDEX)
    return files


def render_index(
    cells: Sequence[Cell], rows: Sequence[SummaryRow], details: list[DetailFile]
) -> str:
    locations = Locations(details, INDEX)
    lines = [
        "# rowloss compatibility matrix",
        "",
        "Does a bulk insert through SQLAlchemy lose or change rows without telling you? Every "
        "count below comes from measurements: rowloss inserted rows into a real database, read the "
        "table back and compared. A count is the scenarios that lost or changed rows silently "
        "(no error) out of those measured on that stack, over every insert API and "
        "transaction; it links to the marks behind it, and a stack's name to its page. The "
        "filterable page is [index.html](index.html) (open it from a clone), the data "
        "[matrix.json](matrix.json), the audit of the common advice [CLAIMS.md](CLAIMS.md).",
        "",
    ]
    lines += _summary(cells, rows, locations)
    lines += _versions(cells)
    lines += lines_section(cells, INDEX)
    lines += _legend(cells)
    lines += _not_run(cells)
    lines += _detail_list(details)
    return "\n".join(lines).rstrip("\n") + "\n"


def _summary(cells: Sequence[Cell], rows: Sequence[SummaryRow], locations: Locations) -> list[str]:
    causes = root_causes(c for c in cells if c.measured)
    several_lines = len({line for row in rows for line in row.lines}) > 1
    head = ["stack", *(["SQLAlchemy"] if several_lines else []), "server", *causes]
    lines = ["## Summary", ""]
    if any(APPLICATION in {layer for _, layer in row.counts} for row in rows):
        lines += [
            f"A count marked *app* is of losses by {LAYER_WORDS[APPLICATION]} (swallowed "
            f"errors, the wrong model), counted apart from those by {LAYER_WORDS[STACK]}.",
            "",
        ]
    lines += ["| " + " | ".join(head) + " |", "|---" * len(head) + "|"]
    for row in rows:
        entries = [f"[{row.stack.title}]({stack_path(row.stack)})"]
        entries += [", ".join(row.lines)] if several_lines else []
        entries.append(row.server)
        for cause in causes:
            # Folded lines agree on the counts; the marks linked are the newest line's.
            target = locations.by_section.get((row.lines[-1], cause, row.stack), "")
            entries.append(_entry(row.counts, cause, target))
        lines.append("| " + " | ".join(entries) + " |")
    return [*lines, ""]


def _entry(counts: Mapping[tuple[str, str], Count], cause: str, target: str) -> str:
    """The stack layer's count, then the application's (*app*), each linked."""
    parts = []
    for layer, prefix in ((STACK, ""), (APPLICATION, "app ")):
        count = counts.get((cause, layer))
        if count is not None:
            text = f"{count.silent}/{count.measured}"
            parts.append(f"{prefix}[{text}]({target})" if target else prefix + text)
    return " · ".join(parts)


def _versions(cells: Sequence[Cell]) -> list[str]:
    lines = ["## Versions measured", "", "| database | server | drivers |", "|---|---|---|"]
    for versions in measured_versions(cells):
        lines.append(
            f"| {versions.database} | {', '.join(versions.servers)} | "
            f"{', '.join(versions.drivers)} |"
        )
    sqlalchemy = sorted(
        {c.versions.sqlalchemy for c in cells if c.measured and c.versions.sqlalchemy}
    )
    return [*lines, "", f"SQLAlchemy: {', '.join(sqlalchemy) or 'unknown'}", ""]


def _legend(cells: Sequence[Cell]) -> list[str]:
    lines = [
        '<a id="legend"></a>',
        "",
        "## Legend",
        "",
        "| mark | outcome | meaning |",
        "|---|---|---|",
    ]
    lines += [
        f"| {mark} | {label} | {meaning} |" for mark, label, meaning in OUTCOME_LABELS.values()
    ]
    lines += [
        "",
        f"**Silent** is {OUTCOME_LABELS[Outcome.DROPPED][1]} or "
        f"{OUTCOME_LABELS[Outcome.ALTERED][1]}; {OUTCOME_LABELS[Outcome.EQUIVALENT][1]} is not "
        f"a loss and is never counted as silent. A superscript on a silent mark says what did "
        f"reveal it: {REVEALED['warning']} a warning, {REVEALED['rowcount']} the rowcount. A "
        "linked mark opens the reproducer of a cell that lost or changed rows: a short script "
        "to run against your own server.",
        "",
    ]
    modes = session_settings(cells, "sql_mode")
    if modes:
        lines += [
            f"Modes of the servers that have them: **strict** is {MODE_WORDS['strict']}; "
            f"**permissive** is {MODE_WORDS['permissive']}. The measured cells recorded:",
            "",
        ]
        lines += [
            f"- {database} {mode}: " + ", ".join(f"`sql_mode='{v}'`" for v in sorted(values))
            for (database, mode), values in modes.items()
        ]
        lines.append("")
    return lines


def _not_run(cells: Sequence[Cell]) -> list[str]:
    lines = not_run_lines(cells)
    if not lines:
        return []
    out = ['<a id="not-run"></a>', "", "## Not run", ""]
    out += ["Cells not run are left out of every table and count:", ""]
    out += [f"- {line.database}, {line.cells} cells: {line.reason}" for line in lines]
    return [*out, ""]


def _detail_list(details: Sequence[DetailFile]) -> list[str]:
    by_folder: dict[str, list[str]] = defaultdict(list)
    for file in details:
        folder, _, name = file.path.removeprefix("matrix/").partition("/")
        by_folder[folder].append(f"[{name.removesuffix('.md')}]({file.path})")
    lines = ["## Detail files", ""]
    for folder, links in sorted(by_folder.items()):
        lines.append(f"- {folder.replace('sqlalchemy-', 'SQLAlchemy ')}: " + " · ".join(links))
    return [*lines, ""]
