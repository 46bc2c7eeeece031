"""The claims audit: the mapping covers the article it was reviewed against,
names only scenarios and APIs the suite has, and the verdicts and the page
say what the cells say."""

from __future__ import annotations

import hashlib
import importlib.util
import os
import random
from fnmatch import fnmatchcase
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from rowloss.backends import BACKENDS
from rowloss.cells import Cell, CellKey, Outcome
from rowloss.claims import (
    DEPENDS,
    FAILS,
    HOLDS,
    NOT_MEASURED,
    Audit,
    AuditError,
    audit_from_dict,
    judge,
    load_audit,
)
from rowloss.measure.apis import APIS, TRANSACTIONS
from rowloss.render.anchors import row_anchor
from rowloss.render.claims import render_claims

CHECKOUT = Path(__file__).parents[1]
GUIDANCE = CHECKOUT.parent / "shared" / "guidance"
SCENARIOS = CHECKOUT / "scenarios"
REQUIRE_GUIDANCE = "ROWLOSS_REQUIRE_GUIDANCE"
"""Set by CI, which has the guidance beside the checkout: its absence fails there,
and a clone alone skips what needs it."""
QUOTE_WORDS = 8
"""The longest quote of the article the audit may hold: enough to find a sentence."""


@pytest.fixture(scope="module")
def audit() -> Audit:
    return load_audit()


@pytest.fixture(scope="module")
def article(audit: Audit) -> bytes:
    path = GUIDANCE / audit.article
    if not path.is_file():
        why = (
            f"the article {path} is missing; the claims audit is checked against it "
            f"(put the guidance beside the checkout, in ../shared/guidance/)"
        )
        if os.environ.get(REQUIRE_GUIDANCE, "") in ("", "0"):
            pytest.skip(why)
        pytest.fail(f"{why}; {REQUIRE_GUIDANCE} is set", pytrace=False)
    return path.read_bytes()


def article_lines(article: bytes) -> list[str]:
    return article.decode("utf-8").splitlines()


# -- (a) the article and its paragraphs -----------------------------------------------


def test_article_is_the_one_reviewed(audit: Audit, article: bytes) -> None:
    digest = hashlib.sha256(article).hexdigest()
    assert digest == audit.sha256, (
        f"{audit.article} changed (sha256 {digest}, the audit was reviewed against "
        f"{audit.sha256}): review the paragraph and claim mapping in "
        "src/rowloss/claims/, then update its sha256"
    )


def test_every_line_with_text_is_in_exactly_one_paragraph(audit: Audit, article: bytes) -> None:
    lines = article_lines(article)
    covered: dict[int, int] = {}
    for paragraph in audit.paragraphs:
        where = f"paragraph {paragraph.first}-{paragraph.last}"
        assert 1 <= paragraph.first <= paragraph.last <= len(lines), (
            f"{where} is not within the article's {len(lines)} lines"
        )
        for number in range(paragraph.first, paragraph.last + 1):
            assert number not in covered, f"line {number} is in two paragraphs"
            covered[number] = 1
    missing = [n for n, text in enumerate(lines, 1) if text.strip() and n not in covered]
    assert not missing, f"lines {missing} belong to no paragraph of the audit"


def test_paragraphs_are_in_article_order(audit: Audit) -> None:
    starts = [paragraph.first for paragraph in audit.paragraphs]
    assert starts == sorted(starts)


def test_quotes_are_short_and_found_in_the_claims_lines(audit: Audit, article: bytes) -> None:
    lines = article_lines(article)
    for claim in audit.claims:
        assert len(claim.quote.split()) <= QUOTE_WORDS, f"{claim.id}: quote too long"
        text = "\n".join(
            "\n".join(lines[first - 1 : last]) for first, last in audit.lines_of(claim.id)
        )
        assert claim.quote in text, f"{claim.id}: quote not found in its lines"


# -- (b) claims and paragraphs refer to each other ------------------------------------


def test_claim_ids_are_unique(audit: Audit) -> None:
    ids = [claim.id for claim in audit.claims]
    assert len(ids) == len(set(ids))


def test_every_referenced_claim_exists(audit: Audit) -> None:
    ids = {claim.id for claim in audit.claims}
    for paragraph in audit.paragraphs:
        unknown = set(paragraph.claims) - ids
        assert not unknown, f"paragraph {paragraph.first}: unknown claims {sorted(unknown)}"


def test_every_claim_comes_from_a_paragraph(audit: Audit) -> None:
    orphans = [claim.id for claim in audit.claims if not audit.lines_of(claim.id)]
    assert not orphans, f"claims no paragraph makes: {orphans}"


# -- (c) selectors name what the suite has --------------------------------------------


def scenario_module(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"rowloss_claims_check_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scenario_names() -> dict[str, set[str]]:
    """Each root cause's scenario names, from the scenario modules' VARIANTS."""
    names: dict[str, set[str]] = {}
    for path in sorted(SCENARIOS.glob("test_*.py")):
        module = scenario_module(path)
        variants = getattr(module, "VARIANTS", ())
        names.setdefault(module.ROOT_CAUSE, set()).update(v.name for v in variants)
    return names


def test_selectors_name_real_scenarios_apis_and_targets(
    audit: Audit, scenario_names: dict[str, set[str]]
) -> None:
    modes = {mode.name for backend in BACKENDS.values() for mode in backend.modes}
    drivers = {d.name for backend in BACKENDS.values() for d in backend.drivers}
    for claim in audit.claims:
        for selector in claim.cells:
            assert selector.root_cause in scenario_names, (
                f"{claim.id}: no scenario module has ROOT_CAUSE {selector.root_cause!r}"
            )
            known = {
                "scenario": (selector.scenarios, scenario_names[selector.root_cause]),
                "api": (selector.apis, set(APIS)),
                "transaction": (selector.transactions, set(TRANSACTIONS)),
                "database": (selector.databases, set(BACKENDS)),
                "mode": (selector.modes, modes),
                "driver": (selector.drivers, drivers),
            }
            for kind, (patterns, names) in known.items():
                for pattern in patterns:
                    assert any(fnmatchcase(name, pattern) for name in names), (
                        f"{claim.id}: {kind} {pattern!r} of {selector.root_cause} matches "
                        f"nothing in the suite (renamed?)"
                    )


def test_tested_and_untested_claims_are_told_apart(audit: Audit) -> None:
    for claim in audit.claims:
        if claim.tested:
            assert claim.predicts or claim.varies_with, claim.id
            assert not claim.untested, claim.id
        else:
            assert claim.untested, claim.id


# -- (d) verdicts on small, hand-made cell lists --------------------------------------


def cell(
    outcome: str,
    *,
    scenario: str = "pk_in_batch",
    api: str = "bulk_insert_mappings",
    database: str = "sqlite",
    mode: str = "default",
    driver: str = "pysqlite",
    transaction: str = "transaction",
    signal: tuple[str, ...] = (),
    reproducer: str | None = None,
) -> Cell:
    key = CellKey("duplicates", scenario, database, mode, driver, api, transaction, "2.0")
    return Cell(
        key, Outcome(outcome), detail=f"{outcome} here", signal=signal, reproducer=reproducer
    )


def small_audit(**claim: Any) -> Audit:
    entry = {"id": "c", "says": "a claim", "quote": "a claim", **claim}
    entry.setdefault("cells", [{"root_cause": "duplicates", "scenarios": ["*"]}])
    paragraphs = [{"lines": [1, 1], "claims": ["c"]}]
    return audit_from_dict(
        {"article": "a.txt", "sha256": "0", "paragraphs": paragraphs, "claims": [entry]}
    )


def verdict_of(audit: Audit, cells: list[Cell], database: str = "sqlite"):
    return {v.database: v for v in judge(cells, audit)["c"]}[database]


def test_every_cell_as_predicted_holds() -> None:
    audit = small_audit(predicts=["raised"])
    verdict = verdict_of(audit, [cell("raised"), cell("raised", api="add_all")])
    assert (verdict.status, verdict.agreeing, verdict.cases) == (HOLDS, 2, 2)
    assert verdict.label == "holds"


def test_no_cell_as_predicted_does_not_hold() -> None:
    audit = small_audit(predicts=["silent"])
    verdict = verdict_of(audit, [cell("raised"), cell("partial", api="add_all")])
    assert verdict.status == FAILS
    assert verdict.label == "does not hold"


def test_outcome_split_by_api_depends_on_api() -> None:
    audit = small_audit(predicts=["dropped"])
    cells = [
        cell("dropped", api="insert_or_ignore", driver="pysqlite"),
        cell("dropped", api="insert_or_ignore", driver="aiosqlite"),
        cell("raised", api="add_all", driver="pysqlite"),
        cell("raised", api="add_all", driver="aiosqlite"),
    ]
    verdict = verdict_of(audit, cells)
    assert verdict.status == DEPENDS
    assert verdict.axes == (("api",),)
    assert verdict.label == "depends on: api"
    (split,) = verdict.splits
    assert (split.holding, split.failing, split.mixed) == (("insert_or_ignore",), ("add_all",), ())


def test_outcome_split_by_mode_depends_on_mode() -> None:
    audit = small_audit(predicts=["altered"])
    mariadb = {"database": "mariadb", "driver": "pymysql"}
    cells = [
        cell("altered", mode="permissive", **mariadb),
        cell("altered", mode="permissive", api="add_all", **mariadb),
        cell("raised", mode="strict", **mariadb),
        cell("raised", mode="strict", api="add_all", **mariadb),
    ]
    verdict = verdict_of(audit, cells, "mariadb")
    assert verdict.label == "depends on: mode"


def test_no_single_axis_names_the_fewest_that_decide_together() -> None:
    audit = small_audit(predicts=["ok"])
    cells = [
        cell("ok", api="add_all", driver="pysqlite"),
        cell("ok", api="core_executemany", driver="aiosqlite"),
        cell("raised", api="add_all", driver="aiosqlite"),
        cell("raised", api="core_executemany", driver="pysqlite"),
    ]
    verdict = verdict_of(audit, cells)
    assert verdict.axes == (("api", "driver"),)
    assert not verdict.explained
    assert verdict.label == "depends on: api + driver"


def test_not_run_and_error_cells_are_left_out() -> None:
    audit = small_audit(predicts=["raised"])
    cells = [
        cell("raised"),
        cell("not-run", api="add_all"),
        cell("error", api="core_executemany"),
        cell("not-run", database="mysql", driver="pymysql", mode="strict"),
    ]
    verdicts = {v.database: v for v in judge(cells, audit)["c"]}
    assert (verdicts["sqlite"].status, verdicts["sqlite"].cases) == (HOLDS, 1)
    assert verdicts["mysql"].status == NOT_MEASURED
    assert verdicts["mysql"].label == "not measured here"


def test_a_required_signal_must_be_seen() -> None:
    audit = small_audit(predicts=["dropped"], signal="returning")
    cells = [cell("dropped", signal=("rowcount", "returning")), cell("dropped", api="add_all")]
    verdict = verdict_of(audit, cells)
    assert (verdict.status, verdict.agreeing) == (DEPENDS, 1)


def test_varies_with_compares_cells_that_differ_only_on_that_axis() -> None:
    audit = small_audit(varies_with="driver")
    differing = [cell("raised"), cell("partial", driver="aiosqlite")]
    alike = [cell("raised", api="add_all"), cell("raised", api="add_all", driver="aiosqlite")]
    assert verdict_of(audit, differing).status == HOLDS
    assert verdict_of(audit, alike).status == FAILS
    mixed = verdict_of(audit, differing + alike)
    assert (mixed.label, mixed.agreeing, mixed.cases) == ("depends on: api", 1, 2)


def test_examples_prefer_disagreeing_cells_with_reproducers() -> None:
    audit = small_audit(predicts=["raised"])
    cells = [
        cell("raised", api="add_all", reproducer="reproducers/agreeing.py"),
        cell("dropped", api="insert_or_ignore"),
        cell("dropped", api="on_conflict_do_nothing", reproducer="reproducers/a.py"),
    ]
    examples = verdict_of(audit, cells).examples
    assert [group[0].reproducer for group in examples] == [
        "reproducers/a.py",
        None,
        cells[0].reproducer,
    ]


def test_an_untested_claim_gets_no_verdict_and_is_listed_as_untested() -> None:
    audit = small_audit(cells=[], untested="advice about logging")
    assert judge([cell("raised")], audit) == {}
    page = render_claims([cell("raised")], audit)
    untested = page.split("## Untested claims", 1)[1]
    assert "**c**" in untested and "advice about logging" in untested


@pytest.mark.parametrize(
    ("claim", "message"),
    [
        ({"predicts": ["vanished"]}, "not an outcome"),
        ({"predicts": ["ok"], "varies_with": "driver"}, "either predicts or varies_with"),
        ({"varies_with": "colour"}, "varies_with"),
        ({"cells": []}, "does not say why"),
        ({"predicts": ["ok"], "colour": "red"}, "unknown fields"),
        ({"predicts": ["ok"], "untested": "why"}, "yet says it is untested"),
    ],
)
def test_a_malformed_audit_is_refused_with_a_message(claim: dict, message: str) -> None:
    with pytest.raises(AuditError, match=message):
        small_audit(**claim)


# -- (e) the page ---------------------------------------------------------------------


def sample_cells() -> list[Cell]:
    return [
        cell("raised", reproducer="reproducers/duplicates/pk_in_batch/sqlite-raised.py"),
        cell("partial", transaction="autocommit"),
        cell("dropped", api="on_conflict_do_nothing_returning", signal=("returning",)),
        cell("raised", database="postgresql", driver="psycopg2", api="core_executemany"),
        cell("not-run", database="mysql", driver="pymysql", mode="strict"),
    ]


def test_page_mentions_every_claim_and_paragraph(audit: Audit) -> None:
    page = render_claims(sample_cells(), audit)
    for claim in audit.claims:
        assert claim.id in page
    for paragraph in audit.paragraphs:
        if paragraph.not_a_claim:
            assert paragraph.not_a_claim in page


def test_page_links_reproducers_and_matrix_rows(audit: Audit) -> None:
    cells = sample_cells()
    page = render_claims(cells, audit)
    assert "(MATRIX.md)" in page
    assert "(reproducers/duplicates/pk_in_batch/sqlite-raised.py)" in page
    detail = f"matrix/sqlalchemy-{cells[0].key.sqlalchemy}/{cells[0].key.root_cause}.md"
    assert f"({detail}#{row_anchor(cells[0].key)})" in page, "a row links into its detail file"


def test_page_is_the_same_whatever_the_order_of_cells(audit: Audit) -> None:
    cells = sample_cells()
    shuffled = cells[:]
    random.Random(7).shuffle(shuffled)
    assert render_claims(cells, audit) == render_claims(shuffled, audit)
