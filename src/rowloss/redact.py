"""Passwords never reach output, logs or reports: every URL shown goes through here."""

from __future__ import annotations

import re

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

_PASSWORD_IN_TEXT = re.compile(r"(?P<scheme>[a-z][a-z0-9+_.-]*://[^:/@\s]*:)[^@\s]*@", re.I)


def safe_url(url: URL | str) -> str:
    """The URL as text with its password replaced by ``***``."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return redact_text(str(url))


_SCRATCH_NAME = re.compile(r"rowloss_[0-9a-f]{6}_\d+")


def stable_text(message: str) -> str:
    """``message`` with passwords hidden and rowloss's per-run table names made
    the same in every run (``<table>``), so that equal behaviour reads equally."""
    return _SCRATCH_NAME.sub("<table>", redact_text(message))


def redact_text(message: str) -> str:
    """Any ``scheme://user:password@`` inside free text (a driver's error message,
    say) with the password hidden."""
    return _PASSWORD_IN_TEXT.sub(r"\g<scheme>***@", message)
