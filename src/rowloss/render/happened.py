"""What happened to a cell's rows, as one short sentence for a stack's view.

A cell's detail is the oracle's line (``1 rows changed in label (1.label:
truncated to 10 of 15 characters); warning revealed it``): exact, and written
to be checked against the rows. A reader scanning a stack wants the gist: how
many rows, and what became of them, once per column. What could have told the
caller is shown beside it, so it is left out here; an error the application's
own code caught is named, since that is how the loss came about.
"""

from __future__ import annotations

import re

from rowloss.cells import Cell, Outcome
from rowloss.redact import redact_text

_TOLD = re.compile(r"; (?:nothing|[\w ]+?) revealed it(?: \((.*)\))?$")
_SWALLOWED = "the caller's code swallowed "
_CHANGE = re.compile(r"\.([A-Za-z_]\w*): (.*)$")


def what_happened(cell: Cell) -> str:
    """The gist of ``cell``'s detail for a reader, in one sentence."""
    detail = redact_text(cell.detail).rstrip(".")
    if cell.outcome not in (Outcome.DROPPED, Outcome.ALTERED):
        return detail
    aside = None
    told = _TOLD.search(detail)
    if told:
        detail, aside = detail[: told.start()], told.group(1)
    facts = [_plain(fact) for fact in _top_level(detail, "; ")]
    sentence = "; ".join(f for f in facts if f) or detail
    if aside and aside.startswith(_SWALLOWED):
        caught = aside.removeprefix(_SWALLOWED).split(":")[0]
        sentence += f", after the application's code caught its {caught}"
    elif aside:
        sentence += f" ({aside})"
    return sentence


def _plain(fact: str) -> str:
    counted = re.match(r"(\d+) (of \d+ )?rows (.*)$", fact)
    if not counted:
        return fact
    number, of, rest = counted.groups()
    rows = f"{number} {'row' if number == '1' and not of else 'rows'}"
    if of:
        rows = f"{number} {of}rows"
    if rest.startswith("missing"):
        return f"{rows} not stored"
    if rest.startswith("changed in "):
        return f"{rows} changed in {_changes(rest)}"
    if rest.startswith("stored that were not given"):
        return f"{rows} stored that {'was' if rows == '1 row' else 'were'} not sent"
    if rest.startswith("that were in the table before are gone"):
        return f"{rows} that were in the table before are gone"
    return f"{rows} {rest}"


def _changes(fact: str) -> str:
    """``label: truncated to 10 of 15 characters``, once per column."""
    inner = fact[fact.find("(") + 1 : fact.rfind(")")]
    told: dict[str, str] = {}
    more = ""
    for part in _top_level(inner, "; "):
        if part.startswith("and ") and part.endswith(" more rows"):
            more = f", {part}"
            continue
        change = _CHANGE.search(part)
        if change and change.group(1) not in told:
            told[change.group(1)] = change.group(2)
    return "; ".join(f"{column}: {how}" for column, how in told.items()) + more


def _top_level(text: str, separator: str) -> list[str]:
    """``text`` split at ``separator`` outside brackets."""
    parts, depth, start = [], 0, 0
    i = 0
    while i < len(text):
        char = text[i]
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth = max(depth - 1, 0)
        elif depth == 0 and text.startswith(separator, i):
            parts.append(text[start:i])
            start = i + len(separator)
            i = start
            continue
        i += 1
    parts.append(text[start:])
    return [part for part in parts if part]
