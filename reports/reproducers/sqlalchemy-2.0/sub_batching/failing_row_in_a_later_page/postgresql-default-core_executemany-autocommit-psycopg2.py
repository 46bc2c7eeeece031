#!/usr/bin/env python3
"""rowloss reproducer: sub_batching / failing_row_in_a_later_page through core_executemany (autocommit) on postgresql default, SQLAlchemy 2.0

1001 rows, one repeating the first row's key: the second row, row 999 (last of the first page) or row 1000 (first of the second).
Measured by rowloss, with this code and these rows:
- psycopg2 2.9.13 (postgresql 15.20 (Debian 15.20-0+deb12u1), SQLAlchemy 2.0.58): partial - raised IntegrityError: (psycopg2.errors.UniqueViolation) duplicate key value violates unique constraint "<table>_pkey"; yet 1 of 1001 rows missing (1)
Batch: 1001 rows, faulty at 1000

Run it against a server you own; it creates and drops one table, 'rowloss_repro_a6a7b375':

    python postgresql-default-core_executemany-autocommit-psycopg2.py 'postgresql+DRIVER://user:password@host/db'

with DRIVER one of: psycopg2. It needs SQLAlchemy, the driver, and rowloss
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
TRANSACTION = 'autocommit'  # "transaction": one that commits; "autocommit": per statement
SESSION_SETUP = ["SET TIME ZONE 'UTC'"]  # run on every new connection, as rowloss does
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


# The insert API under test:
def core_executemany(connection: Any, sink: Sink, rows: list[dict]) -> Any:
    return connection.execute(sink.table.insert(), rows)


# The application code around the insert, as measured:
def plain(handle: Any, insert: Insert, rows: Rows, sink: Any) -> None:
    insert(handle, rows)
    handle.commit()


BASELINE = []  # committed before the batch

ROWS_SENT = unpack(  # 1001 rows, too many to list
    "eNqF3TuOpblyRWFfo7heO9c4JIPx0CA0AUGGBF1DgB6OPEFzV5sCuPCvtgoFZjt7V1Xmd8iIf/y7v/z53//88W//",
    "+sff/2X99S9//Ps//8vf/v3PX//xb//9t//4y++PP3/rP//rv//25+/8w3/959/+96////x+zq/P8+c5vz/Px3P+",
    "fJ6/z/n4PJ/P+ft5vp7z+Xm+n/P1eX6e8/15fv2eL5jvL3gTXt8RL8j4O+T1pry+Y15vzus76PUmvb6jXm/W6zvs",
    "9aa9vuNeb97rO/D1Jr6+I99v5Os78/1mvuWP9Zv5/s58w5/s78z3m/n+zny/me/vzPeb+f7OfL+Z7+/M95v5/s58",
    "v5nv78zPm/n+zvy8mZ/vzM+b+ZG/zN/Mz3fmB/4+/878vJmf78zPm/n5zvy8mZ/vzM+b+fnO/LyZn+/M4838fGce",
    "b+bxnXm8mcd35vFmHvJP+Jt5fGce8K/4d+bxZh7fmcebeXxnHm/m8Z15vJnHd+b3zTy+M79v5vc78/tmfr8zv2/m",
    "9zvz+2Z+5Ru3N/P7nfmF792+M79v5vc78/tmfr8zv2/m9zvzfDO/35nnm3l+Z55v5vmdeb6Z53fm+Wae35nnm3nK",
    "t+tv5vmdecJ37N+Z55t5fmeeb+b5nXm9med35vVmXt+Z15t5fWdeb+b1nXm9mdd35vVmXt+Z15t5yQ9pb+b1nXnB",
    "z2nfmdebeX1n3m/m9Z15v5n3d+b9Zt7fmfebeX9n3m/m/Z15v5n3d+b9Zt7fmfebecuP5m/m/Z15w0/n35nPm3l/",
    "Zz5v5vOd+byZz3fm82Y+35nPm/l8Zz5v5vOd+byZz3fm82Y+35nPm/kIyLyZj5EMmIygzI9URljmBy7zE5j5gcz8",
    "hGZ+YDM/wZkf6MxPeOYHPvMToPmB0PyEaH5gND9Bmh8ozU9qADT35/9HvgZ6YDyHPic9IKEzoiOjM6QjpTOmI6cz",
    "qCOpM6ojqzOsI60TrlvkdQJ2C8RubWNa6IGg3doktdIDcLslcLdA7pbQ3QK7W4J3C/RuCd8t8LslgLdA8JYQ3gLD",
    "W4J4CxRvCeMtcLx1DOyhB0J565DZSw9A85Zw3gLPWwJ6C0RvCektML0lqLdA9Zaw3gLXWwJ7C2RvCe0tsL0luLdA",
    "91bYRzfQAwG+FfTpjfQAjG8J8i1QviXMt8D5lkDfAulbQn0LrG8J9i3QviXct8D7loDfAvFbQn4LzG9d+xAPeiDs",
    "ty59jic9APlbQn8L7G8J/i3QvyX8t8D/lgDgAgFcQoALDHAJAi5QwCUMuMABl0DgAglcaR/nQg8EA1fSJ7rSA/DA",
    "JSC4QASXkOACE1yCggtUcAkLLnDBJTC4QAaX0OACG1yCgwt0cAkPLvDBVfbBPvRAiHAVfbYvPQAlXMKEC5xwCRQu",
    "kMIlVLjACpdg4QItXMKFC7xwCRguEMMlZLjADJeg4QI1XG1XPKAHAoer6ZaH9ADscAkeLtDDJXy4wA+XAOICQVxC",
    "iAsMcQkiLlDEJYy4wBGXQOICSVxCiQsscY1d9oEejF33ofs+cuHnRzd+5MoPeOIWT9zgiVs8cYMnbvHEDZ64xRM3",
    "eOIWT9zgiVs8cYMnbvHEDZ64xRM3eOL+2cUv6IF44l5090t6AJ64xRM3eOIWT9zgiVs8cYMnbvHEDZ64xRM3eOIW",
    "T9zgiduu/4EnbrsASDcA9Qog9MAuAeItQOkB3QO0i4B0E9CuAtJdQLsMSLcB7Tog3Qe0C4F0I1A8cdOdQPHEDZ64",
    "xRM3eOI+dhkUeiCeuA/dB5UegCdu8cQNnrjFEzd44hZP3OCJWzxxgydu8cQNnrjFEzd44hZP3OCJWzxxgyfusGvB",
    "0APxxB10M1h6AJ64xRM3eOIWT9zgiVs8cYMnbvHEDZ64xRM3eOIWT9zgiVs8cYMnbvHEDZ64r10Qhx6IJ+5Ld8Sl",
    "B+CJWzxxgydu8cQNnrjFEzd44hZP3OCJWzxxgydu8cQNnrjFEzd44hZP3OCJO+2pAPRAPHEnvRaQHoAnbvHEDZ64",
    "xRM3eOIWT9zgiVs8cYMnbvHEDZ64xRM3eOIWT9zgiVs8cYMn7rJHI9AD8cRd9G5EegCeuMUTN3jiFk/c4IlbPHGD",
    "J27xxA2euMUTN3jiFk/c4IlbPHGDJ27xxA2euNueD0EPxBN30wsi6QF44hZP3OCJWzxxgydu8cQNnrjFEzd44hZP",
    "3OCJWzxxgydu8cQNnrjFEzd44h57SAY9GHtKRm/J5DHZj16TyXMy8MQjnnjAE4944gFPPOKJBzzxiCce8MQjnnjA",
    "E4944gFPPOKJBzzxiCce8MTzs0eF0APxxLPoXaH0ADzxiCce8MQjnnjAE4944gFPPOKJBzzxiCce8MQjnnjAE494",
    "4gFPPOKJBzzxbHteCj0QTzybXphKD8ATj3jiAU884okHPPGIJx7wxCOeeMATj3jiAU889sQYPPHYI2N6ZWzPjOmd",
    "sT40hh7YU2N8ayw9oNfG9tyY3hvbg2N6cWxPjunNsT06plfH4omH3h2LJx7wxCOeeMATj3jiAU88YU/OoQfiiSfo",
    "1bn0ADzxiCce8MQjnnjAE4944gFPPOKJBzzxiCce8MQjnnjAE4944gFPPOKJBzzxXBs+AD0QTzyX5g9ID8ATj3ji",
    "AU884okHPPGIJx7wxCOeeMATj3jiAU884okHPPGIJx7wxCOeeMATT9oYCuiBeOJJmkQhPQBPPOKJBzzxiCce8MQj",
    "nnjAE4944gFPPOKJBzzxiCce8MQjnnjAE4944gFPPGUDSaAH4omnaCaJ9AA88YgnHvDEI554wBOPeOIBTzziiQc8",
    "8YgnHvDEI554wBOPeOIBTzziiQc88bSNpoEeiCeepuk00gPwxCOeeMATj3jiAU884okHPPGIJx7wxCOeeMATj3ji",
    "AU884okHPPGIJx7wxDM2pAh6MDamiOYUyaCiH00qklFF4IkhnhjgiSGeGOCJIZ4Y4IkhnhjgiSGeGOCJIZ4Y4Ikh",
    "nhjgiSGeGOCJ8bOBVdAD8cRYNLNKegCeGOKJAZ4Y4okBnhjiiQGeGOKJAZ4Y4okBnhjiiQGeGOKJAZ4Y4okBnhjb",
    "RpdBD8QTY9P0MukBeGKIJwZ4YognBnhiiCcGeGKIJwZ4YognBnhiiCcGeGKIJwZ4YognBnhiHBtiBz0QT4xDc+yk",
    "B+CJIZ4Y4IkhnhjgiSGeGOCJIZ4Y4IlhYwzBE8MGGdIkQxtlSLMMbZghTTPUcYbQAxtoiBMNpQc009CGGtJUQxtr",
    "SHMNbbAhTTYUTwyabSieGOCJIZ4Y4IkhnhjgiSGeGOCJcW2wJfRAPDEuzbaUHoAnhnhigCeGeGKAJ4Z4YoAnhnhi",
    "gCeGeGKAJ4Z4YoAnhnhigCeGeGKAJ0baiFPogXhiJE05lR6AJ4Z4YoAnhnhigCeGeGKAJ4Z4YoAnhnhigCeGeGKA",
    "J4Z4YoAnhnhigCdG2bBb6IF4YhTNu5UegCeGeGKAJ4Z4YoAnhnhigCeGeGKAJ4Z4YoAnhnhigCeGeGKAJ4Z4YoAn",
    "RtvYY+iBeGI0TT6WHoAnhnhigCeGeGKAJ4Z4YoAnhnhigCeGeGKAJ4Z4YoAnhnhigCeGeGKAJ8bYAGzowdgIbJqB",
    "LUOwfzQFW8Zggyde8cQLnnjFEy944hVPvOCJVzzxgide8cQLnnjFEy944hVPvOCJVzzxgifenw1Dhx6IJ95F89Cl",
    "B+CJVzzxgide8cQLnnjFEy944hVPvOCJVzzxgide8cQLnnjFEy944hVPvOCJd9tYfOiBeOLdNBlfegCeeMUTL3ji",
    "FU+84IlXPPGCJ17xxAueeMUTL3jiFU+84IlXPPGCJ17xxAueeI8tSIAeiCfeQzsSpAfgiVc88YInXvHEC554xRMv",
    "eOIVT7zgiVc88YInXvHEC554xRMveOIVT7zgiTdsVQb0QDzxBm3LkB6AJ17xxAueeMUTL3jiFU+84InXVqWAJ15b",
    "lkLbUmxdCu1LsYUptDHFVqbQzhRdmgI9sLUpuDdFekCbU2x1Cu1OseUptD1FPPHS/hTxxAueeMUTL3jiFU+84IlX",
    "PPGCJ17xxAueeNPW50APxBNv0gYd6QF44hVPvOCJVzzxgide8cQLnnjFEy944hVPvOCJVzzxgide8cQLnnjFEy94",
    "4i1bpAQ9EE+8RbuUpAfgiVc88YInXvHEC554xRMveOIVT7zgiVc88YInXvHEC554xRMveOIVT7zgibdtpRb0QDzx",
    "Nm3Vkh6AJ17xxAueeMUTL3jiFU+84IlXPPGCJ17xxAueeMUTL3jiFU+84IlXPPGCJ96x5WrQg7H1arRfTRas/WjD",
    "mqxYA09M8cQET0zxxARPTPHEBE9M8cQET0zxxARPTPHEBE9M8cQET0zxxARPzJ8t2oMeiCfmol170gPwxBRPTPDE",
    "FE9M8MQUT0zwxBRPTPDEFE9M8MQUT0zwxBRPTPDEFE9M8MTctnIReiCemJu2LkoPwBNTPDHBE1M8McETUzwxwRNT",
    "PDHBE1M8McETUzwxwRNTPDHBE1M8McET89jyTeiBeGIe2r8pPQBPTPHEBE9M8cQET0zxxARPTPHEBE9M8cQET0zx",
    "xARPTPHEBE9M8cQET8ywNazQA/HEDNrEKj0AT0zxxARPTPHEBE9M8cQET0zxxARPTPHEBE9M8cQET0zxxARPTPHE",
    "BE/Mawt5oQfiiXlpJ6/0ADwxxRMTPDHFExM8MW0dM3hi2kJm2shsK5lpJ7MtZaatzLaWmfYy22Jm2sysq5mhB7ac",
    "GbczSw9oP7MtaKYNzeKJSTuaxRMTPDHFExM8McUTEzwxxRMTPDHFExM8McUTEzwxy5Z0Qw/EE7NoT7f0ADwxxRMT",
    "PDHFExM8McUTEzwxxRMTPDHFExM8McUTEzwxxRMTPDHFExM8MdvWtUMPxBOzaWO79AA8McUTEzwxxRMTPDHFExM8",
    "McUTEzwxxRMTPDHFExM8McUTEzwxxRMTPDHFExM8McUTCzwxxRMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyx",
    "xBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHE",
    "Ews8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQT",
    "CzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBML",
    "PLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8",
    "scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyx",
    "xBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHE",
    "Ews8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQT",
    "CzyxxBMbPLHEExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMb",
    "PLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8",
    "scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyx",
    "xRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHF",
    "Exs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUT",
    "GzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMb",
    "PLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8",
    "scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFEwc8scUTBzxxxBMHPHHEEwc8ccQTBzxx",
    "xBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHE",
    "Ewc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQT",
    "BzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMH",
    "PHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8",
    "ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxx",
    "xBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHE",
    "Ewc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQT",
    "BzxxxBMHPHHEEwc8ccQT1w9AcQQU3xpACf7p/wCu/kQm",
)

ROWS_MEANT = unpack(  # 1001 rows, too many to list
    "eNqF3TuOpblyRWFfo7heO9c4JIPx0CA0AUGGBF1DgB6OPEFzV5sCuPCvtgoFZjt7V1Xmd8iIf/y7v/z53//88W//",
    "+sff/2X99S9//Ps//8vf/v3PX//xb//9t//4y++PP3/rP//rv//25+/8w3/959/+96////x+zq/P8+c5vz/Px3P+",
    "fJ6/z/n4PJ/P+ft5vp7z+Xm+n/P1eX6e8/15fv2eL5jvL3gTXt8RL8j4O+T1pry+Y15vzus76PUmvb6jXm/W6zvs",
    "9aa9vuNeb97rO/D1Jr6+I99v5Os78/1mvuWP9Zv5/s58w5/s78z3m/n+zny/me/vzPeb+f7OfL+Z7+/M95v5/s58",
    "v5nv78zPm/n+zvy8mZ/vzM+b+ZG/zN/Mz3fmB/4+/878vJmf78zPm/n5zvy8mZ/vzM+b+fnO/LyZn+/M4838fGce",
    "b+bxnXm8mcd35vFmHvJP+Jt5fGce8K/4d+bxZh7fmcebeXxnHm/m8Z15vJnHd+b3zTy+M79v5vc78/tmfr8zv2/m",
    "9zvz+2Z+5Ru3N/P7nfmF792+M79v5vc78/tmfr8zv2/m9zvzfDO/35nnm3l+Z55v5vmdeb6Z53fm+Wae35nnm3nK",
    "t+tv5vmdecJ37N+Z55t5fmeeb+b5nXm9med35vVmXt+Z15t5fWdeb+b1nXm9mdd35vVmXt+Z15t5yQ9pb+b1nXnB",
    "z2nfmdebeX1n3m/m9Z15v5n3d+b9Zt7fmfebeX9n3m/m/Z15v5n3d+b9Zt7fmfebecuP5m/m/Z15w0/n35nPm3l/",
    "Zz5v5vOd+byZz3fm82Y+35nPm/l8Zz5v5vOd+byZz3fm82Y+35nPm/kIyLyZj5EMmIygzI9URljmBy7zE5j5gcz8",
    "hGZ+YDM/wZkf6MxPeOYHPvMToPmB0PyEaH5gND9Bmh8ozU9qADT35/9HvgZ6YDyHPic9IKEzoiOjM6QjpTOmI6cz",
    "qCOpM6ojqzOsI60TrlvkdQJ2C8RubWNa6IGg3doktdIDcLslcLdA7pbQ3QK7W4J3C/RuCd8t8LslgLdA8JYQ3gLD",
    "W4J4CxRvCeMtcLx1DOyhB0J565DZSw9A85Zw3gLPWwJ6C0RvCektML0lqLdA9Zaw3gLXWwJ7C2RvCe0tsL0luLdA",
    "91bYRzfQAwG+FfTpjfQAjG8J8i1QviXMt8D5lkDfAulbQn0LrG8J9i3QviXct8D7loDfAvFbQn4LzG9d+xAPeiDs",
    "ty59jic9APlbQn8L7G8J/i3QvyX8t8D/lgDgAgFcQoALDHAJAi5QwCUMuMABl0DgAglcaR/nQg8EA1fSJ7rSA/DA",
    "JSC4QASXkOACE1yCggtUcAkLLnDBJTC4QAaX0OACG1yCgwt0cAkPLvDBVfbBPvRAiHAVfbYvPQAlXMKEC5xwCRQu",
    "kMIlVLjACpdg4QItXMKFC7xwCRguEMMlZLjADJeg4QI1XG1XPKAHAoer6ZaH9ADscAkeLtDDJXy4wA+XAOICQVxC",
    "iAsMcQkiLlDEJYy4wBGXQOICSVxCiQsscY1d9oEejF33ofs+cuHnRzd+5MoPeOIWT9zgiVs8cYMnbvHEDZ64xRM3",
    "eOIWT9zgiVs8cYMnbvHEDZ64xRM3eOL+2cUv6IF44l5090t6AJ64xRM3eOIWT9zgiVs8cYMnbvHEDZ64xRM3eOIW",
    "T9zgiduu/4EnbrsASDcA9Qog9MAuAeItQOkB3QO0i4B0E9CuAtJdQLsMSLcB7Tog3Qe0C4F0I1A8cdOdQPHEDZ64",
    "xRM3eOI+dhkUeiCeuA/dB5UegCdu8cQNnrjFEzd44hZP3OCJWzxxgydu8cQNnrjFEzd44hZP3OCJWzxxgyfusGvB",
    "0APxxB10M1h6AJ64xRM3eOIWT9zgiVs8cYMnbvHEDZ64xRM3eOIWT9zgiVs8cYMnbvHEDZ64r10Qhx6IJ+5Ld8Sl",
    "B+CJWzxxgydu8cQNnrjFEzd44hZP3OCJWzxxgydu8cQNnrjFEzd44hZP3OCJO+2pAPRAPHEnvRaQHoAnbvHEDZ64",
    "xRM3eOIWT9zgiVs8cYMnbvHEDZ64xRM3eOIWT9zgiVs8cYMn7rJHI9AD8cRd9G5EegCeuMUTN3jiFk/c4IlbPHGD",
    "J27xxA2euMUTN3jiFk/c4IlbPHGDJ27xxA2euNueD0EPxBN30wsi6QF44hZP3OCJWzxxgydu8cQNnrjFEzd44hZP",
    "3OCJWzxxgydu8cQNnrjFEzd44h57SAY9GHtKRm/J5DHZj16TyXMy8MQjnnjAE4944gFPPOKJBzzxiCce8MQjnnjA",
    "E4944gFPPOKJBzzxiCce8MTzs0eF0APxxLPoXaH0ADzxiCce8MQjnnjAE4944gFPPOKJBzzxiCce8MQjnnjAE494",
    "4gFPPOKJBzzxbHteCj0QTzybXphKD8ATj3jiAU884okHPPGIJx7wxCOeeMATj3jiAU889sQYPPHYI2N6ZWzPjOmd",
    "sT40hh7YU2N8ayw9oNfG9tyY3hvbg2N6cWxPjunNsT06plfH4omH3h2LJx7wxCOeeMATj3jiAU88YU/OoQfiiSfo",
    "1bn0ADzxiCce8MQjnnjAE4944gFPPOKJBzzxiCce8MQjnnjAE4944gFPPOKJBzzxXBs+AD0QTzyX5g9ID8ATj3ji",
    "AU884okHPPGIJx7wxCOeeMATj3jiAU884okHPPGIJx7wxCOeeMATT9oYCuiBeOJJmkQhPQBPPOKJBzzxiCce8MQj",
    "nnjAE4944gFPPOKJBzzxiCce8MQjnnjAE4944gFPPGUDSaAH4omnaCaJ9AA88YgnHvDEI554wBOPeOIBTzziiQc8",
    "8YgnHvDEI554wBOPeOIBTzziiQc88bSNpoEeiCeepuk00gPwxCOeeMATj3jiAU884okHPPGIJx7wxCOeeMATj3ji",
    "AU884okHPPGIJx7wxDM2pAh6MDamiOYUyaCiH00qklFF4IkhnhjgiSGeGOCJIZ4Y4IkhnhjgiSGeGOCJIZ4Y4Ikh",
    "nhjgiSGeGOCJ8bOBVdAD8cRYNLNKegCeGOKJAZ4Y4okBnhjiiQGeGOKJAZ4Y4okBnhjiiQGeGOKJAZ4Y4okBnhjb",
    "RpdBD8QTY9P0MukBeGKIJwZ4YognBnhiiCcGeGKIJwZ4YognBnhiiCcGeGKIJwZ4YognBnhiHBtiBz0QT4xDc+yk",
    "B+CJIZ4Y4IkhnhjgiSGeGOCJIZ4Y4IlhYwzBE8MGGdIkQxtlSLMMbZghTTPUcYbQAxtoiBMNpQc009CGGtJUQxtr",
    "SHMNbbAhTTYUTwyabSieGOCJIZ4Y4IkhnhjgiSGeGOCJcW2wJfRAPDEuzbaUHoAnhnhigCeGeGKAJ4Z4YoAnhnhi",
    "gCeGeGKAJ4Z4YoAnhnhigCeGeGKAJ0baiFPogXhiJE05lR6AJ4Z4YoAnhnhigCeGeGKAJ4Z4YoAnhnhigCeGeGKA",
    "J4Z4YoAnhnhigCdG2bBb6IF4YhTNu5UegCeGeGKAJ4Z4YoAnhnhigCeGeGKAJ4Z4YoAnhnhigCeGeGKAJ4Z4YoAn",
    "RtvYY+iBeGI0TT6WHoAnhnhigCeGeGKAJ4Z4YoAnhnhigCeGeGKAJ4Z4YoAnhnhigCeGeGKAJ8bYAGzowdgIbJqB",
    "LUOwfzQFW8Zggyde8cQLnnjFEy944hVPvOCJVzzxgide8cQLnnjFEy944hVPvOCJVzzxgifenw1Dhx6IJ95F89Cl",
    "B+CJVzzxgide8cQLnnjFEy944hVPvOCJVzzxgide8cQLnnjFEy944hVPvOCJd9tYfOiBeOLdNBlfegCeeMUTL3ji",
    "FU+84IlXPPGCJ17xxAueeMUTL3jiFU+84IlXPPGCJ17xxAueeI8tSIAeiCfeQzsSpAfgiVc88YInXvHEC554xRMv",
    "eOIVT7zgiVc88YInXvHEC554xRMveOIVT7zgiTdsVQb0QDzxBm3LkB6AJ17xxAueeMUTL3jiFU+84InXVqWAJ15b",
    "lkLbUmxdCu1LsYUptDHFVqbQzhRdmgI9sLUpuDdFekCbU2x1Cu1OseUptD1FPPHS/hTxxAueeMUTL3jiFU+84IlX",
    "PPGCJ17xxAueeNPW50APxBNv0gYd6QF44hVPvOCJVzzxgide8cQLnnjFEy944hVPvOCJVzzxgide8cQLnnjFEy94",
    "4i1bpAQ9EE+8RbuUpAfgiVc88YInXvHEC554xRMveOIVT7zgiVc88YInXvHEC554xRMveOIVT7zgibdtpRb0QDzx",
    "Nm3Vkh6AJ17xxAueeMUTL3jiFU+84IlXPPGCJ17xxAueeMUTL3jiFU+84IlXPPGCJ96x5WrQg7H1arRfTRas/WjD",
    "mqxYA09M8cQET0zxxARPTPHEBE9M8cQET0zxxARPTPHEBE9M8cQET0zxxARPzJ8t2oMeiCfmol170gPwxBRPTPDE",
    "FE9M8MQUT0zwxBRPTPDEFE9M8MQUT0zwxBRPTPDEFE9M8MTctnIReiCemJu2LkoPwBNTPDHBE1M8McETUzwxwRNT",
    "PDHBE1M8McETUzwxwRNTPDHBE1M8McET89jyTeiBeGIe2r8pPQBPTPHEBE9M8cQET0zxxARPTPHEBE9M8cQET0zx",
    "xARPTPHEBE9M8cQET8ywNazQA/HEDNrEKj0AT0zxxARPTPHEBE9M8cQET0zxxARPTPHEBE9M8cQET0zxxARPTPHE",
    "BE/Mawt5oQfiiXlpJ6/0ADwxxRMTPDHFExM8MW0dM3hi2kJm2shsK5lpJ7MtZaatzLaWmfYy22Jm2sysq5mhB7ac",
    "GbczSw9oP7MtaKYNzeKJSTuaxRMTPDHFExM8McUTEzwxxRMTPDHFExM8McUTEzwxy5Z0Qw/EE7NoT7f0ADwxxRMT",
    "PDHFExM8McUTEzwxxRMTPDHFExM8McUTEzwxxRMTPDHFExM8MdvWtUMPxBOzaWO79AA8McUTEzwxxRMTPDHFExM8",
    "McUTEzwxxRMTPDHFExM8McUTEzwxxRMTPDHFExM8McUTCzwxxRMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyx",
    "xBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHE",
    "Ews8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQT",
    "CzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBML",
    "PLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8",
    "scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyx",
    "xBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHE",
    "Ews8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQT",
    "CzyxxBMbPLHEExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMb",
    "PLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8",
    "scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyx",
    "xRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHF",
    "Exs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUT",
    "GzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMb",
    "PLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8",
    "scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFEwc8scUTBzxxxBMHPHHEEwc8ccQTBzxx",
    "xBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHE",
    "Ewc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQT",
    "BzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMH",
    "PHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8",
    "ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxx",
    "xBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHE",
    "Ewc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQT",
    "BzxxxBMHPHHEEwc8ccQT1w9AcQQU3xpACf7p/wCu/kQm",
)

ROWS_OBSERVED = unpack(  # 1000 rows, too many to list
    "eNqF3TuOpblyRWFfo7heO9c4JIPx0CA0AUGGBF1DgB6OPEFzV5sCuPCvtgoFZjt7V1Xmd8iIf/y7v/z53//88W//",
    "+sff/2X99S9//Ps//8vf/v3PX//xb//9t//4y++PP3/rP//rv//25+/8w3/959/+96////x+zq/P8+c5vz/Px3P+",
    "fJ6/z/n4PJ/P+ft5vp7z+Xm+n/P1eX6e8/15fv2eL5jvL3gTXt8RL8j4O+T1pry+Y15vzus76PUmvb6jXm/W6zvs",
    "9aa9vuNeb97rO/D1Jr6+I99v5Os78/1mvuWP9Zv5/s58w5/s78z3m/n+zny/me/vzPeb+f7OfL+Z7+/M95v5/s58",
    "v5nv78zPm/n+zvy8mZ/vzM+b+ZG/zN/Mz3fmB/4+/878vJmf78zPm/n5zvy8mZ/vzM+b+fnO/LyZn+/M4838fGce",
    "b+bxnXm8mcd35vFmHvJP+Jt5fGce8K/4d+bxZh7fmcebeXxnHm/m8Z15vJnHd+b3zTy+M79v5vc78/tmfr8zv2/m",
    "9zvz+2Z+5Ru3N/P7nfmF792+M79v5vc78/tmfr8zv2/m9zvzfDO/35nnm3l+Z55v5vmdeb6Z53fm+Wae35nnm3nK",
    "t+tv5vmdecJ37N+Z55t5fmeeb+b5nXm9med35vVmXt+Z15t5fWdeb+b1nXm9mdd35vVmXt+Z15t5yQ9pb+b1nXnB",
    "z2nfmdebeX1n3m/m9Z15v5n3d+b9Zt7fmfebeX9n3m/m/Z15v5n3d+b9Zt7fmfebecuP5m/m/Z15w0/n35nPm3l/",
    "Zz5v5vOd+byZz3fm82Y+35nPm/l8Zz5v5vOd+byZz3fm82Y+35nPm/kIyLyZj5EMmIygzI9URljmBy7zE5j5gcz8",
    "hGZ+YDM/wZkf6MxPeOYHPvMToPmB0PyEaH5gND9Bmh8ozU9qADT35/9HvgZ6YDyHPic9IKEzoiOjM6QjpTOmI6cz",
    "qCOpM6ojqzOsI60TrlvkdQJ2C8RubWNa6IGg3doktdIDcLslcLdA7pbQ3QK7W4J3C/RuCd8t8LslgLdA8JYQ3gLD",
    "W4J4CxRvCeMtcLx1DOyhB0J565DZSw9A85Zw3gLPWwJ6C0RvCektML0lqLdA9Zaw3gLXWwJ7C2RvCe0tsL0luLdA",
    "91bYRzfQAwG+FfTpjfQAjG8J8i1QviXMt8D5lkDfAulbQn0LrG8J9i3QviXct8D7loDfAvFbQn4LzG9d+xAPeiDs",
    "ty59jic9APlbQn8L7G8J/i3QvyX8t8D/lgDgAgFcQoALDHAJAi5QwCUMuMABl0DgAglcaR/nQg8EA1fSJ7rSA/DA",
    "JSC4QASXkOACE1yCggtUcAkLLnDBJTC4QAaX0OACG1yCgwt0cAkPLvDBVfbBPvRAiHAVfbYvPQAlXMKEC5xwCRQu",
    "kMIlVLjACpdg4QItXMKFC7xwCRguEMMlZLjADJeg4QI1XG1XPKAHAoer6ZaH9ADscAkeLtDDJXy4wA+XAOICQVxC",
    "iAsMcQkiLlDEJYy4wBGXQOICSVxCiQsscY1d9oEejF33ofs+cuHnRzd+5MoPeOIWT9zgiVs8cYMnbvHEDZ64xRM3",
    "eOIWT9zgiVs8cYMnbvHEDZ64xRM3eOL+2cUv6IF44l5090t6AJ64xRM3eOIWT9zgiVs8cYMnbvHEDZ64xRM3eOIW",
    "T9zgiduu/4EnbrsASDcA9Qog9MAuAeItQOkB3QO0i4B0E9CuAtJdQLsMSLcB7Tog3Qe0C4F0I1A8cdOdQPHEDZ64",
    "xRM3eOI+dhkUeiCeuA/dB5UegCdu8cQNnrjFEzd44hZP3OCJWzxxgydu8cQNnrjFEzd44hZP3OCJWzxxgyfusGvB",
    "0APxxB10M1h6AJ64xRM3eOIWT9zgiVs8cYMnbvHEDZ64xRM3eOIWT9zgiVs8cYMnbvHEDZ64r10Qhx6IJ+5Ld8Sl",
    "B+CJWzxxgydu8cQNnrjFEzd44hZP3OCJWzxxgydu8cQNnrjFEzd44hZP3OCJO+2pAPRAPHEnvRaQHoAnbvHEDZ64",
    "xRM3eOIWT9zgiVs8cYMnbvHEDZ64xRM3eOIWT9zgiVs8cYMn7rJHI9AD8cRd9G5EegCeuMUTN3jiFk/c4IlbPHGD",
    "J27xxA2euMUTN3jiFk/c4IlbPHGDJ27xxA2euNueD0EPxBN30wsi6QF44hZP3OCJWzxxgydu8cQNnrjFEzd44hZP",
    "3OCJWzxxgydu8cQNnrjFEzd44h57SAY9GHtKRm/J5DHZj16TyXMy8MQjnnjAE4944gFPPOKJBzzxiCce8MQjnnjA",
    "E4944gFPPOKJBzzxiCce8MTzs0eF0APxxLPoXaH0ADzxiCce8MQjnnjAE4944gFPPOKJBzzxiCce8MQjnnjAE494",
    "4gFPPOKJBzzxbHteCj0QTzybXphKD8ATj3jiAU884okHPPGIJx7wxCOeeMATj3jiAU889sQYPPHYI2N6ZWzPjOmd",
    "sT40hh7YU2N8ayw9oNfG9tyY3hvbg2N6cWxPjunNsT06plfH4omH3h2LJx7wxCOeeMATj3jiAU88YU/OoQfiiSfo",
    "1bn0ADzxiCce8MQjnnjAE4944gFPPOKJBzzxiCce8MQjnnjAE4944gFPPOKJBzzxXBs+AD0QTzyX5g9ID8ATj3ji",
    "AU884okHPPGIJx7wxCOeeMATj3jiAU884okHPPGIJx7wxCOeeMATT9oYCuiBeOJJmkQhPQBPPOKJBzzxiCce8MQj",
    "nnjAE4944gFPPOKJBzzxiCce8MQjnnjAE4944gFPPGUDSaAH4omnaCaJ9AA88YgnHvDEI554wBOPeOIBTzziiQc8",
    "8YgnHvDEI554wBOPeOIBTzziiQc88bSNpoEeiCeepuk00gPwxCOeeMATj3jiAU884okHPPGIJx7wxCOeeMATj3ji",
    "AU884okHPPGIJx7wxDM2pAh6MDamiOYUyaCiH00qklFF4IkhnhjgiSGeGOCJIZ4Y4IkhnhjgiSGeGOCJIZ4Y4Ikh",
    "nhjgiSGeGOCJ8bOBVdAD8cRYNLNKegCeGOKJAZ4Y4okBnhjiiQGeGOKJAZ4Y4okBnhjiiQGeGOKJAZ4Y4okBnhjb",
    "RpdBD8QTY9P0MukBeGKIJwZ4YognBnhiiCcGeGKIJwZ4YognBnhiiCcGeGKIJwZ4YognBnhiHBtiBz0QT4xDc+yk",
    "B+CJIZ4Y4IkhnhjgiSGeGOCJIZ4Y4IlhYwzBE8MGGdIkQxtlSLMMbZghTTPUcYbQAxtoiBMNpQc009CGGtJUQxtr",
    "SHMNbbAhTTYUTwyabSieGOCJIZ4Y4IkhnhjgiSGeGOCJcW2wJfRAPDEuzbaUHoAnhnhigCeGeGKAJ4Z4YoAnhnhi",
    "gCeGeGKAJ4Z4YoAnhnhigCeGeGKAJ0baiFPogXhiJE05lR6AJ4Z4YoAnhnhigCeGeGKAJ4Z4YoAnhnhigCeGeGKA",
    "J4Z4YoAnhnhigCdG2bBb6IF4YhTNu5UegCeGeGKAJ4Z4YoAnhnhigCeGeGKAJ4Z4YoAnhnhigCeGeGKAJ4Z4YoAn",
    "RtvYY+iBeGI0TT6WHoAnhnhigCeGeGKAJ4Z4YoAnhnhigCeGeGKAJ4Z4YoAnhnhigCeGeGKAJ8bYAGzowdgIbJqB",
    "LUOwfzQFW8Zggyde8cQLnnjFEy944hVPvOCJVzzxgide8cQLnnjFEy944hVPvOCJVzzxgifenw1Dhx6IJ95F89Cl",
    "B+CJVzzxgide8cQLnnjFEy944hVPvOCJVzzxgide8cQLnnjFEy944hVPvOCJd9tYfOiBeOLdNBlfegCeeMUTL3ji",
    "FU+84IlXPPGCJ17xxAueeMUTL3jiFU+84IlXPPGCJ17xxAueeI8tSIAeiCfeQzsSpAfgiVc88YInXvHEC554xRMv",
    "eOIVT7zgiVc88YInXvHEC554xRMveOIVT7zgiTdsVQb0QDzxBm3LkB6AJ17xxAueeMUTL3jiFU+84InXVqWAJ15b",
    "lkLbUmxdCu1LsYUptDHFVqbQzhRdmgI9sLUpuDdFekCbU2x1Cu1OseUptD1FPPHS/hTxxAueeMUTL3jiFU+84IlX",
    "PPGCJ17xxAueeNPW50APxBNv0gYd6QF44hVPvOCJVzzxgide8cQLnnjFEy944hVPvOCJVzzxgide8cQLnnjFEy94",
    "4i1bpAQ9EE+8RbuUpAfgiVc88YInXvHEC554xRMveOIVT7zgiVc88YInXvHEC554xRMveOIVT7zgibdtpRb0QDzx",
    "Nm3Vkh6AJ17xxAueeMUTL3jiFU+84IlXPPGCJ17xxAueeMUTL3jiFU+84IlXPPGCJ96x5WrQg7H1arRfTRas/WjD",
    "mqxYA09M8cQET0zxxARPTPHEBE9M8cQET0zxxARPTPHEBE9M8cQET0zxxARPzJ8t2oMeiCfmol170gPwxBRPTPDE",
    "FE9M8MQUT0zwxBRPTPDEFE9M8MQUT0zwxBRPTPDEFE9M8MTctnIReiCemJu2LkoPwBNTPDHBE1M8McETUzwxwRNT",
    "PDHBE1M8McETUzwxwRNTPDHBE1M8McET89jyTeiBeGIe2r8pPQBPTPHEBE9M8cQET0zxxARPTPHEBE9M8cQET0zx",
    "xARPTPHEBE9M8cQET8ywNazQA/HEDNrEKj0AT0zxxARPTPHEBE9M8cQET0zxxARPTPHEBE9M8cQET0zxxARPTPHE",
    "BE/Mawt5oQfiiXlpJ6/0ADwxxRMTPDHFExM8MW0dM3hi2kJm2shsK5lpJ7MtZaatzLaWmfYy22Jm2sysq5mhB7ac",
    "GbczSw9oP7MtaKYNzeKJSTuaxRMTPDHFExM8McUTEzwxxRMTPDHFExM8McUTEzwxy5Z0Qw/EE7NoT7f0ADwxxRMT",
    "PDHFExM8McUTEzwxxRMTPDHFExM8McUTEzwxxRMTPDHFExM8MdvWtUMPxBOzaWO79AA8McUTEzwxxRMTPDHFExM8",
    "McUTEzwxxRMTPDHFExM8McUTEzwxxRMTPDHFExM8McUTCzwxxRMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyx",
    "xBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHE",
    "Ews8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQT",
    "CzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBML",
    "PLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8",
    "scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyx",
    "xBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHE",
    "Ews8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQTCzyxxBMLPLHEEws8scQT",
    "CzyxxBMbPLHEExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMb",
    "PLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8",
    "scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyx",
    "xRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHF",
    "Exs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUT",
    "GzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMb",
    "PLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8",
    "scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFExs8scUTGzyxxRMbPLHFEwc8scUTBzxxxBMHPHHEEwc8ccQTBzxx",
    "xBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHE",
    "Ewc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQT",
    "BzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMH",
    "PHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8",
    "ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxx",
    "xBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHE",
    "Ewc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQTBzxxxBMHPHHEEwc8ccQT",
    "BzxxxBMHPHHEEwc8ccQT1w9AcQgU/+n/ACpaN1c=",
)  # what rowloss read back

if __name__ == "__main__":
    Case(
        TABLE_NAME,
        build_table,
        call=core_executemany,
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
