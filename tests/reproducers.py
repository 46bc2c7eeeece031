"""Running reproducers as a user does: a script, a URL, and a Python that has
SQLAlchemy and the drivers but not rowloss."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import venv
from pathlib import Path

WITHOUT_ROWLOSS = (
    "sqlalchemy",
    "greenlet",
    "typing_extensions",
    "aiosqlite",
    "pymysql",
    "psycopg2",
    "pandas",
    "numpy",
    "pytz",
    "dateutil",
    "six",
    "tzdata",
)
"""What the virtualenv without rowloss gets: SQLAlchemy, a driver per family
the tests run reproducers on, and pandas for the ``to_sql`` cases."""


def run_reproducer(
    script: Path, url: str, *args: str, python: str = sys.executable
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [python, str(script), url, *args], capture_output=True, text=True, timeout=300
    )


def python_without_rowloss(folder: Path) -> str:
    """A virtualenv in ``folder`` whose site-packages holds links to the
    installed copies of :data:`WITHOUT_ROWLOSS`, and nothing of rowloss."""
    venv.create(folder, with_pip=False)
    python = folder / "bin" / "python"
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    for name in WITHOUT_ROWLOSS:
        spec = importlib.util.find_spec(name)
        if spec is None or spec.origin is None:
            continue
        origin = Path(spec.origin)
        installed = origin.parent if origin.name == "__init__.py" else origin
        (site / installed.name).symlink_to(installed)
        for libs in installed.parent.glob(f"{name}*.libs"):  # a wheel's bundled libraries
            (site / libs.name).symlink_to(libs)
    return str(python)
