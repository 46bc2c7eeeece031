"""CLAIMS.md: the common guidance about lost rows, claim by claim, against the
run's cells. A reader sees which claims the servers bear out, where they do
not, and the cells and reproducers behind each verdict, so the guidance is
measured rather than repeated."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from rowloss.cells import Cell, CellKey, Outcome
from rowloss.claims import (
    AXES,
    DEPENDS,
    FAILS,
    NOT_MEASURED,
    Audit,
    Claim,
    Selector,
    Verdict,
    judge,
    load_audit,
)
from rowloss.render.markdown_layout import DetailFile, Locations, detail_files

MATRIX = "MATRIX.md"
DETAIL_LENGTH = 160
"""Characters of a cell's detail shown beside an example; the matrix has the rest."""


def render_claims(
    cells: Sequence[Cell], audit: Audit | None = None, details: Sequence[DetailFile] | None = None
) -> str:
    """The claims page for ``cells``, judged by ``audit`` (the one rowloss ships
    by default), linking into ``details``, the detail files of ``cells``
    where the caller has them."""
    audit = audit or load_audit()
    verdicts = judge(cells, audit)
    locations = Locations(detail_files(cells, MATRIX) if details is None else details, MATRIX)
    databases = sorted({cell.key.database for cell in cells})
    lines = _intro(audit, cells)
    lines += _summary(audit, verdicts, databases)
    lines += _unmeasured_databases(cells)
    lines += ["## Tested claims", ""]
    for claim in audit.claims:
        if claim.tested:
            lines += _claim_section(audit, claim, verdicts[claim.id], locations)
    lines += _untested(audit)
    lines += _not_claims(audit)
    return "\n".join(lines).rstrip("\n") + "\n"


# -- page parts -----------------------------------------------------------------------


def _intro(audit: Audit, cells: Sequence[Cell]) -> list[str]:
    tested = sum(1 for claim in audit.claims if claim.tested)
    measured = sum(1 for cell in cells if cell.measured)
    lines_of_sqlalchemy = ", ".join(sorted({cell.key.sqlalchemy for cell in cells})) or "none"
    return [
        f"# Claims audit: {audit.title}",
        "",
        "The common guidance about rows that bulk inserts lose without a word is an article, "
        f"`{audit.article}` (sha256 `{audit.sha256[:12]}…`). Each of its paragraphs was read "
        "as a set of claims to measure, not as facts. This page gives every claim in our own "
        "words with the article lines it comes from, and judges it against the measured "
        f"cells ({measured} of them; SQLAlchemy {lines_of_sqlalchemy}). The cells "
        f"themselves are in [{MATRIX}]({MATRIX}).",
        "",
        f"{len(audit.claims)} claims: {tested} tested here, {len(audit.claims) - tested} "
        "untested (advice, judgements of cost, or behaviour no scenario reproduces), listed "
        "at the end with the paragraphs that make no claim.",
        "",
        "How a verdict is reached, per claim and database: the cells the claim selects are "
        "compared with what it predicts; cells not run, or where the suite failed, are left "
        "out.",
        "",
        "- **holds**: every measured cell agrees with the claim.",
        "- **does not hold**: no measured cell agrees.",
        "- **depends on: …**: some agree, some do not. Named are the axes (api, mode, "
        "driver, transaction, scenario, version: the SQLAlchemy line) whose values decide "
        "it: one axis where one suffices, else the fewest axes that decide it together "
        "(joined by +).",
        "- **not measured here**: no selected cell was measured.",
        "- —: the claim is not about this database, or no cell of it applies.",
        "",
        "A claim that the outcome *varies with* an axis (the driver, say) is judged on groups "
        "of cells that differ only on that axis: a group agrees when its outcomes differ.",
        "",
    ]


def _summary(
    audit: Audit, verdicts: dict[str, tuple[Verdict, ...]], databases: list[str]
) -> list[str]:
    lines = ["## Summary", "", "| claim | " + " | ".join(databases) + " |"]
    lines.append("|---" * (1 + len(databases)) + "|")
    for claim in audit.claims:
        if not claim.tested:
            continue
        by_database = {verdict.database: verdict for verdict in verdicts[claim.id]}
        marks = [_mark(by_database.get(db)) for db in databases]
        lines.append(f"| [{claim.id}](#{_anchor(claim.id)}) | " + " | ".join(marks) + " |")
    return [*lines, ""]


def _mark(verdict: Verdict | None) -> str:
    if verdict is None:
        return "—"
    return f"**{verdict.label}**" if verdict.status == FAILS else verdict.label


def _unmeasured_databases(cells: Sequence[Cell]) -> list[str]:
    """Why a database has no measured cell at all, once, instead of under every claim."""
    reasons: dict[str, Counter[str]] = {}
    measured = {c.key.database for c in cells if c.outcome is not Outcome.NOT_RUN}
    for cell in cells:
        if cell.key.database not in measured:
            reasons.setdefault(cell.key.database, Counter())[cell.detail] += 1
    if not reasons:
        return []
    lines = ["Not measured in these cells:", ""]
    for database, details in sorted(reasons.items()):
        reason = min(details.items(), key=lambda item: (-item[1], item[0]))[0]
        lines.append(f"- {database}: {reason}")
    return [*lines, ""]


def _claim_section(
    audit: Audit, claim: Claim, verdicts: Sequence[Verdict], locations: Locations
) -> list[str]:
    lines = [f'<a id="{_anchor(claim.id)}"></a>', "", f"### {claim.id}", "", claim.says, ""]
    lines.append(f"- Article: {_line_ranges(audit.lines_of(claim.id))} (“{claim.quote}”)")
    lines.append(f"- Predicts: {_prediction(claim)}")
    lines.append("- Cells: " + "; ".join(_selector_text(s) for s in claim.cells))
    if claim.note:
        lines.append(f"- Note: {claim.note}")
    lines.append("")
    if not verdicts:
        return [*lines, "No cell here is selected by the claim.", ""]
    unit = "groups" if claim.varies_with else "cells"
    lines += ["| database | verdict | agreeing | outcomes of the selected cells |"]
    lines += ["|---|---|---|---|"]
    for verdict in verdicts:
        agreeing = f"{verdict.agreeing} of {verdict.cases} {unit}" if verdict.cases else "—"
        lines.append(
            f"| {verdict.database} | {_mark(verdict)} | {agreeing} | {_outcomes(verdict)} |"
        )
    lines.append("")
    for verdict in verdicts:
        if verdict.status != NOT_MEASURED:
            lines += _evidence(claim, verdict, locations)
    return lines


def _evidence(claim: Claim, verdict: Verdict, locations: Locations) -> list[str]:
    sections = ", ".join(
        f"[{root_cause} (SQLAlchemy {line})]"
        f"({locations.of_root_cause(line, root_cause, verdict.database)})"
        for line, root_cause in verdict.sections
    )
    lines = [f"{verdict.database}, {verdict.label}. Matrix: {sections}.", ""]
    if verdict.status == DEPENDS:
        deciding = [split for split in verdict.splits if split.holding or split.failing]
        if not deciding:
            lines.append("- No single value of these axes decides it alone; see the examples.")
        for split in deciding:
            parts = [
                f"{word} {', '.join(values)}"
                for word, values in (
                    ("holds for", split.holding),
                    ("does not hold for", split.failing),
                    ("mixed for", split.mixed),
                )
                if values
            ]
            lines.append(f"- by {split.axis}: " + "; ".join(parts))
    heading = "Examples, those that do not agree first" if verdict.status == DEPENDS else "Examples"
    lines.append(f"- {heading}:")
    marked = verdict.status == DEPENDS
    for cells in verdict.examples:
        text = (
            _group(claim, cells, locations)
            if claim.varies_with
            else _example(claim, cells[0], marked, locations)
        )
        lines.append(f"  - {text}")
    return [*lines, ""]


def _example(claim: Claim, cell: Cell, marked: bool, locations: Locations) -> str:
    """One cell: what it is, its outcome and detail, and links to its reproducer
    and matrix row; ``marked`` says whether it agrees with the claim."""
    key = cell.key
    agrees = ""
    if marked:
        agrees = " (agrees)" if claim.agrees(cell) else " (does not agree)"
    links = [f"[matrix row]({locations.of_row(key)})"]
    if cell.reproducer:
        links.insert(0, f"[reproducer]({cell.reproducer})")
    return f"{_identity(key)}: {cell.outcome.value}{agrees}. {_detail(cell)} ({', '.join(links)})"


def _group(claim: Claim, cells: Sequence[Cell], locations: Locations) -> str:
    """Cells that differ only on the claim's ``varies_with`` axis: their
    outcomes by value of that axis, with a reproducer for each outcome."""
    field = AXES[claim.varies_with or ""]
    by_outcome: dict[str, list[str]] = {}
    reproducers: dict[str, str] = {}
    for cell in cells:
        outcome = cell.outcome.value
        by_outcome.setdefault(outcome, []).append(str(getattr(cell.key, field)))
        if cell.reproducer and outcome not in reproducers:
            reproducers[outcome] = cell.reproducer
    outcomes = "; ".join(
        f"{outcome} with {', '.join(sorted(values))}"
        for outcome, values in sorted(by_outcome.items())
    )
    links = [f"[reproducer, {o}]({path})" for o, path in sorted(reproducers.items())]
    links.append(f"[matrix row]({locations.of_row(cells[0].key)})")
    return f"{_identity(cells[0].key, leave_out=field)}: {outcomes} ({', '.join(links)})"


def _identity(key: CellKey, leave_out: str = "") -> str:
    """A cell's key as a reader scans it: scenario, API, transaction, target."""
    parts = [
        f"`{key.scenario}`" if leave_out != "scenario" else "",
        f"`{key.api}`" if leave_out != "api" else "",
        key.transaction if leave_out != "transaction" else "",
        "-".join(
            value
            for name, value in (
                ("database", key.database),
                ("mode", key.mode if key.mode != "default" else ""),
                ("driver", key.driver),
            )
            if value and name != leave_out
        ),
    ]
    return " · ".join(part for part in parts if part)


def _detail(cell: Cell) -> str:
    """The cell's detail, shortened, without repeating the outcome's name."""
    detail = cell.detail.removeprefix(f"{cell.outcome.value} ")
    if len(detail) > DETAIL_LENGTH:
        detail = detail[:DETAIL_LENGTH].rstrip() + "…"
    return detail.replace("|", "\\|")


def _untested(audit: Audit) -> list[str]:
    untested = [claim for claim in audit.claims if not claim.tested]
    lines = ["## Untested claims", ""]
    if not untested:
        return [*lines, "None.", ""]
    lines.append("Claims no cell of rowloss tests; they are listed, not judged.")
    lines.append("")
    for claim in untested:
        ranges = _line_ranges(audit.lines_of(claim.id))
        lines.append(f"- **{claim.id}** ({ranges}): {claim.says} Untested: {claim.untested}.")
    return [*lines, ""]


def _not_claims(audit: Audit) -> list[str]:
    lines = ["## Paragraphs that make no claim", ""]
    for paragraph in audit.paragraphs:
        if not paragraph.claims:
            where = _line_ranges(((paragraph.first, paragraph.last),))
            lines.append(f"- {where}: {paragraph.not_a_claim}")
    return [*lines, ""]


# -- small pieces ---------------------------------------------------------------------


def _anchor(claim_id: str) -> str:
    return f"claim-{claim_id}"


def _line_ranges(ranges: Iterable[tuple[int, int]]) -> str:
    ranges = list(ranges)
    if not ranges:
        return "no lines"
    words = [str(a) if a == b else f"{a}-{b}" for a, b in ranges]
    single = len(ranges) == 1 and ranges[0][0] == ranges[0][1]
    return ("line " if single else "lines ") + ", ".join(words)


def _prediction(claim: Claim) -> str:
    if claim.varies_with:
        return f"the outcome varies with the {claim.varies_with}"
    meaning = {"silent": "silent (dropped or altered)", "loud": "loud (raised or partial)"}
    text = " or ".join(meaning.get(word, word) for word in claim.prediction)
    return f"{text}, and the caller could see it through {claim.signal}" if claim.signal else text


def _selector_text(selector: Selector) -> str:
    parts = [f"{selector.root_cause}: " + ", ".join(f"`{s}`" for s in selector.scenarios)]
    for name, values in (
        ("apis", selector.apis),
        ("transactions", selector.transactions),
        ("databases", selector.databases),
        ("modes", selector.modes),
        ("drivers", selector.drivers),
    ):
        if values:
            parts.append(f"{name} " + ", ".join(f"`{v}`" for v in values))
    return " · ".join(parts)


def _outcomes(verdict: Verdict) -> str:
    counts = dict(verdict.outcomes)
    order = [outcome.value for outcome in Outcome]
    return ", ".join(f"{name} {counts[name]}" for name in order if name in counts)


__all__ = ["render_claims"]
