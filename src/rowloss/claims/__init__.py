"""The claims audit: the common guidance about lost rows, read as claims to measure.

An audit file (TOML, beside this module) maps every paragraph of one article to
the claims it makes, or says why it makes none, and names the cells that test
each claim and what the claim predicts about them. :func:`judge` turns measured
cells into a verdict per claim and database, so the guidance is checked against
real servers instead of being repeated. Everything here is pure: records in,
verdicts out.
"""

from __future__ import annotations

import itertools
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase
from importlib import resources
from pathlib import Path
from typing import Any

from rowloss.cells import Cell, CellKey, Outcome

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

AUDIT_FILE = "silently-skipped-rows-article.toml"

AXES: dict[str, str] = {
    "api": "api",
    "mode": "mode",
    "driver": "driver",
    "transaction": "transaction",
    "scenario": "scenario",
    "version": "sqlalchemy",
}
"""The axes a verdict may depend on, in the order they are named, and the
field of :class:`CellKey` each reads (``version`` is the SQLAlchemy line)."""

PREDICTION_WORDS: dict[str, frozenset[Outcome]] = {
    "silent": frozenset({Outcome.DROPPED, Outcome.ALTERED}),
    "loud": frozenset({Outcome.RAISED, Outcome.PARTIAL}),
}
"""Words a claim may predict besides outcome names: ``silent`` (rows lost or
changed, no error) and ``loud`` (an error reached the caller)."""


HOLDS = "holds"
FAILS = "does not hold"
DEPENDS = "depends"
NOT_MEASURED = "not measured here"

EXAMPLES = 3
"""Example cells kept per verdict: enough to follow a link, few enough to read."""


class AuditError(ValueError):
    """An audit file that cannot be read; the message names the file and the entry."""


# -- the records ----------------------------------------------------------------------


@dataclass(frozen=True)
class Selector:
    """Which cells test a claim: one root cause, scenario names or globs, and
    optionally the APIs, transactions, databases, modes and drivers (names or
    globs; empty means any)."""

    root_cause: str
    scenarios: tuple[str, ...]
    apis: tuple[str, ...] = ()
    transactions: tuple[str, ...] = ()
    databases: tuple[str, ...] = ()
    modes: tuple[str, ...] = ()
    drivers: tuple[str, ...] = ()

    def selects(self, key: CellKey) -> bool:
        return key.root_cause == self.root_cause and all(
            not patterns or any(fnmatchcase(value, p) for p in patterns)
            for value, patterns in (
                (key.scenario, self.scenarios),
                (key.api, self.apis),
                (key.transaction, self.transactions),
                (key.database, self.databases),
                (key.mode, self.modes),
                (key.driver, self.drivers),
            )
        )


@dataclass(frozen=True)
class Claim:
    """One thing the article asserts, in our words, and how the cells test it.

    A tested claim either ``predicts`` outcomes (a cell agrees when its outcome
    is one of them, and, with ``signal``, the caller could see that signal), or
    says the outcome ``varies_with`` an axis (cells that differ only on that
    axis disagree). An untested claim has no selectors and says why.
    """

    id: str
    says: str
    quote: str
    cells: tuple[Selector, ...] = ()
    predicts: frozenset[Outcome] = frozenset()
    prediction: tuple[str, ...] = ()
    """The prediction as the audit file words it (``silent``, ``ok`` ...), for people."""
    signal: str | None = None
    varies_with: str | None = None
    untested: str = ""
    """Why no cell tests the claim."""
    note: str = ""
    """What a reader should know about how the cells test it."""

    @property
    def tested(self) -> bool:
        return bool(self.cells)

    def selects(self, key: CellKey) -> bool:
        return any(selector.selects(key) for selector in self.cells)

    def agrees(self, cell: Cell) -> bool:
        """Whether one measured cell is what the claim predicts."""
        return cell.outcome in self.predicts and (self.signal is None or self.signal in cell.signal)


@dataclass(frozen=True)
class Paragraph:
    """Lines of the article (1-based, inclusive) and the claims they make, or
    why they make none."""

    first: int
    last: int
    claims: tuple[str, ...] = ()
    not_a_claim: str = ""


@dataclass(frozen=True)
class Audit:
    article: str
    """The article's file name."""
    sha256: str
    """The digest of the article the mapping was reviewed against."""
    title: str
    paragraphs: tuple[Paragraph, ...]
    claims: tuple[Claim, ...]

    def claim(self, claim_id: str) -> Claim:
        for claim in self.claims:
            if claim.id == claim_id:
                return claim
        raise KeyError(claim_id)

    def lines_of(self, claim_id: str) -> tuple[tuple[int, int], ...]:
        """The article's line ranges that make ``claim_id``, in order."""
        return tuple((p.first, p.last) for p in self.paragraphs if claim_id in p.claims)


# -- reading the audit file ----------------------------------------------------------


def load_audit(path: Path | None = None) -> Audit:
    """The audit in ``path``, or the one that ships with rowloss."""
    if path is None:
        text = resources.files(__name__).joinpath(AUDIT_FILE).read_text(encoding="utf-8")
        name = AUDIT_FILE
    else:
        text, name = path.read_text(encoding="utf-8"), str(path)
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise AuditError(f"{name}: not valid TOML: {error}") from None
    return audit_from_dict(document, name)


def audit_from_dict(document: Mapping[str, Any], name: str = "audit") -> Audit:
    try:
        _known(document, {"article", "sha256", "title", "paragraphs", "claims"}, name)
        return Audit(
            article=str(document["article"]),
            sha256=str(document["sha256"]),
            title=str(document.get("title", document["article"])),
            paragraphs=tuple(_paragraph(p) for p in document.get("paragraphs", ())),
            claims=tuple(_claim(c) for c in document.get("claims", ())),
        )
    except KeyError as error:
        raise AuditError(f"{name}: an entry lacks {error.args[0]!r}") from None
    except (TypeError, ValueError) as error:
        raise AuditError(f"{name}: {error}") from None


def _known(entry: Mapping[str, Any], allowed: set[str], where: str) -> None:
    unknown = set(entry) - allowed
    if unknown:
        raise ValueError(f"{where} has unknown fields {sorted(unknown)}")


def _paragraph(entry: Mapping[str, Any]) -> Paragraph:
    _known(entry, {"lines", "claims", "not_a_claim"}, f"paragraph {entry.get('lines')}")
    first, last = entry["lines"]
    claims, reason = tuple(entry.get("claims", ())), str(entry.get("not_a_claim", ""))
    if bool(claims) == bool(reason):
        raise ValueError(f"paragraph {[first, last]} needs either claims or not_a_claim")
    return Paragraph(int(first), int(last), claims, reason)


def _selector(entry: Mapping[str, Any]) -> Selector:
    lists = ("scenarios", "apis", "transactions", "databases", "modes", "drivers")
    _known(entry, {"root_cause", *lists}, f"selector of {entry.get('root_cause')}")
    if not entry.get("scenarios"):
        raise ValueError(f"selector of {entry['root_cause']} names no scenarios")
    return Selector(str(entry["root_cause"]), **{k: tuple(entry.get(k, ())) for k in lists})


def _claim(entry: Mapping[str, Any]) -> Claim:
    claim_id = entry["id"]
    allowed = {"id", "says", "quote", "cells", "predicts", "signal", "varies_with"}
    _known(entry, allowed | {"untested", "note"}, f"claim {claim_id}")
    cells = tuple(_selector(s) for s in entry.get("cells", ()))
    words = entry.get("predicts", ())
    words = [words] if isinstance(words, str) else list(words)
    varies_with = entry.get("varies_with")
    if cells and bool(words) == bool(varies_with):
        raise ValueError(f"claim {claim_id} needs either predicts or varies_with")
    if varies_with is not None and varies_with not in AXES:
        raise ValueError(f"claim {claim_id}: varies_with {varies_with!r} is not in {list(AXES)}")
    if cells and entry.get("untested"):
        raise ValueError(f"claim {claim_id} selects cells yet says it is untested")
    if not cells and not entry.get("untested"):
        raise ValueError(f"claim {claim_id} has no cells and does not say why it is untested")
    if not cells and (words or varies_with):
        raise ValueError(f"claim {claim_id} predicts something but selects no cells")
    return Claim(
        id=str(claim_id),
        says=str(entry["says"]),
        quote=str(entry["quote"]),
        cells=cells,
        predicts=_outcomes(words, claim_id),
        prediction=tuple(words),
        signal=entry.get("signal"),
        varies_with=varies_with,
        untested=str(entry.get("untested", "")),
        note=str(entry.get("note", "")),
    )


def _outcomes(words: Iterable[str], claim_id: str) -> frozenset[Outcome]:
    outcomes: set[Outcome] = set()
    for word in words:
        if word in PREDICTION_WORDS:
            outcomes |= PREDICTION_WORDS[word]
        elif word in {o.value for o in Outcome if o.measured}:
            outcomes.add(Outcome(word))
        else:
            raise ValueError(f"claim {claim_id} predicts {word!r}, which is not an outcome")
    return frozenset(outcomes)


# -- verdicts -------------------------------------------------------------------------


@dataclass(frozen=True)
class AxisSplit:
    """How the values of one axis line up with the claim."""

    axis: str
    holding: tuple[str, ...]
    """Values whose every case agrees with the claim."""
    failing: tuple[str, ...]
    """Values whose every case disagrees."""
    mixed: tuple[str, ...]


@dataclass(frozen=True)
class Verdict:
    """What the measured cells of one database say about one claim.

    ``agreeing`` of ``cases`` counts cells, or for a ``varies_with`` claim the
    groups of cells that differ only on that axis. When some agree and some do
    not, ``axes`` names where it depends: each entry is a smallest combination
    of axes whose values together tell agreeing cases from the others (a
    single axis where one does).
    """

    claim: str
    database: str
    status: str
    cases: int = 0
    agreeing: int = 0
    axes: tuple[tuple[str, ...], ...] = ()
    """Where the claim depends: the smallest combinations of axes that decide it."""
    splits: tuple[AxisSplit, ...] = ()
    """How each axis named in ``axes`` lines up with the claim on its own."""
    outcomes: tuple[tuple[str, int], ...] = ()
    """Selected cells by outcome, not-run and error included."""
    examples: tuple[tuple[Cell, ...], ...] = ()
    """A few cases behind the verdict, each as its cells (one, or a ``varies_with``
    group): disagreeing ones first, those with reproducers first."""
    sections: tuple[tuple[str, str], ...] = ()
    """The (SQLAlchemy line, root cause) matrix sections of the selected cells."""

    @property
    def explained(self) -> bool:
        """One axis alone decides it."""
        return any(len(combination) == 1 for combination in self.axes)

    @property
    def label(self) -> str:
        if self.status == DEPENDS:
            named = " or ".join(" + ".join(combination) for combination in self.axes)
            return f"depends on: {named or 'a mix of axes'}"
        return self.status


@dataclass(frozen=True)
class _Case:
    """What one verdict counts: a cell, or a group of cells that differ on one axis."""

    key: CellKey
    agrees: bool
    cells: tuple[Cell, ...]


def judge(cells: Iterable[Cell], audit: Audit) -> dict[str, tuple[Verdict, ...]]:
    """Verdicts of every tested claim, one per database its cells reach, by claim id."""
    cells = list(cells)
    return {
        claim.id: judge_claim(claim, [c for c in cells if claim.selects(c.key)])
        for claim in audit.claims
        if claim.tested
    }


def judge_claim(claim: Claim, selected: Sequence[Cell]) -> tuple[Verdict, ...]:
    """One verdict per database among ``selected``, the cells the claim selects."""
    by_database: dict[str, list[Cell]] = defaultdict(list)
    for cell in sorted(selected, key=lambda c: c.key):
        by_database[cell.key.database].append(cell)
    return tuple(_verdict(claim, db, by_database[db]) for db in sorted(by_database))


def _verdict(claim: Claim, database: str, cells: list[Cell]) -> Verdict:
    measured = [c for c in cells if c.measured]
    cases = _group_cases(claim, measured) if claim.varies_with else _cell_cases(claim, measured)
    base = {
        "claim": claim.id,
        "database": database,
        "outcomes": tuple(sorted(Counter(c.outcome.value for c in cells).items())),
        "sections": tuple(sorted({(c.key.sqlalchemy, c.key.root_cause) for c in cells})),
    }
    if not cases:
        return Verdict(status=NOT_MEASURED, **base)
    agreeing = [case for case in cases if case.agrees]
    disagreeing = [case for case in cases if not case.agrees]
    counts = {"cases": len(cases), "agreeing": len(agreeing)}
    if not disagreeing:
        return Verdict(status=HOLDS, examples=_examples(agreeing), **counts, **base)
    if not agreeing:
        return Verdict(status=FAILS, examples=_examples(disagreeing), **counts, **base)
    varying = [a for a in AXES if a != claim.varies_with and len(_values(cases, a)) > 1]
    combinations = _explaining(varying, cases)
    named = {axis for combination in combinations for axis in combination}
    return Verdict(
        status=DEPENDS,
        axes=combinations,
        splits=tuple(_split(axis, cases) for axis in varying if axis in named),
        examples=_examples(disagreeing, agreeing),
        **counts,
        **base,
    )


def _cell_cases(claim: Claim, measured: list[Cell]) -> list[_Case]:
    return [_Case(c.key, claim.agrees(c), (c,)) for c in measured]


def _group_cases(claim: Claim, measured: list[Cell]) -> list[_Case]:
    """Groups of cells equal but for the ``varies_with`` axis, where that axis
    took at least two values; a group agrees when its outcomes differ."""
    field_name = AXES[claim.varies_with or ""]
    groups: dict[tuple[str, ...], list[Cell]] = defaultdict(list)
    for cell in measured:
        rest = tuple(v for k, v in vars(cell.key).items() if k != field_name)
        groups[rest].append(cell)
    cases = []
    for members in groups.values():
        if len({getattr(c.key, field_name) for c in members}) < 2:
            continue
        varied = len({c.outcome for c in members}) > 1
        cases.append(_Case(members[0].key, varied, tuple(members)))
    return cases


def _value(case: _Case, axis: str) -> str:
    return str(getattr(case.key, AXES[axis]))


def _values(cases: list[_Case], axis: str) -> set[str]:
    return {_value(case, axis) for case in cases}


def _explaining(axes: list[str], cases: list[_Case]) -> tuple[tuple[str, ...], ...]:
    """The smallest combinations of ``axes`` whose values, taken together, split
    the cases into groups that each agree or each disagree: one axis where one
    suffices, else two together, and so on."""
    for size in range(1, len(axes) + 1):
        found = tuple(
            combination
            for combination in itertools.combinations(axes, size)
            if _uniform_by(combination, cases)
        )
        if found:
            return found
    return ()


def _uniform_by(axes: tuple[str, ...], cases: list[_Case]) -> bool:
    seen: dict[tuple[str, ...], bool] = {}
    for case in cases:
        values = tuple(_value(case, axis) for axis in axes)
        if seen.setdefault(values, case.agrees) != case.agrees:
            return False
    return True


def _split(axis: str, cases: list[_Case]) -> AxisSplit:
    seen: dict[str, set[bool]] = defaultdict(set)
    for case in cases:
        seen[_value(case, axis)].add(case.agrees)
    return AxisSplit(
        axis=axis,
        holding=tuple(sorted(v for v, agrees in seen.items() if agrees == {True})),
        failing=tuple(sorted(v for v, agrees in seen.items() if agrees == {False})),
        mixed=tuple(sorted(v for v, agrees in seen.items() if len(agrees) == 2)),
    )


def _examples(first: Sequence[_Case], then: Sequence[_Case] = ()) -> tuple[tuple[Cell, ...], ...]:
    """A few cases from ``first`` and one from ``then``, each as its cells
    (one cell, or a ``varies_with`` group): with a reproducer before without,
    and of scenarios, then APIs, not shown yet before repeats."""
    chosen: list[_Case] = []
    for pool, room in ((first, EXAMPLES), (then, 1)):
        candidates = sorted(pool, key=lambda case: (not _reproducible(case), case.key))
        wanted = len(chosen) + room
        for shown in (_scenario, _scenario_and_api, _whole_key):
            for case in candidates:
                if len(chosen) < wanted and shown(case) not in {shown(c) for c in chosen}:
                    chosen.append(case)
    return tuple(
        tuple(sorted(case.cells, key=lambda c: (c.reproducer is None, c.key))) for case in chosen
    )


def _reproducible(case: _Case) -> bool:
    return any(cell.reproducer for cell in case.cells)


def _scenario(case: _Case) -> tuple[str, ...]:
    return (case.key.root_cause, case.key.scenario)


def _scenario_and_api(case: _Case) -> tuple[str, ...]:
    return (case.key.root_cause, case.key.scenario, case.key.api)


def _whole_key(case: _Case) -> CellKey:
    return case.key


__all__ = [
    "AXES",
    "Audit",
    "AuditError",
    "AxisSplit",
    "Claim",
    "Paragraph",
    "Selector",
    "Verdict",
    "audit_from_dict",
    "judge",
    "judge_claim",
    "load_audit",
]
