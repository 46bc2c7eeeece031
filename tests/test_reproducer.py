"""Reproducers are one template filled from parts: a run keeps the parts beside
each script, and publishing renders from them, never from a script's text."""

import dataclasses
import gzip
import json
import pathlib
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table

from rowloss.cells import Cell, CellKey, Outcome, Versions
from rowloss.measure import callers
from rowloss.measure.apis import APIS
from rowloss.measure.budget import Budget
from rowloss.measure.scenario import Batch, Variant
from rowloss.measure.search import measure
from rowloss.measure.strategies import ShapeSpace
from rowloss.publish import reproducer
from rowloss.publish.cellfiles import load
from rowloss.publish.reports import NotOurFolder, publish

BUDGET = Budget(examples=2, shrink_calls=20, max_batch=20)
PUBLISHED = "reproducers/sqlalchemy-x/test/swallowed/sqlite-default-core_executemany-transaction.py"


def items_table(metadata: MetaData, name: str) -> Table:
    return Table(
        name,
        metadata,
        Column("id", Integer, primary_key=True, autoincrement=False),
        Column("label", String(20)),
    )


def repeated_key(shape):
    rows = [{"id": i + 1, "label": f"item {i}"} for i in range(shape.size)]
    for position in shape.faults:
        rows[position]["id"] = 1
    return Batch(sent=rows, meant=rows)


SWALLOWED = Variant(
    "swallowed",
    items_table,
    ShapeSpace(min_size=2, first_fault_at=1, max_faults=1),
    repeated_key,
    caller=callers.swallow,
    note="`except Exception: rollback()` around a repeated key",
)


def key(driver: str = "pysqlite") -> CellKey:
    return CellKey(
        "test", "swallowed", "sqlite", "default", driver, "core_executemany", "transaction", "x"
    )


@pytest.fixture
def measured(sqlite_target, tmp_path) -> tuple[Cell, reproducer.Script]:
    """A dropped cell measured on SQLite, its reproducer written into a run directory."""
    api = APIS["core_executemany"]
    worst = measure(sqlite_target, SWALLOWED, api, "transaction", BUDGET).worst
    assert worst.verdict.outcome is Outcome.DROPPED
    text = reproducer.source(key(), SWALLOWED, api, sqlite_target, worst, worst.verdict.detail)
    run_dir = tmp_path / "run"
    path = run_dir / reproducer.write(run_dir, key(), text)
    report = sqlite_target.report
    cell = Cell(
        key=key(),
        outcome=worst.verdict.outcome,
        detail=worst.verdict.detail,
        versions=Versions(report.server_version, report.driver_version, report.sqlalchemy_version),
        evidence={"batch": worst.shape.describe()},
        reproducer=str(path),
    )
    return cell, text


def sqlite_url(target) -> str:
    return target.url.set(drivername="sqlite").render_as_string(hide_password=False)


def run(script: Path, url: str) -> str:
    printed = subprocess.run(
        [sys.executable, str(script), url], capture_output=True, text=True, check=True
    ).stdout
    return printed.strip().splitlines()[-1]


def code_of(text: str) -> str:
    return text[text.index("\nfrom __future__ import annotations") :]


def test_a_run_keeps_the_parts_its_reproducer_was_rendered_from(measured):
    cell, text = measured
    script = Path(cell.reproducer)
    assert script.read_text() == text == reproducer.render(text.parts)
    assert reproducer.load(script) == text.parts
    assert reproducer.parts_path(script) == script.with_name(script.stem + ".parts.json")
    header = text[: text.index(code_of(text))]
    assert "via pysqlite" in header
    assert "\n`except Exception: rollback()` around a repeated key.\n" in header
    assert f"Measured by rowloss: dropped - {cell.detail}" in header
    assert "sqlite+pysqlite:///rowloss-repro.db" in header and "DRIVER" not in header


def test_publishing_one_cell_renders_its_parts_and_the_code_is_the_runs(measured, tmp_path):
    cell, text = measured
    publish([cell], tmp_path / "reports")
    script = tmp_path / "reports" / PUBLISHED
    published = script.read_text()
    expected = reproducer.shared([cell], text.parts, script.name)
    assert published == reproducer.render(expected)
    assert reproducer.load(script) == expected
    assert code_of(published) == code_of(text), "the code and rows are the run's"
    assert f"- pysqlite {cell.versions.driver} (sqlite {cell.versions.server}, " in published
    assert "with DRIVER one of: pysqlite." in published


def test_a_published_reproducer_runs_against_sqlite(measured, sqlite_target, tmp_path):
    cell, _ = measured
    publish([cell], tmp_path / "reports")
    outcome = run(tmp_path / "reports" / PUBLISHED, sqlite_url(sqlite_target))
    assert outcome.startswith("outcome: dropped - ")


def test_publishing_cells_that_share_code_reads_no_script_back(measured, tmp_path, monkeypatch):
    """The run's scripts are overwritten, and reading any script fails: what is
    published comes from the parts alone, listing every cell it stands for."""
    cell, text = measured
    other_dir = tmp_path / "other"
    other = dataclasses.replace(
        cell,
        key=key("aiosqlite"),
        detail="1 of 2 rows missing, as aiosqlite saw it",
        reproducer=str(other_dir / reproducer.write(other_dir, key("aiosqlite"), text)),
    )
    for member in (cell, other):
        Path(member.reproducer).write_text("raise SystemExit('a script was read back')\n")
    read_text = pathlib.Path.read_text

    def no_script(path, *args, **kwargs):
        assert path.suffix != ".py", f"{path} was read back"
        return read_text(path, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "read_text", no_script)
    published = publish([other, cell], tmp_path / "reports")
    monkeypatch.undo()
    assert published.reproducers == 1
    script = tmp_path / "reports" / PUBLISHED
    text_published = script.read_text()
    assert "a script was read back" not in text_published
    assert f"- pysqlite {cell.versions.driver} (sqlite" in text_published
    assert "- aiosqlite" in text_published and "as aiosqlite saw it" in text_published
    assert "with DRIVER one of: aiosqlite, pysqlite." in text_published
    assert text_published.count("Measured by rowloss") == 1
    assert text_published == reproducer.render(
        reproducer.shared([other, cell], text.parts, script.name)
    )
    assert {c.key.driver: c.reproducer for c in load(tmp_path / "reports")} == {
        "aiosqlite": str(script),
        "pysqlite": str(script),
    }


def test_a_reproducer_without_its_parts_is_refused_and_the_folder_kept(measured, tmp_path):
    cell, _ = measured
    folder = tmp_path / "reports"
    publish([cell], folder)
    before = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    reproducer.parts_path(Path(cell.reproducer)).unlink()
    with pytest.raises(
        NotOurFolder, match=r"has no parts .*no .*\.parts\.json beside it"
    ) as refused:
        publish([cell], folder)
    assert "\n" not in str(refused.value)
    assert {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()} == before


def test_parts_of_another_version_are_refused(measured):
    cell, _ = measured
    path = reproducer.parts_path(Path(cell.reproducer))
    document = json.loads(path.read_text())
    path.write_text(json.dumps({**document, "parts_version": 99}))
    with pytest.raises(reproducer.UnreadableParts, match="parts_version 99; this rowloss reads 1"):
        reproducer.load(Path(cell.reproducer))


def test_the_template_imports_unpack_and_hands_the_wrong_model_only_when_asked(measured):
    _, text = measured
    plain = reproducer.render(text.parts)
    assert "Sink, unpack" not in plain and "wrong_model=True" not in plain
    code = dataclasses.replace(text.parts.code, sent="unpack(  # 60 rows\n)", wrong_model=True)
    changed = reproducer.render(dataclasses.replace(text.parts, code=code))
    assert "from rowloss.publish.reproduce import Case, Insert, Rows, Sink, unpack\n" in changed
    assert "        wrong_model=True,  # the insert is handed the wrong model\n" in changed


@pytest.mark.parametrize(
    ("stored", "refusal"),
    [
        (
            lambda document: gzip.compress(json.dumps({**document, "parts_version": 99}).encode()),
            "parts_version 99; this rowloss reads 1",
        ),
        (lambda document: b"not gzip", "is not a parts store"),
        (
            lambda document: gzip.compress(json.dumps({**document, "sources": {}}).encode()),
            "is not a parts store",
        ),
    ],
)
def test_a_store_of_another_version_or_shape_is_refused(measured, tmp_path, stored, refusal):
    cell, _ = measured
    publish([cell], tmp_path / "reports")
    store = tmp_path / "reports" / "reproducers" / reproducer.STORE
    store.write_bytes(stored(json.loads(gzip.decompress(store.read_bytes()))))
    with pytest.raises(reproducer.UnreadableParts, match=refusal) as refused:
        reproducer.load(tmp_path / "reports" / PUBLISHED)
    assert "\n" not in str(refused.value)
