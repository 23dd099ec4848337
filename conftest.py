"""Fixtures shared by every app's tests: the demo site and a real Chromium with axe-core.

Browser tests need Debian's chromium. Without it they skip with a loud notice at the end of
the run, unless REQUIRE_BROWSER=1 (as in CI), when a missing browser is a failure.
"""

import os
import shutil

import pytest
from django.core.management import call_command
from django.db import transaction

# Playwright's sync API runs an event loop in the test thread; Django's ORM refuses to run
# there unless told this is deliberate. Only tests set this.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
# The demo loader otherwise generates a password and keeps it in var/.
os.environ.setdefault("DEMO_PASSWORD", "demo-password-for-tests")

CHROMIUM_PATH = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
_browser_skip_reasons = []


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: counters left by another test (a fuzz test makes a
    thousand return-code lookups) must not rate-limit the next one on the same worker."""
    from django.core.cache import cache

    cache.clear()


def browser_required():
    return os.environ.get("REQUIRE_BROWSER", "") in {"1", "true", "yes"}


@pytest.fixture(scope="session")
def chromium():
    if not os.path.exists(CHROMIUM_PATH):
        reason = f"Chromium not found at {CHROMIUM_PATH}: install Debian's chromium package"
        if browser_required():
            pytest.fail(f"REQUIRE_BROWSER=1 but {reason}", pytrace=False)
        _browser_skip_reasons.append(reason)
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM_PATH, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def browser_page(chromium):
    context = chromium.new_context(viewport={"width": 1024, "height": 800})
    page = context.new_page()
    page.set_default_timeout(10_000)
    # Record Content Security Policy violations (init scripts are exempt from the policy), so
    # the axe check also catches an inline style or script the policy blocked.
    page.add_init_script(
        "window.__cspViolations = [];"
        "document.addEventListener('securitypolicyviolation', function (event) {"
        "  window.__cspViolations.push(event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline'));"
        "});"
    )
    yield page
    context.close()


@pytest.fixture
def axe():
    """Run axe-core in the page and fail with its report if anything is wrong."""
    from axe_playwright_python.sync_playwright import Axe

    runner = Axe()

    def check(page, context=""):
        blocked = page.evaluate("window.__cspViolations || []")
        assert blocked == [], f"Content Security Policy blocked something on {context or page.url}: {blocked}"
        results = runner.run(page)
        assert results.violations_count == 0, f"axe found problems on {context or page.url}:\n" + (
            results.generate_report()
        )

    return check


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup):
    """Keep the snapshot of migration data (Wagtail's root page, groups) reachable from any context.

    Serialized rollback restores it before each live-server test from an attribute on the database
    connection. Starting Playwright switches greenlets, and with them the context Django keeps its
    connections in, so later tests get a fresh connection object without that attribute and
    nothing is restored. Holding the snapshot on the connection class survives the switch.
    """
    from django.db import connections

    for connection in connections.all(initialized_only=True):
        snapshot = getattr(connection, "_test_serialized_contents", None)
        if snapshot is not None:
            type(connection)._test_serialized_contents = snapshot
    return django_db_setup


def load_demo():
    call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115


def module_is_all_demo(request):
    """Whether every test in this module reads the demo site (and none needs committed data)."""
    path = request.node.path
    tests = [item for item in request.session.items if item.path == path]
    return bool(tests) and all(
        "demo_site" in item.fixturenames
        and "transactional_db" not in item.fixturenames
        and "live_server" not in item.fixturenames
        for item in tests
    )


@pytest.fixture(scope="module", autouse=True)
def module_demo_site(request, django_db_blocker):
    """The demo loads in about 20 seconds. A module whose every test reads it loads it once, in a
    transaction that each test's own transaction nests inside, rolled back after the module; any
    other test that asks for `demo_site` loads it inside its own transaction, as before."""
    if not module_is_all_demo(request):
        yield False
        return
    request.getfixturevalue("django_db_setup")
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            load_demo()
        except BaseException:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            raise
    try:
        yield True
    finally:
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.fixture
def demo_site(db, module_demo_site):
    if not module_demo_site:
        load_demo()


@pytest.fixture
def live_demo_site(django_db_serialized_rollback, live_server):
    # A live server needs committed data, so these tests flush the database afterwards. Serialized
    # rollback restores what migrations created (Wagtail's root page, groups) before each one.
    load_demo()
    return live_server


def pytest_terminal_summary(terminalreporter):
    if _browser_skip_reasons:
        terminalreporter.section("BROWSER TESTS DID NOT RUN", sep="!", red=True, bold=True)
        terminalreporter.write_line(_browser_skip_reasons[0], red=True, bold=True)
        terminalreporter.write_line("Set REQUIRE_BROWSER=1 to make this a failure (CI does).", red=True)
