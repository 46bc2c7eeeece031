"""SQLAlchemy's own log records during a run go to one line each in the run
directory, never to the terminal (a dead server's pool logs tracebacks)."""

from __future__ import annotations

import logging

from sqlalchemy import create_engine

from rowloss.run.enginelog import LOG_FILE, EngineLog


def _return_a_connection_whose_reset_fails(tmp_path) -> None:
    """A real pool returning a connection whose rollback fails: what a
    connection to a server that died does."""
    engine = create_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    pooled = engine.raw_connection()
    pooled.cursor().execute("select 1")
    pooled.dbapi_connection.close()  # the server side is gone
    pooled.close()  # back to the pool: SQLAlchemy's reset fails, and logs it
    engine.dispose()


def test_a_failed_reset_is_one_line_in_the_run_directory_and_not_on_the_terminal(
    tmp_path, capfd, caplog
):
    log = EngineLog(tmp_path / "run", "gw0")
    log.start()
    try:
        _return_a_connection_whose_reset_fails(tmp_path)
    finally:
        log.stop()
    lines = (tmp_path / "run" / LOG_FILE).read_text(encoding="utf-8").splitlines()
    reset = [line for line in lines if "Exception during reset" in line]
    assert len(reset) == 1, lines
    assert " gw0 sqlalchemy.pool" in reset[0] and "ProgrammingError" in reset[0]
    assert "Traceback" not in "\n".join(lines)
    captured = capfd.readouterr()
    assert "Exception during reset" not in captured.err + captured.out
    assert not [r for r in caplog.records if r.name.startswith("sqlalchemy")], (
        "pytest's capture would format the frames"
    )


def test_stopping_gives_the_sqlalchemy_logger_back_as_it_was(tmp_path):
    logger = logging.getLogger("sqlalchemy")
    handlers, propagate = list(logger.handlers), logger.propagate
    log = EngineLog(tmp_path, "main")
    log.start()
    log.start()  # once only
    assert len(logger.handlers) == len(handlers) + 1 and not logger.propagate
    log.stop()
    log.stop()
    assert logger.handlers == handlers and logger.propagate is propagate
    assert not (tmp_path / LOG_FILE).exists(), "made only when a record comes"
