"""The phase clock behind ``rowloss bench``: exclusive seconds per phase, and
every round trip of a real engine counted as ``database``."""

from __future__ import annotations

import json
import subprocess
import sys
import time

from sqlalchemy import create_engine, text

from rowloss.bench import REST, BenchRun, lines, summary
from rowloss.timing import CONNECT, DATABASE, PhaseClock, read_timings, time_round_trips


def test_a_phase_keeps_its_own_seconds_without_those_of_the_phases_inside():
    clock = PhaseClock()
    with clock.phase("outer"):
        time.sleep(0.05)
        with clock.phase("inner"):
            time.sleep(0.1)
    assert 0.09 < clock.seconds["inner"] < 0.5
    assert 0.04 < clock.seconds["outer"] < 0.09, "the inner 0.1 s is not the outer's"
    assert clock.entries == {"outer": 1, "inner": 1}


def test_a_phase_that_raises_is_still_counted():
    clock = PhaseClock()
    try:
        with clock.phase("failing"):
            raise ValueError
    except ValueError:
        pass
    assert clock.entries["failing"] == 1


def test_every_round_trip_of_a_real_engine_is_a_database_entry(tmp_path, monkeypatch):
    clock = PhaseClock()
    monkeypatch.setattr("rowloss.timing.PHASES", clock)
    engine = create_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    time_round_trips(engine.dialect)
    time_round_trips(engine.dialect)  # twice wraps once
    with clock.phase("work"), engine.begin() as connection:
        connection.execute(text("CREATE TABLE t (x INTEGER)"))
        connection.execute(text("INSERT INTO t VALUES (:x)"), [{"x": 1}, {"x": 2}])
    engine.dispose()
    # CREATE, the executemany INSERT, COMMIT; the pool's reset adds a rollback
    assert clock.entries[DATABASE] >= 3
    assert clock.entries[CONNECT] == 1
    assert clock.entries["work"] == 1


def test_the_phases_of_a_process_are_written_and_read_back(tmp_path):
    clock = PhaseClock()
    with clock.phase("clear"):
        pass
    clock.write(tmp_path, "gw0")
    (timing,) = read_timings(tmp_path)
    assert timing["process"] == "gw0" and timing["phases"]["clear"]["entries"] == 1
    assert timing["wall_seconds"] > 0


def test_the_bench_summary_takes_medians_and_the_ratio_to_the_round_trips():
    def run(wall: float, database: float) -> BenchRun:
        return BenchRun(wall, 0, 10, 8, 2, 2 * wall, {DATABASE: database, REST: 1.0})

    figures = summary([run(10, 5), run(30, 5), run(20, 10)])
    assert figures["wall_seconds"] == {"median": 20, "min": 10, "max": 30}
    assert figures["ratio"]["median"] == 4.0  # process time 40 s over 10 s of round trips
    assert figures["measured_cells_per_second"]["median"] == 8 / 20
    text_lines = lines(figures)
    assert any(line.startswith("ratio (process time / round trips)") for line in text_lines)


def test_bench_runs_measure_and_report(tmp_path):
    """``rowloss bench`` end to end on SQLite: a real run per repetition, its
    cells counted and its round trips timed."""
    out = tmp_path / "bench"
    bench = [sys.executable, "-m", "rowloss.cli", "bench", "--repeat", "2", "--out", str(out)]
    selection = ["-p", "no:xdist", "--rowloss-backends", "sqlite", "--rowloss-drivers", "pysqlite"]
    finished = subprocess.run(
        [*bench, *selection, "-k", "pk_in_batch", "--rowloss-matrix", "none"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert finished.returncode == 0, finished.stderr
    figures = json.loads((out / "bench.json").read_text())
    assert figures["runs"] == 2 and figures["measured"] > 0
    assert figures["database_seconds"]["median"] > 0
    assert figures["ratio"]["median"] > 1, "a process does more than wait for its server"
    assert "measured cells a second" in finished.stdout


def test_bench_refuses_a_folder_that_is_not_empty(tmp_path):
    (tmp_path / "something").write_text("")
    finished = subprocess.run(
        [sys.executable, "-m", "rowloss.cli", "bench", "--out", str(tmp_path)],
        capture_output=True,
        text=True,
    )
    assert finished.returncode == 2
    assert finished.stderr.count("\n") == 1 and "not empty" in finished.stderr
