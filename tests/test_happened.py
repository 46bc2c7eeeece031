"""A stack's view tells what happened to the rows in one short sentence, from
the oracle's detail: counts in plain words, a change once per column, the
application's caught error named, what could have told the caller left to
its own column."""

import pytest

from rowloss.cells import Cell, CellKey, Outcome
from rowloss.render.happened import what_happened

KEY = CellKey("cause", "scenario", "mariadb", "permissive", "pymysql", "add_all", "autocommit", "2")


def happened(detail: str, outcome: Outcome = Outcome.ALTERED) -> str:
    return what_happened(Cell(key=KEY, outcome=outcome, detail=detail))


@pytest.mark.parametrize(
    ("detail", "sentence"),
    [
        (
            "1 rows changed in label (2.label: truncated to 10 of 15 characters); "
            "warning revealed it",
            "1 row changed in label: truncated to 10 of 15 characters",
        ),
        (
            "1 rows changed in at (1.at: offset dropped, wall clock kept (instant changed)); "
            "nothing revealed it",
            "1 row changed in at: offset dropped, wall clock kept (instant changed)",
        ),
        (
            "3 rows changed in a, b (1.a: NULL stored; 2.b: truncated to 3 of 5 characters; "
            "3.a: NULL stored); warning and rowcount revealed it",
            "3 rows changed in a: NULL stored; b: truncated to 3 of 5 characters",
        ),
        (
            "2 of 2 rows missing (1, 1); nothing revealed it (the caller's code swallowed "
            "IntegrityError: (pymysql.err.IntegrityError) (1062, \"Duplicate entry '1'\"))",
            "2 of 2 rows not stored, after the application's code caught its IntegrityError",
        ),
        (
            "1 of 1 rows missing (1); nothing revealed it (the other model's table got 1 rows)",
            "1 of 1 rows not stored (the other model's table got 1 rows)",
        ),
        (
            "1 of 2 rows missing (1); 1 rows stored that were not given (9); nothing revealed it",
            "1 of 2 rows not stored; 1 row stored that was not sent",
        ),
    ],
)
def test_the_detail_becomes_one_plain_sentence(detail, sentence):
    assert happened(detail) == sentence


def test_an_outcome_that_is_not_silent_keeps_its_detail():
    detail = "raised IntegrityError: duplicate key; nothing stored"
    assert happened(detail, Outcome.RAISED) == detail
