#!/usr/bin/env python3
"""rowloss reproducer: sub_batching / failing_row_in_a_later_page on duckdb default

1001 rows, one repeating the first row's key: the second row, row 999 (last of the first page) or row 1000 (first of the second).

The 4 cases below are the insert APIs, transaction modes and batches with
which rowloss measured rows lost or changed here; run against a server you own,
the script repeats the cases measured with the driver in the URL.
It prints what was sent, what was stored and what the application saw (the
error, the driver's and the server's warnings, the rowcount), and the outcome
from comparing the rows read back with the rows meant; it exits 1 where an
outcome differs from the one rowloss published for the driver in the URL and
the SQLAlchemy line installed, 0 where all agree. It creates
and drops one table, 'rowloss_repro_a6a7b375', and needs only SQLAlchemy and the driver:

    python duckdb-default.py 'duckdb:///rowloss-repro.duckdb' [--api API] [--transaction MODE]

with DRIVER one of: duckdb_engine.

Measured with:
- duckdb_engine 0.17.0 (duckdb v1.2.2, SQLAlchemy 1.4.54)
- duckdb_engine 0.17.0 (duckdb v1.2.2, SQLAlchemy 2.0.58)
- duckdb_engine 0.17.0 (duckdb v1.2.2, SQLAlchemy 2.1.9)
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import datetime
import importlib
import logging
import math
import sys
import warnings
import zlib
from collections import defaultdict
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session, registry

TABLE_NAME = 'rowloss_repro_a6a7b375'
SESSION_SETUP = ["SET TimeZone = 'UTC'"]  # run on every new connection, as rowloss does
KEY = ('id',)
WRONG_MODEL = False  # the insert is handed an identical table of another name
WARNINGS_STATEMENT = None  # what lists the server's warnings, if it keeps any
CHUNK = 10  # rows per call where the application inserts in chunks
logger = logging.getLogger("application")


def build_table(metadata, name):
    return sa.Table(
        name,
        metadata,
        sa.Column('id', sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column('label', sa.String(length=10), nullable=False),
        sa.Column('note', sa.Text()),
        mariadb_charset='utf8mb4',
        mariadb_engine='InnoDB',
        mysql_charset='utf8mb4',
        mysql_engine='InnoDB',
    )


def _upsert_insert(connection: Any, table: Table) -> Any:
    """The dialect's own ``insert()``, the one with ``on_conflict_*`` or
    ``on_duplicate_key_update``: that of the SQLAlchemy dialect package the
    connection's dialect is (or is built on)."""
    for dialect_class in type(connection.dialect).__mro__:
        package = dialect_class.__module__.rpartition(".")[0]
        if package.startswith("sqlalchemy.dialects."):
            return importlib.import_module(package).insert(table)
    raise LookupError(f"{connection.dialect.name} has no insert() of its own")


# The insert APIs under test:
def insert_or_ignore(connection: Any, sink: Sink, rows: list[dict]) -> Any:
    return connection.execute(sink.table.insert().prefix_with("OR IGNORE"), rows)


def on_conflict_do_nothing(connection: Any, sink: Sink, rows: list[dict]) -> Any:
    key = [column.name for column in sink.table.primary_key.columns]
    statement = _upsert_insert(connection, sink.table).values(rows)
    return connection.execute(statement.on_conflict_do_nothing(index_elements=key))


def on_conflict_do_nothing_returning(connection: Any, sink: Sink, rows: list[dict]) -> Any:
    key = [column.name for column in sink.table.primary_key.columns]
    statement = _upsert_insert(connection, sink.table).values(rows)
    statement = statement.on_conflict_do_nothing(index_elements=key)
    return connection.execute(statement.returning(*sink.table.primary_key.columns))


def on_conflict_do_update(connection: Any, sink: Sink, rows: list[dict]) -> Any:
    key = [column.name for column in sink.table.primary_key.columns]
    statement = _upsert_insert(connection, sink.table).values(rows)
    changes = {c.name: statement.excluded[c.name] for c in sink.table.columns if c.name not in key}
    return connection.execute(statement.on_conflict_do_update(index_elements=key, set_=changes))


# The application code around the insert, as measured:
def plain(handle: Any, insert: Insert, rows: Rows, sink: Any) -> None:
    insert(handle, rows)
    handle.commit()


def unpack(*packed):
    """Rows too many to list, kept as their literal, compressed."""
    return eval(zlib.decompress(base64.b64decode("".join(packed))).decode())


CASES = [
    {
        "api": 'insert_or_ignore',
        "call": insert_or_ignore,
        "on_session": False,
        "application": plain,
        "transaction": 'transaction',
        "batch": '1001 rows, faulty at 1',
        "baseline": [],
        "sent": unpack(  # 1001 rows, too many to list
            "eNqF3T2yZEtSRWGdUbT2FIQMjwj/YRBMAEMAowXMmkZBw5g7Tz/LYpVUVnayhNq77s37ZYT7v/zDX/789b9//Od/",
            "/PFPf1n/+Jc//vZv//7Xv/35+z/+83/++l9/+f3x5x/9/b//569//sk///ff//p///h+fj2f35/n4/n8+Ty/n8/f",
            "z/Pn+Xx+nr/P5+vzfD6f78/z9Xx+Ps/3+9//93nBvF8AiUnE8X3FO+T1TXm9Y17fnNc76PVNer2jXt+s1zvs9U17",
            "veNe37zXO/D1TXy9I49v5OudeXwzj3fm8c083pkH/M9+Zx7fzOOdeXwzj3fm8c083pnHN/N4Zx7fzOOdeXwzj3fm",
            "+5t5vDPf38z3O/P9zXzLF/Nv5vud+Yav5+/M9zfz/c58fzPf78z3N/P9znx/M9/vzPc38/3O/Hwz3+/Mzzfz8878",
            "fDM/78zPN/Mj38K/mZ935ge+i78zP9/Mzzvz8838vDM/38zPO/Pzzfy8M7/fzM878/vN/L4zv9/M7zvz+838vjO/",
            "38yvvHH7Zn7fmV947/bO/H4zv+/M7zfz+878fjO/78zzm/l9Z57fzPOdeX4zz3fm+c0835nnN/N8Z57fzFPern8z",
            "z3fmCe/Y35nnN/N8Z57fzPOdeX0zz3fm9c283pnXN/N6Z17fzOudeX0zr3fm9c283pnXN/OSH9K+mdc784Kf096Z",
            "1zfzemfe38zrnXl/M+935v3NvN+Z9zfzfmfe38z7nXl/M+935v3NvN+Z9zfzlh/Nv5n3O/OGn87fmc83835nPt/M",
            "5535fDOfd+bzzXzemc8383lnPt/M5535fDOfd+bzzXzemc838xGQ+WY+RjJgMoIyP1IZYZkfuMxPYOYHMvMTmvmB",
            "zfwEZ36gMz/hmR/4zE+A5gdC8xOi+YHR/ARpfqA0P6kB0Nyff4+8BnpgPIc+Jz0goTOiI6MzpCOlM6YjpzOoI6kz",
            "qiOrM6wjrROuW+R1AnYLxG6FMS30QNBuBUmt9ADcbgncLZC7JXS3wO6W4N0CvVvCdwv8bgngLRC8JYS3wPCWIN4C",
            "xVvCeAscb20De+iBUN7aZPbSA9C8JZy3wPOWgN4C0VtCegtMbwnqLVC9Jay3wPWWwN4C2VtCewtsbwnuLdC9deyj",
            "G+iBAN869OmN9ACMbwnyLVC+Jcy3wPmWQN8C6VtCfQusbwn2LdC+Jdy3wPuWgN8C8VtCfgvMb137EA96IOy3Ln2O",
            "Jz0A+VtCfwvsbwn+LdC/Jfy3wP+WAOACAVxCgAsMcAkCLlDAJQy4wAGXQOACCVxpH+dCDwQDV9InutID8MAlILhA",
            "BJeQ4AITXIKCC1RwCQsucMElMLhABpfQ4AIbXIKDC3RwCQ8u8MFV9sE+9ECIcBV9ti89ACVcwoQLnHAJFC6QwiVU",
            "uMAKl2DhAi1cwoULvHAJGC4QwyVkuMAMl6DhAjVcbUc8oAcCh6vplIf0AOxwCR4u0MMlfLjAD5cA4gJBXEKICwxx",
            "CSIuUMQljLjAEZdA4gJJXEKJCyxxjR32gR6MHfeh8z5y4OdHJ37kyA94YognBnhiiCcGeGKIJwZ4YognBnhiiCcG",
            "eGKIJwZ4YognBnhiiCcGeGL87OAX9EA8MRad/ZIegCeGeGKAJ4Z4YoAnhnhigCeGeGKAJ4Z4YoAnhnhigCeGHf8D",
            "Tww7AEgnAPUIIPTADgHiKUDpAZ0DtIOAdBLQjgLSWUA7DEinAe04IJ0HtAOBdCJQPDHoTKB4YoAnhnhigCfGtsOg",
            "0APxxNh0HlR6AJ4Y4okBnhjiiQGeGOKJAZ4Y4okBnhjiiQGeGOKJAZ4Y4okBnhjiiQGeGMeOBUMPxBPj0Mlg6QF4",
            "YognBnhiiCcGeGKIJwZ4YognBnhiiCcGeGKIJwZ4YognBnhiiCcGeGJcOyAOPRBPjEtnxKUH4IkhnhjgiSGeGOCJ",
            "IZ4Y4IkhnhjgiSGeGOCJIZ4Y4IkhnhjgiSGeGOCJkXZVAHognhhJtwWkB+CJIZ4Y4IkhnhjgiSGeGOCJIZ4Y4Ikh",
            "nhjgiSGeGOCJIZ4Y4IkhnhjgiVF2aQR6IJ4YRfdGpAfgiSGeGOCJIZ4Y4IkhnhjgiSGeGOCJIZ4Y4IkhnhjgiSGe",
            "GOCJIZ4Y4InRdn0IeiCeGE03iKQH4IkhnhjgiSGeGOCJIZ4Y4IkhnhjgiSGeGOCJIZ4Y4IkhnhjgiSGeGOCJMXaR",
            "DHowdpWM7pLJZbIf3SaT62TgiVs8cYMnbvHEDZ64xRM3eOIWT9zgiVs8cYMnbvHEDZ64xRM3eOIWT9zgiftnlwqh",
            "B+KJe9G9QukBeOIWT9zgiVs8cYMnbvHEDZ64xRM3eOIWT9zgiVs8cYMnbvHEDZ64xRM3eOIOu14KPRBP3EE3TKUH",
            "4IlbPHGDJ27xxA2euMUTN3jiFk/c4IlbPHGDJ267YgyeuO2SMd0ytmvGdM9YLxpDD+yqMd41lh7QbWO7bkz3je3C",
            "Md04tivHdOfYLh3TrWPxxE33jsUTN3jiFk/c4IlbPHGDJ+5jV86hB+KJ+9Ctc+kBeOIWT9zgiVs8cYMnbvHEDZ64",
            "xRM3eOIWT9zgiVs8cYMnbvHEDZ64xRM3eOK+NnwAeiCeuC/NH5AegCdu8cQNnrjFEzd44hZP3OCJWzxxgydu8cQN",
            "nrjFEzd44hZP3OCJWzxxgyfutDEU0APxxJ00iUJ6AJ64xRM3eOIWT9zgiVs8cYMnbvHEDZ64xRM3eOIWT9zgiVs8",
            "cYMnbvHEDZ64ywaSQA/EE3fRTBLpAXjiFk/c4IlbPHGDJ27xxA2euMUTN3jiFk/c4IlbPHGDJ27xxA2euMUTN3ji",
            "bhtNAz0QT9xN02mkB+CJWzxxgydu8cQNnrjFEzd44hZP3OCJWzxxgydu8cQNnrjFEzd44hZP3OCJe2xIEfRgbEwR",
            "zSmSQUU/mlQko4rAE4944gFPPOKJBzzxiCce8MQjnnjAE4944gFPPOKJBzzxiCce8MQjnnjAE8/PBlZBD8QTz6KZ",
            "VdID8MQjnnjAE4944gFPPOKJBzzxiCce8MQjnnjAE4944gFPPOKJBzzxiCce8MQTNroMeiCeeIKml0kPwBOPeOIB",
            "TzziiQc88YgnHvDEI554wBOPeOIBTzziiQc88YgnHvDEI554wBPPtiF20APxxLNpjp30ADzxiCce8MQjnnjAE494",
            "4gFPPOKJBzzx2BhD8MRjgwxpkqGNMqRZhjbMkKYZ6jhD6IENNMSJhtIDmmloQw1pqqGNNaS5hjbYkCYbiicemm0o",
            "nnjAE4944gFPPOKJBzzxiCce8MRzbbAl9EA88VyabSk9AE884okHPPGIJx7wxCOeeMATj3jiAU884okHPPGIJx7w",
            "xCOeeMATj3jiAU88aSNOoQfiiSdpyqn0ADzxiCce8MQjnnjAE4944gFPPOKJBzzxiCce8MQjnnjAE4944gFPPOKJ",
            "BzzxlA27hR6IJ56iebfSA/DEI554wBOPeOIBTzziiQc88YgnHvDEI554wBOPeOIBTzziiQc88YgnHvDE0zb2GHog",
            "nniaJh9LD8ATj3jiAU884okHPPGIJx7wxCOeeMATj3jiAU884okHPPGIJx7wxCOeeMATz9gAbOjB2AhsmoEtQ7B/",
            "NAVbxmCDJ17xxAueeMUTL3jiFU+84IlXPPGCJ17xxAueeMUTL3jiFU+84IlXPPGCJ96fDUOHHogn3kXz0KUH4IlX",
            "PPGCJ17xxAueeMUTL3jiFU+84IlXPPGCJ17xxAueeMUTL3jiFU+84Ik3bCw+9EA88QZNxpcegCde8cQLnnjFEy94",
            "4hVPvOCJVzzxgide8cQLnnjFEy944hVPvOCJVzzxgifebQsSoAfiiXfTjgTpAXjiFU+84IlXPPGCJ17xxAueeMUT",
            "L3jiFU+84IlXPPGCJ17xxAueeMUTL3jiPbYqA3ognngPbcuQHoAnXvHEC554xRMveOIVT7zgiddWpYAnXluWQttS",
            "bF0K7UuxhSm0McVWptDOFF2aAj2wtSm4N0V6QJtTbHUK7U6x5Sm0PUU88dL+FPHEC554xRMveOIVT7zgiVc88YIn",
            "XvHEC55409bnQA/EE2/SBh3pAXjiFU+84IlXPPGCJ17xxAueeMUTL3jiFU+84IlXPPGCJ17xxAueeMUTL3jiLVuk",
            "BD0QT7xFu5SkB+CJVzzxgide8cQLnnjFEy944hVPvOCJVzzxgide8cQLnnjFEy944hVPvOCJt22lFvRAPPE2bdWS",
            "HoAnXvHEC554xRMveOIVT7zgiVc88YInXvHEC554xRMveOIVT7zgiVc88YIn3rHlatCDsfVqtF9NFqz9aMOarFgD",
            "T0zxxARPTPHEBE9M8cQET0zxxARPTPHEBE9M8cQET0zxxARPTPHEBE/Mny3agx6IJ+aiXXvSA/DEFE9M8MQUT0zw",
            "xBRPTPDEFE9M8MQUT0zwxBRPTPDEFE9M8MQUT0zwxAxbuQg9EE/MoK2L0gPwxBRPTPDEFE9M8MQUT0zwxBRPTPDE",
            "FE9M8MQUT0zwxBRPTPDEFE9M8MTctnwTeiCemJv2b0oPwBNTPDHBE1M8McETUzwxwRNTPDHBE1M8McETUzwxwRNT",
            "PDHBE1M8McET89gaVuiBeGIe2sQqPQBPTPHEBE9M8cQET0zxxARPTPHEBE9M8cQET0zxxARPTPHEBE9M8cQET8xr",
            "C3mhB+KJeWknr/QAPDHFExM8McUTEzwxbR0zeGLaQmbayGwrmWknsy1lpq3MtpaZ9jLbYmbazKyrmaEHtpwZtzNL",
            "D2g/sy1opg3N4olJO5rFExM8McUTEzwxxRMTPDHFExM8McUTEzwxxRMTPDHLlnRDD8QTs2hPt/QAPDHFExM8McUT",
            "EzwxxRMTPDHFExM8McUTEzwxxRMTPDHFExM8McUTEzwx29a1Qw/EE7NpY7v0ADwxxRMTPDHFExM8McUTEzwxxRMT",
            "PDHFExM8McUTEzwxxRMTPDHFExM8McUTEzwxxRMLPDHFEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8",
            "scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyx",
            "xBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHE",
            "Ews8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQT",
            "CzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBML",
            "PLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8",
            "scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyx",
            "xBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHE",
            "Exs8scQTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUT",
            "GzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMb",
            "PLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8",
            "scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyx",
            "xRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHF",
            "Exs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUT",
            "GzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMb",
            "PLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTBzyxxRMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8",
            "ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxx",
            "xBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHE",
            "Ewc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQT",
            "BzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMH",
            "PHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8",
            "ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxx",
            "xBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHE",
            "Ewc8ccQTBzxxxBPXD0BxBBT/fNG3CdCDf/1/p6VEtg==",
        ),
        "meant": unpack(  # 1001 rows, too many to list
            "eNqF3T2yZEtSRWGdUbT2FIQMjwj/YRBMAEMAowXMmkZBw5g7Tz/LYpVUVnayhNq77s37ZYT7v/zDX/789b9//Od/",
            "/PFPf1n/+Jc//vZv//7Xv/35+z/+83/++l9/+f3x5x/9/b//569//sk///ff//p///h+fj2f35/n4/n8+Ty/n8/f",
            "z/Pn+Xx+nr/P5+vzfD6f78/z9Xx+Ps/3+9//93nBvF8AiUnE8X3FO+T1TXm9Y17fnNc76PVNer2jXt+s1zvs9U17",
            "veNe37zXO/D1TXy9I49v5OudeXwzj3fm8c083pkH/M9+Zx7fzOOdeXwzj3fm8c083pnHN/N4Zx7fzOOdeXwzj3fm",
            "+5t5vDPf38z3O/P9zXzLF/Nv5vud+Yav5+/M9zfz/c58fzPf78z3N/P9znx/M9/vzPc38/3O/Hwz3+/Mzzfz8878",
            "fDM/78zPN/Mj38K/mZ935ge+i78zP9/Mzzvz8838vDM/38zPO/Pzzfy8M7/fzM878/vN/L4zv9/M7zvz+838vjO/",
            "38yvvHH7Zn7fmV947/bO/H4zv+/M7zfz+878fjO/78zzm/l9Z57fzPOdeX4zz3fm+c0835nnN/N8Z57fzFPern8z",
            "z3fmCe/Y35nnN/N8Z57fzPOdeX0zz3fm9c283pnXN/N6Z17fzOudeX0zr3fm9c283pnXN/OSH9K+mdc784Kf096Z",
            "1zfzemfe38zrnXl/M+935v3NvN+Z9zfzfmfe38z7nXl/M+935v3NvN+Z9zfzlh/Nv5n3O/OGn87fmc83835nPt/M",
            "5535fDOfd+bzzXzemc8383lnPt/M5535fDOfd+bzzXzemc838xGQ+WY+RjJgMoIyP1IZYZkfuMxPYOYHMvMTmvmB",
            "zfwEZ36gMz/hmR/4zE+A5gdC8xOi+YHR/ARpfqA0P6kB0Nyff4+8BnpgPIc+Jz0goTOiI6MzpCOlM6YjpzOoI6kz",
            "qiOrM6wjrROuW+R1AnYLxG6FMS30QNBuBUmt9ADcbgncLZC7JXS3wO6W4N0CvVvCdwv8bgngLRC8JYS3wPCWIN4C",
            "xVvCeAscb20De+iBUN7aZPbSA9C8JZy3wPOWgN4C0VtCegtMbwnqLVC9Jay3wPWWwN4C2VtCewtsbwnuLdC9deyj",
            "G+iBAN869OmN9ACMbwnyLVC+Jcy3wPmWQN8C6VtCfQusbwn2LdC+Jdy3wPuWgN8C8VtCfgvMb137EA96IOy3Ln2O",
            "Jz0A+VtCfwvsbwn+LdC/Jfy3wP+WAOACAVxCgAsMcAkCLlDAJQy4wAGXQOACCVxpH+dCDwQDV9InutID8MAlILhA",
            "BJeQ4AITXIKCC1RwCQsucMElMLhABpfQ4AIbXIKDC3RwCQ8u8MFV9sE+9ECIcBV9ti89ACVcwoQLnHAJFC6QwiVU",
            "uMAKl2DhAi1cwoULvHAJGC4QwyVkuMAMl6DhAjVcbUc8oAcCh6vplIf0AOxwCR4u0MMlfLjAD5cA4gJBXEKICwxx",
            "CSIuUMQljLjAEZdA4gJJXEKJCyxxjR32gR6MHfeh8z5y4OdHJ37kyA94YognBnhiiCcGeGKIJwZ4YognBnhiiCcG",
            "eGKIJwZ4YognBnhiiCcGeGL87OAX9EA8MRad/ZIegCeGeGKAJ4Z4YoAnhnhigCeGeGKAJ4Z4YoAnhnhigCeGHf8D",
            "Tww7AEgnAPUIIPTADgHiKUDpAZ0DtIOAdBLQjgLSWUA7DEinAe04IJ0HtAOBdCJQPDHoTKB4YoAnhnhigCfGtsOg",
            "0APxxNh0HlR6AJ4Y4okBnhjiiQGeGOKJAZ4Y4okBnhjiiQGeGOKJAZ4Y4okBnhjiiQGeGMeOBUMPxBPj0Mlg6QF4",
            "YognBnhiiCcGeGKIJwZ4YognBnhiiCcGeGKIJwZ4YognBnhiiCcGeGJcOyAOPRBPjEtnxKUH4IkhnhjgiSGeGOCJ",
            "IZ4Y4IkhnhjgiSGeGOCJIZ4Y4IkhnhjgiSGeGOCJkXZVAHognhhJtwWkB+CJIZ4Y4IkhnhjgiSGeGOCJIZ4Y4Ikh",
            "nhjgiSGeGOCJIZ4Y4IkhnhjgiVF2aQR6IJ4YRfdGpAfgiSGeGOCJIZ4Y4IkhnhjgiSGeGOCJIZ4Y4IkhnhjgiSGe",
            "GOCJIZ4Y4InRdn0IeiCeGE03iKQH4IkhnhjgiSGeGOCJIZ4Y4IkhnhjgiSGeGOCJIZ4Y4IkhnhjgiSGeGOCJMXaR",
            "DHowdpWM7pLJZbIf3SaT62TgiVs8cYMnbvHEDZ64xRM3eOIWT9zgiVs8cYMnbvHEDZ64xRM3eOIWT9zgiftnlwqh",
            "B+KJe9G9QukBeOIWT9zgiVs8cYMnbvHEDZ64xRM3eOIWT9zgiVs8cYMnbvHEDZ64xRM3eOIOu14KPRBP3EE3TKUH",
            "4IlbPHGDJ27xxA2euMUTN3jiFk/c4IlbPHGDJ267YgyeuO2SMd0ytmvGdM9YLxpDD+yqMd41lh7QbWO7bkz3je3C",
            "Md04tivHdOfYLh3TrWPxxE33jsUTN3jiFk/c4IlbPHGDJ+5jV86hB+KJ+9Ctc+kBeOIWT9zgiVs8cYMnbvHEDZ64",
            "xRM3eOIWT9zgiVs8cYMnbvHEDZ64xRM3eOK+NnwAeiCeuC/NH5AegCdu8cQNnrjFEzd44hZP3OCJWzxxgydu8cQN",
            "nrjFEzd44hZP3OCJWzxxgyfutDEU0APxxJ00iUJ6AJ64xRM3eOIWT9zgiVs8cYMnbvHEDZ64xRM3eOIWT9zgiVs8",
            "cYMnbvHEDZ64ywaSQA/EE3fRTBLpAXjiFk/c4IlbPHGDJ27xxA2euMUTN3jiFk/c4IlbPHGDJ27xxA2euMUTN3ji",
            "bhtNAz0QT9xN02mkB+CJWzxxgydu8cQNnrjFEzd44hZP3OCJWzxxgydu8cQNnrjFEzd44hZP3OCJe2xIEfRgbEwR",
            "zSmSQUU/mlQko4rAE4944gFPPOKJBzzxiCce8MQjnnjAE4944gFPPOKJBzzxiCce8MQjnnjAE8/PBlZBD8QTz6KZ",
            "VdID8MQjnnjAE4944gFPPOKJBzzxiCce8MQjnnjAE4944gFPPOKJBzzxiCce8MQTNroMeiCeeIKml0kPwBOPeOIB",
            "TzziiQc88YgnHvDEI554wBOPeOIBTzziiQc88YgnHvDEI554wBPPtiF20APxxLNpjp30ADzxiCce8MQjnnjAE494",
            "4gFPPOKJBzzx2BhD8MRjgwxpkqGNMqRZhjbMkKYZ6jhD6IENNMSJhtIDmmloQw1pqqGNNaS5hjbYkCYbiicemm0o",
            "nnjAE4944gFPPOKJBzzxiCce8MRzbbAl9EA88VyabSk9AE884okHPPGIJx7wxCOeeMATj3jiAU884okHPPGIJx7w",
            "xCOeeMATj3jiAU88aSNOoQfiiSdpyqn0ADzxiCce8MQjnnjAE4944gFPPOKJBzzxiCce8MQjnnjAE4944gFPPOKJ",
            "BzzxlA27hR6IJ56iebfSA/DEI554wBOPeOIBTzziiQc88YgnHvDEI554wBOPeOIBTzziiQc88YgnHvDE0zb2GHog",
            "nniaJh9LD8ATj3jiAU884okHPPGIJx7wxCOeeMATj3jiAU884okHPPGIJx7wxCOeeMATz9gAbOjB2AhsmoEtQ7B/",
            "NAVbxmCDJ17xxAueeMUTL3jiFU+84IlXPPGCJ17xxAueeMUTL3jiFU+84IlXPPGCJ96fDUOHHogn3kXz0KUH4IlX",
            "PPGCJ17xxAueeMUTL3jiFU+84IlXPPGCJ17xxAueeMUTL3jiFU+84Ik3bCw+9EA88QZNxpcegCde8cQLnnjFEy94",
            "4hVPvOCJVzzxgide8cQLnnjFEy944hVPvOCJVzzxgifebQsSoAfiiXfTjgTpAXjiFU+84IlXPPGCJ17xxAueeMUT",
            "L3jiFU+84IlXPPGCJ17xxAueeMUTL3jiPbYqA3ognngPbcuQHoAnXvHEC554xRMveOIVT7zgiddWpYAnXluWQttS",
            "bF0K7UuxhSm0McVWptDOFF2aAj2wtSm4N0V6QJtTbHUK7U6x5Sm0PUU88dL+FPHEC554xRMveOIVT7zgiVc88YIn",
            "XvHEC55409bnQA/EE2/SBh3pAXjiFU+84IlXPPGCJ17xxAueeMUTL3jiFU+84IlXPPGCJ17xxAueeMUTL3jiLVuk",
            "BD0QT7xFu5SkB+CJVzzxgide8cQLnnjFEy944hVPvOCJVzzxgide8cQLnnjFEy944hVPvOCJt22lFvRAPPE2bdWS",
            "HoAnXvHEC554xRMveOIVT7zgiVc88YInXvHEC554xRMveOIVT7zgiVc88YIn3rHlatCDsfVqtF9NFqz9aMOarFgD",
            "T0zxxARPTPHEBE9M8cQET0zxxARPTPHEBE9M8cQET0zxxARPTPHEBE/Mny3agx6IJ+aiXXvSA/DEFE9M8MQUT0zw",
            "xBRPTPDEFE9M8MQUT0zwxBRPTPDEFE9M8MQUT0zwxAxbuQg9EE/MoK2L0gPwxBRPTPDEFE9M8MQUT0zwxBRPTPDE",
            "FE9M8MQUT0zwxBRPTPDEFE9M8MTctnwTeiCemJv2b0oPwBNTPDHBE1M8McETUzwxwRNTPDHBE1M8McETUzwxwRNT",
            "PDHBE1M8McET89gaVuiBeGIe2sQqPQBPTPHEBE9M8cQET0zxxARPTPHEBE9M8cQET0zxxARPTPHEBE9M8cQET8xr",
            "C3mhB+KJeWknr/QAPDHFExM8McUTEzwxbR0zeGLaQmbayGwrmWknsy1lpq3MtpaZ9jLbYmbazKyrmaEHtpwZtzNL",
            "D2g/sy1opg3N4olJO5rFExM8McUTEzwxxRMTPDHFExM8McUTEzwxxRMTPDHLlnRDD8QTs2hPt/QAPDHFExM8McUT",
            "EzwxxRMTPDHFExM8McUTEzwxxRMTPDHFExM8McUTEzwx29a1Qw/EE7NpY7v0ADwxxRMTPDHFExM8McUTEzwxxRMT",
            "PDHFExM8McUTEzwxxRMTPDHFExM8McUTEzwxxRMLPDHFEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8",
            "scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyx",
            "xBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHE",
            "Ews8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQT",
            "CzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBML",
            "PLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8",
            "scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyx",
            "xBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHE",
            "Exs8scQTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUT",
            "GzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMb",
            "PLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8",
            "scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyx",
            "xRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHF",
            "Exs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUT",
            "GzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMb",
            "PLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTBzyxxRMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8",
            "ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxx",
            "xBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHE",
            "Ewc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQT",
            "BzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMH",
            "PHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8",
            "ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxx",
            "xBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHE",
            "Ewc8ccQTBzxxxBPXD0BxBBT/fNG3CdCDf/1/p6VEtg==",
        ),
        "observed": unpack(  # 1000 rows, too many to list
            "eNqF3TuOZLtyhWFfo7jeca6RDJLx0CA0AUGGBF1DgB6OPEFz1zEF8Mf+22oUdrazVldlfUlG/OPf/eXPP//zx7/9",
            "6x9//5f117/88e///C9/+/c///7Hv/333/7jL78//vzSf/7Xf//tz6/8w3/959/+96////n9PB+fz5/n+f35/H2e",
            "P5/P5/P8/Xy+nufz8/l+nq/P5+d5vj+fX7/nBfP9gjex9R3ZivcV6/sVb8rrO+b15ry+g15v0us76vVmvb7DXm/a",
            "6zvu9ea9vgNfb+LrO/J4I1/fmcebeXxnHm/m8Z15wP/s78zjzTy+M4838/jOPN7M4zvzeDOP78zjzTy+M4838/jO",
            "fL+Zx3fm+818y7fmN/P9nfl+M9/fmW/4fv6d+X4z39+Z7zfz/Z35fjPf35nvN/P9nfl+M9/fmZ838/2d+XkzP9+Z",
            "nzfz8535eTM/8iP8zfx8Z37gp/h35ufN/Hxnft7Mz3fm5838fGd+3szPd+b3zfx8Z37fzO935vfN/H5nft/M73fm",
            "9838yhu3N/P7nfmF927fmd838/ud+X0zv9+Z3zfz+515vpnf78zzzTy/M8838/zOPN/M8zvzfDPP78zzzTzl7fqb",
            "eX5nnvCO/TvzfDPP78zzzTy/M6838/zOvN7M6zvzejOv78zrzby+M6838/rOvN7M6zvzejMv+SXtzby+My/4Pe07",
            "83ozr+/M+828vjPvN/P+zrzfzPs7834z7+/M+828vzPvN/P+zrzfzPs7834zb/nV/M28vzNv+O38O/N5M+/vzOfN",
            "fL4znzfz+c583sznO/N5M5/vzOfNfL4znzfz+c583sznO/N5Mx8BmTfzMZIBkxGU+ZHKCMv8wGV+AjM/kJmf0MwP",
            "bOYnOPMDnfkJz/zAZ34CND8Qmp8QzQ+M5idI8wOl+UkNgOb+/HfkNdAD4zn0OekBCZ0RHRmdIR0pnTEdOZ1BHUmd",
            "UR1ZnWEdaZ1w3SKvE7BbIHYrjGmhB4J2K0hqpQfgdkvgboHcLaG7BXa3BO8W6N0Svlvgd0sAb4HgLSG8BYa3BPEW",
            "KN4SxlvgeGsb2EMPhPLWJrOXHoDmLeG8BZ63BPQWiN4S0ltgektQb4HqLWG9Ba63BPYWyN4S2ltge0twb4HurWMf",
            "3UAPBPjWoU9vpAdgfEuQb4HyLWG+Bc63BPoWSN8S6ltgfUuwb4H2LeG+Bd63BPwWiN8S8ltgfuvah3jQA2G/delz",
            "POkByN8S+ltgf0vwb4H+LeG/Bf63BAAXCOASAlxggEsQcIECLmHABQ64BAIXSOBK+zgXeiAYuJI+0ZUegAcuAcEF",
            "IriEBBeY4BIUXKCCS1hwgQsugcEFMriEBhfY4BIcXKCDS3hwgQ+usg/2oQdChKvos33pASjhEiZc4IRLoHCBFC6h",
            "wgVWuAQLF2jhEi5c4IVLwHCBGC4hwwVmuAQNF6jhajviAT0QOFxNpzykB2CHS/BwgR4u4cMFfrgEEBcI4hJCXGCI",
            "SxBxgSIuYcQFjrgEEhdI4hJKXGCJa+ywD/Rg7LgPnfeRAz8/OvEjR37AE0M8McATQzwxwBNDPDHAE0M8McATQzwx",
            "wBNDPDHAE0M8McATQzwxwBPjZwe/oAfiibHo7Jf0ADwxxBMDPDHEEwM8McQTAzwxxBMDPDHEEwM8McQTAzwx7Pgf",
            "eGLYAUA6AahHAKEHdggQTwFKD+gcoB0EpJOAdhSQzgLaYUA6DWjHAek8oB0IpBOB4olBZwLFEwM8McQTAzwxth0G",
            "hR6IJ8am86DSA/DEEE8M8MQQTwzwxBBPDPDEEE8M8MQQTwzwxBBPDPDEEE8M8MQQTwzwxDh2LBh6IJ4Yh04GSw/A",
            "E0M8McATQzwxwBNDPDHAE0M8McATQzwxwBNDPDHAE0M8McATQzwxwBPj2gFx6IF4Ylw6Iy49AE8M8cQATwzxxABP",
            "DPHEAE8M8cQATwzxxABPDPHEAE8M8cQATwzxxABPjLSrAtAD8cRIui0gPQBPDPHEAE8M8cQATwzxxABPDPHEAE8M",
            "8cQATwzxxABPDPHEAE8M8cQAT4yySyPQA/HEKLo3Ij0ATwzxxABPDPHEAE8M8cQATwzxxABPDPHEAE8M8cQATwzx",
            "xABPDPHEAE+MtutD0APxxGi6QSQ9AE8M8cQATwzxxABPDPHEAE8M8cQATwzxxABPDPHEAE8M8cQATwzxxABPjLGL",
            "ZNCDsatkdJdMLpP96DaZXCcDT9ziiRs8cYsnbvDELZ64wRO3eOIGT9ziiRs8cYsnbvDELZ64wRO3eOIGT9w/u1QI",
            "PRBP3IvuFUoPwBO3eOIGT9ziiRs8cYsnbvDELZ64wRO3eOIGT9ziiRs8cYsnbvDELZ64wRN32PVS6IF44g66YSo9",
            "AE/c4okbPHGLJ27wxC2euMETt3jiBk/c4okbPHHbFWPwxG2XjOmWsV0zpnvGetEYemBXjfGusfSAbhvbdWO6b2wX",
            "junGsV05pjvHdumYbh2LJ266dyyeuMETt3jiBk/c4okbPHEfu3IOPRBP3IdunUsPwBO3eOIGT9ziiRs8cYsnbvDE",
            "LZ64wRO3eOIGT9ziiRs8cYsnbvDELZ64wRP3teED0APxxH1p/oD0ADxxiydu8MQtnrjBE7d44gZP3OKJGzxxiydu",
            "8MQtnrjBE7d44gZP3OKJGzxxp42hgB6IJ+6kSRTSA/DELZ64wRO3eOIGT9ziiRs8cYsnbvDELZ64wRO3eOIGT9zi",
            "iRs8cYsnbvDEXTaQBHognriLZpJID8ATt3jiBk/c4okbPHGLJ27wxC2euMETt3jiBk/c4okbPHGLJ27wxC2euMET",
            "d9toGuiBeOJumk4jPQBP3OKJGzxxiydu8MQtnrjBE7d44gZP3OKJGzxxiydu8MQtnrjBE7d44gZP3GNDiqAHY2OK",
            "aE6RDCr60aQiGVUEnnjEEw944hFPPOCJRzzxgCce8cQDnnjEEw944hFPPOCJRzzxgCce8cQDnnh+NrAKeiCeeBbN",
            "rJIegCce8cQDnnjEEw944hFPPOCJRzzxgCce8cQDnnjEEw944hFPPOCJRzzxgCeesNFl0APxxBM0vUx6AJ54xBMP",
            "eOIRTzzgiUc88YAnHvHEA554xBMPeOIRTzzgiUc88YAnHvHEA554tg2xgx6IJ55Nc+ykB+CJRzzxgCce8cQDnnjE",
            "Ew944hFPPOCJx8YYgiceG2RIkwxtlCHNMrRhhjTNUMcZQg9soCFONJQe0ExDG2pIUw1trCHNNbTBhjTZUDzx0GxD",
            "8cQDnnjEEw944hFPPOCJRzzxgCeea4MtoQfiiefSbEvpAXjiEU884IlHPPGAJx7xxAOeeMQTD3jiEU884IlHPPGA",
            "Jx7xxAOeeMQTD3jiSRtxCj0QTzxJU06lB+CJRzzxgCce8cQDnnjEEw944hFPPOCJRzzxgCce8cQDnnjEEw944hFP",
            "POCJp2zYLfRAPPEUzbuVHoAnHvHEA554xBMPeOIRTzzgiUc88YAnHvHEA554xBMPeOIRTzzgiUc88YAnnraxx9AD",
            "8cTTNPlYegCeeMQTD3jiEU884IlHPPGAJx7xxAOeeMQTD3jiEU884IlHPPGAJx7xxAOeeMYGYEMPxkZg0wxsGYL9",
            "oynYMgYbPPGKJ17wxCueeMETr3jiBU+84okXPPGKJ17wxCueeMETr3jiBU+84okXPPH+bBg69EA88S6ahy49AE+8",
            "4okXPPGKJ17wxCueeMETr3jiBU+84okXPPGKJ17wxCueeMETr3jiBU+8YWPxoQfiiTdoMr70ADzxiide8MQrnnjB",
            "E6944gVPvOKJFzzxiide8MQrnnjBE6944gVPvOKJFzzxbluQAD0QT7ybdiRID8ATr3jiBU+84okXPPGKJ17wxCue",
            "eMETr3jiBU+84okXPPGKJ17wxCueeMET77FVGdAD8cR7aFuG9AA88YonXvDEK554wROveOIFT7y2KgU88dqyFNqW",
            "YutSaF+KLUyhjSm2MoV2pujSFOiBrU3BvSnSA9qcYqtTaHeKLU+h7SniiZf2p4gnXvDEK554wROveOIFT7ziiRc8",
            "8YonXvDEm7Y+B3ognniTNuhID8ATr3jiBU+84okXPPGKJ17wxCueeMETr3jiBU+84okXPPGKJ17wxCueeMETb9ki",
            "JeiBeOIt2qUkPQBPvOKJFzzxiide8MQrnnjBE6944gVPvOKJFzzxiide8MQrnnjBE6944gVPvG0rtaAH4om3aauW",
            "9AA88YonXvDEK554wROveOIFT7ziiRc88YonXvDEK554wROveOIFT7ziiRc88Y4tV4MejK1Xo/1qsmDtRxvWZMUa",
            "eGKKJyZ4YoonJnhiiicmeGKKJyZ4YoonJnhiiicmeGKKJyZ4YoonJnhi/mzRHvRAPDEX7dqTHoAnpnhigiemeGKC",
            "J6Z4YoInpnhigiemeGKCJ6Z4YoInpnhigiemeGKCJ2bYykXogXhiBm1dlB6AJ6Z4YoInpnhigiemeGKCJ6Z4YoIn",
            "pnhigiemeGKCJ6Z4YoInpnhigifmtuWb0APxxNy0f1N6AJ6Y4okJnpjiiQmemOKJCZ6Y4okJnpjiiQmemOKJCZ6Y",
            "4okJnpjiiQmemMfWsEIPxBPz0CZW6QF4YoonJnhiiicmeGKKJyZ4YoonJnhiiicmeGKKJyZ4YoonJnhiiicmeGJe",
            "W8gLPRBPzEs7eaUH4IkpnpjgiSmemOCJaeuYwRPTFjLTRmZbyUw7mW0pM21ltrXMtJfZFjPTZmZdzQw9sOXMuJ1Z",
            "ekD7mW1BM21oFk9M2tEsnpjgiSmemOCJKZ6Y4IkpnpjgiSmemOCJKZ6Y4IlZtqQbeiCemEV7uqUH4IkpnpjgiSme",
            "mOCJKZ6Y4IkpnpjgiSmemOCJKZ6Y4IkpnpjgiSmemOCJ2bauHXognphNG9ulB+CJKZ6Y4IkpnpjgiSmemOCJKZ6Y",
            "4IkpnpjgiSmemOCJKZ6Y4IkpnpjgiSmemOCJKZ5Y4IkpnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4Iklnljg",
            "iSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJ",
            "JZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4Ikl",
            "nljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWe",
            "WOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y",
            "4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4Iklnljg",
            "iSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJ",
            "JZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4Ikl",
            "ntjgiSWe2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e",
            "2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y",
            "4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4Iktntjg",
            "iS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJ",
            "LZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4Ikt",
            "ntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e",
            "2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y",
            "4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2eOOCJLZ444IkjnjjgiSOeOOCJI5444Ikjnjjg",
            "iSOeOOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJ",
            "I5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444Ikj",
            "njjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOe",
            "OOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI544",
            "4IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444Ikjnjjg",
            "iSOeOOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJ",
            "I5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444Ikj",
            "njjgiSOeOOCJI564fgCKI6D454veJkAP/un/APNkN+Y=",
        ),  # what rowloss read back
        "published": {  # by driver, then by SQLAlchemy line
            'duckdb_engine': {
                '1.4': ('dropped', '1 of 1001 rows missing (1); nothing revealed it'),
                '2.0': ('dropped', '1 of 1001 rows missing (1); nothing revealed it'),
                '2.1': ('dropped', '1 of 1001 rows missing (1); nothing revealed it'),
            },
        },
    },
    {
        "api": 'on_conflict_do_nothing',
        "call": on_conflict_do_nothing,
        "on_session": False,
        "application": plain,
        "transaction": 'transaction',
        "batch": '1001 rows, faulty at 1',
        "baseline": [],
        "sent": unpack(  # 1001 rows, too many to list
            "eNqF3T2yZEtSRWGdUbT2FIQMjwj/YRBMAEMAowXMmkZBw5g7Tz/LYpVUVnayhNq77s37ZYT7v/zDX/789b9//Od/",
            "/PFPf1n/+Jc//vZv//7Xv/35+z/+83/++l9/+f3x5x/9/b//569//sk///ff//p///h+fj2f35/n4/n8+Ty/n8/f",
            "z/Pn+Xx+nr/P5+vzfD6f78/z9Xx+Ps/3+9//93nBvF8AiUnE8X3FO+T1TXm9Y17fnNc76PVNer2jXt+s1zvs9U17",
            "veNe37zXO/D1TXy9I49v5OudeXwzj3fm8c083pkH/M9+Zx7fzOOdeXwzj3fm8c083pnHN/N4Zx7fzOOdeXwzj3fm",
            "+5t5vDPf38z3O/P9zXzLF/Nv5vud+Yav5+/M9zfz/c58fzPf78z3N/P9znx/M9/vzPc38/3O/Hwz3+/Mzzfz8878",
            "fDM/78zPN/Mj38K/mZ935ge+i78zP9/Mzzvz8838vDM/38zPO/Pzzfy8M7/fzM878/vN/L4zv9/M7zvz+838vjO/",
            "38yvvHH7Zn7fmV947/bO/H4zv+/M7zfz+878fjO/78zzm/l9Z57fzPOdeX4zz3fm+c0835nnN/N8Z57fzFPern8z",
            "z3fmCe/Y35nnN/N8Z57fzPOdeX0zz3fm9c283pnXN/N6Z17fzOudeX0zr3fm9c283pnXN/OSH9K+mdc784Kf096Z",
            "1zfzemfe38zrnXl/M+935v3NvN+Z9zfzfmfe38z7nXl/M+935v3NvN+Z9zfzlh/Nv5n3O/OGn87fmc83835nPt/M",
            "5535fDOfd+bzzXzemc8383lnPt/M5535fDOfd+bzzXzemc838xGQ+WY+RjJgMoIyP1IZYZkfuMxPYOYHMvMTmvmB",
            "zfwEZ36gMz/hmR/4zE+A5gdC8xOi+YHR/ARpfqA0P6kB0Nyff4+8BnpgPIc+Jz0goTOiI6MzpCOlM6YjpzOoI6kz",
            "qiOrM6wjrROuW+R1AnYLxG6FMS30QNBuBUmt9ADcbgncLZC7JXS3wO6W4N0CvVvCdwv8bgngLRC8JYS3wPCWIN4C",
            "xVvCeAscb20De+iBUN7aZPbSA9C8JZy3wPOWgN4C0VtCegtMbwnqLVC9Jay3wPWWwN4C2VtCewtsbwnuLdC9deyj",
            "G+iBAN869OmN9ACMbwnyLVC+Jcy3wPmWQN8C6VtCfQusbwn2LdC+Jdy3wPuWgN8C8VtCfgvMb137EA96IOy3Ln2O",
            "Jz0A+VtCfwvsbwn+LdC/Jfy3wP+WAOACAVxCgAsMcAkCLlDAJQy4wAGXQOACCVxpH+dCDwQDV9InutID8MAlILhA",
            "BJeQ4AITXIKCC1RwCQsucMElMLhABpfQ4AIbXIKDC3RwCQ8u8MFV9sE+9ECIcBV9ti89ACVcwoQLnHAJFC6QwiVU",
            "uMAKl2DhAi1cwoULvHAJGC4QwyVkuMAMl6DhAjVcbUc8oAcCh6vplIf0AOxwCR4u0MMlfLjAD5cA4gJBXEKICwxx",
            "CSIuUMQljLjAEZdA4gJJXEKJCyxxjR32gR6MHfeh8z5y4OdHJ37kyA94YognBnhiiCcGeGKIJwZ4YognBnhiiCcG",
            "eGKIJwZ4YognBnhiiCcGeGL87OAX9EA8MRad/ZIegCeGeGKAJ4Z4YoAnhnhigCeGeGKAJ4Z4YoAnhnhigCeGHf8D",
            "Tww7AEgnAPUIIPTADgHiKUDpAZ0DtIOAdBLQjgLSWUA7DEinAe04IJ0HtAOBdCJQPDHoTKB4YoAnhnhigCfGtsOg",
            "0APxxNh0HlR6AJ4Y4okBnhjiiQGeGOKJAZ4Y4okBnhjiiQGeGOKJAZ4Y4okBnhjiiQGeGMeOBUMPxBPj0Mlg6QF4",
            "YognBnhiiCcGeGKIJwZ4YognBnhiiCcGeGKIJwZ4YognBnhiiCcGeGJcOyAOPRBPjEtnxKUH4IkhnhjgiSGeGOCJ",
            "IZ4Y4IkhnhjgiSGeGOCJIZ4Y4IkhnhjgiSGeGOCJkXZVAHognhhJtwWkB+CJIZ4Y4IkhnhjgiSGeGOCJIZ4Y4Ikh",
            "nhjgiSGeGOCJIZ4Y4IkhnhjgiVF2aQR6IJ4YRfdGpAfgiSGeGOCJIZ4Y4IkhnhjgiSGeGOCJIZ4Y4IkhnhjgiSGe",
            "GOCJIZ4Y4InRdn0IeiCeGE03iKQH4IkhnhjgiSGeGOCJIZ4Y4IkhnhjgiSGeGOCJIZ4Y4IkhnhjgiSGeGOCJMXaR",
            "DHowdpWM7pLJZbIf3SaT62TgiVs8cYMnbvHEDZ64xRM3eOIWT9zgiVs8cYMnbvHEDZ64xRM3eOIWT9zgiftnlwqh",
            "B+KJe9G9QukBeOIWT9zgiVs8cYMnbvHEDZ64xRM3eOIWT9zgiVs8cYMnbvHEDZ64xRM3eOIOu14KPRBP3EE3TKUH",
            "4IlbPHGDJ27xxA2euMUTN3jiFk/c4IlbPHGDJ267YgyeuO2SMd0ytmvGdM9YLxpDD+yqMd41lh7QbWO7bkz3je3C",
            "Md04tivHdOfYLh3TrWPxxE33jsUTN3jiFk/c4IlbPHGDJ+5jV86hB+KJ+9Ctc+kBeOIWT9zgiVs8cYMnbvHEDZ64",
            "xRM3eOIWT9zgiVs8cYMnbvHEDZ64xRM3eOK+NnwAeiCeuC/NH5AegCdu8cQNnrjFEzd44hZP3OCJWzxxgydu8cQN",
            "nrjFEzd44hZP3OCJWzxxgyfutDEU0APxxJ00iUJ6AJ64xRM3eOIWT9zgiVs8cYMnbvHEDZ64xRM3eOIWT9zgiVs8",
            "cYMnbvHEDZ64ywaSQA/EE3fRTBLpAXjiFk/c4IlbPHGDJ27xxA2euMUTN3jiFk/c4IlbPHGDJ27xxA2euMUTN3ji",
            "bhtNAz0QT9xN02mkB+CJWzxxgydu8cQNnrjFEzd44hZP3OCJWzxxgydu8cQNnrjFEzd44hZP3OCJe2xIEfRgbEwR",
            "zSmSQUU/mlQko4rAE4944gFPPOKJBzzxiCce8MQjnnjAE4944gFPPOKJBzzxiCce8MQjnnjAE8/PBlZBD8QTz6KZ",
            "VdID8MQjnnjAE4944gFPPOKJBzzxiCce8MQjnnjAE4944gFPPOKJBzzxiCce8MQTNroMeiCeeIKml0kPwBOPeOIB",
            "TzziiQc88YgnHvDEI554wBOPeOIBTzziiQc88YgnHvDEI554wBPPtiF20APxxLNpjp30ADzxiCce8MQjnnjAE494",
            "4gFPPOKJBzzx2BhD8MRjgwxpkqGNMqRZhjbMkKYZ6jhD6IENNMSJhtIDmmloQw1pqqGNNaS5hjbYkCYbiicemm0o",
            "nnjAE4944gFPPOKJBzzxiCce8MRzbbAl9EA88VyabSk9AE884okHPPGIJx7wxCOeeMATj3jiAU884okHPPGIJx7w",
            "xCOeeMATj3jiAU88aSNOoQfiiSdpyqn0ADzxiCce8MQjnnjAE4944gFPPOKJBzzxiCce8MQjnnjAE4944gFPPOKJ",
            "BzzxlA27hR6IJ56iebfSA/DEI554wBOPeOIBTzziiQc88YgnHvDEI554wBOPeOIBTzziiQc88YgnHvDE0zb2GHog",
            "nniaJh9LD8ATj3jiAU884okHPPGIJx7wxCOeeMATj3jiAU884okHPPGIJx7wxCOeeMATz9gAbOjB2AhsmoEtQ7B/",
            "NAVbxmCDJ17xxAueeMUTL3jiFU+84IlXPPGCJ17xxAueeMUTL3jiFU+84IlXPPGCJ96fDUOHHogn3kXz0KUH4IlX",
            "PPGCJ17xxAueeMUTL3jiFU+84IlXPPGCJ17xxAueeMUTL3jiFU+84Ik3bCw+9EA88QZNxpcegCde8cQLnnjFEy94",
            "4hVPvOCJVzzxgide8cQLnnjFEy944hVPvOCJVzzxgifebQsSoAfiiXfTjgTpAXjiFU+84IlXPPGCJ17xxAueeMUT",
            "L3jiFU+84IlXPPGCJ17xxAueeMUTL3jiPbYqA3ognngPbcuQHoAnXvHEC554xRMveOIVT7zgiddWpYAnXluWQttS",
            "bF0K7UuxhSm0McVWptDOFF2aAj2wtSm4N0V6QJtTbHUK7U6x5Sm0PUU88dL+FPHEC554xRMveOIVT7zgiVc88YIn",
            "XvHEC55409bnQA/EE2/SBh3pAXjiFU+84IlXPPGCJ17xxAueeMUTL3jiFU+84IlXPPGCJ17xxAueeMUTL3jiLVuk",
            "BD0QT7xFu5SkB+CJVzzxgide8cQLnnjFEy944hVPvOCJVzzxgide8cQLnnjFEy944hVPvOCJt22lFvRAPPE2bdWS",
            "HoAnXvHEC554xRMveOIVT7zgiVc88YInXvHEC554xRMveOIVT7zgiVc88YIn3rHlatCDsfVqtF9NFqz9aMOarFgD",
            "T0zxxARPTPHEBE9M8cQET0zxxARPTPHEBE9M8cQET0zxxARPTPHEBE/Mny3agx6IJ+aiXXvSA/DEFE9M8MQUT0zw",
            "xBRPTPDEFE9M8MQUT0zwxBRPTPDEFE9M8MQUT0zwxAxbuQg9EE/MoK2L0gPwxBRPTPDEFE9M8MQUT0zwxBRPTPDE",
            "FE9M8MQUT0zwxBRPTPDEFE9M8MTctnwTeiCemJv2b0oPwBNTPDHBE1M8McETUzwxwRNTPDHBE1M8McETUzwxwRNT",
            "PDHBE1M8McET89gaVuiBeGIe2sQqPQBPTPHEBE9M8cQET0zxxARPTPHEBE9M8cQET0zxxARPTPHEBE9M8cQET8xr",
            "C3mhB+KJeWknr/QAPDHFExM8McUTEzwxbR0zeGLaQmbayGwrmWknsy1lpq3MtpaZ9jLbYmbazKyrmaEHtpwZtzNL",
            "D2g/sy1opg3N4olJO5rFExM8McUTEzwxxRMTPDHFExM8McUTEzwxxRMTPDHLlnRDD8QTs2hPt/QAPDHFExM8McUT",
            "EzwxxRMTPDHFExM8McUTEzwxxRMTPDHFExM8McUTEzwx29a1Qw/EE7NpY7v0ADwxxRMTPDHFExM8McUTEzwxxRMT",
            "PDHFExM8McUTEzwxxRMTPDHFExM8McUTEzwxxRMLPDHFEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8",
            "scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyx",
            "xBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHE",
            "Ews8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQT",
            "CzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBML",
            "PLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8",
            "scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyx",
            "xBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHE",
            "Exs8scQTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUT",
            "GzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMb",
            "PLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8",
            "scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyx",
            "xRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHF",
            "Exs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUT",
            "GzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMb",
            "PLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTBzyxxRMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8",
            "ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxx",
            "xBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHE",
            "Ewc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQT",
            "BzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMH",
            "PHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8",
            "ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxx",
            "xBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHE",
            "Ewc8ccQTBzxxxBPXD0BxBBT/fNG3CdCDf/1/p6VEtg==",
        ),
        "meant": unpack(  # 1001 rows, too many to list
            "eNqF3T2yZEtSRWGdUbT2FIQMjwj/YRBMAEMAowXMmkZBw5g7Tz/LYpVUVnayhNq77s37ZYT7v/zDX/789b9//Od/",
            "/PFPf1n/+Jc//vZv//7Xv/35+z/+83/++l9/+f3x5x/9/b//569//sk///ff//p///h+fj2f35/n4/n8+Ty/n8/f",
            "z/Pn+Xx+nr/P5+vzfD6f78/z9Xx+Ps/3+9//93nBvF8AiUnE8X3FO+T1TXm9Y17fnNc76PVNer2jXt+s1zvs9U17",
            "veNe37zXO/D1TXy9I49v5OudeXwzj3fm8c083pkH/M9+Zx7fzOOdeXwzj3fm8c083pnHN/N4Zx7fzOOdeXwzj3fm",
            "+5t5vDPf38z3O/P9zXzLF/Nv5vud+Yav5+/M9zfz/c58fzPf78z3N/P9znx/M9/vzPc38/3O/Hwz3+/Mzzfz8878",
            "fDM/78zPN/Mj38K/mZ935ge+i78zP9/Mzzvz8838vDM/38zPO/Pzzfy8M7/fzM878/vN/L4zv9/M7zvz+838vjO/",
            "38yvvHH7Zn7fmV947/bO/H4zv+/M7zfz+878fjO/78zzm/l9Z57fzPOdeX4zz3fm+c0835nnN/N8Z57fzFPern8z",
            "z3fmCe/Y35nnN/N8Z57fzPOdeX0zz3fm9c283pnXN/N6Z17fzOudeX0zr3fm9c283pnXN/OSH9K+mdc784Kf096Z",
            "1zfzemfe38zrnXl/M+935v3NvN+Z9zfzfmfe38z7nXl/M+935v3NvN+Z9zfzlh/Nv5n3O/OGn87fmc83835nPt/M",
            "5535fDOfd+bzzXzemc8383lnPt/M5535fDOfd+bzzXzemc838xGQ+WY+RjJgMoIyP1IZYZkfuMxPYOYHMvMTmvmB",
            "zfwEZ36gMz/hmR/4zE+A5gdC8xOi+YHR/ARpfqA0P6kB0Nyff4+8BnpgPIc+Jz0goTOiI6MzpCOlM6YjpzOoI6kz",
            "qiOrM6wjrROuW+R1AnYLxG6FMS30QNBuBUmt9ADcbgncLZC7JXS3wO6W4N0CvVvCdwv8bgngLRC8JYS3wPCWIN4C",
            "xVvCeAscb20De+iBUN7aZPbSA9C8JZy3wPOWgN4C0VtCegtMbwnqLVC9Jay3wPWWwN4C2VtCewtsbwnuLdC9deyj",
            "G+iBAN869OmN9ACMbwnyLVC+Jcy3wPmWQN8C6VtCfQusbwn2LdC+Jdy3wPuWgN8C8VtCfgvMb137EA96IOy3Ln2O",
            "Jz0A+VtCfwvsbwn+LdC/Jfy3wP+WAOACAVxCgAsMcAkCLlDAJQy4wAGXQOACCVxpH+dCDwQDV9InutID8MAlILhA",
            "BJeQ4AITXIKCC1RwCQsucMElMLhABpfQ4AIbXIKDC3RwCQ8u8MFV9sE+9ECIcBV9ti89ACVcwoQLnHAJFC6QwiVU",
            "uMAKl2DhAi1cwoULvHAJGC4QwyVkuMAMl6DhAjVcbUc8oAcCh6vplIf0AOxwCR4u0MMlfLjAD5cA4gJBXEKICwxx",
            "CSIuUMQljLjAEZdA4gJJXEKJCyxxjR32gR6MHfeh8z5y4OdHJ37kyA94YognBnhiiCcGeGKIJwZ4YognBnhiiCcG",
            "eGKIJwZ4YognBnhiiCcGeGL87OAX9EA8MRad/ZIegCeGeGKAJ4Z4YoAnhnhigCeGeGKAJ4Z4YoAnhnhigCeGHf8D",
            "Tww7AEgnAPUIIPTADgHiKUDpAZ0DtIOAdBLQjgLSWUA7DEinAe04IJ0HtAOBdCJQPDHoTKB4YoAnhnhigCfGtsOg",
            "0APxxNh0HlR6AJ4Y4okBnhjiiQGeGOKJAZ4Y4okBnhjiiQGeGOKJAZ4Y4okBnhjiiQGeGMeOBUMPxBPj0Mlg6QF4",
            "YognBnhiiCcGeGKIJwZ4YognBnhiiCcGeGKIJwZ4YognBnhiiCcGeGJcOyAOPRBPjEtnxKUH4IkhnhjgiSGeGOCJ",
            "IZ4Y4IkhnhjgiSGeGOCJIZ4Y4IkhnhjgiSGeGOCJkXZVAHognhhJtwWkB+CJIZ4Y4IkhnhjgiSGeGOCJIZ4Y4Ikh",
            "nhjgiSGeGOCJIZ4Y4IkhnhjgiVF2aQR6IJ4YRfdGpAfgiSGeGOCJIZ4Y4IkhnhjgiSGeGOCJIZ4Y4IkhnhjgiSGe",
            "GOCJIZ4Y4InRdn0IeiCeGE03iKQH4IkhnhjgiSGeGOCJIZ4Y4IkhnhjgiSGeGOCJIZ4Y4IkhnhjgiSGeGOCJMXaR",
            "DHowdpWM7pLJZbIf3SaT62TgiVs8cYMnbvHEDZ64xRM3eOIWT9zgiVs8cYMnbvHEDZ64xRM3eOIWT9zgiftnlwqh",
            "B+KJe9G9QukBeOIWT9zgiVs8cYMnbvHEDZ64xRM3eOIWT9zgiVs8cYMnbvHEDZ64xRM3eOIOu14KPRBP3EE3TKUH",
            "4IlbPHGDJ27xxA2euMUTN3jiFk/c4IlbPHGDJ267YgyeuO2SMd0ytmvGdM9YLxpDD+yqMd41lh7QbWO7bkz3je3C",
            "Md04tivHdOfYLh3TrWPxxE33jsUTN3jiFk/c4IlbPHGDJ+5jV86hB+KJ+9Ctc+kBeOIWT9zgiVs8cYMnbvHEDZ64",
            "xRM3eOIWT9zgiVs8cYMnbvHEDZ64xRM3eOK+NnwAeiCeuC/NH5AegCdu8cQNnrjFEzd44hZP3OCJWzxxgydu8cQN",
            "nrjFEzd44hZP3OCJWzxxgyfutDEU0APxxJ00iUJ6AJ64xRM3eOIWT9zgiVs8cYMnbvHEDZ64xRM3eOIWT9zgiVs8",
            "cYMnbvHEDZ64ywaSQA/EE3fRTBLpAXjiFk/c4IlbPHGDJ27xxA2euMUTN3jiFk/c4IlbPHGDJ27xxA2euMUTN3ji",
            "bhtNAz0QT9xN02mkB+CJWzxxgydu8cQNnrjFEzd44hZP3OCJWzxxgydu8cQNnrjFEzd44hZP3OCJe2xIEfRgbEwR",
            "zSmSQUU/mlQko4rAE4944gFPPOKJBzzxiCce8MQjnnjAE4944gFPPOKJBzzxiCce8MQjnnjAE8/PBlZBD8QTz6KZ",
            "VdID8MQjnnjAE4944gFPPOKJBzzxiCce8MQjnnjAE4944gFPPOKJBzzxiCce8MQTNroMeiCeeIKml0kPwBOPeOIB",
            "TzziiQc88YgnHvDEI554wBOPeOIBTzziiQc88YgnHvDEI554wBPPtiF20APxxLNpjp30ADzxiCce8MQjnnjAE494",
            "4gFPPOKJBzzx2BhD8MRjgwxpkqGNMqRZhjbMkKYZ6jhD6IENNMSJhtIDmmloQw1pqqGNNaS5hjbYkCYbiicemm0o",
            "nnjAE4944gFPPOKJBzzxiCce8MRzbbAl9EA88VyabSk9AE884okHPPGIJx7wxCOeeMATj3jiAU884okHPPGIJx7w",
            "xCOeeMATj3jiAU88aSNOoQfiiSdpyqn0ADzxiCce8MQjnnjAE4944gFPPOKJBzzxiCce8MQjnnjAE4944gFPPOKJ",
            "BzzxlA27hR6IJ56iebfSA/DEI554wBOPeOIBTzziiQc88YgnHvDEI554wBOPeOIBTzziiQc88YgnHvDE0zb2GHog",
            "nniaJh9LD8ATj3jiAU884okHPPGIJx7wxCOeeMATj3jiAU884okHPPGIJx7wxCOeeMATz9gAbOjB2AhsmoEtQ7B/",
            "NAVbxmCDJ17xxAueeMUTL3jiFU+84IlXPPGCJ17xxAueeMUTL3jiFU+84IlXPPGCJ96fDUOHHogn3kXz0KUH4IlX",
            "PPGCJ17xxAueeMUTL3jiFU+84IlXPPGCJ17xxAueeMUTL3jiFU+84Ik3bCw+9EA88QZNxpcegCde8cQLnnjFEy94",
            "4hVPvOCJVzzxgide8cQLnnjFEy944hVPvOCJVzzxgifebQsSoAfiiXfTjgTpAXjiFU+84IlXPPGCJ17xxAueeMUT",
            "L3jiFU+84IlXPPGCJ17xxAueeMUTL3jiPbYqA3ognngPbcuQHoAnXvHEC554xRMveOIVT7zgiddWpYAnXluWQttS",
            "bF0K7UuxhSm0McVWptDOFF2aAj2wtSm4N0V6QJtTbHUK7U6x5Sm0PUU88dL+FPHEC554xRMveOIVT7zgiVc88YIn",
            "XvHEC55409bnQA/EE2/SBh3pAXjiFU+84IlXPPGCJ17xxAueeMUTL3jiFU+84IlXPPGCJ17xxAueeMUTL3jiLVuk",
            "BD0QT7xFu5SkB+CJVzzxgide8cQLnnjFEy944hVPvOCJVzzxgide8cQLnnjFEy944hVPvOCJt22lFvRAPPE2bdWS",
            "HoAnXvHEC554xRMveOIVT7zgiVc88YInXvHEC554xRMveOIVT7zgiVc88YIn3rHlatCDsfVqtF9NFqz9aMOarFgD",
            "T0zxxARPTPHEBE9M8cQET0zxxARPTPHEBE9M8cQET0zxxARPTPHEBE/Mny3agx6IJ+aiXXvSA/DEFE9M8MQUT0zw",
            "xBRPTPDEFE9M8MQUT0zwxBRPTPDEFE9M8MQUT0zwxAxbuQg9EE/MoK2L0gPwxBRPTPDEFE9M8MQUT0zwxBRPTPDE",
            "FE9M8MQUT0zwxBRPTPDEFE9M8MTctnwTeiCemJv2b0oPwBNTPDHBE1M8McETUzwxwRNTPDHBE1M8McETUzwxwRNT",
            "PDHBE1M8McET89gaVuiBeGIe2sQqPQBPTPHEBE9M8cQET0zxxARPTPHEBE9M8cQET0zxxARPTPHEBE9M8cQET8xr",
            "C3mhB+KJeWknr/QAPDHFExM8McUTEzwxbR0zeGLaQmbayGwrmWknsy1lpq3MtpaZ9jLbYmbazKyrmaEHtpwZtzNL",
            "D2g/sy1opg3N4olJO5rFExM8McUTEzwxxRMTPDHFExM8McUTEzwxxRMTPDHLlnRDD8QTs2hPt/QAPDHFExM8McUT",
            "EzwxxRMTPDHFExM8McUTEzwxxRMTPDHFExM8McUTEzwx29a1Qw/EE7NpY7v0ADwxxRMTPDHFExM8McUTEzwxxRMT",
            "PDHFExM8McUTEzwxxRMTPDHFExM8McUTEzwxxRMLPDHFEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8",
            "scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyx",
            "xBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHE",
            "Ews8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQT",
            "CzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBML",
            "PLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8",
            "scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyx",
            "xBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHE",
            "Exs8scQTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUT",
            "GzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMb",
            "PLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8",
            "scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyx",
            "xRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHF",
            "Exs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUT",
            "GzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMb",
            "PLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTBzyxxRMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8",
            "ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxx",
            "xBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHE",
            "Ewc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQT",
            "BzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMH",
            "PHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8",
            "ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxx",
            "xBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHE",
            "Ewc8ccQTBzxxxBPXD0BxBBT/fNG3CdCDf/1/p6VEtg==",
        ),
        "observed": unpack(  # 1000 rows, too many to list
            "eNqF3TuOZLtyhWFfo7jeca6RDJLx0CA0AUGGBF1DgB6OPEFz1zEF8Mf+22oUdrazVldlfUlG/OPf/eXPP//zx7/9",
            "6x9//5f117/88e///C9/+/c///7Hv/333/7jL78//vzSf/7Xf//tz6/8w3/959/+96////n9PB+fz5/n+f35/H2e",
            "P5/P5/P8/Xy+nufz8/l+nq/P5+d5vj+fX7/nBfP9gjex9R3ZivcV6/sVb8rrO+b15ry+g15v0us76vVmvb7DXm/a",
            "6zvu9ea9vgNfb+LrO/J4I1/fmcebeXxnHm/m8Z15wP/s78zjzTy+M4838/jOPN7M4zvzeDOP78zjzTy+M4838/jO",
            "fL+Zx3fm+818y7fmN/P9nfl+M9/fmW/4fv6d+X4z39+Z7zfz/Z35fjPf35nvN/P9nfl+M9/fmZ838/2d+XkzP9+Z",
            "nzfz8535eTM/8iP8zfx8Z37gp/h35ufN/Hxnft7Mz3fm5838fGd+3szPd+b3zfx8Z37fzO935vfN/H5nft/M73fm",
            "9838yhu3N/P7nfmF927fmd838/ud+X0zv9+Z3zfz+515vpnf78zzzTy/M8838/zOPN/M8zvzfDPP78zzzTzl7fqb",
            "eX5nnvCO/TvzfDPP78zzzTy/M6838/zOvN7M6zvzejOv78zrzby+M6838/rOvN7M6zvzejMv+SXtzby+My/4Pe07",
            "83ozr+/M+828vjPvN/P+zrzfzPs7834z7+/M+828vzPvN/P+zrzfzPs7834zb/nV/M28vzNv+O38O/N5M+/vzOfN",
            "fL4znzfz+c583sznO/N5M5/vzOfNfL4znzfz+c583sznO/N5Mx8BmTfzMZIBkxGU+ZHKCMv8wGV+AjM/kJmf0MwP",
            "bOYnOPMDnfkJz/zAZ34CND8Qmp8QzQ+M5idI8wOl+UkNgOb+/HfkNdAD4zn0OekBCZ0RHRmdIR0pnTEdOZ1BHUmd",
            "UR1ZnWEdaZ1w3SKvE7BbIHYrjGmhB4J2K0hqpQfgdkvgboHcLaG7BXa3BO8W6N0Svlvgd0sAb4HgLSG8BYa3BPEW",
            "KN4SxlvgeGsb2EMPhPLWJrOXHoDmLeG8BZ63BPQWiN4S0ltgektQb4HqLWG9Ba63BPYWyN4S2ltge0twb4HurWMf",
            "3UAPBPjWoU9vpAdgfEuQb4HyLWG+Bc63BPoWSN8S6ltgfUuwb4H2LeG+Bd63BPwWiN8S8ltgfuvah3jQA2G/delz",
            "POkByN8S+ltgf0vwb4H+LeG/Bf63BAAXCOASAlxggEsQcIECLmHABQ64BAIXSOBK+zgXeiAYuJI+0ZUegAcuAcEF",
            "IriEBBeY4BIUXKCCS1hwgQsugcEFMriEBhfY4BIcXKCDS3hwgQ+usg/2oQdChKvos33pASjhEiZc4IRLoHCBFC6h",
            "wgVWuAQLF2jhEi5c4IVLwHCBGC4hwwVmuAQNF6jhajviAT0QOFxNpzykB2CHS/BwgR4u4cMFfrgEEBcI4hJCXGCI",
            "SxBxgSIuYcQFjrgEEhdI4hJKXGCJa+ywD/Rg7LgPnfeRAz8/OvEjR37AE0M8McATQzwxwBNDPDHAE0M8McATQzwx",
            "wBNDPDHAE0M8McATQzwxwBPjZwe/oAfiibHo7Jf0ADwxxBMDPDHEEwM8McQTAzwxxBMDPDHEEwM8McQTAzwx7Pgf",
            "eGLYAUA6AahHAKEHdggQTwFKD+gcoB0EpJOAdhSQzgLaYUA6DWjHAek8oB0IpBOB4olBZwLFEwM8McQTAzwxth0G",
            "hR6IJ8am86DSA/DEEE8M8MQQTwzwxBBPDPDEEE8M8MQQTwzwxBBPDPDEEE8M8MQQTwzwxDh2LBh6IJ4Yh04GSw/A",
            "E0M8McATQzwxwBNDPDHAE0M8McATQzwxwBNDPDHAE0M8McATQzwxwBPj2gFx6IF4Ylw6Iy49AE8M8cQATwzxxABP",
            "DPHEAE8M8cQATwzxxABPDPHEAE8M8cQATwzxxABPjLSrAtAD8cRIui0gPQBPDPHEAE8M8cQATwzxxABPDPHEAE8M",
            "8cQATwzxxABPDPHEAE8M8cQAT4yySyPQA/HEKLo3Ij0ATwzxxABPDPHEAE8M8cQATwzxxABPDPHEAE8M8cQATwzx",
            "xABPDPHEAE+MtutD0APxxGi6QSQ9AE8M8cQATwzxxABPDPHEAE8M8cQATwzxxABPDPHEAE8M8cQATwzxxABPjLGL",
            "ZNCDsatkdJdMLpP96DaZXCcDT9ziiRs8cYsnbvDELZ64wRO3eOIGT9ziiRs8cYsnbvDELZ64wRO3eOIGT9w/u1QI",
            "PRBP3IvuFUoPwBO3eOIGT9ziiRs8cYsnbvDELZ64wRO3eOIGT9ziiRs8cYsnbvDELZ64wRN32PVS6IF44g66YSo9",
            "AE/c4okbPHGLJ27wxC2euMETt3jiBk/c4okbPHHbFWPwxG2XjOmWsV0zpnvGetEYemBXjfGusfSAbhvbdWO6b2wX",
            "junGsV05pjvHdumYbh2LJ266dyyeuMETt3jiBk/c4okbPHEfu3IOPRBP3IdunUsPwBO3eOIGT9ziiRs8cYsnbvDE",
            "LZ64wRO3eOIGT9ziiRs8cYsnbvDELZ64wRP3teED0APxxH1p/oD0ADxxiydu8MQtnrjBE7d44gZP3OKJGzxxiydu",
            "8MQtnrjBE7d44gZP3OKJGzxxp42hgB6IJ+6kSRTSA/DELZ64wRO3eOIGT9ziiRs8cYsnbvDELZ64wRO3eOIGT9zi",
            "iRs8cYsnbvDEXTaQBHognriLZpJID8ATt3jiBk/c4okbPHGLJ27wxC2euMETt3jiBk/c4okbPHGLJ27wxC2euMET",
            "d9toGuiBeOJumk4jPQBP3OKJGzxxiydu8MQtnrjBE7d44gZP3OKJGzxxiydu8MQtnrjBE7d44gZP3GNDiqAHY2OK",
            "aE6RDCr60aQiGVUEnnjEEw944hFPPOCJRzzxgCce8cQDnnjEEw944hFPPOCJRzzxgCce8cQDnnh+NrAKeiCeeBbN",
            "rJIegCce8cQDnnjEEw944hFPPOCJRzzxgCce8cQDnnjEEw944hFPPOCJRzzxgCeesNFl0APxxBM0vUx6AJ54xBMP",
            "eOIRTzzgiUc88YAnHvHEA554xBMPeOIRTzzgiUc88YAnHvHEA554tg2xgx6IJ55Nc+ykB+CJRzzxgCce8cQDnnjE",
            "Ew944hFPPOCJx8YYgiceG2RIkwxtlCHNMrRhhjTNUMcZQg9soCFONJQe0ExDG2pIUw1trCHNNbTBhjTZUDzx0GxD",
            "8cQDnnjEEw944hFPPOCJRzzxgCeea4MtoQfiiefSbEvpAXjiEU884IlHPPGAJx7xxAOeeMQTD3jiEU884IlHPPGA",
            "Jx7xxAOeeMQTD3jiSRtxCj0QTzxJU06lB+CJRzzxgCce8cQDnnjEEw944hFPPOCJRzzxgCce8cQDnnjEEw944hFP",
            "POCJp2zYLfRAPPEUzbuVHoAnHvHEA554xBMPeOIRTzzgiUc88YAnHvHEA554xBMPeOIRTzzgiUc88YAnnraxx9AD",
            "8cTTNPlYegCeeMQTD3jiEU884IlHPPGAJx7xxAOeeMQTD3jiEU884IlHPPGAJx7xxAOeeMYGYEMPxkZg0wxsGYL9",
            "oynYMgYbPPGKJ17wxCueeMETr3jiBU+84okXPPGKJ17wxCueeMETr3jiBU+84okXPPH+bBg69EA88S6ahy49AE+8",
            "4okXPPGKJ17wxCueeMETr3jiBU+84okXPPGKJ17wxCueeMETr3jiBU+8YWPxoQfiiTdoMr70ADzxiide8MQrnnjB",
            "E6944gVPvOKJFzzxiide8MQrnnjBE6944gVPvOKJFzzxbluQAD0QT7ybdiRID8ATr3jiBU+84okXPPGKJ17wxCue",
            "eMETr3jiBU+84okXPPGKJ17wxCueeMET77FVGdAD8cR7aFuG9AA88YonXvDEK554wROveOIFT7y2KgU88dqyFNqW",
            "YutSaF+KLUyhjSm2MoV2pujSFOiBrU3BvSnSA9qcYqtTaHeKLU+h7SniiZf2p4gnXvDEK554wROveOIFT7ziiRc8",
            "8YonXvDEm7Y+B3ognniTNuhID8ATr3jiBU+84okXPPGKJ17wxCueeMETr3jiBU+84okXPPGKJ17wxCueeMETb9ki",
            "JeiBeOIt2qUkPQBPvOKJFzzxiide8MQrnnjBE6944gVPvOKJFzzxiide8MQrnnjBE6944gVPvG0rtaAH4om3aauW",
            "9AA88YonXvDEK554wROveOIFT7ziiRc88YonXvDEK554wROveOIFT7ziiRc88Y4tV4MejK1Xo/1qsmDtRxvWZMUa",
            "eGKKJyZ4YoonJnhiiicmeGKKJyZ4YoonJnhiiicmeGKKJyZ4YoonJnhi/mzRHvRAPDEX7dqTHoAnpnhigiemeGKC",
            "J6Z4YoInpnhigiemeGKCJ6Z4YoInpnhigiemeGKCJ2bYykXogXhiBm1dlB6AJ6Z4YoInpnhigiemeGKCJ6Z4YoIn",
            "pnhigiemeGKCJ6Z4YoInpnhigifmtuWb0APxxNy0f1N6AJ6Y4okJnpjiiQmemOKJCZ6Y4okJnpjiiQmemOKJCZ6Y",
            "4okJnpjiiQmemMfWsEIPxBPz0CZW6QF4YoonJnhiiicmeGKKJyZ4YoonJnhiiicmeGKKJyZ4YoonJnhiiicmeGJe",
            "W8gLPRBPzEs7eaUH4IkpnpjgiSmemOCJaeuYwRPTFjLTRmZbyUw7mW0pM21ltrXMtJfZFjPTZmZdzQw9sOXMuJ1Z",
            "ekD7mW1BM21oFk9M2tEsnpjgiSmemOCJKZ6Y4IkpnpjgiSmemOCJKZ6Y4IlZtqQbeiCemEV7uqUH4IkpnpjgiSme",
            "mOCJKZ6Y4IkpnpjgiSmemOCJKZ6Y4IkpnpjgiSmemOCJ2bauHXognphNG9ulB+CJKZ6Y4IkpnpjgiSmemOCJKZ6Y",
            "4IkpnpjgiSmemOCJKZ6Y4IkpnpjgiSmemOCJKZ5Y4IkpnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4Iklnljg",
            "iSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJ",
            "JZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4Ikl",
            "nljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWe",
            "WOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y",
            "4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4Iklnljg",
            "iSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJ",
            "JZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4Ikl",
            "ntjgiSWe2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e",
            "2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y",
            "4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4Iktntjg",
            "iS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJ",
            "LZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4Ikt",
            "ntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e",
            "2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y",
            "4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2eOOCJLZ444IkjnjjgiSOeOOCJI5444Ikjnjjg",
            "iSOeOOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJ",
            "I5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444Ikj",
            "njjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOe",
            "OOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI544",
            "4IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444Ikjnjjg",
            "iSOeOOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJ",
            "I5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444Ikj",
            "njjgiSOeOOCJI564fgCKI6D454veJkAP/un/APNkN+Y=",
        ),  # what rowloss read back
        "published": {  # by driver, then by SQLAlchemy line
            'duckdb_engine': {
                '1.4': ('dropped', '1 of 1001 rows missing (1); nothing revealed it'),
                '2.0': ('dropped', '1 of 1001 rows missing (1); nothing revealed it'),
                '2.1': ('dropped', '1 of 1001 rows missing (1); nothing revealed it'),
            },
        },
    },
    {
        "api": 'on_conflict_do_nothing_returning',
        "call": on_conflict_do_nothing_returning,
        "on_session": False,
        "application": plain,
        "transaction": 'transaction',
        "batch": '1001 rows, faulty at 1',
        "baseline": [],
        "sent": unpack(  # 1001 rows, too many to list
            "eNqF3T2yZEtSRWGdUbT2FIQMjwj/YRBMAEMAowXMmkZBw5g7Tz/LYpVUVnayhNq77s37ZYT7v/zDX/789b9//Od/",
            "/PFPf1n/+Jc//vZv//7Xv/35+z/+83/++l9/+f3x5x/9/b//569//sk///ff//p///h+fj2f35/n4/n8+Ty/n8/f",
            "z/Pn+Xx+nr/P5+vzfD6f78/z9Xx+Ps/3+9//93nBvF8AiUnE8X3FO+T1TXm9Y17fnNc76PVNer2jXt+s1zvs9U17",
            "veNe37zXO/D1TXy9I49v5OudeXwzj3fm8c083pkH/M9+Zx7fzOOdeXwzj3fm8c083pnHN/N4Zx7fzOOdeXwzj3fm",
            "+5t5vDPf38z3O/P9zXzLF/Nv5vud+Yav5+/M9zfz/c58fzPf78z3N/P9znx/M9/vzPc38/3O/Hwz3+/Mzzfz8878",
            "fDM/78zPN/Mj38K/mZ935ge+i78zP9/Mzzvz8838vDM/38zPO/Pzzfy8M7/fzM878/vN/L4zv9/M7zvz+838vjO/",
            "38yvvHH7Zn7fmV947/bO/H4zv+/M7zfz+878fjO/78zzm/l9Z57fzPOdeX4zz3fm+c0835nnN/N8Z57fzFPern8z",
            "z3fmCe/Y35nnN/N8Z57fzPOdeX0zz3fm9c283pnXN/N6Z17fzOudeX0zr3fm9c283pnXN/OSH9K+mdc784Kf096Z",
            "1zfzemfe38zrnXl/M+935v3NvN+Z9zfzfmfe38z7nXl/M+935v3NvN+Z9zfzlh/Nv5n3O/OGn87fmc83835nPt/M",
            "5535fDOfd+bzzXzemc8383lnPt/M5535fDOfd+bzzXzemc838xGQ+WY+RjJgMoIyP1IZYZkfuMxPYOYHMvMTmvmB",
            "zfwEZ36gMz/hmR/4zE+A5gdC8xOi+YHR/ARpfqA0P6kB0Nyff4+8BnpgPIc+Jz0goTOiI6MzpCOlM6YjpzOoI6kz",
            "qiOrM6wjrROuW+R1AnYLxG6FMS30QNBuBUmt9ADcbgncLZC7JXS3wO6W4N0CvVvCdwv8bgngLRC8JYS3wPCWIN4C",
            "xVvCeAscb20De+iBUN7aZPbSA9C8JZy3wPOWgN4C0VtCegtMbwnqLVC9Jay3wPWWwN4C2VtCewtsbwnuLdC9deyj",
            "G+iBAN869OmN9ACMbwnyLVC+Jcy3wPmWQN8C6VtCfQusbwn2LdC+Jdy3wPuWgN8C8VtCfgvMb137EA96IOy3Ln2O",
            "Jz0A+VtCfwvsbwn+LdC/Jfy3wP+WAOACAVxCgAsMcAkCLlDAJQy4wAGXQOACCVxpH+dCDwQDV9InutID8MAlILhA",
            "BJeQ4AITXIKCC1RwCQsucMElMLhABpfQ4AIbXIKDC3RwCQ8u8MFV9sE+9ECIcBV9ti89ACVcwoQLnHAJFC6QwiVU",
            "uMAKl2DhAi1cwoULvHAJGC4QwyVkuMAMl6DhAjVcbUc8oAcCh6vplIf0AOxwCR4u0MMlfLjAD5cA4gJBXEKICwxx",
            "CSIuUMQljLjAEZdA4gJJXEKJCyxxjR32gR6MHfeh8z5y4OdHJ37kyA94YognBnhiiCcGeGKIJwZ4YognBnhiiCcG",
            "eGKIJwZ4YognBnhiiCcGeGL87OAX9EA8MRad/ZIegCeGeGKAJ4Z4YoAnhnhigCeGeGKAJ4Z4YoAnhnhigCeGHf8D",
            "Tww7AEgnAPUIIPTADgHiKUDpAZ0DtIOAdBLQjgLSWUA7DEinAe04IJ0HtAOBdCJQPDHoTKB4YoAnhnhigCfGtsOg",
            "0APxxNh0HlR6AJ4Y4okBnhjiiQGeGOKJAZ4Y4okBnhjiiQGeGOKJAZ4Y4okBnhjiiQGeGMeOBUMPxBPj0Mlg6QF4",
            "YognBnhiiCcGeGKIJwZ4YognBnhiiCcGeGKIJwZ4YognBnhiiCcGeGJcOyAOPRBPjEtnxKUH4IkhnhjgiSGeGOCJ",
            "IZ4Y4IkhnhjgiSGeGOCJIZ4Y4IkhnhjgiSGeGOCJkXZVAHognhhJtwWkB+CJIZ4Y4IkhnhjgiSGeGOCJIZ4Y4Ikh",
            "nhjgiSGeGOCJIZ4Y4IkhnhjgiVF2aQR6IJ4YRfdGpAfgiSGeGOCJIZ4Y4IkhnhjgiSGeGOCJIZ4Y4IkhnhjgiSGe",
            "GOCJIZ4Y4InRdn0IeiCeGE03iKQH4IkhnhjgiSGeGOCJIZ4Y4IkhnhjgiSGeGOCJIZ4Y4IkhnhjgiSGeGOCJMXaR",
            "DHowdpWM7pLJZbIf3SaT62TgiVs8cYMnbvHEDZ64xRM3eOIWT9zgiVs8cYMnbvHEDZ64xRM3eOIWT9zgiftnlwqh",
            "B+KJe9G9QukBeOIWT9zgiVs8cYMnbvHEDZ64xRM3eOIWT9zgiVs8cYMnbvHEDZ64xRM3eOIOu14KPRBP3EE3TKUH",
            "4IlbPHGDJ27xxA2euMUTN3jiFk/c4IlbPHGDJ267YgyeuO2SMd0ytmvGdM9YLxpDD+yqMd41lh7QbWO7bkz3je3C",
            "Md04tivHdOfYLh3TrWPxxE33jsUTN3jiFk/c4IlbPHGDJ+5jV86hB+KJ+9Ctc+kBeOIWT9zgiVs8cYMnbvHEDZ64",
            "xRM3eOIWT9zgiVs8cYMnbvHEDZ64xRM3eOK+NnwAeiCeuC/NH5AegCdu8cQNnrjFEzd44hZP3OCJWzxxgydu8cQN",
            "nrjFEzd44hZP3OCJWzxxgyfutDEU0APxxJ00iUJ6AJ64xRM3eOIWT9zgiVs8cYMnbvHEDZ64xRM3eOIWT9zgiVs8",
            "cYMnbvHEDZ64ywaSQA/EE3fRTBLpAXjiFk/c4IlbPHGDJ27xxA2euMUTN3jiFk/c4IlbPHGDJ27xxA2euMUTN3ji",
            "bhtNAz0QT9xN02mkB+CJWzxxgydu8cQNnrjFEzd44hZP3OCJWzxxgydu8cQNnrjFEzd44hZP3OCJe2xIEfRgbEwR",
            "zSmSQUU/mlQko4rAE4944gFPPOKJBzzxiCce8MQjnnjAE4944gFPPOKJBzzxiCce8MQjnnjAE8/PBlZBD8QTz6KZ",
            "VdID8MQjnnjAE4944gFPPOKJBzzxiCce8MQjnnjAE4944gFPPOKJBzzxiCce8MQTNroMeiCeeIKml0kPwBOPeOIB",
            "TzziiQc88YgnHvDEI554wBOPeOIBTzziiQc88YgnHvDEI554wBPPtiF20APxxLNpjp30ADzxiCce8MQjnnjAE494",
            "4gFPPOKJBzzx2BhD8MRjgwxpkqGNMqRZhjbMkKYZ6jhD6IENNMSJhtIDmmloQw1pqqGNNaS5hjbYkCYbiicemm0o",
            "nnjAE4944gFPPOKJBzzxiCce8MRzbbAl9EA88VyabSk9AE884okHPPGIJx7wxCOeeMATj3jiAU884okHPPGIJx7w",
            "xCOeeMATj3jiAU88aSNOoQfiiSdpyqn0ADzxiCce8MQjnnjAE4944gFPPOKJBzzxiCce8MQjnnjAE4944gFPPOKJ",
            "BzzxlA27hR6IJ56iebfSA/DEI554wBOPeOIBTzziiQc88YgnHvDEI554wBOPeOIBTzziiQc88YgnHvDE0zb2GHog",
            "nniaJh9LD8ATj3jiAU884okHPPGIJx7wxCOeeMATj3jiAU884okHPPGIJx7wxCOeeMATz9gAbOjB2AhsmoEtQ7B/",
            "NAVbxmCDJ17xxAueeMUTL3jiFU+84IlXPPGCJ17xxAueeMUTL3jiFU+84IlXPPGCJ96fDUOHHogn3kXz0KUH4IlX",
            "PPGCJ17xxAueeMUTL3jiFU+84IlXPPGCJ17xxAueeMUTL3jiFU+84Ik3bCw+9EA88QZNxpcegCde8cQLnnjFEy94",
            "4hVPvOCJVzzxgide8cQLnnjFEy944hVPvOCJVzzxgifebQsSoAfiiXfTjgTpAXjiFU+84IlXPPGCJ17xxAueeMUT",
            "L3jiFU+84IlXPPGCJ17xxAueeMUTL3jiPbYqA3ognngPbcuQHoAnXvHEC554xRMveOIVT7zgiddWpYAnXluWQttS",
            "bF0K7UuxhSm0McVWptDOFF2aAj2wtSm4N0V6QJtTbHUK7U6x5Sm0PUU88dL+FPHEC554xRMveOIVT7zgiVc88YIn",
            "XvHEC55409bnQA/EE2/SBh3pAXjiFU+84IlXPPGCJ17xxAueeMUTL3jiFU+84IlXPPGCJ17xxAueeMUTL3jiLVuk",
            "BD0QT7xFu5SkB+CJVzzxgide8cQLnnjFEy944hVPvOCJVzzxgide8cQLnnjFEy944hVPvOCJt22lFvRAPPE2bdWS",
            "HoAnXvHEC554xRMveOIVT7zgiVc88YInXvHEC554xRMveOIVT7zgiVc88YIn3rHlatCDsfVqtF9NFqz9aMOarFgD",
            "T0zxxARPTPHEBE9M8cQET0zxxARPTPHEBE9M8cQET0zxxARPTPHEBE/Mny3agx6IJ+aiXXvSA/DEFE9M8MQUT0zw",
            "xBRPTPDEFE9M8MQUT0zwxBRPTPDEFE9M8MQUT0zwxAxbuQg9EE/MoK2L0gPwxBRPTPDEFE9M8MQUT0zwxBRPTPDE",
            "FE9M8MQUT0zwxBRPTPDEFE9M8MTctnwTeiCemJv2b0oPwBNTPDHBE1M8McETUzwxwRNTPDHBE1M8McETUzwxwRNT",
            "PDHBE1M8McET89gaVuiBeGIe2sQqPQBPTPHEBE9M8cQET0zxxARPTPHEBE9M8cQET0zxxARPTPHEBE9M8cQET8xr",
            "C3mhB+KJeWknr/QAPDHFExM8McUTEzwxbR0zeGLaQmbayGwrmWknsy1lpq3MtpaZ9jLbYmbazKyrmaEHtpwZtzNL",
            "D2g/sy1opg3N4olJO5rFExM8McUTEzwxxRMTPDHFExM8McUTEzwxxRMTPDHLlnRDD8QTs2hPt/QAPDHFExM8McUT",
            "EzwxxRMTPDHFExM8McUTEzwxxRMTPDHFExM8McUTEzwx29a1Qw/EE7NpY7v0ADwxxRMTPDHFExM8McUTEzwxxRMT",
            "PDHFExM8McUTEzwxxRMTPDHFExM8McUTEzwxxRMLPDHFEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8",
            "scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyx",
            "xBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHE",
            "Ews8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQT",
            "CzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBML",
            "PLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8",
            "scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyx",
            "xBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHE",
            "Exs8scQTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUT",
            "GzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMb",
            "PLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8",
            "scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyx",
            "xRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHF",
            "Exs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUT",
            "GzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMb",
            "PLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTBzyxxRMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8",
            "ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxx",
            "xBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHE",
            "Ewc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQT",
            "BzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMH",
            "PHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8",
            "ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxx",
            "xBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHE",
            "Ewc8ccQTBzxxxBPXD0BxBBT/fNG3CdCDf/1/p6VEtg==",
        ),
        "meant": unpack(  # 1001 rows, too many to list
            "eNqF3T2yZEtSRWGdUbT2FIQMjwj/YRBMAEMAowXMmkZBw5g7Tz/LYpVUVnayhNq77s37ZYT7v/zDX/789b9//Od/",
            "/PFPf1n/+Jc//vZv//7Xv/35+z/+83/++l9/+f3x5x/9/b//569//sk///ff//p///h+fj2f35/n4/n8+Ty/n8/f",
            "z/Pn+Xx+nr/P5+vzfD6f78/z9Xx+Ps/3+9//93nBvF8AiUnE8X3FO+T1TXm9Y17fnNc76PVNer2jXt+s1zvs9U17",
            "veNe37zXO/D1TXy9I49v5OudeXwzj3fm8c083pkH/M9+Zx7fzOOdeXwzj3fm8c083pnHN/N4Zx7fzOOdeXwzj3fm",
            "+5t5vDPf38z3O/P9zXzLF/Nv5vud+Yav5+/M9zfz/c58fzPf78z3N/P9znx/M9/vzPc38/3O/Hwz3+/Mzzfz8878",
            "fDM/78zPN/Mj38K/mZ935ge+i78zP9/Mzzvz8838vDM/38zPO/Pzzfy8M7/fzM878/vN/L4zv9/M7zvz+838vjO/",
            "38yvvHH7Zn7fmV947/bO/H4zv+/M7zfz+878fjO/78zzm/l9Z57fzPOdeX4zz3fm+c0835nnN/N8Z57fzFPern8z",
            "z3fmCe/Y35nnN/N8Z57fzPOdeX0zz3fm9c283pnXN/N6Z17fzOudeX0zr3fm9c283pnXN/OSH9K+mdc784Kf096Z",
            "1zfzemfe38zrnXl/M+935v3NvN+Z9zfzfmfe38z7nXl/M+935v3NvN+Z9zfzlh/Nv5n3O/OGn87fmc83835nPt/M",
            "5535fDOfd+bzzXzemc8383lnPt/M5535fDOfd+bzzXzemc838xGQ+WY+RjJgMoIyP1IZYZkfuMxPYOYHMvMTmvmB",
            "zfwEZ36gMz/hmR/4zE+A5gdC8xOi+YHR/ARpfqA0P6kB0Nyff4+8BnpgPIc+Jz0goTOiI6MzpCOlM6YjpzOoI6kz",
            "qiOrM6wjrROuW+R1AnYLxG6FMS30QNBuBUmt9ADcbgncLZC7JXS3wO6W4N0CvVvCdwv8bgngLRC8JYS3wPCWIN4C",
            "xVvCeAscb20De+iBUN7aZPbSA9C8JZy3wPOWgN4C0VtCegtMbwnqLVC9Jay3wPWWwN4C2VtCewtsbwnuLdC9deyj",
            "G+iBAN869OmN9ACMbwnyLVC+Jcy3wPmWQN8C6VtCfQusbwn2LdC+Jdy3wPuWgN8C8VtCfgvMb137EA96IOy3Ln2O",
            "Jz0A+VtCfwvsbwn+LdC/Jfy3wP+WAOACAVxCgAsMcAkCLlDAJQy4wAGXQOACCVxpH+dCDwQDV9InutID8MAlILhA",
            "BJeQ4AITXIKCC1RwCQsucMElMLhABpfQ4AIbXIKDC3RwCQ8u8MFV9sE+9ECIcBV9ti89ACVcwoQLnHAJFC6QwiVU",
            "uMAKl2DhAi1cwoULvHAJGC4QwyVkuMAMl6DhAjVcbUc8oAcCh6vplIf0AOxwCR4u0MMlfLjAD5cA4gJBXEKICwxx",
            "CSIuUMQljLjAEZdA4gJJXEKJCyxxjR32gR6MHfeh8z5y4OdHJ37kyA94YognBnhiiCcGeGKIJwZ4YognBnhiiCcG",
            "eGKIJwZ4YognBnhiiCcGeGL87OAX9EA8MRad/ZIegCeGeGKAJ4Z4YoAnhnhigCeGeGKAJ4Z4YoAnhnhigCeGHf8D",
            "Tww7AEgnAPUIIPTADgHiKUDpAZ0DtIOAdBLQjgLSWUA7DEinAe04IJ0HtAOBdCJQPDHoTKB4YoAnhnhigCfGtsOg",
            "0APxxNh0HlR6AJ4Y4okBnhjiiQGeGOKJAZ4Y4okBnhjiiQGeGOKJAZ4Y4okBnhjiiQGeGMeOBUMPxBPj0Mlg6QF4",
            "YognBnhiiCcGeGKIJwZ4YognBnhiiCcGeGKIJwZ4YognBnhiiCcGeGJcOyAOPRBPjEtnxKUH4IkhnhjgiSGeGOCJ",
            "IZ4Y4IkhnhjgiSGeGOCJIZ4Y4IkhnhjgiSGeGOCJkXZVAHognhhJtwWkB+CJIZ4Y4IkhnhjgiSGeGOCJIZ4Y4Ikh",
            "nhjgiSGeGOCJIZ4Y4IkhnhjgiVF2aQR6IJ4YRfdGpAfgiSGeGOCJIZ4Y4IkhnhjgiSGeGOCJIZ4Y4IkhnhjgiSGe",
            "GOCJIZ4Y4InRdn0IeiCeGE03iKQH4IkhnhjgiSGeGOCJIZ4Y4IkhnhjgiSGeGOCJIZ4Y4IkhnhjgiSGeGOCJMXaR",
            "DHowdpWM7pLJZbIf3SaT62TgiVs8cYMnbvHEDZ64xRM3eOIWT9zgiVs8cYMnbvHEDZ64xRM3eOIWT9zgiftnlwqh",
            "B+KJe9G9QukBeOIWT9zgiVs8cYMnbvHEDZ64xRM3eOIWT9zgiVs8cYMnbvHEDZ64xRM3eOIOu14KPRBP3EE3TKUH",
            "4IlbPHGDJ27xxA2euMUTN3jiFk/c4IlbPHGDJ267YgyeuO2SMd0ytmvGdM9YLxpDD+yqMd41lh7QbWO7bkz3je3C",
            "Md04tivHdOfYLh3TrWPxxE33jsUTN3jiFk/c4IlbPHGDJ+5jV86hB+KJ+9Ctc+kBeOIWT9zgiVs8cYMnbvHEDZ64",
            "xRM3eOIWT9zgiVs8cYMnbvHEDZ64xRM3eOK+NnwAeiCeuC/NH5AegCdu8cQNnrjFEzd44hZP3OCJWzxxgydu8cQN",
            "nrjFEzd44hZP3OCJWzxxgyfutDEU0APxxJ00iUJ6AJ64xRM3eOIWT9zgiVs8cYMnbvHEDZ64xRM3eOIWT9zgiVs8",
            "cYMnbvHEDZ64ywaSQA/EE3fRTBLpAXjiFk/c4IlbPHGDJ27xxA2euMUTN3jiFk/c4IlbPHGDJ27xxA2euMUTN3ji",
            "bhtNAz0QT9xN02mkB+CJWzxxgydu8cQNnrjFEzd44hZP3OCJWzxxgydu8cQNnrjFEzd44hZP3OCJe2xIEfRgbEwR",
            "zSmSQUU/mlQko4rAE4944gFPPOKJBzzxiCce8MQjnnjAE4944gFPPOKJBzzxiCce8MQjnnjAE8/PBlZBD8QTz6KZ",
            "VdID8MQjnnjAE4944gFPPOKJBzzxiCce8MQjnnjAE4944gFPPOKJBzzxiCce8MQTNroMeiCeeIKml0kPwBOPeOIB",
            "TzziiQc88YgnHvDEI554wBOPeOIBTzziiQc88YgnHvDEI554wBPPtiF20APxxLNpjp30ADzxiCce8MQjnnjAE494",
            "4gFPPOKJBzzx2BhD8MRjgwxpkqGNMqRZhjbMkKYZ6jhD6IENNMSJhtIDmmloQw1pqqGNNaS5hjbYkCYbiicemm0o",
            "nnjAE4944gFPPOKJBzzxiCce8MRzbbAl9EA88VyabSk9AE884okHPPGIJx7wxCOeeMATj3jiAU884okHPPGIJx7w",
            "xCOeeMATj3jiAU88aSNOoQfiiSdpyqn0ADzxiCce8MQjnnjAE4944gFPPOKJBzzxiCce8MQjnnjAE4944gFPPOKJ",
            "BzzxlA27hR6IJ56iebfSA/DEI554wBOPeOIBTzziiQc88YgnHvDEI554wBOPeOIBTzziiQc88YgnHvDE0zb2GHog",
            "nniaJh9LD8ATj3jiAU884okHPPGIJx7wxCOeeMATj3jiAU884okHPPGIJx7wxCOeeMATz9gAbOjB2AhsmoEtQ7B/",
            "NAVbxmCDJ17xxAueeMUTL3jiFU+84IlXPPGCJ17xxAueeMUTL3jiFU+84IlXPPGCJ96fDUOHHogn3kXz0KUH4IlX",
            "PPGCJ17xxAueeMUTL3jiFU+84IlXPPGCJ17xxAueeMUTL3jiFU+84Ik3bCw+9EA88QZNxpcegCde8cQLnnjFEy94",
            "4hVPvOCJVzzxgide8cQLnnjFEy944hVPvOCJVzzxgifebQsSoAfiiXfTjgTpAXjiFU+84IlXPPGCJ17xxAueeMUT",
            "L3jiFU+84IlXPPGCJ17xxAueeMUTL3jiPbYqA3ognngPbcuQHoAnXvHEC554xRMveOIVT7zgiddWpYAnXluWQttS",
            "bF0K7UuxhSm0McVWptDOFF2aAj2wtSm4N0V6QJtTbHUK7U6x5Sm0PUU88dL+FPHEC554xRMveOIVT7zgiVc88YIn",
            "XvHEC55409bnQA/EE2/SBh3pAXjiFU+84IlXPPGCJ17xxAueeMUTL3jiFU+84IlXPPGCJ17xxAueeMUTL3jiLVuk",
            "BD0QT7xFu5SkB+CJVzzxgide8cQLnnjFEy944hVPvOCJVzzxgide8cQLnnjFEy944hVPvOCJt22lFvRAPPE2bdWS",
            "HoAnXvHEC554xRMveOIVT7zgiVc88YInXvHEC554xRMveOIVT7zgiVc88YIn3rHlatCDsfVqtF9NFqz9aMOarFgD",
            "T0zxxARPTPHEBE9M8cQET0zxxARPTPHEBE9M8cQET0zxxARPTPHEBE/Mny3agx6IJ+aiXXvSA/DEFE9M8MQUT0zw",
            "xBRPTPDEFE9M8MQUT0zwxBRPTPDEFE9M8MQUT0zwxAxbuQg9EE/MoK2L0gPwxBRPTPDEFE9M8MQUT0zwxBRPTPDE",
            "FE9M8MQUT0zwxBRPTPDEFE9M8MTctnwTeiCemJv2b0oPwBNTPDHBE1M8McETUzwxwRNTPDHBE1M8McETUzwxwRNT",
            "PDHBE1M8McET89gaVuiBeGIe2sQqPQBPTPHEBE9M8cQET0zxxARPTPHEBE9M8cQET0zxxARPTPHEBE9M8cQET8xr",
            "C3mhB+KJeWknr/QAPDHFExM8McUTEzwxbR0zeGLaQmbayGwrmWknsy1lpq3MtpaZ9jLbYmbazKyrmaEHtpwZtzNL",
            "D2g/sy1opg3N4olJO5rFExM8McUTEzwxxRMTPDHFExM8McUTEzwxxRMTPDHLlnRDD8QTs2hPt/QAPDHFExM8McUT",
            "EzwxxRMTPDHFExM8McUTEzwxxRMTPDHFExM8McUTEzwx29a1Qw/EE7NpY7v0ADwxxRMTPDHFExM8McUTEzwxxRMT",
            "PDHFExM8McUTEzwxxRMTPDHFExM8McUTEzwxxRMLPDHFEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8",
            "scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyx",
            "xBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHE",
            "Ews8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQT",
            "CzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBML",
            "PLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8",
            "scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyx",
            "xBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHE",
            "Exs8scQTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUT",
            "GzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMb",
            "PLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8",
            "scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyx",
            "xRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHF",
            "Exs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUT",
            "GzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMb",
            "PLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTBzyxxRMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8",
            "ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxx",
            "xBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHE",
            "Ewc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQT",
            "BzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMH",
            "PHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8",
            "ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxx",
            "xBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHE",
            "Ewc8ccQTBzxxxBPXD0BxBBT/fNG3CdCDf/1/p6VEtg==",
        ),
        "observed": unpack(  # 1000 rows, too many to list
            "eNqF3TuOZLtyhWFfo7jeca6RDJLx0CA0AUGGBF1DgB6OPEFz1zEF8Mf+22oUdrazVldlfUlG/OPf/eXPP//zx7/9",
            "6x9//5f117/88e///C9/+/c///7Hv/333/7jL78//vzSf/7Xf//tz6/8w3/959/+96////n9PB+fz5/n+f35/H2e",
            "P5/P5/P8/Xy+nufz8/l+nq/P5+d5vj+fX7/nBfP9gjex9R3ZivcV6/sVb8rrO+b15ry+g15v0us76vVmvb7DXm/a",
            "6zvu9ea9vgNfb+LrO/J4I1/fmcebeXxnHm/m8Z15wP/s78zjzTy+M4838/jOPN7M4zvzeDOP78zjzTy+M4838/jO",
            "fL+Zx3fm+818y7fmN/P9nfl+M9/fmW/4fv6d+X4z39+Z7zfz/Z35fjPf35nvN/P9nfl+M9/fmZ838/2d+XkzP9+Z",
            "nzfz8535eTM/8iP8zfx8Z37gp/h35ufN/Hxnft7Mz3fm5838fGd+3szPd+b3zfx8Z37fzO935vfN/H5nft/M73fm",
            "9838yhu3N/P7nfmF927fmd838/ud+X0zv9+Z3zfz+515vpnf78zzzTy/M8838/zOPN/M8zvzfDPP78zzzTzl7fqb",
            "eX5nnvCO/TvzfDPP78zzzTy/M6838/zOvN7M6zvzejOv78zrzby+M6838/rOvN7M6zvzejMv+SXtzby+My/4Pe07",
            "83ozr+/M+828vjPvN/P+zrzfzPs7834z7+/M+828vzPvN/P+zrzfzPs7834zb/nV/M28vzNv+O38O/N5M+/vzOfN",
            "fL4znzfz+c583sznO/N5M5/vzOfNfL4znzfz+c583sznO/N5Mx8BmTfzMZIBkxGU+ZHKCMv8wGV+AjM/kJmf0MwP",
            "bOYnOPMDnfkJz/zAZ34CND8Qmp8QzQ+M5idI8wOl+UkNgOb+/HfkNdAD4zn0OekBCZ0RHRmdIR0pnTEdOZ1BHUmd",
            "UR1ZnWEdaZ1w3SKvE7BbIHYrjGmhB4J2K0hqpQfgdkvgboHcLaG7BXa3BO8W6N0Svlvgd0sAb4HgLSG8BYa3BPEW",
            "KN4SxlvgeGsb2EMPhPLWJrOXHoDmLeG8BZ63BPQWiN4S0ltgektQb4HqLWG9Ba63BPYWyN4S2ltge0twb4HurWMf",
            "3UAPBPjWoU9vpAdgfEuQb4HyLWG+Bc63BPoWSN8S6ltgfUuwb4H2LeG+Bd63BPwWiN8S8ltgfuvah3jQA2G/delz",
            "POkByN8S+ltgf0vwb4H+LeG/Bf63BAAXCOASAlxggEsQcIECLmHABQ64BAIXSOBK+zgXeiAYuJI+0ZUegAcuAcEF",
            "IriEBBeY4BIUXKCCS1hwgQsugcEFMriEBhfY4BIcXKCDS3hwgQ+usg/2oQdChKvos33pASjhEiZc4IRLoHCBFC6h",
            "wgVWuAQLF2jhEi5c4IVLwHCBGC4hwwVmuAQNF6jhajviAT0QOFxNpzykB2CHS/BwgR4u4cMFfrgEEBcI4hJCXGCI",
            "SxBxgSIuYcQFjrgEEhdI4hJKXGCJa+ywD/Rg7LgPnfeRAz8/OvEjR37AE0M8McATQzwxwBNDPDHAE0M8McATQzwx",
            "wBNDPDHAE0M8McATQzwxwBPjZwe/oAfiibHo7Jf0ADwxxBMDPDHEEwM8McQTAzwxxBMDPDHEEwM8McQTAzwx7Pgf",
            "eGLYAUA6AahHAKEHdggQTwFKD+gcoB0EpJOAdhSQzgLaYUA6DWjHAek8oB0IpBOB4olBZwLFEwM8McQTAzwxth0G",
            "hR6IJ8am86DSA/DEEE8M8MQQTwzwxBBPDPDEEE8M8MQQTwzwxBBPDPDEEE8M8MQQTwzwxDh2LBh6IJ4Yh04GSw/A",
            "E0M8McATQzwxwBNDPDHAE0M8McATQzwxwBNDPDHAE0M8McATQzwxwBPj2gFx6IF4Ylw6Iy49AE8M8cQATwzxxABP",
            "DPHEAE8M8cQATwzxxABPDPHEAE8M8cQATwzxxABPjLSrAtAD8cRIui0gPQBPDPHEAE8M8cQATwzxxABPDPHEAE8M",
            "8cQATwzxxABPDPHEAE8M8cQAT4yySyPQA/HEKLo3Ij0ATwzxxABPDPHEAE8M8cQATwzxxABPDPHEAE8M8cQATwzx",
            "xABPDPHEAE+MtutD0APxxGi6QSQ9AE8M8cQATwzxxABPDPHEAE8M8cQATwzxxABPDPHEAE8M8cQATwzxxABPjLGL",
            "ZNCDsatkdJdMLpP96DaZXCcDT9ziiRs8cYsnbvDELZ64wRO3eOIGT9ziiRs8cYsnbvDELZ64wRO3eOIGT9w/u1QI",
            "PRBP3IvuFUoPwBO3eOIGT9ziiRs8cYsnbvDELZ64wRO3eOIGT9ziiRs8cYsnbvDELZ64wRN32PVS6IF44g66YSo9",
            "AE/c4okbPHGLJ27wxC2euMETt3jiBk/c4okbPHHbFWPwxG2XjOmWsV0zpnvGetEYemBXjfGusfSAbhvbdWO6b2wX",
            "junGsV05pjvHdumYbh2LJ266dyyeuMETt3jiBk/c4okbPHEfu3IOPRBP3IdunUsPwBO3eOIGT9ziiRs8cYsnbvDE",
            "LZ64wRO3eOIGT9ziiRs8cYsnbvDELZ64wRP3teED0APxxH1p/oD0ADxxiydu8MQtnrjBE7d44gZP3OKJGzxxiydu",
            "8MQtnrjBE7d44gZP3OKJGzxxp42hgB6IJ+6kSRTSA/DELZ64wRO3eOIGT9ziiRs8cYsnbvDELZ64wRO3eOIGT9zi",
            "iRs8cYsnbvDEXTaQBHognriLZpJID8ATt3jiBk/c4okbPHGLJ27wxC2euMETt3jiBk/c4okbPHGLJ27wxC2euMET",
            "d9toGuiBeOJumk4jPQBP3OKJGzxxiydu8MQtnrjBE7d44gZP3OKJGzxxiydu8MQtnrjBE7d44gZP3GNDiqAHY2OK",
            "aE6RDCr60aQiGVUEnnjEEw944hFPPOCJRzzxgCce8cQDnnjEEw944hFPPOCJRzzxgCce8cQDnnh+NrAKeiCeeBbN",
            "rJIegCce8cQDnnjEEw944hFPPOCJRzzxgCce8cQDnnjEEw944hFPPOCJRzzxgCeesNFl0APxxBM0vUx6AJ54xBMP",
            "eOIRTzzgiUc88YAnHvHEA554xBMPeOIRTzzgiUc88YAnHvHEA554tg2xgx6IJ55Nc+ykB+CJRzzxgCce8cQDnnjE",
            "Ew944hFPPOCJx8YYgiceG2RIkwxtlCHNMrRhhjTNUMcZQg9soCFONJQe0ExDG2pIUw1trCHNNbTBhjTZUDzx0GxD",
            "8cQDnnjEEw944hFPPOCJRzzxgCeea4MtoQfiiefSbEvpAXjiEU884IlHPPGAJx7xxAOeeMQTD3jiEU884IlHPPGA",
            "Jx7xxAOeeMQTD3jiSRtxCj0QTzxJU06lB+CJRzzxgCce8cQDnnjEEw944hFPPOCJRzzxgCce8cQDnnjEEw944hFP",
            "POCJp2zYLfRAPPEUzbuVHoAnHvHEA554xBMPeOIRTzzgiUc88YAnHvHEA554xBMPeOIRTzzgiUc88YAnnraxx9AD",
            "8cTTNPlYegCeeMQTD3jiEU884IlHPPGAJx7xxAOeeMQTD3jiEU884IlHPPGAJx7xxAOeeMYGYEMPxkZg0wxsGYL9",
            "oynYMgYbPPGKJ17wxCueeMETr3jiBU+84okXPPGKJ17wxCueeMETr3jiBU+84okXPPH+bBg69EA88S6ahy49AE+8",
            "4okXPPGKJ17wxCueeMETr3jiBU+84okXPPGKJ17wxCueeMETr3jiBU+8YWPxoQfiiTdoMr70ADzxiide8MQrnnjB",
            "E6944gVPvOKJFzzxiide8MQrnnjBE6944gVPvOKJFzzxbluQAD0QT7ybdiRID8ATr3jiBU+84okXPPGKJ17wxCue",
            "eMETr3jiBU+84okXPPGKJ17wxCueeMET77FVGdAD8cR7aFuG9AA88YonXvDEK554wROveOIFT7y2KgU88dqyFNqW",
            "YutSaF+KLUyhjSm2MoV2pujSFOiBrU3BvSnSA9qcYqtTaHeKLU+h7SniiZf2p4gnXvDEK554wROveOIFT7ziiRc8",
            "8YonXvDEm7Y+B3ognniTNuhID8ATr3jiBU+84okXPPGKJ17wxCueeMETr3jiBU+84okXPPGKJ17wxCueeMETb9ki",
            "JeiBeOIt2qUkPQBPvOKJFzzxiide8MQrnnjBE6944gVPvOKJFzzxiide8MQrnnjBE6944gVPvG0rtaAH4om3aauW",
            "9AA88YonXvDEK554wROveOIFT7ziiRc88YonXvDEK554wROveOIFT7ziiRc88Y4tV4MejK1Xo/1qsmDtRxvWZMUa",
            "eGKKJyZ4YoonJnhiiicmeGKKJyZ4YoonJnhiiicmeGKKJyZ4YoonJnhi/mzRHvRAPDEX7dqTHoAnpnhigiemeGKC",
            "J6Z4YoInpnhigiemeGKCJ6Z4YoInpnhigiemeGKCJ2bYykXogXhiBm1dlB6AJ6Z4YoInpnhigiemeGKCJ6Z4YoIn",
            "pnhigiemeGKCJ6Z4YoInpnhigifmtuWb0APxxNy0f1N6AJ6Y4okJnpjiiQmemOKJCZ6Y4okJnpjiiQmemOKJCZ6Y",
            "4okJnpjiiQmemMfWsEIPxBPz0CZW6QF4YoonJnhiiicmeGKKJyZ4YoonJnhiiicmeGKKJyZ4YoonJnhiiicmeGJe",
            "W8gLPRBPzEs7eaUH4IkpnpjgiSmemOCJaeuYwRPTFjLTRmZbyUw7mW0pM21ltrXMtJfZFjPTZmZdzQw9sOXMuJ1Z",
            "ekD7mW1BM21oFk9M2tEsnpjgiSmemOCJKZ6Y4IkpnpjgiSmemOCJKZ6Y4IlZtqQbeiCemEV7uqUH4IkpnpjgiSme",
            "mOCJKZ6Y4IkpnpjgiSmemOCJKZ6Y4IkpnpjgiSmemOCJ2bauHXognphNG9ulB+CJKZ6Y4IkpnpjgiSmemOCJKZ6Y",
            "4IkpnpjgiSmemOCJKZ6Y4IkpnpjgiSmemOCJKZ5Y4IkpnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4Iklnljg",
            "iSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJ",
            "JZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4Ikl",
            "nljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWe",
            "WOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y",
            "4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4Iklnljg",
            "iSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJ",
            "JZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4IklnljgiSWeWOCJJZ5Y4Ikl",
            "ntjgiSWe2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e",
            "2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y",
            "4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4Iktntjg",
            "iS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJ",
            "LZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4Ikt",
            "ntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e",
            "2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y",
            "4IktntjgiS2e2OCJLZ7Y4IktntjgiS2e2OCJLZ7Y4IktntjgiS2eOOCJLZ444IkjnjjgiSOeOOCJI5444Ikjnjjg",
            "iSOeOOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJ",
            "I5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444Ikj",
            "njjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOe",
            "OOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI544",
            "4IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444Ikjnjjg",
            "iSOeOOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJ",
            "I5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444IkjnjjgiSOeOOCJI5444Ikj",
            "njjgiSOeOOCJI564fgCKI6D454veJkAP/un/APNkN+Y=",
        ),  # what rowloss read back
        "published": {  # by driver, then by SQLAlchemy line
            'duckdb_engine': {
                '1.4': ('dropped', '1 of 1001 rows missing (1); returning revealed it'),
                '2.0': ('dropped', '1 of 1001 rows missing (1); returning revealed it'),
                '2.1': ('dropped', '1 of 1001 rows missing (1); returning revealed it'),
            },
        },
    },
    {
        "api": 'on_conflict_do_update',
        "call": on_conflict_do_update,
        "on_session": False,
        "application": plain,
        "transaction": 'transaction',
        "batch": '1001 rows, faulty at 1',
        "baseline": [],
        "sent": unpack(  # 1001 rows, too many to list
            "eNqF3T2yZEtSRWGdUbT2FIQMjwj/YRBMAEMAowXMmkZBw5g7Tz/LYpVUVnayhNq77s37ZYT7v/zDX/789b9//Od/",
            "/PFPf1n/+Jc//vZv//7Xv/35+z/+83/++l9/+f3x5x/9/b//569//sk///ff//p///h+fj2f35/n4/n8+Ty/n8/f",
            "z/Pn+Xx+nr/P5+vzfD6f78/z9Xx+Ps/3+9//93nBvF8AiUnE8X3FO+T1TXm9Y17fnNc76PVNer2jXt+s1zvs9U17",
            "veNe37zXO/D1TXy9I49v5OudeXwzj3fm8c083pkH/M9+Zx7fzOOdeXwzj3fm8c083pnHN/N4Zx7fzOOdeXwzj3fm",
            "+5t5vDPf38z3O/P9zXzLF/Nv5vud+Yav5+/M9zfz/c58fzPf78z3N/P9znx/M9/vzPc38/3O/Hwz3+/Mzzfz8878",
            "fDM/78zPN/Mj38K/mZ935ge+i78zP9/Mzzvz8838vDM/38zPO/Pzzfy8M7/fzM878/vN/L4zv9/M7zvz+838vjO/",
            "38yvvHH7Zn7fmV947/bO/H4zv+/M7zfz+878fjO/78zzm/l9Z57fzPOdeX4zz3fm+c0835nnN/N8Z57fzFPern8z",
            "z3fmCe/Y35nnN/N8Z57fzPOdeX0zz3fm9c283pnXN/N6Z17fzOudeX0zr3fm9c283pnXN/OSH9K+mdc784Kf096Z",
            "1zfzemfe38zrnXl/M+935v3NvN+Z9zfzfmfe38z7nXl/M+935v3NvN+Z9zfzlh/Nv5n3O/OGn87fmc83835nPt/M",
            "5535fDOfd+bzzXzemc8383lnPt/M5535fDOfd+bzzXzemc838xGQ+WY+RjJgMoIyP1IZYZkfuMxPYOYHMvMTmvmB",
            "zfwEZ36gMz/hmR/4zE+A5gdC8xOi+YHR/ARpfqA0P6kB0Nyff4+8BnpgPIc+Jz0goTOiI6MzpCOlM6YjpzOoI6kz",
            "qiOrM6wjrROuW+R1AnYLxG6FMS30QNBuBUmt9ADcbgncLZC7JXS3wO6W4N0CvVvCdwv8bgngLRC8JYS3wPCWIN4C",
            "xVvCeAscb20De+iBUN7aZPbSA9C8JZy3wPOWgN4C0VtCegtMbwnqLVC9Jay3wPWWwN4C2VtCewtsbwnuLdC9deyj",
            "G+iBAN869OmN9ACMbwnyLVC+Jcy3wPmWQN8C6VtCfQusbwn2LdC+Jdy3wPuWgN8C8VtCfgvMb137EA96IOy3Ln2O",
            "Jz0A+VtCfwvsbwn+LdC/Jfy3wP+WAOACAVxCgAsMcAkCLlDAJQy4wAGXQOACCVxpH+dCDwQDV9InutID8MAlILhA",
            "BJeQ4AITXIKCC1RwCQsucMElMLhABpfQ4AIbXIKDC3RwCQ8u8MFV9sE+9ECIcBV9ti89ACVcwoQLnHAJFC6QwiVU",
            "uMAKl2DhAi1cwoULvHAJGC4QwyVkuMAMl6DhAjVcbUc8oAcCh6vplIf0AOxwCR4u0MMlfLjAD5cA4gJBXEKICwxx",
            "CSIuUMQljLjAEZdA4gJJXEKJCyxxjR32gR6MHfeh8z5y4OdHJ37kyA94YognBnhiiCcGeGKIJwZ4YognBnhiiCcG",
            "eGKIJwZ4YognBnhiiCcGeGL87OAX9EA8MRad/ZIegCeGeGKAJ4Z4YoAnhnhigCeGeGKAJ4Z4YoAnhnhigCeGHf8D",
            "Tww7AEgnAPUIIPTADgHiKUDpAZ0DtIOAdBLQjgLSWUA7DEinAe04IJ0HtAOBdCJQPDHoTKB4YoAnhnhigCfGtsOg",
            "0APxxNh0HlR6AJ4Y4okBnhjiiQGeGOKJAZ4Y4okBnhjiiQGeGOKJAZ4Y4okBnhjiiQGeGMeOBUMPxBPj0Mlg6QF4",
            "YognBnhiiCcGeGKIJwZ4YognBnhiiCcGeGKIJwZ4YognBnhiiCcGeGJcOyAOPRBPjEtnxKUH4IkhnhjgiSGeGOCJ",
            "IZ4Y4IkhnhjgiSGeGOCJIZ4Y4IkhnhjgiSGeGOCJkXZVAHognhhJtwWkB+CJIZ4Y4IkhnhjgiSGeGOCJIZ4Y4Ikh",
            "nhjgiSGeGOCJIZ4Y4IkhnhjgiVF2aQR6IJ4YRfdGpAfgiSGeGOCJIZ4Y4IkhnhjgiSGeGOCJIZ4Y4IkhnhjgiSGe",
            "GOCJIZ4Y4InRdn0IeiCeGE03iKQH4IkhnhjgiSGeGOCJIZ4Y4IkhnhjgiSGeGOCJIZ4Y4IkhnhjgiSGeGOCJMXaR",
            "DHowdpWM7pLJZbIf3SaT62TgiVs8cYMnbvHEDZ64xRM3eOIWT9zgiVs8cYMnbvHEDZ64xRM3eOIWT9zgiftnlwqh",
            "B+KJe9G9QukBeOIWT9zgiVs8cYMnbvHEDZ64xRM3eOIWT9zgiVs8cYMnbvHEDZ64xRM3eOIOu14KPRBP3EE3TKUH",
            "4IlbPHGDJ27xxA2euMUTN3jiFk/c4IlbPHGDJ267YgyeuO2SMd0ytmvGdM9YLxpDD+yqMd41lh7QbWO7bkz3je3C",
            "Md04tivHdOfYLh3TrWPxxE33jsUTN3jiFk/c4IlbPHGDJ+5jV86hB+KJ+9Ctc+kBeOIWT9zgiVs8cYMnbvHEDZ64",
            "xRM3eOIWT9zgiVs8cYMnbvHEDZ64xRM3eOK+NnwAeiCeuC/NH5AegCdu8cQNnrjFEzd44hZP3OCJWzxxgydu8cQN",
            "nrjFEzd44hZP3OCJWzxxgyfutDEU0APxxJ00iUJ6AJ64xRM3eOIWT9zgiVs8cYMnbvHEDZ64xRM3eOIWT9zgiVs8",
            "cYMnbvHEDZ64ywaSQA/EE3fRTBLpAXjiFk/c4IlbPHGDJ27xxA2euMUTN3jiFk/c4IlbPHGDJ27xxA2euMUTN3ji",
            "bhtNAz0QT9xN02mkB+CJWzxxgydu8cQNnrjFEzd44hZP3OCJWzxxgydu8cQNnrjFEzd44hZP3OCJe2xIEfRgbEwR",
            "zSmSQUU/mlQko4rAE4944gFPPOKJBzzxiCce8MQjnnjAE4944gFPPOKJBzzxiCce8MQjnnjAE8/PBlZBD8QTz6KZ",
            "VdID8MQjnnjAE4944gFPPOKJBzzxiCce8MQjnnjAE4944gFPPOKJBzzxiCce8MQTNroMeiCeeIKml0kPwBOPeOIB",
            "TzziiQc88YgnHvDEI554wBOPeOIBTzziiQc88YgnHvDEI554wBPPtiF20APxxLNpjp30ADzxiCce8MQjnnjAE494",
            "4gFPPOKJBzzx2BhD8MRjgwxpkqGNMqRZhjbMkKYZ6jhD6IENNMSJhtIDmmloQw1pqqGNNaS5hjbYkCYbiicemm0o",
            "nnjAE4944gFPPOKJBzzxiCce8MRzbbAl9EA88VyabSk9AE884okHPPGIJx7wxCOeeMATj3jiAU884okHPPGIJx7w",
            "xCOeeMATj3jiAU88aSNOoQfiiSdpyqn0ADzxiCce8MQjnnjAE4944gFPPOKJBzzxiCce8MQjnnjAE4944gFPPOKJ",
            "BzzxlA27hR6IJ56iebfSA/DEI554wBOPeOIBTzziiQc88YgnHvDEI554wBOPeOIBTzziiQc88YgnHvDE0zb2GHog",
            "nniaJh9LD8ATj3jiAU884okHPPGIJx7wxCOeeMATj3jiAU884okHPPGIJx7wxCOeeMATz9gAbOjB2AhsmoEtQ7B/",
            "NAVbxmCDJ17xxAueeMUTL3jiFU+84IlXPPGCJ17xxAueeMUTL3jiFU+84IlXPPGCJ96fDUOHHogn3kXz0KUH4IlX",
            "PPGCJ17xxAueeMUTL3jiFU+84IlXPPGCJ17xxAueeMUTL3jiFU+84Ik3bCw+9EA88QZNxpcegCde8cQLnnjFEy94",
            "4hVPvOCJVzzxgide8cQLnnjFEy944hVPvOCJVzzxgifebQsSoAfiiXfTjgTpAXjiFU+84IlXPPGCJ17xxAueeMUT",
            "L3jiFU+84IlXPPGCJ17xxAueeMUTL3jiPbYqA3ognngPbcuQHoAnXvHEC554xRMveOIVT7zgiddWpYAnXluWQttS",
            "bF0K7UuxhSm0McVWptDOFF2aAj2wtSm4N0V6QJtTbHUK7U6x5Sm0PUU88dL+FPHEC554xRMveOIVT7zgiVc88YIn",
            "XvHEC55409bnQA/EE2/SBh3pAXjiFU+84IlXPPGCJ17xxAueeMUTL3jiFU+84IlXPPGCJ17xxAueeMUTL3jiLVuk",
            "BD0QT7xFu5SkB+CJVzzxgide8cQLnnjFEy944hVPvOCJVzzxgide8cQLnnjFEy944hVPvOCJt22lFvRAPPE2bdWS",
            "HoAnXvHEC554xRMveOIVT7zgiVc88YInXvHEC554xRMveOIVT7zgiVc88YIn3rHlatCDsfVqtF9NFqz9aMOarFgD",
            "T0zxxARPTPHEBE9M8cQET0zxxARPTPHEBE9M8cQET0zxxARPTPHEBE/Mny3agx6IJ+aiXXvSA/DEFE9M8MQUT0zw",
            "xBRPTPDEFE9M8MQUT0zwxBRPTPDEFE9M8MQUT0zwxAxbuQg9EE/MoK2L0gPwxBRPTPDEFE9M8MQUT0zwxBRPTPDE",
            "FE9M8MQUT0zwxBRPTPDEFE9M8MTctnwTeiCemJv2b0oPwBNTPDHBE1M8McETUzwxwRNTPDHBE1M8McETUzwxwRNT",
            "PDHBE1M8McET89gaVuiBeGIe2sQqPQBPTPHEBE9M8cQET0zxxARPTPHEBE9M8cQET0zxxARPTPHEBE9M8cQET8xr",
            "C3mhB+KJeWknr/QAPDHFExM8McUTEzwxbR0zeGLaQmbayGwrmWknsy1lpq3MtpaZ9jLbYmbazKyrmaEHtpwZtzNL",
            "D2g/sy1opg3N4olJO5rFExM8McUTEzwxxRMTPDHFExM8McUTEzwxxRMTPDHLlnRDD8QTs2hPt/QAPDHFExM8McUT",
            "EzwxxRMTPDHFExM8McUTEzwxxRMTPDHFExM8McUTEzwx29a1Qw/EE7NpY7v0ADwxxRMTPDHFExM8McUTEzwxxRMT",
            "PDHFExM8McUTEzwxxRMTPDHFExM8McUTEzwxxRMLPDHFEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8",
            "scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyx",
            "xBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHE",
            "Ews8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQT",
            "CzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBML",
            "PLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8",
            "scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyx",
            "xBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHE",
            "Exs8scQTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUT",
            "GzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMb",
            "PLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8",
            "scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyx",
            "xRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHF",
            "Exs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUT",
            "GzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMb",
            "PLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTBzyxxRMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8",
            "ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxx",
            "xBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHE",
            "Ewc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQT",
            "BzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMH",
            "PHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8",
            "ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxx",
            "xBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHE",
            "Ewc8ccQTBzxxxBPXD0BxBBT/fNG3CdCDf/1/p6VEtg==",
        ),
        "meant": unpack(  # 1001 rows, too many to list
            "eNqF3T2yZEtSRWGdUbT2FIQMjwj/YRBMAEMAowXMmkZBw5g7Tz/LYpVUVnayhNq77s37ZYT7v/zDX/789b9//Od/",
            "/PFPf1n/+Jc//vZv//7Xv/35+z/+83/++l9/+f3x5x/9/b//569//sk///ff//p///h+fj2f35/n4/n8+Ty/n8/f",
            "z/Pn+Xx+nr/P5+vzfD6f78/z9Xx+Ps/3+9//93nBvF8AiUnE8X3FO+T1TXm9Y17fnNc76PVNer2jXt+s1zvs9U17",
            "veNe37zXO/D1TXy9I49v5OudeXwzj3fm8c083pkH/M9+Zx7fzOOdeXwzj3fm8c083pnHN/N4Zx7fzOOdeXwzj3fm",
            "+5t5vDPf38z3O/P9zXzLF/Nv5vud+Yav5+/M9zfz/c58fzPf78z3N/P9znx/M9/vzPc38/3O/Hwz3+/Mzzfz8878",
            "fDM/78zPN/Mj38K/mZ935ge+i78zP9/Mzzvz8838vDM/38zPO/Pzzfy8M7/fzM878/vN/L4zv9/M7zvz+838vjO/",
            "38yvvHH7Zn7fmV947/bO/H4zv+/M7zfz+878fjO/78zzm/l9Z57fzPOdeX4zz3fm+c0835nnN/N8Z57fzFPern8z",
            "z3fmCe/Y35nnN/N8Z57fzPOdeX0zz3fm9c283pnXN/N6Z17fzOudeX0zr3fm9c283pnXN/OSH9K+mdc784Kf096Z",
            "1zfzemfe38zrnXl/M+935v3NvN+Z9zfzfmfe38z7nXl/M+935v3NvN+Z9zfzlh/Nv5n3O/OGn87fmc83835nPt/M",
            "5535fDOfd+bzzXzemc8383lnPt/M5535fDOfd+bzzXzemc838xGQ+WY+RjJgMoIyP1IZYZkfuMxPYOYHMvMTmvmB",
            "zfwEZ36gMz/hmR/4zE+A5gdC8xOi+YHR/ARpfqA0P6kB0Nyff4+8BnpgPIc+Jz0goTOiI6MzpCOlM6YjpzOoI6kz",
            "qiOrM6wjrROuW+R1AnYLxG6FMS30QNBuBUmt9ADcbgncLZC7JXS3wO6W4N0CvVvCdwv8bgngLRC8JYS3wPCWIN4C",
            "xVvCeAscb20De+iBUN7aZPbSA9C8JZy3wPOWgN4C0VtCegtMbwnqLVC9Jay3wPWWwN4C2VtCewtsbwnuLdC9deyj",
            "G+iBAN869OmN9ACMbwnyLVC+Jcy3wPmWQN8C6VtCfQusbwn2LdC+Jdy3wPuWgN8C8VtCfgvMb137EA96IOy3Ln2O",
            "Jz0A+VtCfwvsbwn+LdC/Jfy3wP+WAOACAVxCgAsMcAkCLlDAJQy4wAGXQOACCVxpH+dCDwQDV9InutID8MAlILhA",
            "BJeQ4AITXIKCC1RwCQsucMElMLhABpfQ4AIbXIKDC3RwCQ8u8MFV9sE+9ECIcBV9ti89ACVcwoQLnHAJFC6QwiVU",
            "uMAKl2DhAi1cwoULvHAJGC4QwyVkuMAMl6DhAjVcbUc8oAcCh6vplIf0AOxwCR4u0MMlfLjAD5cA4gJBXEKICwxx",
            "CSIuUMQljLjAEZdA4gJJXEKJCyxxjR32gR6MHfeh8z5y4OdHJ37kyA94YognBnhiiCcGeGKIJwZ4YognBnhiiCcG",
            "eGKIJwZ4YognBnhiiCcGeGL87OAX9EA8MRad/ZIegCeGeGKAJ4Z4YoAnhnhigCeGeGKAJ4Z4YoAnhnhigCeGHf8D",
            "Tww7AEgnAPUIIPTADgHiKUDpAZ0DtIOAdBLQjgLSWUA7DEinAe04IJ0HtAOBdCJQPDHoTKB4YoAnhnhigCfGtsOg",
            "0APxxNh0HlR6AJ4Y4okBnhjiiQGeGOKJAZ4Y4okBnhjiiQGeGOKJAZ4Y4okBnhjiiQGeGMeOBUMPxBPj0Mlg6QF4",
            "YognBnhiiCcGeGKIJwZ4YognBnhiiCcGeGKIJwZ4YognBnhiiCcGeGJcOyAOPRBPjEtnxKUH4IkhnhjgiSGeGOCJ",
            "IZ4Y4IkhnhjgiSGeGOCJIZ4Y4IkhnhjgiSGeGOCJkXZVAHognhhJtwWkB+CJIZ4Y4IkhnhjgiSGeGOCJIZ4Y4Ikh",
            "nhjgiSGeGOCJIZ4Y4IkhnhjgiVF2aQR6IJ4YRfdGpAfgiSGeGOCJIZ4Y4IkhnhjgiSGeGOCJIZ4Y4IkhnhjgiSGe",
            "GOCJIZ4Y4InRdn0IeiCeGE03iKQH4IkhnhjgiSGeGOCJIZ4Y4IkhnhjgiSGeGOCJIZ4Y4IkhnhjgiSGeGOCJMXaR",
            "DHowdpWM7pLJZbIf3SaT62TgiVs8cYMnbvHEDZ64xRM3eOIWT9zgiVs8cYMnbvHEDZ64xRM3eOIWT9zgiftnlwqh",
            "B+KJe9G9QukBeOIWT9zgiVs8cYMnbvHEDZ64xRM3eOIWT9zgiVs8cYMnbvHEDZ64xRM3eOIOu14KPRBP3EE3TKUH",
            "4IlbPHGDJ27xxA2euMUTN3jiFk/c4IlbPHGDJ267YgyeuO2SMd0ytmvGdM9YLxpDD+yqMd41lh7QbWO7bkz3je3C",
            "Md04tivHdOfYLh3TrWPxxE33jsUTN3jiFk/c4IlbPHGDJ+5jV86hB+KJ+9Ctc+kBeOIWT9zgiVs8cYMnbvHEDZ64",
            "xRM3eOIWT9zgiVs8cYMnbvHEDZ64xRM3eOK+NnwAeiCeuC/NH5AegCdu8cQNnrjFEzd44hZP3OCJWzxxgydu8cQN",
            "nrjFEzd44hZP3OCJWzxxgyfutDEU0APxxJ00iUJ6AJ64xRM3eOIWT9zgiVs8cYMnbvHEDZ64xRM3eOIWT9zgiVs8",
            "cYMnbvHEDZ64ywaSQA/EE3fRTBLpAXjiFk/c4IlbPHGDJ27xxA2euMUTN3jiFk/c4IlbPHGDJ27xxA2euMUTN3ji",
            "bhtNAz0QT9xN02mkB+CJWzxxgydu8cQNnrjFEzd44hZP3OCJWzxxgydu8cQNnrjFEzd44hZP3OCJe2xIEfRgbEwR",
            "zSmSQUU/mlQko4rAE4944gFPPOKJBzzxiCce8MQjnnjAE4944gFPPOKJBzzxiCce8MQjnnjAE8/PBlZBD8QTz6KZ",
            "VdID8MQjnnjAE4944gFPPOKJBzzxiCce8MQjnnjAE4944gFPPOKJBzzxiCce8MQTNroMeiCeeIKml0kPwBOPeOIB",
            "TzziiQc88YgnHvDEI554wBOPeOIBTzziiQc88YgnHvDEI554wBPPtiF20APxxLNpjp30ADzxiCce8MQjnnjAE494",
            "4gFPPOKJBzzx2BhD8MRjgwxpkqGNMqRZhjbMkKYZ6jhD6IENNMSJhtIDmmloQw1pqqGNNaS5hjbYkCYbiicemm0o",
            "nnjAE4944gFPPOKJBzzxiCce8MRzbbAl9EA88VyabSk9AE884okHPPGIJx7wxCOeeMATj3jiAU884okHPPGIJx7w",
            "xCOeeMATj3jiAU88aSNOoQfiiSdpyqn0ADzxiCce8MQjnnjAE4944gFPPOKJBzzxiCce8MQjnnjAE4944gFPPOKJ",
            "BzzxlA27hR6IJ56iebfSA/DEI554wBOPeOIBTzziiQc88YgnHvDEI554wBOPeOIBTzziiQc88YgnHvDE0zb2GHog",
            "nniaJh9LD8ATj3jiAU884okHPPGIJx7wxCOeeMATj3jiAU884okHPPGIJx7wxCOeeMATz9gAbOjB2AhsmoEtQ7B/",
            "NAVbxmCDJ17xxAueeMUTL3jiFU+84IlXPPGCJ17xxAueeMUTL3jiFU+84IlXPPGCJ96fDUOHHogn3kXz0KUH4IlX",
            "PPGCJ17xxAueeMUTL3jiFU+84IlXPPGCJ17xxAueeMUTL3jiFU+84Ik3bCw+9EA88QZNxpcegCde8cQLnnjFEy94",
            "4hVPvOCJVzzxgide8cQLnnjFEy944hVPvOCJVzzxgifebQsSoAfiiXfTjgTpAXjiFU+84IlXPPGCJ17xxAueeMUT",
            "L3jiFU+84IlXPPGCJ17xxAueeMUTL3jiPbYqA3ognngPbcuQHoAnXvHEC554xRMveOIVT7zgiddWpYAnXluWQttS",
            "bF0K7UuxhSm0McVWptDOFF2aAj2wtSm4N0V6QJtTbHUK7U6x5Sm0PUU88dL+FPHEC554xRMveOIVT7zgiVc88YIn",
            "XvHEC55409bnQA/EE2/SBh3pAXjiFU+84IlXPPGCJ17xxAueeMUTL3jiFU+84IlXPPGCJ17xxAueeMUTL3jiLVuk",
            "BD0QT7xFu5SkB+CJVzzxgide8cQLnnjFEy944hVPvOCJVzzxgide8cQLnnjFEy944hVPvOCJt22lFvRAPPE2bdWS",
            "HoAnXvHEC554xRMveOIVT7zgiVc88YInXvHEC554xRMveOIVT7zgiVc88YIn3rHlatCDsfVqtF9NFqz9aMOarFgD",
            "T0zxxARPTPHEBE9M8cQET0zxxARPTPHEBE9M8cQET0zxxARPTPHEBE/Mny3agx6IJ+aiXXvSA/DEFE9M8MQUT0zw",
            "xBRPTPDEFE9M8MQUT0zwxBRPTPDEFE9M8MQUT0zwxAxbuQg9EE/MoK2L0gPwxBRPTPDEFE9M8MQUT0zwxBRPTPDE",
            "FE9M8MQUT0zwxBRPTPDEFE9M8MTctnwTeiCemJv2b0oPwBNTPDHBE1M8McETUzwxwRNTPDHBE1M8McETUzwxwRNT",
            "PDHBE1M8McET89gaVuiBeGIe2sQqPQBPTPHEBE9M8cQET0zxxARPTPHEBE9M8cQET0zxxARPTPHEBE9M8cQET8xr",
            "C3mhB+KJeWknr/QAPDHFExM8McUTEzwxbR0zeGLaQmbayGwrmWknsy1lpq3MtpaZ9jLbYmbazKyrmaEHtpwZtzNL",
            "D2g/sy1opg3N4olJO5rFExM8McUTEzwxxRMTPDHFExM8McUTEzwxxRMTPDHLlnRDD8QTs2hPt/QAPDHFExM8McUT",
            "EzwxxRMTPDHFExM8McUTEzwxxRMTPDHFExM8McUTEzwx29a1Qw/EE7NpY7v0ADwxxRMTPDHFExM8McUTEzwxxRMT",
            "PDHFExM8McUTEzwxxRMTPDHFExM8McUTEzwxxRMLPDHFEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8",
            "scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyx",
            "xBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHE",
            "Ews8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQT",
            "CzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBML",
            "PLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8",
            "scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyx",
            "xBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHE",
            "Exs8scQTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUT",
            "GzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMb",
            "PLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8",
            "scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyx",
            "xRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHF",
            "Exs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUT",
            "GzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMb",
            "PLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTBzyxxRMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8",
            "ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxx",
            "xBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHE",
            "Ewc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQT",
            "BzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMH",
            "PHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8",
            "ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxx",
            "xBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHE",
            "Ewc8ccQTBzxxxBPXD0BxBBT/fNG3CdCDf/1/p6VEtg==",
        ),
        "observed": unpack(  # 1000 rows, too many to list
            "eNqF3TuOZLtyhWFfo7jeca6RDJLx0CA0AUGGBF1DgB6OPEFz1zEF8Mf+22oUdrazVldlfUlG/OPf/eXPP//zx7/9",
            "6x9//5f117/88e///C9/+/c///7Hv/333/7jL+uPP7/0n//133/78yv/8F//+bf//ev/f34/z8fn8+d5fn8+f5/n",
            "z+fz+Tx/P5+v5/n8fL6f5+vz+Xme78/n1+95wXy/ABL7fb8i3ld8h7zelNd3zOvNeX0Hvd6k13fU6816fYe93rTX",
            "d9zrzXt9B77exNd35PFGvr4zjzfz+M483szjO/OA/9nfmcebeXxnHm/m8Z15vJnHd+bxZh7fmcebeXxnHm/m8Z35",
            "fjOP78z3m/n+zny/mW/5Zv5mvr8z3/D9/Dvz/Wa+vzPfb+b7O/P9Zr6/M99v5vs78/1mvr8zP2/m+zvz82Z+vjM/",
            "b+bnO/PzZn7kR/ib+fnO/MBP8e/Mz5v5+c78vJmf78zPm/n5zvy8mZ/vzO+b+fnO/L6Z3+/M75v5/c78vpnf78zv",
            "m/mVN25v5vc78wvv3b4zv2/m9zvz+2Z+vzO/b+b3O/N8M7/fmeebeX5nnm/m+Z15vpnnd+b5Zp7fmeebecrb9Tfz",
            "/M484R37d+b5Zp7fmeebeX5nXm/m+Z15vZnXd+b1Zl7fmdebeX1nXm/m9Z15vZnXd+b1Zl7yS9qbeX1nXvB72nfm",
            "9WZe35n3m3l9Z95v5v2deb+Z93fm/Wbe35n3m3l/Z95v5v2deb+Z93fm/Wbe8qv5m3l/Z97w2/l35vNm3t+Zz5v5",
            "fGc+b+bznfm8mc935vNmPt+Zz5v5fGc+b+bznfm8mc935vNmPgIyb+ZjJAMmIyjzI5URlvmBy/wEZn4gMz+hmR/Y",
            "zE9w5gc68xOe+YHP/ARofiA0PyGaHxjNT5DmB0rzkxoAzf3578hroAfGc+hz0gMSOiM6MjpDOlI6YzpyOoM6kjqj",
            "OrI6wzrSOuG6RV4nYLdA7FYY00IPBO1WkNRKD8DtlsDdArlbQncL7G4J3i3QuyV8t8DvlgDeAsFbQngLDG8J4i1Q",
            "vCWMt8Dx1jawhx4I5a1NZi89AM1bwnkLPG8J6C0QvSWkt8D0lqDeAtVbwnoLXG8J7C2QvSW0t8D2luDeAt1bxz66",
            "gR4I8K1Dn95ID8D4liDfAuVbwnwLnG8J9C2QviXUt8D6lmDfAu1bwn0LvG8J+C0QvyXkt8D81rUP8aAHwn7r0ud4",
            "0gOQvyX0t8D+luDfAv1bwn8L/G8JAC4QwCUEuMAAlyDgAgVcwoALHHAJBC6QwJX2cS70QDBwJX2iKz0AD1wCggtE",
            "cAkJLjDBJSi4QAWXsOACF1wCgwtkcAkNLrDBJTi4QAeX8OACH1xlH+xDD4QIV9Fn+9IDUMIlTLjACZdA4QIpXEKF",
            "C6xwCRYu0MIlXLjAC5eA4QIxXEKGC8xwCRouUMPVdsQDeiBwuJpOeUgPwA6X4OECPVzChwv8cAkgLhDEJYS4wBCX",
            "IOICRVzCiAsccQkkLpDEJZS4wBLX2GEf6MHYcR867yMHfn504keO/IAnhnhigCeGeGKAJ4Z4YoAnhnhigCeGeGKA",
            "J4Z4YoAnhnhigCeGeGKAJ8bPDn5BD8QTY9HZL+kBeGKIJwZ4YognBnhiiCcGeGKIJwZ4YognBnhiiCcGeGLY8T/w",
            "xLADgHQCUI8AQg/sECCeApQe0DlAOwhIJwHtKCCdBbTDgHQa0I4D0nlAOxBIJwLFE4POBIonBnhiiCcGeGJsOwwK",
            "PRBPjE3nQaUH4IkhnhjgiSGeGOCJIZ4Y4IkhnhjgiSGeGOCJIZ4Y4IkhnhjgiSGeGOCJcexYMPRAPDEOnQyWHoAn",
            "hnhigCeGeGKAJ4Z4YoAnhnhigCeGeGKAJ4Z4YoAnhnhigCeGeGKAJ8a1A+LQA/HEuHRGXHoAnhjiiQGeGOKJAZ4Y",
            "4okBnhjiiQGeGOKJAZ4Y4okBnhjiiQGeGOKJAZ4YaVcFoAfiiZF0W0B6AJ4Y4okBnhjiiQGeGOKJAZ4Y4okBnhji",
            "iQGeGOKJAZ4Y4okBnhjiiQGeGGWXRqAH4olRdG9EegCeGOKJAZ4Y4okBnhjiiQGeGOKJAZ4Y4okBnhjiiQGeGOKJ",
            "AZ4Y4okBnhht14egB+KJ0XSDSHoAnhjiiQGeGOKJAZ4Y4okBnhjiiQGeGOKJAZ4Y4okBnhjiiQGeGOKJAZ4YYxfJ",
            "oAdjV8noLplcJvvRbTK5TgaeuMUTN3jiFk/c4IlbPHGDJ27xxA2euMUTN3jiFk/c4IlbPHGDJ27xxA2euH92qRB6",
            "IJ64F90rlB6AJ27xxA2euMUTN3jiFk/c4IlbPHGDJ27xxA2euMUTN3jiFk/c4IlbPHGDJ+6w66XQA/HEHXTDVHoA",
            "nrjFEzd44hZP3OCJWzxxgydu8cQNnrjFEzd44rYrxuCJ2y4Z0y1ju2ZM94z1ojH0wK4a411j6QHdNrbrxnTf2C4c",
            "041ju3JMd47t0jHdOhZP3HTvWDxxgydu8cQNnrjFEzd44j525Rx6IJ64D906lx6AJ27xxA2euMUTN3jiFk/c4Ilb",
            "PHGDJ27xxA2euMUTN3jiFk/c4IlbPHGDJ+5rwwegB+KJ+9L8AekBeOIWT9zgiVs8cYMnbvHEDZ64xRM3eOIWT9zg",
            "iVs8cYMnbvHEDZ64xRM3eOJOG0MBPRBP3EmTKKQH4IlbPHGDJ27xxA2euMUTN3jiFk/c4IlbPHGDJ27xxA2euMUT",
            "N3jiFk/c4Im7bCAJ9EA8cRfNJJEegCdu8cQNnrjFEzd44hZP3OCJWzxxgydu8cQNnrjFEzd44hZP3OCJWzxxgyfu",
            "ttE00APxxN00nUZ6AJ64xRM3eOIWT9zgiVs8cYMnbvHEDZ64xRM3eOIWT9zgiVs8cYMnbvHEDZ64x4YUQQ/GxhTR",
            "nCIZVPSjSUUyqgg88YgnHvDEI554wBOPeOIBTzziiQc88YgnHvDEI554wBOPeOIBTzziiQc88fxsYBX0QDzxLJpZ",
            "JT0ATzziiQc88YgnHvDEI554wBOPeOIBTzziiQc88YgnHvDEI554wBOPeOIBTzxho8ugB+KJJ2h6mfQAPPGIJx7w",
            "xCOeeMATj3jiAU884okHPPGIJx7wxCOeeMATj3jiAU884okHPPFsG2IHPRBPPJvm2EkPwBOPeOIBTzziiQc88Ygn",
            "HvDEI554wBOPjTEETzw2yJAmGdooQ5plaMMMaZqhjjOEHthAQ5xoKD2gmYY21JCmGtpYQ5praIMNabKheOKh2Ybi",
            "iQc88YgnHvDEI554wBOPeOIBTzzXBltCD8QTz6XZltID8MQjnnjAE4944gFPPOKJBzzxiCce8MQjnnjAE4944gFP",
            "POKJBzzxiCce8MSTNuIUeiCeeJKmnEoPwBOPeOIBTzziiQc88YgnHvDEI554wBOPeOIBTzziiQc88YgnHvDEI554",
            "wBNP2bBb6IF44imadys9AE884okHPPGIJx7wxCOeeMATj3jiAU884okHPPGIJx7wxCOeeMATj3jiAU88bWOPoQfi",
            "iadp8rH0ADzxiCce8MQjnnjAE4944gFPPOKJBzzxiCce8MQjnnjAE4944gFPPOKJBzzxjA3Ahh6MjcCmGdgyBPtH",
            "U7BlDDZ44hVPvOCJVzzxgide8cQLnnjFEy944hVPvOCJVzzxgide8cQLnnjFEy944v3ZMHTogXjiXTQPXXoAnnjF",
            "Ey944hVPvOCJVzzxgide8cQLnnjFEy944hVPvOCJVzzxgide8cQLnnjDxuJDD8QTb9BkfOkBeOIVT7zgiVc88YIn",
            "XvHEC554xRMveOIVT7zgiVc88YInXvHEC554xRMveOLdtiABeiCeeDftSJAegCde8cQLnnjFEy944hVPvOCJVzzx",
            "gide8cQLnnjFEy944hVPvOCJVzzxgifeY6syoAfiiffQtgzpAXjiFU+84IlXPPGCJ17xxAueeG1VCnjitWUptC3F",
            "1qXQvhRbmEIbU2xlCu1M0aUp0ANbm4J7U6QHtDnFVqfQ7hRbnkLbU8QTL+1PEU+84IlXPPGCJ17xxAueeMUTL3ji",
            "FU+84Ik3bX0O9EA88SZt0JEegCde8cQLnnjFEy944hVPvOCJVzzxgide8cQLnnjFEy944hVPvOCJVzzxgifeskVK",
            "0APxxFu0S0l6AJ54xRMveOIVT7zgiVc88YInXvHEC554xRMveOIVT7zgiVc88YInXvHEC55421ZqQQ/EE2/TVi3p",
            "AXjiFU+84IlXPPGCJ17xxAueeMUTL3jiFU+84IlXPPGCJ17xxAueeMUTL3jiHVuuBj0YW69G+9VkwdqPNqzJijXw",
            "xBRPTPDEFE9M8MQUT0zwxBRPTPDEFE9M8MQUT0zwxBRPTPDEFE9M8MT82aI96IF4Yi7atSc9AE9M8cQET0zxxARP",
            "TPHEBE9M8cQET0zxxARPTPHEBE9M8cQET0zxxARPzLCVi9AD8cQM2rooPQBPTPHEBE9M8cQET0zxxARPTPHEBE9M",
            "8cQET0zxxARPTPHEBE9M8cQET8xtyzehB+KJuWn/pvQAPDHFExM8McUTEzwxxRMTPDHFExM8McUTEzwxxRMTPDHF",
            "ExM8McUTEzwxj61hhR6IJ+ahTazSA/DEFE9M8MQUT0zwxBRPTPDEFE9M8MQUT0zwxBRPTPDEFE9M8MQUT0zwxLy2",
            "kBd6IJ6Yl3bySg/AE1M8McETUzwxwRPT1jGDJ6YtZKaNzLaSmXYy21Jm2spsa5lpL7MtZqbNzLqaGXpgy5lxO7P0",
            "gPYz24Jm2tAsnpi0o1k8McETUzwxwRNTPDHBE1M8McETUzwxwRNTPDHBE7NsSTf0QDwxi/Z0Sw/AE1M8McETUzwx",
            "wRNTPDHBE1M8McETUzwxwRNTPDHBE1M8McETUzwxwROzbV079EA8MZs2tksPwBNTPDHBE1M8McETUzwxwRNTPDHB",
            "E1M8McETUzwxwRNTPDHBE1M8McETUzwxwRNTPLHAE1M8scATSzyxwBNLPLHAE0s8scATSzyxwBNLPLHAE0s8scAT",
            "SzyxwBNLPLHAE0s8scATSzyxwBNLPLHAE0s8scATSzyxwBNLPLHAE0s8scATSzyxwBNLPLHAE0s8scATSzyxwBNL",
            "PLHAE0s8scATSzyxwBNLPLHAE0s8scATSzyxwBNLPLHAE0s8scATSzyxwBNLPLHAE0s8scATSzyxwBNLPLHAE0s8",
            "scATSzyxwBNLPLHAE0s8scATSzyxwBNLPLHAE0s8scATSzyxwBNLPLHAE0s8scATSzyxwBNLPLHAE0s8scATSzyx",
            "wBNLPLHAE0s8scATSzyxwBNLPLHAE0s8scATSzyxwBNLPLHAE0s8scATSzyxwBNLPLHAE0s8scATSzyxwBNLPLHA",
            "E0s8scATSzyxwBNLPLHAE0s8scATSzyxwBNLPLHAE0s8scATSzyxwBNLPLHAE0s8scATSzyxwBNLPLHAE0s8scAT",
            "SzyxwBNLPLHAE0s8scATSzyxwBNLPLHAE0s8scATSzyxwBNLPLHAE0s8scATSzyxwBNLPLHAE0s8scATSzyxwBNL",
            "PLHAE0s8scATSzyxwBNLPLHAE0s8scATSzyxwBNLPLHAE0s8scATSzyxwBNLPLHAE0s8scATSzyxwBNLPLHAE0s8",
            "scETSzyxwRNbPLHBE1s8scETWzyxwRNbPLHBE1s8scETWzyxwRNbPLHBE1s8scETWzyxwRNbPLHBE1s8scETWzyx",
            "wRNbPLHBE1s8scETWzyxwRNbPLHBE1s8scETWzyxwRNbPLHBE1s8scETWzyxwRNbPLHBE1s8scETWzyxwRNbPLHB",
            "E1s8scETWzyxwRNbPLHBE1s8scETWzyxwRNbPLHBE1s8scETWzyxwRNbPLHBE1s8scETWzyxwRNbPLHBE1s8scET",
            "WzyxwRNbPLHBE1s8scETWzyxwRNbPLHBE1s8scETWzyxwRNbPLHBE1s8scETWzyxwRNbPLHBE1s8scETWzyxwRNb",
            "PLHBE1s8scETWzyxwRNbPLHBE1s8scETWzyxwRNbPLHBE1s8scETWzyxwRNbPLHBE1s8scETWzyxwRNbPLHBE1s8",
            "scETWzyxwRNbPLHBE1s8scETWzyxwRNbPLHBE1s8scETWzyxwRNbPLHBE1s8scETWzyxwRNbPLHBE1s8scETWzyx",
            "wRNbPLHBE1s8scETWzyxwRNbPLHBE1s8scETWzyxwRNbPLHBE1s8scETWzyxwRNbPLHBE1s8scETWzyxwRNbPLHB",
            "E1s8scETWzyxwRNbPLHBE1s8scETWzyxwRNbPLHBE1s8scETWzxxwBNbPHHAE0c8ccATRzxxwBNHPHHAE0c8ccAT",
            "RzxxwBNHPHHAE0c8ccATRzxxwBNHPHHAE0c8ccATRzxxwBNHPHHAE0c8ccATRzxxwBNHPHHAE0c8ccATRzxxwBNH",
            "PHHAE0c8ccATRzxxwBNHPHHAE0c8ccATRzxxwBNHPHHAE0c8ccATRzxxwBNHPHHAE0c8ccATRzxxwBNHPHHAE0c8",
            "ccATRzxxwBNHPHHAE0c8ccATRzxxwBNHPHHAE0c8ccATRzxxwBNHPHHAE0c8ccATRzxxwBNHPHHAE0c8ccATRzxx",
            "wBNHPHHAE0c8ccATRzxxwBNHPHHAE0c8ccATRzxxwBNHPHHAE0c8ccATRzxxwBNHPHHAE0c8ccATRzxxwBNHPHHA",
            "E0c8ccATRzxxwBNHPHHAE0c8ccATRzxxwBNHPHHAE0c8ccATRzxxwBNHPHHAE0c8ccATRzxxwBNHPHHAE0c8ccAT",
            "RzxxwBNHPHHAE0c8ccATRzxxwBNHPHHAE0c8ccATRzxxwBNHPHHAE0c8ccATRzxxwBNHPHHAE0c8ccATRzxxwBNH",
            "PHHAE0c8ccATRzxxwBNHPHHAE0c8ccATRzxxwBNHPHHAE0c8ccATRzxxwBNHPHHAE0c8ccATRzxxwBNHPHHAE0c8",
            "ccATRzxxwBNHPHH9ABRHQPHPF71NgB780/8BvaE35w==",
        ),  # what rowloss read back
        "published": {  # by driver, then by SQLAlchemy line
            'duckdb_engine': {
                '1.4': ('dropped', '1 of 1001 rows missing (1); nothing revealed it'),
                '2.0': ('dropped', '1 of 1001 rows missing (1); nothing revealed it'),
                '2.1': ('dropped', '1 of 1001 rows missing (1); nothing revealed it'),
            },
        },
    },
]


# -- the same value? rowloss's oracle and every reproducer compare so ------------

BINARY = (bytes, bytearray, memoryview)


def as_number(value: Any) -> Decimal | None:
    """The exact number a value stands for, so that int, float and Decimal
    compare alike; ``None`` for anything that is not a number (booleans too)."""
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        return None
    try:
        return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    except InvalidOperation:
        return None


def is_nan(value: Any) -> bool:
    """NaN is never equal to itself, yet a NaN stored for a NaN is no change."""
    return (isinstance(value, float) and math.isnan(value)) or (
        isinstance(value, Decimal) and value.is_nan()
    )


def same_value(given: Any, stored: Any) -> bool:
    """Strings exact; numbers exact as Decimal; datetimes equal as instants *and*
    as wall-clock values (so a changed offset is a change)."""
    if is_nan(given) or is_nan(stored):
        return is_nan(given) and is_nan(stored)
    given_number, stored_number = as_number(given), as_number(stored)
    if given_number is not None and stored_number is not None:
        return given_number == stored_number
    if isinstance(given, datetime.datetime) and isinstance(stored, datetime.datetime):
        if (given.tzinfo is None) != (stored.tzinfo is None):
            return False
        return given == stored and given.utcoffset() == stored.utcoffset()
    if isinstance(given, BINARY):
        return isinstance(stored, BINARY) and bytes(given) == bytes(stored)
    if given is None or stored is None:
        return given is None and stored is None
    return bool(given == stored)


def equivalent(given: Any, stored: Any) -> bool:
    """Not the same value, yet equal as a Python value of the same type: the
    same thing in another representation, such as an aware datetime read back
    with the same instant and another offset. A naive value read back for an
    aware one, or an instant moved, is not: those compare unequal."""
    if type(given) is not type(stored) or same_value(given, stored):
        return False
    try:
        return bool(given == stored)
    except TypeError:
        return False


# -- the steps every rowloss reproducer shares: the same text in every file ------
# Make the table, commit the baseline, run the case's insert inside the
# application code, read the table back, drop it, and compare the rows read back
# with the rows meant. Nothing here is particular to one case.

SHOWN_ROWS = 10
LINE = ".".join(sa.__version__.split(".")[:2])
"""The SQLAlchemy line installed, whose published outcomes the cases are held to."""


class Sink:
    """Where an insert call sends rows: the table, and a mapped class for the ORM."""

    def __init__(self, table: sa.Table) -> None:
        self.table = table
        self.model = type("Row", (registry().generate_base(),), {"__table__": table})


class Seen:
    """What the application could see while the insert ran."""

    def __init__(self) -> None:
        self.error: str | None = None
        self.caught: list[str] = []
        self.warnings: list[str] = []
        self.server_warnings: list[str] = []
        self.rowcount: int | None = None
        self.returned: int | None = None

    def note(self, result: Any) -> None:
        if isinstance(result, int):  # pandas: the rows it reports written
            self.rowcount = (self.rowcount or 0) + result
        elif result is not None:
            if getattr(result, "returns_rows", False):
                self.returned = (self.returned or 0) + len(result.all())
            rowcount = getattr(result, "rowcount", None)
            if isinstance(rowcount, int) and rowcount >= 0:
                self.rowcount = (self.rowcount or 0) + rowcount


class MissingModule(BaseException):
    """An insert API's package is not installed: the case cannot run. Not an
    ``Exception``, so the application code's ``except Exception`` lets it by."""


def first_line(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}".splitlines()[0]


def run_case(case: dict[str, Any], url: sa.URL) -> tuple[Seen, list[dict[str, Any]]]:
    """Run ``case`` on a new table at ``url``: what was seen, what was stored."""
    metadata = sa.MetaData()
    table = build_table(metadata, TABLE_NAME)  # noqa: F821 - defined above the steps
    sink = Sink(build_table(metadata, f"{TABLE_NAME}_other") if WRONG_MODEL else table)  # noqa: F821
    if url.get_dialect().is_async:
        return asyncio.run(_run_async(case, url, metadata, table, sink))
    engine = sa.create_engine(url)
    sa.event.listen(engine, "connect", _session_setup)
    metadata.create_all(engine)
    try:
        if case["baseline"]:
            with engine.begin() as connection:
                connection.execute(table.insert(), case["baseline"])
        seen = Seen()
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                with _handle(case, engine) as handle:
                    _application(handle, case, sink, seen)
            except Exception as error:
                seen.error = first_line(error)
        _keep_warnings(seen, caught)
        engine.dispose()
        with engine.connect() as connection:
            return seen, _read_back(connection, table)
    finally:
        metadata.drop_all(engine)
        engine.dispose()


async def _run_async(
    case: dict[str, Any], url: sa.URL, metadata: sa.MetaData, table: sa.Table, sink: Sink
) -> tuple[Seen, list[dict[str, Any]]]:
    from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine

    engine = create_async_engine(url)
    sa.event.listen(engine.sync_engine, "connect", _session_setup)
    async with engine.begin() as connection:
        await connection.run_sync(metadata.create_all)
    try:
        if case["baseline"]:
            async with engine.begin() as connection:
                await connection.execute(table.insert(), case["baseline"])
        seen = Seen()
        bind = _bind(case, engine)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                if case["on_session"]:
                    async with AsyncSession(bind=bind) as session:
                        await session.run_sync(_application, case, sink, seen)
                else:
                    async with bind.connect() as connection:
                        await connection.run_sync(_application, case, sink, seen)
            except Exception as error:
                seen.error = first_line(error)
        _keep_warnings(seen, caught)
        await engine.dispose()
        async with engine.connect() as connection:
            return seen, await connection.run_sync(_read_back, table)
    finally:
        async with engine.begin() as connection:
            await connection.run_sync(metadata.drop_all)
        await engine.dispose()


def _session_setup(dbapi_connection: Any, connection_record: Any) -> None:
    cursor = dbapi_connection.cursor()
    for statement in SESSION_SETUP:
        cursor.execute(statement)
    cursor.close()


def _bind(case: dict[str, Any], engine: Any) -> Any:
    if case["transaction"] == "autocommit":
        return engine.execution_options(isolation_level="AUTOCOMMIT")
    return engine


def _handle(case: dict[str, Any], engine: Any) -> Any:
    """A Session or a Connection, as the insert API takes, that the application
    code commits itself; what it leaves uncommitted is rolled back."""
    bind = _bind(case, engine)
    return Session(bind=bind) if case["on_session"] else bind.connect()


def _application(handle: Any, case: dict[str, Any], sink: Sink, seen: Seen) -> None:
    """The application code of the case, handed the insert API as ``insert``."""

    def insert(handle: Any, rows: list[dict[str, Any]]) -> None:
        try:
            seen.note(case["call"](handle, sink, [dict(row) for row in rows]))
            if case["on_session"]:
                handle.flush()
            connection = handle.connection() if case["on_session"] else handle
            if WARNINGS_STATEMENT:  # the server keeps warnings: the caller could ask
                for level, code, message in connection.exec_driver_sql(WARNINGS_STATEMENT):
                    seen.server_warnings.append(f"{level} {code}: {message}")
        except ModuleNotFoundError as error:
            raise MissingModule(f"{error.name} (pip install {error.name})") from None
        except Exception as error:
            seen.caught.append(first_line(error))
            raise

    case["application"](handle, insert, case["sent"], sink)


def _keep_warnings(seen: Seen, caught: list[warnings.WarningMessage]) -> None:
    """The driver's warnings; SQLAlchemy's own are left out, as rowloss does."""
    kept = {
        f"{w.category.__name__}: {w.message}"
        for w in caught
        if not issubclass(w.category, sa.exc.SAWarning)
    }
    seen.warnings = sorted(kept)


def _read_back(connection: Any, table: sa.Table) -> list[dict[str, Any]]:
    query = sa.select(table).order_by(*table.primary_key.columns)
    return [dict(row._mapping) for row in connection.execute(query)]


# -- the comparison: the outcome of the rows read back against the rows meant ------


def differing(given: dict[str, Any], stored: dict[str, Any]) -> list[str]:
    """The columns the row meant names whose stored value differs."""
    return [c for c, value in given.items() if not same_value(value, stored.get(c))]


def compare(meant, stored, key, baseline=()) -> dict[str, list]:
    """Pair rows meant (the baseline's and the batch's) with rows stored, key by
    key: exact matches first, then the rest as changed; leftovers are missing or
    extra. A key meant twice is two rows, of which the table may hold one."""
    expected = [("baseline", dict(row)) for row in baseline]
    expected += [("batch", dict(row)) for row in meant]
    wanted_by_key, stored_by_key = defaultdict(list), defaultdict(list)
    for whose, row in expected:
        wanted_by_key[tuple(row.get(c) for c in key)].append((whose, row))
    for row in stored:
        stored_by_key[tuple(row.get(c) for c in key)].append(row)
    found: dict[str, list] = {"missing": [], "changed": [], "extra": []}
    for k in dict.fromkeys([*wanted_by_key, *stored_by_key]):
        wanted, unmatched = list(wanted_by_key.get(k, [])), []
        for row in stored_by_key.get(k, []):
            exact = next((i for i, (_, w) in enumerate(wanted) if not differing(w, row)), None)
            if exact is None:
                unmatched.append(row)
            else:
                del wanted[exact]
        for (whose, want), got in zip(wanted, unmatched, strict=False):
            found["changed"].append((whose, want, got, differing(want, got)))
        found["missing"] += wanted[len(unmatched) :]
        found["extra"] += unmatched[len(wanted) :]
    return found


def only_representation(change: tuple) -> bool:
    """A changed row whose every differing value is an equivalent one."""
    _, want, got, columns = change
    return all(equivalent(want[c], got.get(c)) for c in columns)


def outcome(meant, stored, key, baseline=(), error=None) -> tuple[str, str]:
    """The outcome rowloss gives this read-back, and why, in a few words."""
    found = compare(meant, stored, key, baseline)
    altered = [c for c in found["changed"] if not only_representation(c)]
    reshaped = [c for c in found["changed"] if only_representation(c)]
    missing = found["missing"]
    batch_missing = sum(1 for whose, _ in missing if whose == "batch")
    stored_of_batch = len(meant) - batch_missing + len(found["extra"])
    baseline_kept = not any(whose == "baseline" for whose, _ in missing) and not any(
        c[0] == "baseline" for c in altered
    )
    words = []
    if missing:
        words.append(f"{len(missing)} of {len(meant) + len(baseline)} rows missing")
    for _, want, got, columns in altered[:3]:
        changes = ", ".join(f"{c}: {want[c]!r} stored as {got.get(c)!r}" for c in columns)
        words.append(f"row {[want.get(c) for c in key]} changed ({changes})")
    if len(altered) > 3:
        words.append(f"{len(altered) - 3} more rows changed")
    if found["extra"]:
        words.append(f"{len(found['extra'])} extra rows")
    if reshaped:
        words.append(f"{len(reshaped)} rows read back equal in another representation")
    why = "; ".join(words) or "every row stored as meant"
    if error is not None:
        return ("raised" if stored_of_batch == 0 and baseline_kept else "partial"), why
    if missing:
        return "dropped", why
    if altered or found["extra"]:
        return "altered", why
    return ("equivalent" if reshaped else "ok"), why


# -- the command line -----------------------------------------------------------


def shown(rows: list[dict[str, Any]]) -> str:
    if len(rows) <= SHOWN_ROWS:
        return repr(rows)
    return f"{len(rows)} rows, the first {SHOWN_ROWS}: {rows[:SHOWN_ROWS]!r}"


def report(number: int, case: dict[str, Any], driver: str, seen: Seen, stored: list) -> bool | None:
    """Print what the case sent, stored and showed; whether it agrees with the
    outcome rowloss published for ``driver`` on :data:`LINE` (``None`` where
    none was)."""
    got, why = outcome(case["meant"], stored, KEY, case["baseline"], seen.error)
    print(f"\n== case {number}: {case['api']} ({case['transaction']}); batch: {case['batch']}")
    if case["baseline"]:
        print(f"baseline:  {shown(case['baseline'])}  (committed before the batch)")
    print(f"sent:      {shown(case['sent'])}")
    if case["meant"] != case["sent"]:
        print(f"meant:     {shown(case['meant'])}  (with the columns' defaults)")
    print(f"stored:    {shown(stored)}")
    print(f"error:     {seen.error or 'none reached the application'}")
    for error in seen.caught:
        if error != seen.error:
            print(f"caught:    {error}  (by the application's code)")
    for warning in seen.server_warnings + seen.warnings:
        print(f"warning:   {warning}")
    if not seen.server_warnings and not seen.warnings:
        print("warning:   none")
    print(f"rowcount:  {seen.rowcount if seen.rowcount is not None else 'not reported'}")
    if seen.returned is not None:
        print(f"returned:  {seen.returned} rows")
    print(f"outcome:   {got} - {why}")
    by_line = case["published"].get(driver)
    if by_line is None:
        print(f"published: nothing for {driver}; rowloss measured {', '.join(case['published'])}")
        return None
    published = by_line.get(LINE, by_line.get(""))
    if published is None:
        measured = ", ".join(f"SQLAlchemy {line}" for line in by_line)
        print(f"published: nothing for {driver} on SQLAlchemy {LINE}; rowloss measured {measured}")
        return None
    agrees = published[0] == got
    print(
        f"published: {published[0]} for {driver} on SQLAlchemy {LINE}, "
        f"{'agrees' if agrees else 'DIFFERS'}"
    )
    print(f"           (rowloss saw: {published[1]})")
    return agrees


def main(description: str) -> int:
    """Exit 0 where no case differs from what rowloss published for the driver
    and the SQLAlchemy line installed, 1 where one differs, 2 for a bad command
    line, 3 where the database cannot be used."""
    parser = argparse.ArgumentParser(description=description.strip().splitlines()[0])
    parser.add_argument("url", help="a SQLAlchemy URL naming the driver")
    parser.add_argument("--api", help="run only the cases of this insert API")
    parser.add_argument("--transaction", choices=("transaction", "autocommit"))
    arguments = parser.parse_args()
    try:
        url = sa.engine.make_url(arguments.url)
        url.get_dialect()
    except Exception as error:
        parser.error(f"cannot use that URL ({first_line(error)}); give one as in the example")
    driver = url.get_driver_name()
    chosen = [
        case
        for case in CASES
        if (arguments.api in (None, case["api"]))
        and (arguments.transaction in (None, case["transaction"]))
    ]
    ours = [case for case in chosen if LINE in case["published"].get(driver, ())]
    ours = ours or [case for case in chosen if driver in case["published"]]
    if not chosen:
        parser.error("no case matches --api and --transaction; see CASES in this file")
    differ, skipped, uncompared = 0, [], 0
    for number, case in enumerate(ours or chosen, start=1):
        try:
            seen, stored = run_case(case, url)
        except MissingModule as missing:
            print(f"\n== case {number}: {case['api']} needs {missing}; not run")
            skipped.append(number)
            continue
        except Exception as error:
            print(f"cannot run case {number} on {url.render_as_string()}: {first_line(error)}")
            return 3
        agrees = report(number, case, driver, seen, stored)
        differ += agrees is False
        uncompared += agrees is None
    compared = len(ours or chosen) - len(skipped) - uncompared
    published = f"what rowloss published for {driver} on SQLAlchemy {LINE}"
    if not compared:
        verdict = f"no case to compare with {published}"
    elif differ:
        verdict = f"{differ} of {compared} {'case differs' if differ == 1 else 'cases differ'} from"
    else:
        verdict = "the 1 case agrees with" if compared == 1 else f"all {compared} cases agree with"
    if compared:
        verdict += f" {published}"
    if uncompared:
        verdict += f" ({uncompared} without a published outcome to compare with)"
    if skipped:
        verdict += f" ({len(skipped)} not run: a package is missing)"
    print(f"\n{verdict}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(__doc__))
