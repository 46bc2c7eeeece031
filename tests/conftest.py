import pytest

from rowloss.backends import TargetSpec, get_backend
from rowloss.measure.targets import Target, open_target
from rowloss.provision.embedded import EmbeddedFile

pytest_plugins = ["pytester"]


@pytest.fixture(scope="session")
def user_servers():
    """Throwaway servers standing for a user's, started from this machine's
    binaries: PostgreSQL (trust: any password logs an existing user in) and
    MariaDB (its user ``rowloss`` has no password)."""
    from rowloss.provision import local_executor
    from rowloss.provision.base import Unavailable

    started = {}
    try:
        for database in ("postgresql", "mariadb"):
            server = local_executor(get_backend(database))
            try:
                server.start()
            except Unavailable as why:
                pytest.skip(f"no local {database}: {why}")
            started[database] = server
        yield started
    finally:
        for server in started.values():
            server.stop()


@pytest.fixture
def sqlite_target() -> Target:
    """A real, opened pysqlite target on a fresh database file."""
    with EmbeddedFile("sqlite", "rowloss.db") as embedded:
        backend = get_backend("sqlite")
        spec = TargetSpec(backend, backend.modes[0], backend.driver("pysqlite"))
        target = open_target(spec, embedded.url, embedded.origin)
        assert isinstance(target, Target), target
        yield target
        target.close()
