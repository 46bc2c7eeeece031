"""Measuring one cell: what a scenario declares, the batch shapes drawn for it,
the insert API and the caller's code that send it, the live target it goes to,
and the search for the worst outcome. Nothing here knows about a run, a test
framework or publishing; the verdict is the oracle's.

- ``scenario``: what a root-cause module declares: variants, tables, batches;
- ``strategies``, ``budget``: hypothesis strategies for batch shapes; how hard
  each cell is searched, by profile;
- ``apis``, ``callers``: the insert APIs, one function each; the application
  code around them;
- ``targets``, ``scratch``, ``sqla``: a (database, mode, driver) with a ready
  engine; the tables rowloss owns; what the installed SQLAlchemy can do;
- ``search``: one cell: explore shapes, keep the worst, shrink it.
"""
