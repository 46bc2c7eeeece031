"""DuckDB needs no server: a run keeps its database in a file of its own, in a
temporary directory (the family's ``embedded_file``)."""

CONTAINER = None
local_server = None
