"""Pure judgement of a batch: what was meant, what was stored, what the caller saw.

No database here. Two findings are made and the outcome derives from them:

- **data**: intact, rows missing, values changed (which rows and columns, and
  how: truncated, rounded, clamped, offset dropped, NULL stored as '' ...),
  extra rows, nothing stored;
- **signal**: what could have told the caller: an error, a warning, a rowcount
  or RETURNING that does not match the batch, or none.

One job a module, each depending only on those above it:

- ``values``: one value meant and one stored, the same or changed how, per type;
- ``rows``: rows meant and stored paired up by key, the baseline told apart;
- ``narration``: the detail line a person reads;
- ``verdict``: the findings, the outcome, the evidence.
"""

from rowloss.oracle.verdict import CallerView, Verdict, judge, most_severe

__all__ = ["CallerView", "Verdict", "judge", "most_severe"]
