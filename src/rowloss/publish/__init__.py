"""What a run's cells become: the published matrix, comparisons with it, merged
sets of cells, and reproducer scripts. It reads cells and their stored parts;
the pages are :mod:`rowloss.render`'s.

- ``published``: ``reports/matrix.json`` and its JSON Schema (``schema/``);
- ``cellfiles``: cells from any file rowloss writes, run or published;
- ``compare``, ``expectations``, ``merging``: two sets of cells compared; the
  published matrix as what a run must measure; cells of several runs as one;
- ``reproducer``, ``pycode``: a reproducer's parts, rendered by
  ``templates/reproducer.py.j2``; values and tables as Python source;
- ``reproduce``: what every reproducer script imports and runs around its code;
- ``reports``: writing a reports folder: matrix, schema, reproducers, pages.
"""
