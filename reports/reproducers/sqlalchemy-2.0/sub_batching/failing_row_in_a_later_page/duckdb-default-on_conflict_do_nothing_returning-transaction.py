#!/usr/bin/env python3
"""rowloss reproducer: sub_batching / failing_row_in_a_later_page through on_conflict_do_nothing_returning (transaction) on duckdb default, SQLAlchemy 2.0

1001 rows, one repeating the first row's key: the second row, row 999 (last of the first page) or row 1000 (first of the second).
Measured by rowloss, with this code and these rows:
- duckdb_engine 0.17.0 (duckdb v1.2.2, SQLAlchemy 2.0.58): dropped - 1 of 1001 rows missing (1); returning revealed it
Batch: 1001 rows, faulty at 1

Run it against a server you own; it creates and drops one table, 'rowloss_repro_a6a7b375':

    python duckdb-default-on_conflict_do_nothing_returning-transaction.py 'duckdb:///rowloss-repro.duckdb'

with DRIVER one of: duckdb_engine. It needs SQLAlchemy, the driver, and rowloss
(for the steps around this code and the verdict: rowloss/publish/reproduce.py).
"""

from __future__ import annotations

import logging
from typing import Any

import datetime
import importlib
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy import func, insert, select, text

from rowloss.publish.reproduce import Case, Insert, Rows, Sink, unpack

TABLE_NAME = 'rowloss_repro_a6a7b375'
TRANSACTION = 'transaction'  # "transaction": one that commits; "autocommit": per statement
SESSION_SETUP = ["SET TimeZone = 'UTC'"]  # run on every new connection, as rowloss does
KEY = ('id',)
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


# The insert API under test:
def on_conflict_do_nothing_returning(connection: Any, sink: Sink, rows: list[dict]) -> Any:
    key = [column.name for column in sink.table.primary_key.columns]
    statement = _upsert_insert(connection, sink.table).values(rows)
    statement = statement.on_conflict_do_nothing(index_elements=key)
    return connection.execute(statement.returning(*sink.table.primary_key.columns))


# The application code around the insert, as measured:
def plain(handle: Any, insert: Insert, rows: Rows, sink: Any) -> None:
    insert(handle, rows)
    handle.commit()


BASELINE = []  # committed before the batch

ROWS_SENT = unpack(  # 1001 rows, too many to list
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
)

ROWS_MEANT = unpack(  # 1001 rows, too many to list
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
)

ROWS_OBSERVED = unpack(  # 1000 rows, too many to list
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
)  # what rowloss read back

if __name__ == "__main__":
    Case(
        TABLE_NAME,
        build_table,
        call=on_conflict_do_nothing_returning,
        on_session=False,
        application=plain,
        transaction=TRANSACTION,
        session_setup=SESSION_SETUP,
        key=KEY,
        baseline=BASELINE,
        sent=ROWS_SENT,
        meant=ROWS_MEANT,
        observed=ROWS_OBSERVED,
    ).main(__doc__)
