"""rowloss: measure where bulk inserts through SQLAlchemy lose or change rows
without telling the caller."""

__version__ = "0.1.0"
