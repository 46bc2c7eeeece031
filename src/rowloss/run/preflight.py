"""A server the user named must answer, and let rowloss log in, before
anything is collected: a URL that cannot be used is a mistake to report, not
a column of ``not-run`` cells."""

from __future__ import annotations

from sqlalchemy.engine import URL

from rowloss.backends import get_backend
from rowloss.config import Settings
from rowloss.measure.targets import Missing, Target, open_target
from rowloss.provision import ServerNotAnswering
from rowloss.provision.url import UrlExecutor
from rowloss.redact import safe_url
from rowloss.run.session import RunSetupError

LOGIN_FIXES = (
    (
        ('database "', "unknown database", "to database '", "ora-12514"),
        "create that database or name one that exists",
    ),
    (
        ("password", "access denied", 'role "', "ora-01017"),
        "correct the user or password in the URL",
    ),
)


def check_user_urls(settings: Settings) -> None:
    """Raise :class:`RunSetupError` for the first URL of a selected database
    whose server does not answer or does not let rowloss in."""
    for database, url in settings.urls.items():
        if database not in settings.selected_databases():
            continue
        try:
            UrlExecutor(url, get_backend(database)).start()
        except ServerNotAnswering as error:
            raise RunSetupError(str(error)) from None
        problem = login_problem(settings, database, url)
        if problem:
            raise RunSetupError(problem)


def login_problem(settings: Settings, database: str, url: URL) -> str | None:
    """Why rowloss cannot log in to the server at ``url`` through the first
    installed driver of ``database``, in one line with the fix; ``None`` when
    it can (or when no driver is installed, which its cells then say)."""
    specs = [s for s in settings.target_specs() if s.database == database]
    usable = [s for s in specs if s.driver.installed() and not s.driver.is_async]
    if not usable:
        return None
    opened = open_target(usable[0], url, "url")
    if isinstance(opened, Target):
        opened.close()
        return None
    if opened.missing not in (Missing.CONNECT, Missing.SERVER):
        return None
    lowered = opened.reason.lower()
    fix = next(
        (fix for signs, fix in LOGIN_FIXES if any(sign in lowered for sign in signs)),
        "correct the URL",
    )
    return f"--rowloss-url {safe_url(url)!r} cannot be used: {opened.reason}; {fix}"
