"""Passwords never reach output, logs or reports: every URL shown goes through here."""

from __future__ import annotations

import re

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

# Up to the last "@" of a run of non-space characters: a password may hold "@".
_PASSWORD_IN_TEXT = re.compile(r"(?P<scheme>[a-z][a-z0-9+_.-]*://[^:/@\s]*:)\S*@", re.I)
_SECRETS: set[str] = set()
SHORTEST_SECRET = 4
"""Shorter passwords are not searched for in free text: they would mask words."""


def remember_secret(secret: str) -> None:
    """A password this process was given: hidden wherever it shows up in text."""
    if len(secret) >= SHORTEST_SECRET:
        _SECRETS.add(secret)


def safe_url(url: URL | str) -> str:
    """The URL as text with its password replaced by ``***``."""
    try:
        return redact_text(make_url(url).render_as_string(hide_password=True))
    except (ArgumentError, ValueError):
        return redact_text(str(url))


_SCRATCH_NAME = re.compile(
    # rowloss_<host>_<pid>_<start>_<n>, and rowloss_<6 hex>_<n> of runs before it.
    r"rowloss_(?:[0-9a-f]{4}_[0-9a-z]+_[0-9a-z]+|[0-9a-f]{6})_\d+"
)


def stable_text(message: str) -> str:
    """``message`` with passwords hidden and rowloss's per-run table names made
    the same in every run (``<table>``), so that equal behaviour reads equally."""
    return _SCRATCH_NAME.sub("<table>", redact_text(message))


def redact_text(message: str) -> str:
    """Any ``scheme://user:password@`` inside free text (a driver's error message,
    say) with the password hidden, and every password this process was given."""
    message = _PASSWORD_IN_TEXT.sub(r"\g<scheme>***@", message)
    for secret in _SECRETS:
        message = message.replace(secret, "***")
    return message
