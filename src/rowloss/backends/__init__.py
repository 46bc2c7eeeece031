"""Database families: one package each beside :mod:`registry`, which alone
lists them, and :mod:`base`, what every family declares."""

from rowloss.backends.base import (
    CAPABILITY_NAMES,
    Backend,
    Capabilities,
    Driver,
    Mode,
    SelfReport,
)
from rowloss.backends.registry import (
    BACKENDS,
    NON_TRANSACTIONAL_OPTIONS,
    TABLE_OPTIONS,
    TargetSpec,
    UnknownName,
    all_driver_names,
    backend_for_dialect,
    dialect_type,
    get_backend,
    target_specs,
)

__all__ = [
    "BACKENDS",
    "CAPABILITY_NAMES",
    "NON_TRANSACTIONAL_OPTIONS",
    "TABLE_OPTIONS",
    "Backend",
    "Capabilities",
    "Driver",
    "Mode",
    "SelfReport",
    "TargetSpec",
    "UnknownName",
    "all_driver_names",
    "backend_for_dialect",
    "dialect_type",
    "get_backend",
    "target_specs",
]
