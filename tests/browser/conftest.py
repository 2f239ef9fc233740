"""Browser tests: Debian's Chromium driven by pytest-playwright against pytest-django's live_server.

Playwright's sync API runs an event loop in this thread, which makes Django think the test code is async; the
tests only touch the database between browser steps, so allowing it here is safe. This is test configuration
only: nothing here is imported by the settings."""
import os

import pytest
from django.contrib.auth.models import Group

from annotations import roles
from tests.factories import ensure_role_groups

os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")  # overridable, to try the skip/fail paths
PASSWORD = "pw-for-tests-only"


def _browser_missing_reason() -> str | None:
    if not (os.path.exists(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
        return f"{CHROMIUM} is missing (apt-get install chromium fonts-noto-color-emoji)"
    try:
        import playwright  # noqa: F401
    except ImportError:
        return "the playwright package is missing (make install-dev)"
    return None


@pytest.fixture(scope="session", autouse=True)
def _chromium_available():
    """Skip the browser tests when Chromium is missing, unless REQUIRE_BROWSER=1 (CI), where that is a failure.
    Session-scoped and autouse, so it runs before pytest-playwright tries to launch anything."""
    reason = _browser_missing_reason()
    if reason is None:
        return
    if os.environ.get("REQUIRE_BROWSER") == "1":
        pytest.fail(f"REQUIRE_BROWSER=1 but the browser tests cannot run: {reason}", pytrace=False)
    pytest.skip(f"browser tests skipped: {reason}")


@pytest.fixture(scope="session")
def browser_type_launch_args():
    return {
        "executable_path": CHROMIUM,
        "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"],
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "viewport": {"width": 1280, "height": 800}, "locale": "en-GB"}


@pytest.fixture
def role_groups(transactional_db):
    """The role groups come from a data migration, which the flush after each transactional test removes."""
    ensure_role_groups()
    assert Group.objects.filter(name__in=list(roles.ROLE_PERMISSIONS)).count() == len(roles.ROLE_PERMISSIONS)


@pytest.fixture
def log_in(live_server, role_groups):
    """Fill in the real login form; returns the page signed in."""
    def log_in(page, username):
        page.goto(f"{live_server.url}/accounts/login/")
        page.get_by_label("Username").fill(username)
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Log in").click()
        page.wait_for_url(f"{live_server.url}/")
        return page

    return log_in


@pytest.fixture(autouse=True)
def _requests_answered_before_the_flush(request):
    """The database is flushed after each live-server test. A request the page sent late (the side panel's
    "In other articles" lookup after a selection) may still be running its query then, and on PostgreSQL the flush's
    TRUNCATE and that query deadlock (seen once in a CI run: "Database … couldn't be flushed"). So before the page,
    the live server and the database are torn down, the page's requests are waited for, up to 10 s.

    Asking for the page and the live server here sets them up before this fixture, so they are torn down after it."""
    if not {"page", "live_server"} <= set(request.fixturenames):
        yield
        return
    request.getfixturevalue("live_server")
    page = request.getfixturevalue("page")
    pending = set()
    page.on("request", lambda sent: pending.add(sent))
    page.on("requestfinished", lambda done: pending.discard(done))
    page.on("requestfailed", lambda failed: pending.discard(failed))
    yield
    for _ in range(200):
        if not pending or page.is_closed():
            break
        page.wait_for_timeout(50)
