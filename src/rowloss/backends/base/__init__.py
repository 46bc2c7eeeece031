"""What every database family declares: its drivers and modes, its
capabilities, and the hooks a family overrides."""

from rowloss.backends.base.capabilities import CAPABILITY_NAMES, Capabilities
from rowloss.backends.base.drivers import DEFAULT_MODE, Driver, Mode
from rowloss.backends.base.family import Backend, SelfReport, scalar

__all__ = [
    "CAPABILITY_NAMES",
    "DEFAULT_MODE",
    "Backend",
    "Capabilities",
    "Driver",
    "Mode",
    "SelfReport",
    "scalar",
]
