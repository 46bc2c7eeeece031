#!/usr/bin/env python3
"""rowloss reproducer: sub_batching / failing_row_in_a_later_page_myisam through on_duplicate_key_update (autocommit) on mariadb permissive, SQLAlchemy 2.0

the same on a MyISAM table, which has no transactions to roll back.
Measured by rowloss, with this code and these rows:
- aiomysql 0.3.2 (mariadb 10.11.19-MariaDB-0+deb12u1, SQLAlchemy 2.0.58): dropped - 1 of 1001 rows missing (1); rowcount revealed it
- asyncmy 0.2.18 (mariadb 10.11.19-MariaDB-0+deb12u1, SQLAlchemy 2.0.58): dropped - 1 of 1001 rows missing (1); rowcount revealed it
- mariadbconnector 1.1.14 (mariadb 10.11.19-MariaDB-0+deb12u1, SQLAlchemy 2.0.58): dropped - 1 of 1001 rows missing (1); rowcount revealed it
- mysqlconnector 26.10.0 (mariadb 10.11.19-MariaDB-0+deb12u1, SQLAlchemy 2.0.58): dropped - 1 of 1001 rows missing (1); nothing revealed it
- mysqldb 2.3.2 (mariadb 10.11.19-MariaDB-0+deb12u1, SQLAlchemy 2.0.58): dropped - 1 of 1001 rows missing (1); rowcount revealed it
- pymysql 1.2.4 (mariadb 10.11.19-MariaDB-0+deb12u1, SQLAlchemy 2.0.58): dropped - 1 of 1001 rows missing (1); rowcount revealed it
Batch: 1001 rows, faulty at 1

Run it against a server you own; it creates and drops one table, 'rowloss_repro_66873d08':

    python mariadb-permissive-on_duplicate_key_update-autocommit.py 'mariadb+DRIVER://user:password@host/db'

with DRIVER one of: aiomysql, asyncmy, mariadbconnector, mysqlconnector, mysqldb, pymysql. It needs SQLAlchemy, the driver, and rowloss
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

TABLE_NAME = 'rowloss_repro_66873d08'
TRANSACTION = 'autocommit'  # "transaction": one that commits; "autocommit": per statement
SESSION_SETUP = ["SET SESSION time_zone = '+00:00'", "SET SESSION sql_mode = ''"]  # run on every new connection, as rowloss does
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
        mariadb_engine='MyISAM',
        mysql_charset='utf8mb4',
        mysql_engine='MyISAM',
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
def on_duplicate_key_update(connection: Any, sink: Sink, rows: list[dict]) -> Any:
    statement = _upsert_insert(connection, sink.table).values(rows)
    changes = {c.name: statement.inserted[c.name] for c in sink.table.columns if not c.primary_key}
    return connection.execute(statement.on_duplicate_key_update(changes))


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
)  # what rowloss read back

if __name__ == "__main__":
    Case(
        TABLE_NAME,
        build_table,
        call=on_duplicate_key_update,
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
