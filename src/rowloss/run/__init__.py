"""The framework-neutral run: what to measure, one cell from its key to its
record, the servers shared by a run's processes, and the end of the run.

A test framework drives it; ``rowloss.plugin`` is the pytest face. Nothing
here imports pytest:

- ``session``: one process's share of a run (settings, run directory,
  journal, servers, faults) and a target for a test, or why there is none;
- ``selection``: which (target, variant, API, transaction) a root-cause
  module asks for, as plain data with their ids;
- ``assembly``: cell keys and ``Cell`` records from a verdict, a ``not-run``
  or an ``error``;
- ``measuring``: one cell a test measures: journaled, searched, recorded and
  held against the published matrix;
- ``exchange``: the servers an xdist controller starts for what its workers
  collected;
- ``keeper``: servers kept for several runs (``rowloss servers up|down``),
  the tox environments of the SQLAlchemy lines;
- ``preflight``: a server the user named must answer before a run starts;
- ``finish``: cells, pages, comparison and acceptance at the end;
- ``summary``: the lines that end a run's output;
- ``pool``: the servers and targets of one process, made once, closed at the end;
- ``recorder``: a run's cells, journaled per process and merged into ``cells.json``;
- ``faults``, ``stopping``: servers that stopped answering; SIGINT and SIGTERM
  end a run as Ctrl-C does.
"""
