"""Reproducers are one template filled from parts: a run keeps the parts beside
each script, and publishing renders from them, never from a script's text. A
reproducer runs with SQLAlchemy and the driver alone, and says whether what it
measured agrees with what rowloss published."""

import dataclasses
import gzip
import json
import pathlib
import re
import subprocess
from pathlib import Path

import pytest
from reproducers import python_without_rowloss, run_reproducer
from sqlalchemy import Column, Integer, MetaData, String, Table

from rowloss.cells import Cell, CellKey, Outcome, Versions
from rowloss.measure import callers
from rowloss.measure.apis import APIS
from rowloss.measure.budget import Budget
from rowloss.measure.scenario import Batch, Variant
from rowloss.measure.search import measure
from rowloss.measure.sqla import sqlalchemy_line
from rowloss.measure.strategies import ShapeSpace
from rowloss.publish import reproducer
from rowloss.publish.cellfiles import load
from rowloss.publish.reports import NotOurFolder, publish

BUDGET = Budget(examples=2, shrink_calls=20, max_batch=20)
PUBLISHED = "reproducers/test/swallowed/sqlite-default.py"


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


def key(driver: str = "pysqlite", api: str = "core_executemany") -> CellKey:
    return CellKey(
        "test", "swallowed", "sqlite", "default", driver, api, "transaction", sqlalchemy_line()
    )


def measured_cell(target, run_dir: Path, api: str = "core_executemany") -> Cell:
    """A dropped cell measured on SQLite, its reproducer written into ``run_dir``."""
    worst = measure(target, SWALLOWED, APIS[api], "transaction", BUDGET).worst
    assert worst.verdict.outcome is Outcome.DROPPED
    text = reproducer.source(
        key(api=api), SWALLOWED, APIS[api], target, worst, worst.verdict.detail
    )
    path = run_dir / reproducer.write(run_dir, key(api=api), text)
    report = target.report
    return Cell(
        key=key(api=api),
        outcome=worst.verdict.outcome,
        detail=worst.verdict.detail,
        versions=Versions(report.server_version, report.driver_version, report.sqlalchemy_version),
        evidence={"batch": worst.shape.describe()},
        reproducer=str(path),
    )


def as_driver(cell: Cell, driver: str, folder: Path, detail: str) -> Cell:
    """``cell`` as if ``driver`` had measured it, its reproducer's parts in ``folder``."""
    parts = reproducer.load(Path(cell.reproducer))
    case = parts.cases[0]
    measured = dataclasses.replace(case.measured[0], driver=driver, detail=detail)
    path = folder / f"{driver}-{cell.key.api}.py"
    reproducer.save(
        path, dataclasses.replace(parts, cases=(dataclasses.replace(case, measured=(measured,)),))
    )
    key = dataclasses.replace(cell.key, driver=driver)
    return dataclasses.replace(cell, key=key, detail=detail, reproducer=str(path))


@pytest.fixture
def measured(sqlite_target, tmp_path) -> tuple[Cell, str]:
    cell = measured_cell(sqlite_target, tmp_path / "run")
    return cell, Path(cell.reproducer).read_text()


def sqlite_url(target) -> str:
    return target.url.set(drivername="sqlite").render_as_string(hide_password=False)


def code_of(text: str) -> str:
    """The code particular to the reproducer: from its imports to its steps."""
    start = text.index("\nfrom __future__ import annotations")
    return text[start : text.index("\n# ", text.index("\nCASES = ["))]


def test_a_run_keeps_the_parts_its_reproducer_was_rendered_from(measured):
    cell, text = measured
    script = Path(cell.reproducer)
    parts = reproducer.load(script)
    assert text == reproducer.render(parts, reproducer.RUN_STEPS)
    assert reproducer.parts_path(script) == script.with_name(script.stem + ".parts.json")
    assert [case.api for case in parts.cases] == ["core_executemany"]
    header = text[: text.index(code_of(text))]
    assert "via pysqlite" in header
    assert "\n`except Exception: rollback()` around a repeated key.\n" in header
    assert "sqlite+pysqlite:///rowloss-repro.db" in header and "DRIVER" not in header
    assert f"'pysqlite': {{\n                '{cell.key.sqlalchemy}': ('dropped', " in text


def test_a_reproducer_imports_nothing_of_rowloss(measured):
    """A run's reproducers share one copy of the steps; a published one holds them."""
    cell, text = measured
    steps = Path(cell.reproducer).parents[2] / reproducer.STEPS_FILE
    published = reproducer.render(reproducer.load(Path(cell.reproducer)))
    for source in (text, steps.read_text(), published):
        assert not re.search(r"^\s*(from|import) rowloss", source, re.MULTILINE)
    assert "the steps every rowloss reproducer shares" in steps.read_text()
    assert f"/ {reproducer.RUN_STEPS!r}\nexec(compile(" in text
    assert "\ndef run_case(" in published and "exec(" not in published
    assert code_of(published) == code_of(text)


def test_a_run_reproducer_agrees_with_its_cell_and_shows_what_the_caller_saw(
    measured, sqlite_target
):
    cell, _ = measured
    done = run_reproducer(Path(cell.reproducer), sqlite_url(sqlite_target))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "outcome:   dropped - 2 of 2 rows missing" in done.stdout
    assert "caught:    IntegrityError: (sqlite3.IntegrityError) UNIQUE" in done.stdout
    assert "error:     none reached the application" in done.stdout
    published = f"what rowloss published for pysqlite on SQLAlchemy {cell.key.sqlalchemy}"
    assert done.stdout.rstrip().endswith(f"the 1 case agrees with {published}")


def test_a_reproducer_that_measures_otherwise_exits_1(measured, sqlite_target, tmp_path):
    """A published outcome that the server no longer gives is a difference."""
    cell, _ = measured
    script = Path(cell.reproducer)
    parts = reproducer.load(script)
    case = parts.cases[0]
    ok = dataclasses.replace(case.measured[0], outcome="ok")
    changed = dataclasses.replace(parts, cases=(dataclasses.replace(case, measured=(ok,)),))
    other = tmp_path / "other.py"
    other.write_text(reproducer.render(changed))
    done = run_reproducer(other, sqlite_url(sqlite_target))
    assert done.returncode == 1
    line = cell.key.sqlalchemy
    assert f"published: ok for pysqlite on SQLAlchemy {line}, DIFFERS" in done.stdout
    assert done.stdout.rstrip().endswith(
        f"1 of 1 case differs from what rowloss published for pysqlite on SQLAlchemy {line}"
    )


def test_a_reproducer_measured_on_another_line_compares_nothing_and_says_so(
    measured, sqlite_target, tmp_path
):
    """An outcome of another SQLAlchemy line is not held against this one's."""
    cell, _ = measured
    parts = reproducer.load(Path(cell.reproducer))
    case = parts.cases[0]
    elsewhere = dataclasses.replace(case.measured[0], outcome="ok", line="0.9")
    moved = dataclasses.replace(parts, cases=(dataclasses.replace(case, measured=(elsewhere,)),))
    other = tmp_path / "other.py"
    other.write_text(reproducer.render(moved))
    done = run_reproducer(other, sqlite_url(sqlite_target))
    assert done.returncode == 0, done.stdout + done.stderr
    line = cell.key.sqlalchemy
    assert (
        f"published: nothing for pysqlite on SQLAlchemy {line}; rowloss measured SQLAlchemy 0.9"
    ) in done.stdout
    assert done.stdout.rstrip().endswith(
        f"no case to compare with what rowloss published for pysqlite on SQLAlchemy {line} "
        "(1 without a published outcome to compare with)"
    )


def test_a_bad_command_line_is_one_usage_line_and_exit_2(measured):
    cell, _ = measured
    done = run_reproducer(Path(cell.reproducer), "not a url")
    assert done.returncode == 2
    assert "cannot use that URL" in done.stderr and "Traceback" not in done.stderr
    done = run_reproducer(Path(cell.reproducer), "sqlite://", "--api", "add_all")
    assert done.returncode == 2 and "no case matches --api" in done.stderr


def test_an_unreachable_database_is_exit_3_without_the_password(measured):
    cell, _ = measured
    url = "postgresql+psycopg2://someone:s3cret-word@127.0.0.1:9/db"
    done = run_reproducer(Path(cell.reproducer), url)
    assert done.returncode == 3
    assert "s3cret-word" not in done.stdout + done.stderr
    assert "Traceback" not in done.stderr


def test_publishing_one_cell_renders_its_parts_and_the_code_is_the_runs(measured, tmp_path):
    cell, text = measured
    publish([cell], tmp_path / "reports")
    script = tmp_path / "reports" / PUBLISHED
    published = script.read_text()
    parts = reproducer.load(script)
    assert published == reproducer.render(parts)
    assert parts.cases == reproducer.load(Path(cell.reproducer)).cases
    assert code_of(published) == code_of(text), "the code and rows are the run's"
    assert f"- pysqlite {cell.versions.driver} (sqlite {cell.versions.server}, " in published
    assert "with DRIVER one of: pysqlite." in published


def test_a_published_reproducer_holds_a_case_per_api_and_runs_only_the_urls_driver(
    sqlite_target, tmp_path
):
    cells = [
        measured_cell(sqlite_target, tmp_path / "run", api)
        for api in ("core_executemany", "orm_bulk_insert")
    ]
    aiosqlite = as_driver(cells[0], "aiosqlite", tmp_path / "other", "as aiosqlite saw it")
    publish([*cells, aiosqlite], tmp_path / "reports")
    script = tmp_path / "reports" / PUBLISHED
    parts = reproducer.load(script)
    assert [(c.api, c.drivers) for c in parts.cases] == [
        ("core_executemany", ("aiosqlite", "pysqlite")),
        ("orm_bulk_insert", ("pysqlite",)),
    ]
    assert {c.key.driver + c.key.api: c.reproducer for c in load(tmp_path / "reports")} == {
        "pysqlitecore_executemany": str(script),
        "pysqliteorm_bulk_insert": str(script),
        "aiosqlitecore_executemany": str(script),
    }
    done = run_reproducer(script, sqlite_url(sqlite_target))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "all 2 cases agree" in done.stdout
    url = sqlite_url(sqlite_target).replace("sqlite://", "sqlite+aiosqlite://")
    done = run_reproducer(script, url, "--api", "core_executemany")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "== case 1: core_executemany (transaction)" in done.stdout
    assert "orm_bulk_insert" not in done.stdout.split("== case 1")[1]
    assert "the 1 case agrees with what rowloss published for aiosqlite" in done.stdout


def test_a_published_reproducer_runs_where_rowloss_is_not_installed(
    measured, sqlite_target, tmp_path
):
    cell, _ = measured
    publish([cell], tmp_path / "reports")
    python = python_without_rowloss(tmp_path / "venv")
    assert subprocess.run([python, "-c", "import rowloss"], capture_output=True).returncode == 1
    script = tmp_path / "reports" / PUBLISHED
    done = run_reproducer(script, sqlite_url(sqlite_target), python=python)
    assert done.returncode == 0, done.stdout + done.stderr


def test_publishing_cells_that_share_code_reads_no_script_back(measured, tmp_path, monkeypatch):
    """The run's scripts are overwritten, and reading any script fails: what is
    published comes from the parts alone, listing every cell it stands for."""
    cell, _ = measured
    detail = "1 of 2 rows missing, as aiosqlite saw it"
    other = as_driver(cell, "aiosqlite", tmp_path / "other", detail)
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
    line = cell.key.sqlalchemy
    assert f"'{line}': ('dropped', '1 of 2 rows missing, as aiosqlite saw it')" in text_published
    assert "with DRIVER one of: aiosqlite, pysqlite." in text_published
    assert text_published.count('"api": ') == 1


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
    with pytest.raises(
        reproducer.UnreadableParts, match="parts_version 99; this rowloss reads 2 or 3"
    ):
        reproducer.load(Path(cell.reproducer))


def test_the_template_defines_unpack_and_the_wrong_model_only_when_asked(measured):
    cell, _ = measured
    parts = reproducer.load(Path(cell.reproducer))
    plain = reproducer.render(parts)
    assert "def unpack(" not in plain and "WRONG_MODEL = False" in plain
    case = parts.cases[0]
    code = dataclasses.replace(case.code, sent="unpack(  # 60 rows\n)", wrong_model=True)
    changed = reproducer.render(
        dataclasses.replace(parts, cases=(dataclasses.replace(case, code=code),))
    )
    assert "\ndef unpack(*packed):\n" in changed
    assert "WRONG_MODEL = True" in changed


@pytest.mark.parametrize(
    ("stored", "refusal"),
    [
        (
            lambda document: gzip.compress(json.dumps({**document, "parts_version": 99}).encode()),
            "parts_version 99; this rowloss reads 2",
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
