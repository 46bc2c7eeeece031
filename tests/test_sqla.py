"""What rowloss asks of the installed SQLAlchemy line works on it."""

from sqlalchemy import create_engine

from rowloss.measure.sqla import engine_options


def test_the_callers_engine_commits_as_it_goes(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path}/x.db", **engine_options())
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("CREATE TABLE t (i INTEGER)")
            connection.exec_driver_sql("INSERT INTO t VALUES (1)")
            connection.commit()
        with engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT i FROM t").all() == [(1,)]
    finally:
        engine.dispose()
