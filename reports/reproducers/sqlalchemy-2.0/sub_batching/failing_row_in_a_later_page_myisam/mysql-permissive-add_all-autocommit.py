#!/usr/bin/env python3
"""rowloss reproducer: sub_batching / failing_row_in_a_later_page_myisam through add_all (autocommit) on mysql permissive, SQLAlchemy 2.0

the same on a MyISAM table, which has no transactions to roll back.
Measured by rowloss, with this code and these rows:
- aiomysql 0.3.2 (mysql 9.7.4-2, SQLAlchemy 2.0.58): partial - raised IntegrityError: (pymysql.err.IntegrityError) (1062, "Duplicate entry '1' for key '<table>.PRIMARY'"); yet 1000 of 1001 rows missing (1, 3, 4, 5, 6 and 995 more)
- asyncmy 0.2.18 (mysql 9.7.4-2, SQLAlchemy 2.0.58): partial - raised IntegrityError: (asyncmy.errors.IntegrityError) (1062, "Duplicate entry '1' for key '<table>.PRIMARY'"); yet 1000 of 1001 rows missing (1, 3, 4, 5, 6 and 995 more)
- mysqlconnector 26.10.0 (mysql 9.7.4-2, SQLAlchemy 2.0.58): partial - raised IntegrityError: (mysql.connector.errors.IntegrityError) 1062 (23000): Duplicate entry '1' for key '<table>.PRIMARY'; yet 1000 of 1001 rows missing (1, 3, 4, 5, 6 and 995 more)
- mysqldb 2.3.2 (mysql 9.7.4-2, SQLAlchemy 2.0.58): partial - raised IntegrityError: (MySQLdb.IntegrityError) (1062, "Duplicate entry '1' for key '<table>.PRIMARY'"); yet 1000 of 1001 rows missing (1, 3, 4, 5, 6 and 995 more)
- pymysql 1.2.4 (mysql 9.7.4-2, SQLAlchemy 2.0.58): partial - raised IntegrityError: (pymysql.err.IntegrityError) (1062, "Duplicate entry '1' for key '<table>.PRIMARY'"); yet 1000 of 1001 rows missing (1, 3, 4, 5, 6 and 995 more)
Batch: 1001 rows, faulty at 1

Run it against a server you own; it creates and drops one table, 'rowloss_repro_66873d08':

    python mysql-permissive-add_all-autocommit.py 'mysql+DRIVER://user:password@host/db'

with DRIVER one of: aiomysql, asyncmy, mysqlconnector, mysqldb, pymysql. It needs SQLAlchemy, the driver, and rowloss
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


# The insert API under test:
def add_all(session: Any, sink: Sink, rows: list[dict]) -> None:
    session.add_all([sink.model(**row) for row in rows])


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

ROWS_OBSERVED = [
    {'id': 1, 'label': 'item 0', 'note': None},
]  # what rowloss read back

if __name__ == "__main__":
    Case(
        TABLE_NAME,
        build_table,
        call=add_all,
        on_session=True,
        application=plain,
        transaction=TRANSACTION,
        session_setup=SESSION_SETUP,
        key=KEY,
        baseline=BASELINE,
        sent=ROWS_SENT,
        meant=ROWS_MEANT,
        observed=ROWS_OBSERVED,
    ).main(__doc__)
