import pytest

from rowloss.backends import TargetSpec, get_backend
from rowloss.provision.sqlite_file import SQLiteFile
from rowloss.targets import Target, open_target

pytest_plugins = ["pytester"]


@pytest.fixture
def sqlite_target() -> Target:
    """A real, opened pysqlite target on a fresh database file."""
    with SQLiteFile() as embedded:
        backend = get_backend("sqlite")
        spec = TargetSpec(backend, backend.modes[0], backend.driver("pysqlite"))
        target = open_target(spec, embedded.url, embedded.origin)
        assert isinstance(target, Target), target
        yield target
        target.close()
